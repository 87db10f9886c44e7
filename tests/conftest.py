"""Test harness: tests that talk to InvokeAI replay cassettes offline, or run live against a server.

    pytest                                            offline (the default): replay cassettes/, no network
    INVOKEAI_URL=http://127.0.0.1:9090 pytest --disable-recording      live against a running server
    scripts/record-cassettes                          re-record every cassette against the local server

A test that talks to the server takes the `client` (facade) or `server_url` fixture; it is then marked for
VCR automatically and its cassette lives in cassettes/<test module>/<test name>.yaml.
"""

from __future__ import annotations

import itertools
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
DEFAULT_URL = "http://127.0.0.1:9090"
SECRET_HEADERS = ("authorization", "cookie", "set-cookie", "x-refreshed-token")
SECRET_FIELDS = ("password", "token", "access_token", "refresh_token")
SERVER_FIXTURES = {"client", "server_url", "generated_client", "release_url", "release_client", "fleet_urls"}
# Fleet tests talk to two servers (INVOKEAI_FLEET_URLS=A,B); their cassettes match on host and port too, so
# offline they replay from the URLs they were recorded from: these.
FLEET_URLS = ("http://127.0.0.1:9201", "http://127.0.0.1:9202")
# Releases the per-release tests (tests/test_releases.py) are recorded from; live and recording runs find
# their servers in INVOKEAI_RELEASE_URLS="5.15.0=http://127.0.0.1:9106,6.7.0=...,6.14.2=...".
RECORDED_RELEASES = ("5.15.0", "6.7.0", "6.14.2")
LIVE_TIMEOUT = 900  # seconds per test against a real server


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "live: needs a live InvokeAI server (INVOKEAI_URL); skipped offline")
    # Plain `pytest` is what a contributor types first: it replays offline and writes nothing. Recording
    # happens only when asked for (scripts/record-cassettes passes --record-mode=rewrite), live runs only
    # with --disable-recording.
    if config.option.record_mode is None:
        config.option.record_mode = "none"
    if _replaying(config):
        config.option.block_network = True


def _replaying(config: pytest.Config) -> bool:
    return not config.getoption("--disable-recording") and config.getoption("--record-mode") == "none"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    live = bool(os.environ.get("INVOKEAI_URL")) and not _replaying(config)
    skip_live = pytest.mark.skip(reason="live-only test: set INVOKEAI_URL and pass --disable-recording")
    # Against a real server (live or recording) a test waits for real work: a longer per-test timeout.
    slow = None if _replaying(config) else pytest.mark.timeout(LIVE_TIMEOUT)
    for item in items:
        if slow is not None and item.get_closest_marker("timeout") is None:
            item.add_marker(slow)
        if "live" in item.keywords and not live:
            item.add_marker(skip_live)
        elif SERVER_FIXTURES & set(getattr(item, "fixturenames", ())) and "live" not in item.keywords:
            item.add_marker(pytest.mark.vcr)


# --- cassettes ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


def _json_body(request: Any) -> Any:
    body = request.body
    if not body:
        return None
    if isinstance(body, bytes):
        try:
            body = body.decode()
        except UnicodeDecodeError:
            return None  # multipart uploads: random boundaries, compared by method/path/query only
    try:
        return json.loads(body)
    except ValueError:
        return None


def _match_json_body(r1: Any, r2: Any) -> None:
    assert _json_body(r1) == _json_body(r2), "JSON bodies differ"


