"""What a one-job process pays for, and what it must not give up for it: a client for an http:// server
does no TLS set-up, https stays verified (also for an https URL sent through a client made for http), and
blocking code never imports asyncio. Offline: the client's objects, a loopback TLS server, a subprocess.
No timings.
"""

from __future__ import annotations

import itertools
import json
import shutil
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from invokeai_client import APIConnectionError, InvokeAIClient, RetryPolicy
from invokeai_client.resources.queue import PollPolicy

REPO = Path(__file__).resolve().parent.parent
LOOPBACK_ONLY = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
NOWHERE = "http://127.0.0.1:9"  # nothing listens on the discard port; these tests connect to it never


@pytest.fixture
def ca_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every CA certificate load of any SSL context made during the test (httpx's default one parses
    certifi's bundle with load_verify_locations)."""
    loads: list[str] = []
    for name in ("load_verify_locations", "load_default_certs", "set_default_verify_paths"):
        original = getattr(ssl.SSLContext, name)

        def record(
            self: ssl.SSLContext, *args: Any, _name: str = name, _original: Any = original, **kw: Any
        ) -> Any:
            loads.append(_name)
            return _original(self, *args, **kw)

        monkeypatch.setattr(ssl.SSLContext, name, record)
    return loads


def test_an_http_client_sets_up_no_tls(ca_loads: list[str]) -> None:
    with InvokeAIClient.from_url(NOWHERE) as client:
        client.http  # noqa: B018  (made on first use)
    assert ca_loads == []
    with InvokeAIClient.from_url("https://invokeai.example.test") as client:
        client.http  # noqa: B018
    assert ca_loads, "the probe sees the CA bundle an https client loads"


async def test_an_async_http_client_sets_up_no_tls(ca_loads: list[str]) -> None:
    client = InvokeAIClient.from_url(NOWHERE)
    try:
        client.async_http  # noqa: B018
    finally:
        await client.aclose()
    assert ca_loads == []


def test_the_http_pool_could_only_refuse_tls() -> None:
    # The context of the pool plain requests use: verifying, and trusting no CA, so nothing could pass it.
    with InvokeAIClient.from_url(NOWHERE) as client:
        context = client.http._transport._plain._pool._ssl_context  # type: ignore[attr-defined]
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.cert_store_stats()["x509_ca"] == 0


# --- a loopback TLS server with a self-signed certificate -------------------------------------------------


class _Version(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"version": "6.14.2"}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    command = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    command += ["-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1"]
    subprocess.run([*command, "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return cert, key


@pytest.fixture
def tls_url(certificate: tuple[Path, Path]) -> Iterator[str]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Version)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _trusting(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate[0]))


@LOOPBACK_ONLY
def test_https_is_verified_by_default(tls_url: str, certificate: tuple[Path, Path]) -> None:
    client = InvokeAIClient.from_url(tls_url, retry=RetryPolicy.disabled())
    with client, pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        client.version()
    with InvokeAIClient.from_url(tls_url, verify=_trusting(certificate)) as client:
        assert client.version() == "6.14.2"


@LOOPBACK_ONLY
def test_an_https_url_through_an_http_client_is_verified_with_its_verify(
    tls_url: str, certificate: tuple[Path, Path]
) -> None:
    with InvokeAIClient.from_url(NOWHERE) as client, pytest.raises(httpx.ConnectError, match="CERTIFICATE"):
        client.http.get(f"{tls_url}/api/v1/app/version")
    with InvokeAIClient.from_url(NOWHERE, verify=_trusting(certificate)) as client:
        assert client.http.get(f"{tls_url}/api/v1/app/version").json() == {"version": "6.14.2"}


@LOOPBACK_ONLY
async def test_the_async_client_verifies_an_https_url_too(tls_url: str) -> None:
    client = InvokeAIClient.from_url(NOWHERE)
    try:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE"):
            await client.async_http.get(f"{tls_url}/api/v1/app/version")
    finally:
        await client.aclose()


# --- imports ---------------------------------------------------------------------------------------------


def test_a_blocking_job_never_imports_asyncio() -> None:
    script = f"""
import sys
from invokeai_client import InvokeAIClient, WorkflowDefinition
client = InvokeAIClient.from_url({NOWHERE!r})
client.http
wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file("examples/workflows/image-blur.json"))
wf.get_input_value("Blur Radius").value = 3.5
wf.build_graph()
print(sorted(m for m in ("asyncio", "socketio", "aiohttp") if m in sys.modules))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --- the poll schedule (a fake clock: no timings) --------------------------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _run(policy: PollPolicy, answers: list[float]) -> list[float]:
    """The pauses a wait takes when its checks' answers take `answers` seconds each, in turn: the wait
    asks for a pause after each answer and then sleeps it."""
    clock = _Clock()
    schedule = policy.intervals(clock)
    pauses: list[float] = []
    for took in answers:
        clock.now += took
        pause = next(schedule)
        pauses.append(pause)
        clock.now += pause
    return pauses


def test_the_schedule_starts_fast_and_backs_off_to_its_cap() -> None:
    pauses = _run(PollPolicy(), [0.004] * 20)
    assert pauses[:4] == pytest.approx([0.01, 0.015, 0.0225, 0.03375])
    assert all(b >= a for a, b in itertools.pairwise(pauses))
    assert pauses[-1] == 1.0
    assert max(pauses) == 1.0


def test_a_held_answer_means_the_finish_is_near_and_starts_the_schedule_over() -> None:
    # InvokeAI holds every answer while it collects garbage before running the graph it just claimed.
    pauses = _run(PollPolicy(), [0.004] * 12 + [0.45] + [0.004] * 3)
    assert pauses[11] > 0.5
    assert pauses[12:] == pytest.approx([0.01, 0.015, 0.0225, 0.03375])


def test_only_the_answer_counts_as_held_not_the_pause_before_it() -> None:
    pauses = _run(PollPolicy(initial_interval=0.5, max_interval=5.0), [0.004] * 6)
    assert pauses == pytest.approx([0.5, 0.75, 1.125, 1.6875, 2.53125, 3.796875])


def test_a_long_job_is_asked_about_once_a_second() -> None:
    clock = _Clock()
    schedule = PollPolicy().intervals(clock)
    start, checks = clock.now, 0
    while clock.now - start < 600:  # a ten-minute job whose answers take 5 ms
        clock.now += 0.005
        clock.now += next(schedule)
        checks += 1
    assert checks <= 600 / 1.0 + 15


def test_a_server_that_holds_every_answer_gets_the_plain_back_off() -> None:
    pauses = _run(PollPolicy(), [0.25] * 30)  # an overloaded server: every answer held
    assert pauses[:3] == pytest.approx([0.01, 0.01, 0.015])  # one restart, at the first hold
    assert pauses[-1] == 1.0


def test_waiting_imports_the_item_models_up_front_but_no_node_types() -> None:
    script = """
import sys
from invokeai_client.resources.queue import import_item_models
import_item_models()
loaded = [m for m in sys.modules if m.startswith("invokeai_api.models.")]
print(sum(m.endswith("_invocation") for m in loaded), "invokeai_api.models.graph_execution_state" in loaded)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "True"]
