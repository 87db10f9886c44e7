"""The session queue (`client.queue`): status, items, cancel/clear/prune, and waiting for items to finish."""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Final, ParamSpec, TypeVar

from invokeai_client import errors
from invokeai_client._transport.core import Op, Signal, Sleep, WaitSignal
from invokeai_client._transport.ops import Transport, async_op, sync_op
from invokeai_client._transport.pipeline import Endpoint

from . import queue_lookup

if TYPE_CHECKING:
    from invokeai_api.models import (
        BatchStatus,
        SessionQueueAndProcessorStatus,
        SessionQueueItem,
    )

__all__ = [
    "TERMINAL_STATUSES",
    "PollPolicy",
    "QueueRepository",
    "RawBody",
    "StatusCallback",
    "raise_for_outcome",
]

P = ParamSpec("P")
T = TypeVar("T")
# `waiting` (a workflow call in progress, 6.14) is not terminal: the item resumes.
TERMINAL_STATUSES = frozenset({"completed", "failed", "canceled"})

StatusCallback = Callable[[int, str], None]


@dataclass(frozen=True)
class PollPolicy:
    """How waiting polls: the pauses between checks start at `initial_interval` and grow by `factor` to
    `max_interval`, and start over after an answer that took `stall` seconds or more.

    InvokeAI answers no request while its session processor collects garbage, which it does right after
    claiming an item and before running its graph (~0.5 s on a CPU server); model loads hold it up the
    same way. A held answer therefore means the item's graph is about to run, and most graphs a script
    waits for take milliseconds to seconds: the next checks come quickly, when the finish is likely. A long
    job costs what it always did, `1 / max_interval` requests a second once it has run a few seconds, and so
    does a server that holds every answer (only the change from quick answers to a held one restarts).

    With server events to wake it, waiting re-checks as soon as an item changes status and otherwise only
    every `event_interval` seconds, in case an event was lost (a reconnecting socket)."""

    initial_interval: float = 0.01
    max_interval: float = 1.0
    factor: float = 1.5
    event_interval: float = 2.0
    stall: float = 0.2

    def intervals(self, clock: Callable[[], float] = time.monotonic) -> Iterator[float]:
        """The pause before each next check. Ask for one after every answer: the time between asks,
        less the pause given, is how long that answer took."""
        interval, held = self.initial_interval, False
        asked = clock()
        while True:
            yield interval
            now = clock()
            answered_in, asked = now - asked - interval, now
            # Only a change from quick answers to a held one restarts: a server that holds every answer
            # (overloaded) gets the plain back-off, not a check after each hold.
            if answered_in >= self.stall and not held:
                interval = self.initial_interval
            else:
                interval = min(interval * self.factor, self.max_interval)
            held = answered_in >= self.stall


