"""Retries, enqueue-at-most-once and waiting, through the fault proxy.

The first tests run against InvokeAI through a FaultProxy each test starts itself, with faults forced at
exact steps; their cassettes hold what the client saw, the proxy's 502/503/429 answers included (recorded
with `scripts/record-cassettes tests/test_reliability.py`, replayed offline). Faults that are not answers
(dropped connections, resets mid-answer) cannot be recorded, as vcrpy stores answers only: the tests after
them cover those on loopback, with the proxy in front of nothing or of a small static file server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

import invokeai_client._transport.core as core
from invokeai_client import (
    APIConnectionError,
    InternalServerError,
    InvokeAIClient,
    NotFoundError,
    OutputMapping,
    RetryPolicy,
    WorkflowDefinition,
    WorkflowHandle,
)
from tests._png import png_bytes
from tests.faultproxy import FaultProxy, serve_directory

WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"
ENQUEUE = r"/api/v1/queue/default/enqueue_batch"
SUMMARIES = r"/api/v1/queue/default/item_summaries_by_ids"
LOOPBACK_ONLY = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])


@dataclass
class Seen:
    """What the client sent and got back, in order: (method, path, status)."""

    calls: list[tuple[str, str, int]] = field(default_factory=list)

    def hook(self, response: httpx.Response) -> None:
        self.calls.append((response.request.method, response.request.url.path, response.status_code))

    def statuses(self, method: str, path_end: str) -> list[int]:
        return [s for m, p, s in self.calls if m == method and p.endswith(path_end)]


@pytest.fixture
def proxy(server_url: str) -> Iterator[FaultProxy]:
    # Random faults off: each test forces the ones it is about, so recording and replay see the same.
    with FaultProxy(server_url, rate=0.0, seed=11) as running:
        yield running


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every pause the client takes (backoff, Retry-After, polling), still taken when live."""
    taken: list[float] = []
    pause = core._sleep  # already a no-op when replaying (conftest)

    def record(seconds: float) -> None:
        taken.append(seconds)
        pause(seconds)

    monkeypatch.setattr(core, "_sleep", record)
    return taken


def watched(url: str, seen: Seen, **options: Any) -> InvokeAIClient:
    client = InvokeAIClient.from_url(url, **options)
    client.http.event_hooks["response"].append(seen.hook)
    return client


def blur(client: InvokeAIClient, board_id: str, width: int) -> WorkflowHandle:
    """The model-free blur workflow at a small size, node cache off so every run makes a new image."""
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(WORKFLOWS / "image-blur.json"))
    for node in wf.definition.invocation_nodes():
        node["data"]["useCache"] = False
    wf.set_input_values({"Width": width, "Height": 16, "Blur Radius": 2.0, "Board": board_id})
    return wf


def delete_intermediates(client: InvokeAIClient, outputs: list[OutputMapping]) -> None:
    """The blank and blurred images are intermediates, on no board: deleting the board leaves them."""
    for mapping in outputs:
        if mapping.is_intermediate:
            for name in mapping.image_names:
                client.images.delete_image(name)


@pytest.fixture
def board_id(server_url: str, request: pytest.FixtureRequest) -> Iterator[str]:
    with InvokeAIClient.from_url(server_url) as direct:
        board = direct.board_repo.create_board(f"test {request.node.name}")
        yield board.board_id
        direct.board_repo.delete_board(board.board_id, delete_images=True)


# --- recorded: answers the proxy gave instead of the server ------------------------------------------------


def test_reads_are_retried_through_502_503_and_429(proxy: FaultProxy, sleeps: list[float]) -> None:
    proxy.force("502", "GET", "/api/v1/app/version")
    proxy.force("503", "GET", "/api/v1/app/version")
    proxy.force("503-retry", "GET", "/api/v1/boards/")
    proxy.force("429-retry", "GET", "/api/v1/boards/")
    seen = Seen()
    with watched(proxy.url, seen, retry=RetryPolicy(jitter=0.0)) as client:
        assert client.version() == "6.14.2"
        boards = client.board_repo.list_boards()
        assert isinstance(boards, list)
        assert client.pipeline.counters["retries"] == 4
    assert seen.statuses("GET", "/app/version") == [502, 503, 200]
    assert seen.statuses("GET", "/boards/") == [503, 429, 200]
    # Without jitter the backoff is exact: it doubles for the bare 5xx (a constant one fails here), and the
    # other two wait what the server's Retry-After asks (1 s), more than their backoff.
    initial = RetryPolicy().initial_backoff
    assert sleeps == [initial, 2 * initial, 1.0, 1.0]


