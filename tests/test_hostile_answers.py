"""Answers no real InvokeAI sends, from a scripted loopback server (tests/fakeserver.py): each must end in
an `InvokeAIError` that says what came back, never a raw JSONDecodeError, KeyError or AttributeError.
"""

from __future__ import annotations

import json
import os
import re
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    APITimeoutError,
    AuthenticationError,
    InvokeAIClient,
    JobCanceledError,
    JobFailedError,
    JobTimeoutError,
    RetryPolicy,
    UnexpectedResponseError,
)
from tests._png import png_bytes
from tests.fakeserver import FakeServer, Reply

LOOPBACK_ONLY = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
pytestmark = LOOPBACK_ONLY
VERSION = {"version": "6.14.2"}
WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"


def json_reply(data: Any, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data).encode())


def serve(routes: dict[str, Reply]) -> FakeServer:
    """A server answering each path's reply (the version route answers 6.14.2 unless given)."""
    replies = {"/api/v1/app/version": json_reply(VERSION), **routes}
    return FakeServer(lambda method, path, body: replies.get(path, json_reply({"detail": "Not Found"}, 404)))


@pytest.mark.parametrize(
    ("body", "cause"),
    [
        (b"{not json", "JSONDecodeError"),
        (b'{"release": "6.14.2"}', "KeyError: 'version'"),
        (b'["6.14.2"]', "Error"),
    ],
)
def test_a_version_answer_that_is_not_the_documented_json_is_an_unexpected_response(
    body: bytes, cause: str
) -> None:
    expected = "answered 200 with a body that is not what the API documents"
    with (
        serve({"/api/v1/app/version": Reply(200, body)}) as server,
        pytest.raises(UnexpectedResponseError, match=expected) as err,
    ):
        InvokeAIClient(server.url).version()
    assert cause in str(err.value)
    assert err.value.url == f"{server.url}/api/v1/app/version"


def test_an_enqueue_answer_without_its_fields_is_an_unexpected_response() -> None:
    enqueue = "/api/v1/queue/default/enqueue_batch"
    with serve({enqueue: json_reply({"enqueued": 1, "requested": 1})}) as server:
        client = InvokeAIClient(server.url, retry=RetryPolicy.disabled())
        wf = client.workflows.create_workflow_from_file(WORKFLOWS / "image-blur.json")
        wf.set_input_values({"Width": 16, "Height": 16, "Board": "none"})
        with pytest.raises(UnexpectedResponseError, match=r"KeyError: 'queue_id'"):
            wf.enqueue()
    assert server.requests.count(f"POST {enqueue}") == 1


@pytest.mark.parametrize("answer", [[1, 2], {"items": "x"}, "boards", {"detail": "none"}])
def test_a_board_list_of_the_wrong_shape_is_an_unexpected_response(answer: Any) -> None:
    with (
        serve({"/api/v1/boards/": json_reply(answer)}) as server,
        pytest.raises(UnexpectedResponseError, match=r"GET .*/api/v1/boards/ answered 200"),
    ):
        InvokeAIClient(server.url).boards.list_boards()


def test_a_status_the_endpoint_does_not_document_is_an_unexpected_response() -> None:
    # The install route answers 201; its parser gives None for anything else (AttributeError later).
    job = {"id": 7, "source": {"type": "local", "path": "/m"}, "local_path": "/m", "status": "waiting"}
    with (
        serve({"/api/v2/models/install": json_reply(job, status=200)}) as server,
        pytest.raises(
            UnexpectedResponseError,
            match=r"answered 200 with a body .* a status the API does not document here",
        ),
    ):
        InvokeAIClient(server.url).models.install_model("/m")


def test_a_redirect_is_named_not_followed() -> None:
    target = "https://elsewhere.test/api/v1/app/version"
    moved = Reply(302, b"", content_type="text/plain", headers={"Location": target})
    with (
        serve({"/api/v1/app/version": moved}) as server,
        pytest.raises(
            UnexpectedResponseError,
            match=f"answered 302, a redirect to {re.escape(target)}; the client does not",
        ),
    ):
        InvokeAIClient(server.url).version()


def test_a_redirected_download_writes_nothing(tmp_path: Path) -> None:
    moved = Reply(302, b"moved", content_type="text/plain")
    with (
        serve({"/api/v1/images/i/a.png/full": moved}) as server,
        pytest.raises(UnexpectedResponseError, match="answered 302, a redirect to nowhere"),
    ):
        InvokeAIClient(server.url).images.download_image_to("a.png", tmp_path)
    assert list(tmp_path.iterdir()) == []


# --- waiting: the whole timeout, and model installs raise job errors ------------------------------------

SUMMARY = {
    "item_id": 1,
    "created_at": "2026-12-01 09:42:14.330",
    "status": "in_progress",
    "started_at": "2026-12-01 09:42:14.333",
    "completed_at": None,
    "origin": "o",
    "destination": "o",
    "batch_id": "b",
    "queue_id": "default",
    "user_id": "system",
    "user_display_name": "System",
    "user_email": "system@system.invokeai",
    "field_values": None,
    "parent_item_id": None,
    "device": "cpu",
}


