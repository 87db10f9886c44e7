"""Secrets stay secret (cassettes, reprs, logs), downloads stay inside their folder and land whole, TLS is
verified by default. Offline: cassette files, loopback servers, the client's own objects."""

from __future__ import annotations

import logging
import re
import ssl
from pathlib import Path

import pytest

from invokeai_client import (
    APIConnectionError,
    InternalServerError,
    InvokeAIClient,
    RetryPolicy,
    ValidationError,
)
from invokeai_client.resources.images import safe_file_name
from tests._png import png_bytes
from tests.faultproxy import FaultProxy, serve_directory

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
LOOPBACK_ONLY = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWNyZXQtdGVzdC11c2VyIn0.c2lnbmF0dXJlLW5vdC1yZWFs"  # JWT-shaped

# What must never be in a cassette: credentials in headers, unredacted passwords or tokens, anything JWT-like.
LEAKS = {
    "authorization header": re.compile(r"^\s*-?\s*['\"]?authorization['\"]?\s*:", re.I | re.M),
    "cookie header": re.compile(r"^\s*['\"]?(set-)?cookie['\"]?\s*:", re.I | re.M),
    # As a header (name then colon): InvokeAI's own schema mentions ``X-Refreshed-Token`` in descriptions.
    "refreshed token header": re.compile(r"x-refreshed-token['\"]?\s*:", re.I),
    "bearer token": re.compile(r"bearer\s+[A-Za-z0-9._~+/-]{8,}", re.I),
    "password": re.compile(r"\\?[\"']password\\?[\"']\s*:\s*\\?[\"'](?!<redacted>)", re.I),
    "token field": re.compile(r"\\?[\"'](access_|refresh_)?token\\?[\"']\s*:\s*\\?[\"'](?!<redacted>)", re.I),
    "jwt": re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
}


def test_no_cassette_holds_a_secret() -> None:
    files = sorted(CASSETTES.rglob("*.yaml"))
    assert files, "cassettes/ has recordings to check"
    found = [
        f"{path.relative_to(CASSETTES)}: {kind}"
        for path in files
        for kind, pattern in LEAKS.items()
        if pattern.search(path.read_text(errors="replace"))
    ]
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "    Authorization:\n    - Bearer abcdefgh12345",
        '{"email": "a@b.c", "password": "hunter22"}',
        '\'{"token": "abc", "user": {}}\'',
        TOKEN,
        "x-refreshed-token: abc",
    ],
)
def test_the_cassette_scan_would_notice_a_leak(text: str) -> None:
    assert any(pattern.search(text) for pattern in LEAKS.values())


def test_the_token_is_in_no_repr() -> None:
    client = InvokeAIClient.from_url("http://127.0.0.1:9", token=TOKEN)
    assert client.auth_token == TOKEN
    for shown in (repr(client), repr(client._auth), repr(client.pipeline), repr(client.http)):
        assert TOKEN not in shown
        assert TOKEN[:20] not in shown
    assert repr(client._auth) == "BearerAuth(token=set)"
    client.close()


@LOOPBACK_ONLY
def test_the_token_is_sent_but_never_logged_nor_in_errors(caplog: pytest.LogCaptureFixture) -> None:
    sent_headers: list[str] = []
    with FaultProxy("http://127.0.0.1:9", rate=1.0, mix={"503-retry": 1}, retry_after=0) as proxy:
        client = InvokeAIClient.from_url(proxy.url, token=TOKEN, retry=RetryPolicy(max_attempts=3))
        client.http.event_hooks["request"].append(
            lambda r: sent_headers.append(r.headers.get("authorization", ""))
        )
        with caplog.at_level(logging.DEBUG), client, pytest.raises(InternalServerError) as caught:
            client.board_repo.list_boards()
    assert sent_headers == [f"Bearer {TOKEN}"] * 3
    assert "attempt 2/3" in caplog.text  # retries are logged...
    assert TOKEN not in caplog.text  # ...without the token
    error = caught.value
    assert TOKEN not in f"{error} {error!r} {error.body} {error.detail} {error.url}"