def test_retries_stop_at_max_attempts_and_can_be_turned_off(proxy: FaultProxy, sleeps: list[float]) -> None:
    proxy.force("503", "GET", "/api/v1/app/version", times=3)
    seen = Seen()
    with watched(proxy.url, seen, retry=RetryPolicy(max_attempts=3, initial_backoff=0.01)) as client:
        with pytest.raises(InternalServerError, match=r"GET .*/api/v1/app/version answered 503") as caught:
            client.version()
        assert caught.value.status_code == 503
    assert seen.statuses("GET", "/app/version") == [503, 503, 503]

    proxy.force("502", "GET", "/api/v1/app/version")
    seen = Seen()
    with watched(proxy.url, seen, retry=RetryPolicy.disabled()) as client:
        with pytest.raises(InternalServerError, match="answered 502"):
            client.version()
        assert client.version() == "6.14.2"  # the next call is a new request, not a retry
    assert seen.statuses("GET", "/app/version") == [502, 200]


def test_other_error_statuses_and_non_idempotent_requests_are_not_retried(proxy: FaultProxy) -> None:
    seen = Seen()
    with watched(proxy.url, seen) as client:
        with pytest.raises(NotFoundError, match=r"no image named 'no-such-image\.png'"):
            client.images.get_image("no-such-image.png")
        proxy.force("502", "POST", "/api/v1/boards/")
        with pytest.raises(InternalServerError, match="answered 502"):
            client.board_repo.create_board("test never created")
        names = [b.board_name for b in client.board_repo.list_boards()]
    assert "test never created" not in names
    assert seen.statuses("GET", "/images/i/no-such-image.png") == [404]
    assert seen.statuses("POST", "/api/v1/boards/") == [502]


def test_enqueue_whose_answer_was_lost_is_not_sent_again(proxy: FaultProxy, board_id: str) -> None:
    # The proxy forwards the enqueue, the server queues the batch, and the client gets a 502 instead.
    proxy.force("502-lost", "POST", ENQUEUE)
    seen = Seen()
    with watched(proxy.url, seen) as client:
        wf = blur(client, board_id, width=17)
        submission = wf.submit_sync(sweep={"Blur Radius": [1.0, 2.0, 3.0]})
        assert seen.statuses("POST", "/enqueue_batch") == [502]
        assert len(submission.item_ids) == submission.requested == 3
        status = client.queue.get_batch_status(submission.batch_id)
        assert status.total == 3  # one batch of three, not two
        items = wf.wait_for_all_sync(timeout=120)
        assert [item.status for item in items] == ["completed"] * 3
        outputs = [m for item in items for m in wf.map_outputs_to_images(item)]
        assert len({name for m in outputs if not m.is_intermediate for name in m.image_names}) == 3
        delete_intermediates(client, outputs)
    assert seen.statuses("GET", f"/b/{submission.batch_id}/status")[0] == 200


def test_enqueue_refused_before_reaching_the_server_is_sent_once_more(
    proxy: FaultProxy, board_id: str
) -> None:
    proxy.force("503", "POST", ENQUEUE)
    seen = Seen()
    with watched(proxy.url, seen) as client:
        wf = blur(client, board_id, width=18)
        submission = wf.submit_sync()
        assert seen.statuses("POST", "/enqueue_batch") == [503, 200]
        assert client.queue.get_batch_status(submission.batch_id).total == 1
        item = wf.wait_for_completion_sync(timeout=120)
        assert item.status == "completed"
        delete_intermediates(client, wf.map_outputs_to_images(item))