def test_a_wait_waits_its_whole_timeout() -> None:
    summaries = "/api/v1/queue/default/item_summaries_by_ids"
    with serve({summaries: json_reply([SUMMARY])}) as server:
        client = InvokeAIClient(server.url)
        started = time.monotonic()
        with pytest.raises(JobTimeoutError, match=r"gave up waiting for queue item 1 after 1 s"):
            client.queue.wait_for_item(1, timeout=1.0)
        waited = time.monotonic() - started
    # It used to stop once the next pause was longer than what was left (0.6 s of the 1 s here).
    assert 1.0 <= waited < 1.5


def install_job(status: str, **extra: Any) -> dict[str, Any]:
    source = {"type": "local", "path": "/models/tiny", "inplace": True}
    return {"id": 7, "source": source, "local_path": "/models/tiny", "status": status, **extra}


def model_server(final: dict[str, Any]) -> FakeServer:
    return serve(
        {
            "/api/v2/models/install": json_reply(install_job("waiting"), status=201),
            "/api/v2/models/install/7": json_reply(final),
        }
    )


def test_a_failed_model_install_is_a_job_failed_error() -> None:
    failed = install_job(
        "error",
        error="InvalidModelConfigException",
        error_reason="Unknown model type",
        error_traceback="Traceback ...",
    )
    with model_server(failed) as server:
        job = InvokeAIClient(server.url).models.install_model("/models/tiny")
        with pytest.raises(
            JobFailedError,
            match=r"job 7 \(/models/tiny\) ended error: InvalidModelConfigException: Unknown model type",
        ) as err:
            job.wait(interval=0.01)
    assert (err.value.item_id, err.value.error_type, err.value.error_traceback) == (
        7,
        "InvalidModelConfigException",
        "Traceback ...",
    )


def test_a_cancelled_model_install_is_a_job_canceled_error() -> None:
    with model_server(install_job("cancelled")) as server:
        job = InvokeAIClient(server.url).models.install_model("/models/tiny")
        with pytest.raises(JobCanceledError, match="model install job 7 was cancelled"):
            job.wait(interval=0.01)


def test_a_model_install_waited_on_too_long_is_a_job_timeout_error() -> None:
    with model_server(install_job("downloading")) as server:
        job = InvokeAIClient(server.url).models.install_model("/models/tiny")
        started = time.monotonic()
        with pytest.raises(JobTimeoutError, match=r"model install job 7 after 0.3 s \(still downloading\)"):
            job.wait(timeout=0.3, interval=0.2)
        assert time.monotonic() - started >= 0.3


# --- errors that point the right way ----------------------------------------------------------------------

REFUSED = json_reply({"detail": "Not authenticated"}, status=401)


@pytest.mark.parametrize(
    ("token", "hint"),
    [
        (None, "the server wants a login and none was given: InvokeAIClient.from_url"),
        ("stale", r"the server refused the token \(expired, revoked, or another server's\): log in again"),
    ],
)
def test_a_401_says_whether_a_token_was_refused_or_none_given(token: str | None, hint: str) -> None:
    with serve({"/api/v1/boards/": REFUSED}) as server, pytest.raises(AuthenticationError, match=hint) as err:
        InvokeAIClient(server.url, token=token).boards.list_boards()
    assert err.value.token_sent is (token is not None)