def _scrub(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: ("<redacted>" if k in SECRET_FIELDS else _scrub(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def _scrub_body(body: Any) -> Any:
    if not body:
        return body
    try:
        data = json.loads(body.decode() if isinstance(body, bytes) else body)
    except (ValueError, UnicodeDecodeError):
        return body
    scrubbed = json.dumps(_scrub(data))
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


def _before_record_request(request: Any) -> Any:
    request.body = _scrub_body(request.body) if _json_body(request) is not None else request.body
    return request


def _before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
    body = response.get("body", {})
    if isinstance(body, dict) and body.get("string"):
        body["string"] = _scrub_body(body["string"])
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "path", "query", "json_body"],
        "filter_headers": list(SECRET_HEADERS),
        "before_record_request": _before_record_request,
        "before_record_response": _before_record_response,
        "decode_compressed_response": True,
    }


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("json_body", _match_json_body)


# --- fixtures ----------------------------------------------------------------------------------------------


@pytest.fixture
def server_url() -> str:
    return os.environ.get("INVOKEAI_URL", DEFAULT_URL).rstrip("/")


def _recording(config: pytest.Config) -> bool:
    return not config.getoption("--disable-recording") and config.getoption("--record-mode") != "none"


def _run_token(request: pytest.FixtureRequest) -> str:
    """A token that makes this test's ids unique on the server yet repeatable from its cassette.

    InvokeAI answers an enqueue with the items of *every* batch sharing the batch id, so ids must not repeat
    between recordings or live runs. Recording stores a fresh token beside the module's cassettes
    (cassettes/<module>/_tokens.json); replay reads it back; live runs use a fresh one.
    """
    config = request.config
    if not _recording(config) and not _replaying(config):
        return uuid.uuid4().hex[:12]
    path = CASSETTES / request.module.__name__.rsplit(".", 1)[-1] / "_tokens.json"
    tokens = json.loads(path.read_text()) if path.exists() else {}
    name = request.node.name
    if _recording(config):
        tokens[name] = uuid.uuid4().hex[:12]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(tokens, indent=2, sort_keys=True) + "\n")
    return str(tokens.get(name, "unrecorded"))


@pytest.fixture(autouse=True)
def deterministic_ids(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Ids the client makes up follow the test's name and run token, so replays send what was recorded."""
    counter = itertools.count(1)
    talks_to_server = bool(SERVER_FIXTURES & set(request.fixturenames)) or "live" in request.keywords
    prefix = f"test-{request.node.name}" + (f"-{_run_token(request)}" if talks_to_server else "")
    monkeypatch.setattr("invokeai_client._transport.ids.new_id", lambda: f"{prefix}-{next(counter)}")


@pytest.fixture(autouse=True)
def no_sleep_when_replaying(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Recorded answers arrive instantly, so backoff and poll intervals need not be waited out."""
    if _replaying(request.config):

        async def no_async_sleep(_: float) -> None:
            return None

        monkeypatch.setattr("invokeai_client._transport.core._sleep", lambda _: None)
        monkeypatch.setattr("invokeai_client._transport.core._async_sleep", no_async_sleep)


@pytest.fixture(params=RECORDED_RELEASES)
def release_url(request: pytest.FixtureRequest) -> str:
    """The URL of a server of one release; offline, any URL does (cassettes match on paths, not hosts)."""
    if _replaying(request.config):
        return DEFAULT_URL
    urls = dict(
        pair.strip().split("=", 1)
        for pair in os.environ.get("INVOKEAI_RELEASE_URLS", "").split(",")
        if "=" in pair
    )
    if request.param not in urls:
        pytest.skip(
            f"no InvokeAI {request.param} server: set INVOKEAI_RELEASE_URLS={request.param}=http://..."
        )
    return urls[request.param].rstrip("/")


@pytest.fixture
def fleet_urls(request: pytest.FixtureRequest) -> list[str]:
    """Two servers for fleet tests: INVOKEAI_FLEET_URLS when recording or live, else `FLEET_URLS`."""
    if _replaying(request.config):
        return list(FLEET_URLS)
    urls = [u.strip().rstrip("/") for u in os.environ.get("INVOKEAI_FLEET_URLS", "").split(",") if u.strip()]
    return urls or list(FLEET_URLS)


@pytest.fixture
def release_client(release_url: str) -> Iterator[Any]:
    from invokeai_client import InvokeAIClient

    with InvokeAIClient.from_url(release_url) as c:
        yield c


@pytest.fixture
def client(server_url: str) -> Iterator[Any]:
    from invokeai_client import InvokeAIClient

    with InvokeAIClient.from_url(server_url) as c:
        yield c


@pytest.fixture
def generated_client(server_url: str) -> Iterator[Any]:
    from invokeai_api import AuthenticatedClient

    # Single-user servers ignore the token; the generated endpoints still ask for an AuthenticatedClient.
    token = os.environ.get("INVOKEAI_TOKEN", "single-user-mode")
    with AuthenticatedClient(base_url=server_url, token=token) as c:
        yield c
