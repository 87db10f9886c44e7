"""Live only: a sweep and single jobs through 20% injected faults, and a wait that outlives a server restart.

    INVOKEAI_URL=http://127.0.0.1:9090 .venv/bin/pytest --disable-recording -s tests/test_reliability_live.py

The fault run prints its counts (jobs, faults by kind, retries, duplicates, outputs lost); the restart test
starts its own server on port 9292 (scripts/serve-invokeai, root .invokeai/root-9292) and stops it after.
"""

from __future__ import annotations

import hashlib
import struct
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from invokeai_api import AuthenticatedClient
from invokeai_api.api.queue import get_queue_item_ids, get_queue_item_summaries_by_ids
from invokeai_api.models import BodyGetQueueItemSummariesByIds, ItemIdsResult
from invokeai_client import InvokeAIClient, JobCanceledError, WorkflowDefinition, WorkflowHandle
from tests.faultproxy import FaultProxy
from tests.restartable import RestartableServer

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parent.parent
BLUR = ROOT / "examples" / "workflows" / "image-blur.json"
RESTART_PORT = 9292
RESTARTED = RestartableServer(RESTART_PORT)
SWEEP_WIDTHS = list(range(16, 116))  # 100 variants, each a distinct image (its own width)
SINGLES = 20
ENQUEUE = r"/api/v1/queue/default/enqueue_batch"


def blur(client: InvokeAIClient, **values: Any) -> WorkflowHandle:
    """The model-free blur workflow, node cache off so every run makes a new image."""
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(BLUR))
    for node in wf.definition.invocation_nodes():
        node["data"]["useCache"] = False
    wf.set_input_values(values)
    return wf


def png_size(data: bytes) -> tuple[int, int] | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def items_per_batch(server_url: str, batch_ids: set[str], since_item_id: int) -> Counter[str]:
    """Queue items per batch from `since_item_id` on, counted by the server itself (no proxy, no facade)."""
    with AuthenticatedClient(base_url=server_url, token="single-user-mode", timeout=httpx.Timeout(60)) as raw:
        listing = get_queue_item_ids.sync("default", client=raw)
        assert isinstance(listing, ItemIdsResult)
        ids = [i for i in listing.item_ids if i >= since_item_id]
        counts: Counter[str] = Counter()
        for start in range(0, len(ids), 500):
            body = BodyGetQueueItemSummariesByIds(item_ids=ids[start : start + 500])
            summaries = get_queue_item_summaries_by_ids.sync("default", client=raw, body=body)
            assert isinstance(summaries, list)
            counts.update(s.batch_id for s in summaries if s.batch_id in batch_ids)
    return counts


def test_sweep_and_single_jobs_complete_through_20_percent_faults(server_url: str, tmp_path: Path) -> None:
    with (
        InvokeAIClient.from_url(server_url) as direct,
        FaultProxy(server_url, rate=0.2, seed=20260707, delay=(0.1, 1.0)) as proxy,
    ):
        board = direct.board_repo.create_board("test live faults")
        intermediates: list[str] = []
        try:
            # On top of the random faults: the two enqueues whose answers are lost after the server queued
            # the batch, the case that would duplicate work if enqueue were retried blindly.
            proxy.force("reset", "POST", ENQUEUE)
            proxy.force("502-lost", "POST", ENQUEUE)
            with InvokeAIClient.from_url(proxy.url) as flaky:
                sweep_wf = blur(flaky, Height=24, Board=board.board_id)
                sweep = sweep_wf.submit_sync(sweep={"Width": SWEEP_WIDTHS})
                singles = []
                for n in range(SINGLES):
                    color = {"r": 10 * n, "g": 255 - 10 * n, "b": 77, "a": 255}
                    wf = blur(flaky, Width=40, Height=40, Color=color, Board=board.board_id)
                    wf.submit_sync()
                    singles.append(wf)

                runs = [(sweep_wf, item) for item in sweep_wf.wait_for_all_sync(timeout=1800)]
                runs += [(wf, wf.wait_for_completion_sync(timeout=600)) for wf in singles]
                assert [item.status for _, item in runs] == ["completed"] * (len(SWEEP_WIDTHS) + SINGLES)

                expected: dict[str, tuple[int, int]] = {}  # image name -> its size
                for wf, item in runs:
                    mappings = wf.map_outputs_to_images(item)
                    intermediates += [n for m in mappings if m.is_intermediate for n in m.image_names]
                    (output,) = [m for m in mappings if not m.is_intermediate]
                    assert (output.node_id, output.board_id) == ("save", board.board_id)
                    (name,) = output.image_names
                    expected[name] = (output.field_values["blank.width"], 24) if wf is sweep_wf else (40, 40)
                assert sorted(w for w, h in expected.values() if h == 24) == SWEEP_WIDTHS

                downloaded: dict[str, bytes] = {}
                for name in expected:
                    downloaded[name] = flaky.images.download_image_to(name, tmp_path).read_bytes()
                client_counters = dict(flaky.pipeline.counters)

            lost = {name for name in expected if png_size(downloaded.get(name, b"")) != expected[name]}
            submissions = [sweep, *(wf.last_submission for wf in singles)]
            requested = {s.batch_id: s.requested for s in submissions if s is not None}
            since = min(i for s in submissions if s is not None for i in s.item_ids)
            on_server = items_per_batch(server_url, set(requested), since)
            duplicates = {b: on_server[b] - n for b, n in requested.items() if on_server[b] != n}
            enqueues = [e for e in proxy.events if e.path.endswith("/enqueue_batch")]
            counts: dict[str, Any] = {
                "jobs": sum(requested.values()),
                "batches": len(requested),
                "distinct_images": len({hashlib.sha256(data).digest() for data in downloaded.values()}),
                "proxy": proxy.summary(),
                "client": client_counters,
                "enqueue_requests": len(enqueues),
                "enqueue_faults": Counter(e.fault for e in enqueues if e.fault),
                "duplicates_found": sum(duplicates.values()),
                "outputs_lost": len(lost),
            }
            print(f"\nfault run: {counts}")
            assert {"reset", "502-lost"} <= set(counts["enqueue_faults"])
            assert duplicates == {}
            assert lost == set()
            assert counts["distinct_images"] == len(SWEEP_WIDTHS) + SINGLES
            assert sum(proxy.faults.values()) > 0.1 * proxy.requests  # the faults really happened
        finally:
            direct.board_repo.delete_board(board.board_id, delete_images=True)
            for name in intermediates:
                direct.images.delete_image(name)