# --- downloads -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("a1b2c3.png", "a1b2c3.png"),
        ("../../etc/passwd", "passwd"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\windows\\system32\\evil.png", "evil.png"),
        ("C:\\Users\\me\\evil.png", "evil.png"),
        ("images/../../../evil.png", "evil.png"),
        (".bashrc", "bashrc"),
        ("...png", "png"),
        ("name\x00.png", "name_.png"),
        ("spaces and ünïcode.png", "spaces_and__n_code.png"),
        ("~/.ssh/id_rsa", "id_rsa"),
    ],
)
def test_server_provided_names_become_plain_file_names(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe
    assert "/" not in safe
    assert "\\" not in safe
    assert not safe.startswith(".")


@pytest.mark.parametrize("name", ["", ".", "..", "/", "a/", "..\\..\\", "...."])
def test_names_that_leave_nothing_usable_are_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="does not make a usable file name"):
        safe_file_name(name)


@LOOPBACK_ONLY
def test_a_hostile_image_name_lands_inside_the_target_folder(tmp_path: Path) -> None:
    hostile = "..\\..\\evil.png"  # one path segment in the URL; a path elsewhere
    served = tmp_path / "site" / "api" / "v1" / "images" / "i" / hostile
    served.mkdir(parents=True)
    (served / "full").write_bytes(png_bytes(3, 3))
    target = tmp_path / "deep" / "target"
    target.mkdir(parents=True)
    with serve_directory(tmp_path / "site") as url, InvokeAIClient.from_url(url) as client:
        saved = client.images.download_image_to(hostile, target)
    assert saved == target / "evil.png"
    assert saved.read_bytes() == png_bytes(3, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "site"]  # nothing escaped
    assert list((tmp_path / "deep").iterdir()) == [target]


@LOOPBACK_ONLY
def test_a_failed_download_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    served = tmp_path / "site" / "api" / "v1" / "images" / "i" / "same.png"
    served.mkdir(parents=True)
    (served / "full").write_bytes(png_bytes(64, 64))
    (tmp_path / "out").mkdir()
    previous = tmp_path / "out" / "same.png"
    previous.write_bytes(b"the copy from yesterday")
    with serve_directory(tmp_path / "site") as upstream, FaultProxy(upstream, rate=0.0) as proxy:
        proxy.force("reset", "GET", r".*/full")
        client = InvokeAIClient.from_url(proxy.url, retry=RetryPolicy.disabled())
        with client, pytest.raises(APIConnectionError):
            client.images.download_image_to("same.png", tmp_path / "out")
    assert previous.read_bytes() == b"the copy from yesterday"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["same.png"]  # no .part left over


# --- TLS -------------------------------------------------------------------------------------------------


def _context(client: InvokeAIClient) -> ssl.SSLContext:
    return client.http._transport._pool._ssl_context  # type: ignore[attr-defined,no-any-return]


def test_tls_certificates_are_verified_unless_turned_off() -> None:
    with InvokeAIClient.from_url("https://invokeai.example.test") as client:
        context = _context(client)
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
    with InvokeAIClient.from_url("https://invokeai.example.test", verify=False) as careless:
        assert _context(careless).verify_mode == ssl.CERT_NONE


async def test_the_async_client_verifies_too() -> None:
    client = InvokeAIClient.from_url("https://invokeai.example.test")
    try:
        context = client.async_http._transport._pool._ssl_context  # type: ignore[attr-defined]
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
    finally:
        await client.aclose()


def test_debug_header_traces_are_blanked(caplog: pytest.LogCaptureFixture) -> None:
    import invokeai_client._client  # noqa: F401  (installs the filter)

    trace = logging.getLogger("httpcore.http11")
    headers = [(b"content-type", b"application/json"), (b"x-refreshed-token", TOKEN.encode())]
    headers.append((b"set-cookie", f"invokeai_media_token={TOKEN}; HttpOnly".encode()))
    with caplog.at_level(logging.DEBUG, logger="httpcore.http11"):
        trace.debug(f"receive_response_headers.complete return_value={(b'HTTP/1.1', 200, b'OK', headers)}")
    assert TOKEN not in caplog.text
    assert "(b'x-refreshed-token', b'<redacted>')" in caplog.text
    assert "(b'content-type', b'application/json')" in caplog.text