def test_an_enqueue_that_keeps_failing_says_how_to_check_its_batch(proxy: FaultProxy, board_id: str) -> None:
    proxy.force("503", "POST", ENQUEUE, times=3)
    seen = Seen()
    with watched(proxy.url, seen, retry=RetryPolicy(max_attempts=3, initial_backoff=0.01)) as client:
        wf = blur(client, board_id, width=20)
        with pytest.raises(InternalServerError, match="answered 503") as caught:
            wf.submit_sync()
        (note,) = caught.value.__notes__
        batch_id = re.search(r"batch '([^']+)' may have been enqueued", note)
        assert batch_id is not None
        assert f"client.queue.get_batch_status('{batch_id[1]}') before submitting again" in note
        assert client.queue.get_batch_status(batch_id[1]).total == 0  # refused each time: nothing landed
    assert seen.statuses("POST", "/enqueue_batch") == [503, 503, 503]
    assert seen.statuses("GET", f"/b/{batch_id[1]}/status") == [200, 200, 200]


def test_waiting_outlasts_a_status_endpoint_that_keeps_failing(proxy: FaultProxy, board_id: str) -> None:
    seen = Seen()
    with watched(proxy.url, seen) as client:
        wf = blur(client, board_id, width=19)
        wf.submit_sync()
        # More failures in a row than one request's retries allow: the wait itself must carry on.
        proxy.force("503", "POST", SUMMARIES, times=7)
        item = wf.wait_for_completion_sync(timeout=120)
        assert item.status == "completed"
        delete_intermediates(client, wf.map_outputs_to_images(item))
    summary_statuses = [s for m, p, s in seen.calls if m == "POST" and "summar" in p]
    assert summary_statuses[:7] == [503] * 7
    assert summary_statuses[-1] == 200


# --- loopback: faults that are not answers -----------------------------------------------------------------


@LOOPBACK_ONLY
def test_dropped_connections_are_retried_for_reads_only() -> None:
    # Nothing behind the proxy: every request is dropped before it could be forwarded.
    with FaultProxy("http://127.0.0.1:9", rate=1.0, mix={"drop": 1}) as proxy:
        policy = RetryPolicy(max_attempts=4, initial_backoff=0.01)
        with InvokeAIClient.from_url(proxy.url, retry=policy) as client:
            with pytest.raises(APIConnectionError, match=r"GET .*/api/v1/app/version failed"):
                client.version()
            assert proxy.requests == 4
            with pytest.raises(APIConnectionError, match=r"POST .*/api/v1/boards/ failed"):
                client.board_repo.create_board("test dropped")
            assert proxy.requests == 5  # a POST is not sent twice blindly
        assert proxy.faults["drop"] == 5


@LOOPBACK_ONLY
def test_a_download_cut_short_is_fetched_again_from_the_start(tmp_path: Path) -> None:
    image = png_bytes(64, 64, (10, 20, 30))
    served = tmp_path / "site" / "api" / "v1" / "images" / "i" / "cut.png"
    served.mkdir(parents=True)
    (served / "full").write_bytes(image)
    with serve_directory(tmp_path / "site") as upstream, FaultProxy(upstream, rate=0.0) as proxy:
        proxy.force("reset", "GET", r".*/full", times=2)
        policy = RetryPolicy(initial_backoff=0.01)
        with InvokeAIClient.from_url(proxy.url, retry=policy) as client:
            assert client.images.download_image("cut.png") == image
            (tmp_path / "out").mkdir()
            saved = client.images.download_image_to("cut.png", tmp_path / "out")
            assert saved == tmp_path / "out" / "cut.png"
            assert saved.read_bytes() == image
            counters = client.pipeline.counters
            assert counters["retries"] + counters["download_restarts"] == 2
        assert proxy.faults["reset"] == 2

        proxy.force("reset", "GET", r".*/full")
        (tmp_path / "atomic").mkdir()
        client = InvokeAIClient.from_url(proxy.url, retry=RetryPolicy.disabled())
        with (
            client,
            pytest.raises(
                APIConnectionError,
                match=r"GET .*/cut\.png/full: the download was cut short on its only attempt",
            ),
        ):
            client.images.download_image_to("cut.png", tmp_path / "atomic")
    # Atomic: no half-written image, no temporary file left behind.
    assert list((tmp_path / "atomic").iterdir()) == []