# --- a server restart during a wait --------------------------------------------------------------------


@pytest.fixture
def unique_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fresh batch ids on every run: this server's queue persists, and InvokeAI answers an enqueue with
    every item that shares the batch id."""
    monkeypatch.setattr("invokeai_client._transport.ids.new_id", lambda: f"test-restart-{uuid.uuid4().hex}")


@pytest.fixture
def restart_root(tmp_path: Path) -> Iterator[Path]:
    """A server on RESTART_PORT with a fresh root: items left pending by an interrupted run would be picked
    up at start-up, and InvokeAI 6.14.2 can then fail its start-up VACUUM (see tests/restartable.py)."""
    root = tmp_path / f"root-{RESTART_PORT}"
    RESTARTED.start_and_stay_up(root)  # idle while start-up finishes, so its VACUUM cannot fail
    try:
        yield root
    finally:
        RESTARTED.stop()


def test_a_wait_outlives_a_server_restart(restart_root: Path, unique_ids: None) -> None:
    """What InvokeAI 6.14.2 does (session_queue_sqlite.start -> _set_in_progress_to_canceled): the item that
    was running when the server stopped is marked canceled at the next start; pending items stay in the
    persisted queue and run. The wait resumes after the restart and reports exactly that."""
    url = f"http://127.0.0.1:{RESTART_PORT}"
    with InvokeAIClient.from_url(url) as client:
        slow = blur(client, Width=8192, Height=8192, **{"Blur Radius": 300.0})  # about 12 s on a CPU
        quick = blur(client, Width=64, Height=64)
        slow_id = slow.submit_sync().item_ids[0]
        quick_id = quick.submit_sync().item_ids[0]
        deadline = time.monotonic() + 60
        while (status := client.queue.get_item(slow_id).status) != "in_progress":
            assert status == "pending", f"the slow item is {status}"
            assert time.monotonic() < deadline, "the slow item never started"
            time.sleep(0.1)

        timeline: list[tuple[float, str]] = []
        started = time.monotonic()

        def note(event: str) -> None:
            timeline.append((round(time.monotonic() - started, 1), event))

        failures: list[BaseException] = []

        def restart() -> None:
            try:
                stop_and_start()
            except BaseException as exc:  # seen by the test once the wait is over
                failures.append(exc)

        def stop_and_start() -> None:
            time.sleep(1.0)
            RESTARTED.stop()
            with InvokeAIClient.from_url(url) as probe:
                note(f"stopped; server answers: {probe.health_check()}")
            time.sleep(2.0)
            RESTARTED.start_and_stay_up(restart_root, note)

        restarter = threading.Thread(target=restart)
        restarter.start()
        try:
            items = client.queue.wait_for_items(
                [slow_id, quick_id], timeout=300, on_status=lambda i, s: note(f"item {i} {s}")
            )
        finally:
            restarter.join()
        assert not failures, failures
        print(f"\nrestart timeline: {timeline}; client counters: {dict(client.pipeline.counters)}")

        events = [event for _, event in timeline]
        # Seen running before the stop, seen canceled only once the server was back.
        stopped = events.index("stopped; server answers: False")
        running = events.index(f"item {slow_id} in_progress")
        assert running < stopped < events.index(f"item {slow_id} canceled")
        assert any(event.startswith("started again") for event in events)
        assert [item.status for item in items] == ["canceled", "completed"]
        assert client.pipeline.counters["retries"] > 0  # it did meet the server being away
        with pytest.raises(JobCanceledError, match=f"queue item {slow_id} was canceled"):
            slow.wait_for_completion_sync(timeout=30)
        (output,) = [m for m in quick.map_outputs_to_images(items[1]) if not m.is_intermediate]
        assert png_size(client.images.download_image(output.image_names[0])) == (64, 64)
        for mapping in quick.map_outputs_to_images(items[1]):
            for name in mapping.image_names:
                client.images.delete_image(name)
