"""Server events: typed, filtered to our submission, waking waits, with polling as the fallback.

socket.io traffic cannot be replayed from cassettes, so the tests that need a server are live-only
(`INVOKEAI_URL=... pytest --disable-recording tests/test_events.py`). Offline ones cover pure logic: the
filter, the wake-up signal, and the progress text.
"""

from __future__ import annotations

import asyncio
import io
import random
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import InvokeAIClient, ValidationError, WorkflowDefinition, WorkflowHandle
from invokeai_client._transport.core import Signal, WaitSignal, run_async, run_sync
from invokeai_client.events.hub import RawEvent, Subscription, parse_event
from invokeai_client.events.progress import ItemProgress, ProgressBar, ProgressState, _text_bar

WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"


# --- offline: pure logic ------------------------------------------------------------------------------------


def status(item_id: int, value: str, batch_id: str = "ours") -> dict[str, Any]:
    return {"queue_id": "default", "batch_id": batch_id, "item_id": item_id, "status": value}


def test_subscription_accepts_its_own_batch_and_queue_only() -> None:
    sub = Subscription("ours", "default")
    assert sub.accepts("invocation_progress", {"queue_id": "default", "batch_id": "ours", "item_id": 1})
    assert not sub.accepts("invocation_progress", {"queue_id": "default", "batch_id": "theirs", "item_id": 1})
    assert not sub.accepts("invocation_progress", {"queue_id": "other", "batch_id": "ours", "item_id": 1})
    assert not sub.accepts("model_install_started", {"queue_id": "default", "batch_id": "ours"})
    assert not sub.accepts("queue_item_status_changed", "not a payload")
    # A bulk cancel names items, not batches: ours only once the enqueue has told us our item ids.
    canceled = {"queue_id": "default", "canceled_item_ids": [7, 8]}
    assert not sub.accepts("queue_items_canceled", canceled)
    sub.set_item_ids([8, 9])
    assert sub.accepts("queue_items_canceled", canceled)
    assert not sub.accepts("queue_items_canceled", {"queue_id": "default", "canceled_item_ids": [7]})
    assert sub.accepts("queue_cleared", {"queue_id": "default", "user_id": None})


def test_subscription_is_done_when_every_item_finished_even_before_ids_are_known() -> None:
    sub = Subscription("ours", "default")
    released: list[Subscription] = []
    sub.on_done = released.append
    # A fast job can finish before the enqueue answer arrives: statuses are kept by item id meanwhile.
    sub.deliver("queue_item_status_changed", status(1, "completed"))
    sub.deliver("queue_item_status_changed", status(2, "in_progress"))
    assert not sub.done
    sub.set_item_ids([1, 2])
    assert not sub.done
    sub.deliver("queue_items_canceled", {"queue_id": "default", "canceled_item_ids": [2]})
    assert sub.done
    assert released == [sub]
    assert sub.statuses == {1: "completed", 2: "canceled"}


def test_status_events_wake_waits_and_progress_does_not() -> None:
    sub = Subscription("ours", "default")
    with sub.wake_signal() as wake:
        sub.deliver("invocation_progress", {"queue_id": "default", "batch_id": "ours", "item_id": 1})
        assert not wake.is_set()
        sub.deliver("queue_item_status_changed", status(1, "in_progress"))
        assert wake.is_set()
    assert sub._wakes == []


def test_callback_sees_an_event_before_its_status_counts_and_failures_do_not_stop_delivery() -> None:
    sub = Subscription("ours", "default")
    seen: list[tuple[str, bool]] = []

    def callback(event: Any) -> None:
        seen.append((type(event).__name__, sub.done))
        raise RuntimeError("a broken callback")

    sub.callback = callback
    sub.set_item_ids([1])
    sub.deliver("queue_item_status_changed", {"item_id": 1, "status": "completed"})
    sub.deliver("queue_item_status_changed", {"item_id": 1, "status": "completed"})
    # Incomplete payloads do not fit the generated model: they arrive raw rather than not at all.
    assert seen == [("RawEvent", False), ("RawEvent", True)]


def test_unknown_events_parse_raw() -> None:
    assert parse_event("something_new", {"a": 1}) == RawEvent("something_new", {"a": 1})


def test_signal_wakes_a_sync_wait_from_another_thread() -> None:
    signal = Signal()

    def op() -> Any:
        woken = yield WaitSignal(signal, 5.0)
        timed_out = yield WaitSignal(signal, 0.01)  # consumed: the next wait times out
        return woken, timed_out

    threading.Timer(0.05, signal.set).start()
    started = time.monotonic()
    assert run_sync(op(), None) == (True, False)  # type: ignore[arg-type]
    assert time.monotonic() - started < 2