class RawBody:
    """A request body the generated endpoint serializes with `to_dict()`, passed through unchanged.

    Graphs are sent as the dicts the GUI would send; a round trip through ~300 typed node classes would
    cost time and could drop fields of nodes newer than these bindings."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        """The body as given."""
        return self.data


@functools.cache
def import_item_models() -> None:
    """Import the generated models a full queue item parses into, once (~25 modules: ~6 ms of a fresh
    process). Waiting calls it before its first check, while the server works, so that a finished item
    costs only its parse. It follows each model's `_parse_imports()` (what its from_dict needs outside
    unions); the members of unions (node and output types) stay lazy, one per type met."""
    from invokeai_api.models.session_queue_item import SessionQueueItem

    seen: set[str] = set()
    todo: list[Any] = [SessionQueueItem]
    while todo:
        module = sys.modules[todo.pop().__module__]
        parse_imports = getattr(module, "_parse_imports", None)
        if module.__name__ not in seen and parse_imports is not None:
            seen.add(module.__name__)
            todo.extend(parse_imports())


def raise_for_outcome(item: SessionQueueItem) -> SessionQueueItem:
    """Return a completed item; raise JobFailedError / JobCanceledError for the others."""
    from invokeai_api.types import Unset

    def text(value: Any) -> str | None:
        return None if value is None or isinstance(value, Unset) else str(value)

    if item.status == "failed":
        error_type, message = text(item.error_type), text(item.error_message)
        raise errors.JobFailedError(
            f"queue item {item.item_id} failed: {error_type or 'error'}: {message or '(no message)'}",
            item_id=item.item_id,
            error_type=error_type,
            error_message=message,
            error_traceback=text(item.error_traceback),
        )
    if item.status == "canceled":
        raise errors.JobCanceledError(
            f"queue item {item.item_id} was canceled", item_id=item.item_id, status="canceled"
        )
    return item


class QueueRepository:
    """One session queue on the server (`client.queue`, queue id from the client, "default" usually)."""

    def __init__(self, client: Transport, queue_id: str | None = None) -> None:
        self.client = client
        self.queue_id: str = queue_id or client.queue_id

    def _call(
        self, endpoint: Endpoint[Concatenate[str, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> Op[T]:
        return (yield from self.client.pipeline.call(endpoint, self.queue_id, *args, **kwargs))

    def _get_status(self) -> Op[SessionQueueAndProcessorStatus]:
        """The queue's counts (pending, in progress, completed, ...) and the processor's state."""
        from invokeai_api.api.queue import get_queue_status

        return (yield from self._call(get_queue_status))

    get_status: Final = sync_op(_get_status)
    async_get_status: Final = async_op(_get_status)

    def _get_item(self, item_id: int) -> Op[SessionQueueItem]:
        """One queue item, in full (graph, session, results)."""
        from invokeai_api.api.queue import get_queue_item

        return (yield from self._call(get_queue_item, item_id))

    get_item: Final = sync_op(_get_item)
    async_get_item: Final = async_op(_get_item)

    def _get_items(self, item_ids: Iterable[int]) -> Op[list[SessionQueueItem]]:
        """Full items (graph, session, results) for these ids, in the order given."""
        return (yield from queue_lookup.get_items(self, list(item_ids)))

    get_items: Final = sync_op(_get_items)
    async_get_items: Final = async_op(_get_items)

    def _item_statuses(self, item_ids: Iterable[int]) -> Op[dict[int, str]]:
        briefs = yield from queue_lookup.item_briefs(self, list(item_ids))
        return {b.item_id: str(b.status) for b in briefs}

    def _item_ids(self, newest_first: bool = True) -> Op[list[int]]:
        return (yield from queue_lookup.item_ids(self, newest_first))

    def _latest(self, count: int = 10) -> Op[list[SessionQueueItem]]:
        """The `count` newest items, newest first."""
        ids = yield from self._item_ids()
        return (yield from self._get_items(ids[:count]))

    latest: Final = sync_op(_latest)
    async_latest: Final = async_op(_latest)

    def _latest_completed(self, scan: int = 200) -> Op[SessionQueueItem | None]:
        """The newest completed item among the newest `scan` items, or None."""
        ids = yield from self._item_ids()
        statuses = yield from self._item_statuses(ids[:scan])
        for item_id in ids[:scan]:
            if statuses.get(item_id) == "completed":
                return (yield from self._get_item(item_id))
        return None

    latest_completed: Final = sync_op(_latest_completed)
    async_latest_completed: Final = async_op(_latest_completed)

    def _get_batch_status(self, batch_id: str) -> Op[BatchStatus]:
        """A batch's item counts by status (all 0 if the queue has no such batch)."""
        from invokeai_api.api.queue import get_batch_status

        return (yield from self._call(get_batch_status, batch_id))

    get_batch_status: Final = sync_op(_get_batch_status)
    async_get_batch_status: Final = async_op(_get_batch_status)

    def _cancel_item(self, item_id: int) -> Op[SessionQueueItem]:
        """Cancel one item; returns it as canceled."""
        from invokeai_api.api.queue import cancel_queue_item

        return (yield from self._call(cancel_queue_item, item_id))

    cancel_item: Final = sync_op(_cancel_item)
    async_cancel_item: Final = async_op(_cancel_item)

    def _cancel_batches(self, batch_ids: list[str]) -> Op[int]:
        """Cancel every unfinished item of these batches; returns how many."""
        from invokeai_api.api.queue import cancel_by_batch_ids
        from invokeai_api.models import BodyCancelByBatchIds

        result = yield from self._call(cancel_by_batch_ids, body=BodyCancelByBatchIds(batch_ids=batch_ids))
        return int(result.canceled)

    cancel_batches: Final = sync_op(_cancel_batches)
    async_cancel_batches: Final = async_op(_cancel_batches)

    def _cancel_all(self) -> Op[int]:
        """Cancel every pending item (the one running finishes)."""
        from invokeai_api.api.queue import cancel_all_except_current

        return int((yield from self._call(cancel_all_except_current)).canceled)

    cancel_all: Final = sync_op(_cancel_all)
    async_cancel_all: Final = async_op(_cancel_all)

    def _clear(self) -> Op[int]:
        """Cancel the running item and delete every item of the queue."""
        from invokeai_api.api.queue import clear

        return int((yield from self._call(clear)).deleted)

    clear: Final = sync_op(_clear)
    async_clear: Final = async_op(_clear)

    def _prune(self) -> Op[int]:
        """Delete finished (completed, failed, canceled) items."""
        from invokeai_api.api.queue import prune

        return int((yield from self._call(prune)).deleted)

    prune: Final = sync_op(_prune)
    async_prune: Final = async_op(_prune)

    # --- waiting -----------------------------------------------------------------------------------------

    def _wait_for_items(
        self,
        item_ids: Iterable[int],
        *,
        timeout: float | None = 600.0,
        poll: PollPolicy | None = None,
        on_status: StatusCallback | None = None,
        wake: Signal | None = None,
    ) -> Op[list[SessionQueueItem]]:
        """Poll until every item is completed, failed or canceled; return the full items in the given order.

        Polls item statuses (summaries where the release has them) and fetches each full item once, when
        it finishes. A server that goes
        away and comes back (the queue persists) does not end the wait; only `timeout` does. `wake`, set
        when a server event says one of the items changed status, makes the next check happen at once.
        """
        poll = poll or PollPolicy()
        ids = list(item_ids)
        deadline = None if timeout is None else time.monotonic() + timeout
        last_status: dict[int, str] = {}
        finished: dict[int, SessionQueueItem] = {}
        import_item_models()
        schedule = poll.intervals()
        interval = next(schedule)
        while True:
            pending = [i for i in ids if i not in finished]
            reachable = True
            try:
                answer = yield from queue_lookup.poll(self, pending)
                statuses, asked = answer.statuses, answer.asked
                finished.update(answer.items)
                done = [i for i in asked if statuses.get(i) in TERMINAL_STATUSES and i not in finished]
                for item in (yield from self._get_items(done)):
                    finished[item.item_id] = item
            except (errors.APIConnectionError, errors.InternalServerError):
                # The server is restarting or unreachable; its queue persists, so keep waiting.
                statuses, asked, reachable = {}, [], False
            for item_id, status in statuses.items():
                if last_status.get(item_id) != status:
                    last_status[item_id] = status
                    if on_status is not None:
                        on_status(item_id, status)
            if len(finished) == len(ids):
                return [finished[i] for i in ids]
            missing = [i for i in asked if i not in statuses and i not in finished]
            if reachable and missing:
                raise errors.JobError(
                    f"queue items {missing} are not on the server's queue", item_id=missing[0]
                )
            remaining = None if deadline is None else deadline - time.monotonic()
            if wake is not None:
                # Events end the wait early; this timer only covers a lost event, and the deadline.
                interval = poll.event_interval if remaining is None else min(poll.event_interval, remaining)
            if remaining is not None and remaining <= 0:
                first = next(i for i in ids if i not in finished)
                raise errors.JobTimeoutError(
                    f"gave up waiting for queue item {first} after {timeout:g} s (last status: "
                    f"{last_status.get(first, 'unknown')}); it may still finish: wait again or cancel it",
                    item_id=first,
                    status=last_status.get(first),
                )
            # The last pause is cut to what is left, then checked once more: the whole timeout is waited.
            pause = interval if remaining is None else min(interval, remaining)
            if wake is None:
                yield Sleep(pause)
                interval = next(schedule)
            else:
                yield WaitSignal(wake, pause)

    wait_for_items: Final = sync_op(_wait_for_items)
    async_wait_for_items: Final = async_op(_wait_for_items)

    def _wait_for_item(
        self,
        item_id: int,
        *,
        timeout: float | None = 600.0,
        poll: PollPolicy | None = None,
        on_status: StatusCallback | None = None,
    ) -> Op[SessionQueueItem]:
        """Wait for one item; raise JobFailedError / JobCanceledError unless it completed."""
        (item,) = yield from self._wait_for_items([item_id], timeout=timeout, poll=poll, on_status=on_status)
        return raise_for_outcome(item)

    wait_for_item: Final = sync_op(_wait_for_item)
    async_wait_for_item: Final = async_op(_wait_for_item)
