"""The session queue (`client.queue`): status, items, cancel/clear/prune, and waiting for items to finish."""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport.core import Op, Signal, Sleep, WaitSignal
from invokeai_client._transport.ops import async_op, sync_op

if TYPE_CHECKING:
    from invokeai_api.models import (
        BatchStatus,
        SessionQueueAndProcessorStatus,
        SessionQueueItem,
        SessionQueueItemSummary,
    )
    from invokeai_client._client import InvokeAIClient

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

    def __init__(self, client: InvokeAIClient, queue_id: str | None = None) -> None:
        self.client = client
        self.queue_id = queue_id or client.queue_id

    def _call(self, endpoint: Any, *args: Any, **kwargs: Any) -> Op[Any]:
        return (yield from self.client.pipeline.call(endpoint, self.queue_id, *args, **kwargs))

    def _get_status(self) -> Op[SessionQueueAndProcessorStatus]:
        from invokeai_api.api.queue import get_queue_status

        return (yield from self._call(get_queue_status))  # type: ignore[no-any-return]

    get_status = sync_op(_get_status)
    async_get_status = async_op(_get_status)

    def _get_item(self, item_id: int) -> Op[SessionQueueItem]:
        from invokeai_api.api.queue import get_queue_item

        return (yield from self._call(get_queue_item, item_id))  # type: ignore[no-any-return]

    get_item = sync_op(_get_item)
    async_get_item = async_op(_get_item)

    def _get_items(self, item_ids: Iterable[int]) -> Op[list[SessionQueueItem]]:
        """Full items (graph, session, results) for these ids, in the order given."""
        from invokeai_api.api.queue import get_queue_items_by_item_ids
        from invokeai_api.models import BodyGetQueueItemsByItemIds

        ids = list(item_ids)
        if not ids:
            return []
        body = BodyGetQueueItemsByItemIds(item_ids=ids)
        items = yield from self._call(get_queue_items_by_item_ids, body=body, idempotent=True)
        by_id = {item.item_id: item for item in items}
        return [by_id[i] for i in ids if i in by_id]

    get_items = sync_op(_get_items)
    async_get_items = async_op(_get_items)

    def _summaries(self, item_ids: Iterable[int]) -> Op[list[SessionQueueItemSummary]]:
        """Small records (status, batch, times; no graph) for these items."""
        from invokeai_api.api.queue import get_queue_item_summaries_by_ids
        from invokeai_api.models import BodyGetQueueItemSummariesByIds

        body = BodyGetQueueItemSummariesByIds(item_ids=list(item_ids))
        return (yield from self._call(get_queue_item_summaries_by_ids, body=body, idempotent=True))  # type: ignore[no-any-return]

    def _item_statuses(self, item_ids: Iterable[int]) -> Op[dict[int, str]]:
        summaries = yield from self._summaries(item_ids)
        return {s.item_id: str(s.status) for s in summaries}

    def _item_ids(self, newest_first: bool = True) -> Op[list[int]]:
        from invokeai_api.api.queue import get_queue_item_ids

        result = yield from self._call(get_queue_item_ids, order_dir="DESC" if newest_first else "ASC")
        return list(result.item_ids)

    def _latest(self, count: int = 10) -> Op[list[SessionQueueItem]]:
        """The `count` newest items, newest first."""
        ids = yield from self._item_ids()
        return (yield from self._get_items(ids[:count]))

    latest = sync_op(_latest)
    async_latest = async_op(_latest)

    def _latest_completed(self, scan: int = 200) -> Op[SessionQueueItem | None]:
        """The newest completed item among the newest `scan` items, or None."""
        ids = yield from self._item_ids()
        statuses = yield from self._item_statuses(ids[:scan])
        for item_id in ids[:scan]:
            if statuses.get(item_id) == "completed":
                return (yield from self._get_item(item_id))
        return None

    latest_completed = sync_op(_latest_completed)
    async_latest_completed = async_op(_latest_completed)

    def _get_batch_status(self, batch_id: str) -> Op[BatchStatus]:
        from invokeai_api.api.queue import get_batch_status

        return (yield from self._call(get_batch_status, batch_id))  # type: ignore[no-any-return]

    get_batch_status = sync_op(_get_batch_status)
    async_get_batch_status = async_op(_get_batch_status)

    def _cancel_item(self, item_id: int) -> Op[SessionQueueItem]:
        from invokeai_api.api.queue import cancel_queue_item

        return (yield from self._call(cancel_queue_item, item_id))  # type: ignore[no-any-return]

    cancel_item = sync_op(_cancel_item)
    async_cancel_item = async_op(_cancel_item)

    def _cancel_batches(self, batch_ids: list[str]) -> Op[int]:
        from invokeai_api.api.queue import cancel_by_batch_ids
        from invokeai_api.models import BodyCancelByBatchIds

        result = yield from self._call(cancel_by_batch_ids, body=BodyCancelByBatchIds(batch_ids=batch_ids))
        return int(result.canceled)

    cancel_batches = sync_op(_cancel_batches)
    async_cancel_batches = async_op(_cancel_batches)

    def _cancel_all(self) -> Op[int]:
        """Cancel every pending item (the one running finishes)."""
        from invokeai_api.api.queue import cancel_all_except_current

        return int((yield from self._call(cancel_all_except_current)).canceled)

    cancel_all = sync_op(_cancel_all)
    async_cancel_all = async_op(_cancel_all)

    def _clear(self) -> Op[int]:
        """Cancel the running item and delete every item of the queue."""
        from invokeai_api.api.queue import clear

        return int((yield from self._call(clear)).deleted)

    clear = sync_op(_clear)
    async_clear = async_op(_clear)

    def _prune(self) -> Op[int]:
        """Delete finished (completed, failed, canceled) items."""
        from invokeai_api.api.queue import prune

        return int((yield from self._call(prune)).deleted)

    prune = sync_op(_prune)
    async_prune = async_op(_prune)

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

        Polls item summaries (small) and fetches each full item once, when it finishes. A server that goes
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
                statuses = yield from self._item_statuses(pending)
                done = [i for i in pending if statuses.get(i) in TERMINAL_STATUSES]
                for item in (yield from self._get_items(done)):
                    finished[item.item_id] = item
            except (errors.APIConnectionError, errors.InternalServerError):
                # The server is restarting or unreachable; its queue persists, so keep waiting.
                statuses, reachable = {}, False
            for item_id, status in statuses.items():
                if last_status.get(item_id) != status:
                    last_status[item_id] = status
                    if on_status is not None:
                        on_status(item_id, status)
            if len(finished) == len(ids):
                return [finished[i] for i in ids]
            missing = [i for i in pending if i not in statuses and i not in finished]
            if reachable and missing:
                raise errors.JobError(
                    f"queue items {missing} are not on the server's queue", item_id=missing[0]
                )
            remaining = None if deadline is None else deadline - time.monotonic()
            if wake is not None:
                # Events end the wait early; this timer only covers a lost event, and the deadline.
                interval = poll.event_interval if remaining is None else min(poll.event_interval, remaining)
            if remaining is not None and (remaining <= 0 or interval > remaining):
                first = next(i for i in ids if i not in finished)
                raise errors.JobTimeoutError(
                    f"gave up waiting for queue item {first} after {timeout:g} s (last status: "
                    f"{last_status.get(first, 'unknown')}); it may still finish: wait again or cancel it",
                    item_id=first,
                    status=last_status.get(first),
                )
            if wake is None:
                yield Sleep(interval)
                interval = next(schedule)
            else:
                yield WaitSignal(wake, interval)

    wait_for_items = sync_op(_wait_for_items)
    async_wait_for_items = async_op(_wait_for_items)

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

    wait_for_item = sync_op(_wait_for_item)
    async_wait_for_item = async_op(_wait_for_item)