def test_signal_wakes_an_async_wait_from_another_thread() -> None:
    signal = Signal()

    def op() -> Any:
        return (yield WaitSignal(signal, 5.0))

    async def scenario() -> tuple[bool, float]:
        threading.Timer(0.05, signal.set).start()
        started = time.monotonic()
        woken = await run_async(op(), None)  # type: ignore[arg-type]
        return woken, time.monotonic() - started

    woken, took = asyncio.run(scenario())
    assert woken
    assert took < 2


def test_progress_line_shows_items_and_the_running_node() -> None:
    state = ProgressState(totals={"b": (1, 3)}, current=5)
    state.items[5] = ItemProgress(5, "in_progress", "denoise (denoise_latents)", 0.5, "Denoising")
    assert state.line() == (
        f"1/3 items done | item 5 denoise (denoise_latents) {_text_bar(0.5)}  50% Denoising"
    )
    assert _text_bar(0.5, width=4) == "[##--]"
    assert _text_bar(2.0, width=4) == "[####]"
    assert not state.done
    state.totals["b"] = (3, 3)
    assert state.done


# --- live: a real server ------------------------------------------------------------------------------------


def load(client: InvokeAIClient, name: str) -> WorkflowHandle:
    return client.workflow_repo.create_workflow(WorkflowDefinition.from_file(WORKFLOWS / f"{name}.json"))


def blur(client: InvokeAIClient, board_id: str) -> WorkflowHandle:
    wf = load(client, "image-blur")
    # A radius never used before, so the node cache cannot answer.
    wf.set_input_values({"Board": board_id, "Blur Radius": round(random.uniform(0.5, 30.0), 6)})
    return wf


@pytest.fixture
def events_client(server_url: str) -> Iterator[InvokeAIClient]:
    with InvokeAIClient.from_url(server_url, events=True) as client:
        yield client


@pytest.fixture
def board_id(events_client: InvokeAIClient, request: pytest.FixtureRequest) -> Iterator[str]:
    board = events_client.board_repo.create_board(f"test {request.node.name}")
    yield board.board_id
    events_client.board_repo.delete_board(board.board_id, delete_images=True)


@pytest.mark.live
def test_each_submission_hears_only_its_own_events(events_client: InvokeAIClient, board_id: str) -> None:
    first, second = blur(events_client, board_id), blur(events_client, board_id)
    heard: dict[str, list[Any]] = {"first": [], "second": []}
    a = first.submit_sync(on_progress=heard["first"].append)
    b = second.submit_sync(on_progress=heard["second"].append)
    first.wait_for_completion_sync(timeout=120)
    second.wait_for_completion_sync(timeout=120)
    for name, submission in (("first", a), ("second", b)):
        events = heard[name]
        assert {e.batch_id for e in events} == {submission.batch_id}
        assert {e.item_id for e in events if hasattr(e, "item_id")} == set(submission.item_ids)
        kinds = [type(e).__name__ for e in events]
        assert kinds[0] == "BatchEnqueuedEvent"  # subscribed before enqueueing: nothing missed
        assert {"InvocationStartedEvent", "InvocationCompleteEvent"} <= set(kinds)
        statuses = [e.status for e in events if type(e).__name__ == "QueueItemStatusChangedEvent"]
        assert statuses[-1] == "completed"


@pytest.mark.live
def test_sdxl_progress_rises_to_completion_before_the_wait_returns(
    events_client: InvokeAIClient, board_id: str
) -> None:
    wf = load(events_client, "sdxl-text-to-image")
    wf.set_input_values(
        {"Width": 256, "Height": 256, "Steps": 4, "Seed": random.randrange(1 << 30), "Board": board_id}
    )
    wf.sync_dnn_model(by_base=True)
    events: list[Any] = []
    wf.submit_sync(on_progress=events.append)
    item = wf.wait_for_completion_sync(timeout=120)
    heard_by_return = list(events)

    last = heard_by_return[-1]
    assert (type(last).__name__, last.status, last.item_id) == (
        "QueueItemStatusChangedEvent",
        "completed",
        item.item_id,
    )
    denoising = [
        e.percentage
        for e in heard_by_return
        if type(e).__name__ == "InvocationProgressEvent" and e.percentage is not None
    ]
    assert denoising == sorted(denoising)
    assert denoising[-1] == 1.0
    assert len(denoising) >= 4
    previews = [e.image for e in heard_by_return if type(e).__name__ == "InvocationProgressEvent" and e.image]
    assert previews
    assert previews[0].data_url.startswith("data:image/")
    completed_nodes = {
        e.invocation_source_id for e in heard_by_return if type(e).__name__ == "InvocationCompleteEvent"
    }
    assert {"denoise", "decode"} <= completed_nodes