@pytest.mark.parametrize(
    ("token", "hint"),
    [
        (None, r"no token was given: pass --token or set INVOKEAI_TOKEN\)$"),
        ("stale", r"refused the token from --token / INVOKEAI_TOKEN \(expired"),
    ],
)
def test_the_cli_names_its_own_options_in_a_401(
    token: str | None, hint: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from invokeai_client.cli import EXIT_FAILED, main

    monkeypatch.delenv("INVOKEAI_TOKEN", raising=False)
    with serve({"/api/v1/boards/": REFUSED}) as server:
        code = main(["--url", server.url, *(["--token", token] if token else []), "boards"])
    error = capsys.readouterr().err
    assert code == EXIT_FAILED
    assert re.search(hint, error.strip()), error
    assert "from_url" not in error


def test_a_version_that_is_no_release_number_is_named_not_taken_for_the_oldest() -> None:
    with serve({"/api/v1/app/version": json_reply({"version": "banana"})}) as server:
        client = InvokeAIClient(server.url)
        assert client.version() == "banana"  # asked for, it is what the server said
        # It used to be read as 5.0.0: "logging in needs InvokeAI >= 6.12.0 ... upgrade".
        with pytest.raises(
            UnexpectedResponseError,
            match=r"answered version 'banana', which is not an InvokeAI release number",
        ):
            client.login("a@b.test", "pw")
    assert server.requests == ["GET /api/v1/app/version"]


# --- files ------------------------------------------------------------------------------------------------

PNG_ROUTE = "/api/v1/images/i/a.png/full"


@pytest.fixture
def image_server() -> Iterator[FakeServer]:
    with serve({PNG_ROUTE: Reply(200, png_bytes(), content_type="image/png")}) as server:
        yield server


@pytest.mark.parametrize("destination", ["out/", "out", Path("out/"), Path("out")])
def test_a_destination_that_is_or_names_a_folder_gets_the_image_inside(
    image_server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, destination: str | Path
) -> None:
    monkeypatch.chdir(tmp_path)
    written = InvokeAIClient(image_server.url).images.download_image_to("a.png", destination)
    assert written == Path("out/a.png")  # it used to be a file named "out"
    assert Path("out/a.png").read_bytes() == png_bytes()


def test_a_destination_with_a_file_suffix_is_the_file(image_server: FakeServer, tmp_path: Path) -> None:
    written = InvokeAIClient(image_server.url).images.download_image_to("a.png", tmp_path / "new" / "fox.png")
    assert written == tmp_path / "new" / "fox.png"
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["fox.png"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_downloaded_image_gets_the_users_umask(
    image_server: FakeServer, tmp_path: Path, umask: int, mode: int
) -> None:
    old = os.umask(umask)
    try:
        written = InvokeAIClient(image_server.url).images.download_image_to("a.png", tmp_path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(written.stat().st_mode) == mode  # it was 0600 whatever the umask


# --- a deadline for the whole answer, a cap on JSON ------------------------------------------------------


def within(seconds: float, call: Callable[[], object]) -> BaseException | None:
    """Run `call` in a thread and answer what it raised; fail if it is still running after `seconds`."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still running after {seconds} s"
    return outcome[0]


def test_a_trickling_answer_times_out_by_the_clients_timeout() -> None:
    trickle = Reply(200, b'{"version": "6.14.2"}', trickle=4, trickle_head=False)
    with serve({"/api/v1/app/version": trickle}) as server:
        started = time.monotonic()
        client = InvokeAIClient(server.url, timeout=1, retry=RetryPolicy.disabled())
        error = within(10, client.version)  # it used to hang as long as the bytes came
        took = time.monotonic() - started
    assert isinstance(error, APITimeoutError)
    assert "the whole answer did not arrive within 1 s" in str(error)
    assert 1.0 <= took < 2.0


def test_a_trickling_answer_is_not_retried() -> None:
    # Retrying would multiply the timeout by the attempts (5 s took 29 s): the server answers, too slowly.
    trickle = Reply(200, b'{"version": "6.14.2"}', trickle=4, trickle_head=False)
    with serve({"/api/v1/app/version": trickle}) as server:
        started = time.monotonic()
        error = within(10, InvokeAIClient(server.url, timeout=1).version)
        took = time.monotonic() - started
    assert isinstance(error, APITimeoutError)
    assert 1.0 <= took < 2.0, took
    assert server.requests == ["GET /api/v1/app/version"]


def test_a_silent_server_is_retried_within_the_policys_total() -> None:
    silent = Reply(200, b"", trickle=0.01)  # the first byte comes after 100 s
    with serve({"/api/v1/app/version": silent}) as server:
        started = time.monotonic()
        client = InvokeAIClient(server.url, timeout=1, retry=RetryPolicy(total_timeout=2.5, jitter=0))
        error = within(10, client.version)
        took = time.monotonic() - started
    assert isinstance(error, APITimeoutError)
    assert 2.0 <= took < 3.5, took
    assert len(server.requests) >= 2


def test_a_json_answer_declared_too_large_is_not_read() -> None:
    huge = Reply(200, b'{"version": "', length=300 * 1024 * 1024)
    with serve({"/api/v1/app/version": huge}) as server:
        error = within(10, InvokeAIClient(server.url).version)
    assert isinstance(error, UnexpectedResponseError)
    assert "sent an answer of 314572800 bytes where the client reads at most 67108864 bytes of JSON" in str(
        error
    )


def test_a_json_answer_growing_past_the_cap_is_cut_off() -> None:
    endless = Reply(200, b" " * 65536, chunked=True, repeat=64)  # 4 MB, no length given
    with serve({"/api/v1/boards/": endless}) as server:
        client = InvokeAIClient(server.url, max_json_bytes=1_000_000)
        error = within(10, client.boards.list_boards)
    assert isinstance(error, UnexpectedResponseError)
    assert "sent an answer of more than 1000000 bytes" in str(error)


def test_an_image_download_is_not_capped(tmp_path: Path) -> None:
    image = png_bytes(64, 64)
    with serve({PNG_ROUTE: Reply(200, image, content_type="image/png")}) as server:
        client = InvokeAIClient(server.url, max_json_bytes=100)
        assert client.images.download_image("a.png") == image