@pytest.mark.live
def test_async_iterator_yields_the_submissions_events_and_ends(
    events_client: InvokeAIClient, board_id: str
) -> None:
    wf = blur(events_client, board_id)

    async def scenario() -> tuple[list[Any], Any]:
        await wf.submit(events=True)
        events = [event async for event in wf.events()]
        return events, await wf.wait_for_completion(timeout=60)

    events, item = asyncio.run(scenario())
    kinds = [type(e).__name__ for e in events]
    assert kinds[0] == "BatchEnqueuedEvent"
    assert kinds[-1] == "QueueItemStatusChangedEvent"
    assert events[-1].status == "completed"
    assert {e.item_id for e in events if hasattr(e, "item_id")} == {item.item_id}
    # The sync iterator of a finished submission gives what it kept and ends at once.
    assert [type(e).__name__ for e in wf.events_sync()] == []


@pytest.mark.live
def test_events_end_the_wait_sooner_than_polling_would(events_client: InvokeAIClient, board_id: str) -> None:
    from invokeai_client.resources.queue import PollPolicy

    wf = blur(events_client, board_id)
    wf.submit_sync()
    # Polling every 5 s would take seconds past the job's end; the status event ends the wait at once.
    started = time.monotonic()
    item = wf.wait_for_completion_sync(timeout=60, poll=PollPolicy(initial_interval=5, event_interval=5))
    assert item.status == "completed"
    assert time.monotonic() - started < 4


@pytest.mark.live
def test_unreachable_socket_falls_back_to_polling(
    server_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("invokeai_client.events.hub._SOCKET_PATH", "/ws/no-socket-here")
    with InvokeAIClient.from_url(server_url, events=True) as client:
        board = client.board_repo.create_board("test socket fallback")
        try:
            wf = blur(client, board.board_id)
            submission = wf.submit_sync(on_progress=lambda event: None)
            assert submission.events is None
            assert "socket.io" in (client.events.unavailable_reason or "")
            assert "events unavailable, polling instead" in caplog.text
            assert wf.wait_for_completion_sync(timeout=60).status == "completed"
            with pytest.raises(ValidationError, match="does not listen to server events"):
                wf.events_sync()
        finally:
            client.board_repo.delete_board(board.board_id, delete_images=True)


@pytest.mark.live
def test_without_the_events_extra_submissions_poll(server_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "socketio", None)  # as if python-socketio were not installed
    with InvokeAIClient.from_url(server_url, events=True) as client:
        board = client.board_repo.create_board("test events extra missing")
        try:
            wf = blur(client, board.board_id)
            assert wf.submit_sync().events is None
            assert "pip install 'invokeai-client[events]'" in (client.events.unavailable_reason or "")
            assert wf.wait_for_completion_sync(timeout=60).status == "completed"
        finally:
            client.board_repo.delete_board(board.board_id, delete_images=True)


@pytest.mark.live
def test_plain_progress_bar_reports_a_real_run(events_client: InvokeAIClient, board_id: str) -> None:
    out = io.StringIO()  # not a terminal: a line per change instead of one line redrawn
    bar = ProgressBar(stream=out, plain=True)
    wf = blur(events_client, board_id)
    wf.submit_sync(on_progress=bar)
    wf.wait_for_completion_sync(timeout=60)
    lines = out.getvalue().splitlines()
    assert lines[-1] == "1/1 items done"
    assert any("blur (img_blur)" in line for line in lines)
    assert bar.state.done


@pytest.mark.live
def test_rich_progress_bar_follows_a_sweep(events_client: InvokeAIClient, board_id: str) -> None:
    pytest.importorskip("rich")
    out = io.StringIO()
    with ProgressBar(stream=out) as bar:
        wf = blur(events_client, board_id)
        wf.submit_sync(sweep={"Width": [24, 32, 40]}, on_progress=bar)
        wf.wait_for_all_sync(timeout=60)
        assert bar.state.done
    assert (bar.state.finished, bar.state.total) == (3, 3)
    assert "items" in out.getvalue()
