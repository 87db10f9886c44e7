"""Server events over socket.io (the `events` extra): typed, filtered to one submission, polling as fallback.

    wf.enqueue(on_progress=lambda event: print(type(event).__name__))   # callbacks
    async for event in wf.async_iter_events(): ...                     # or an iterator

A client opens one socket.io connection (on first use) and shares it between its submissions. It subscribes
to the queue and waits for the server's acknowledgement before anything is enqueued, so no event of a
submission can be missed. Each submission hears only its own batch. Waiting re-checks the queue as soon as
an item changes status; without the extra, or when the socket cannot connect, everything polls as before.

The connection lives on a daemon thread running its own event loop, for sync and async callers alike:
python-socketio's asyncio client handles a connection's messages in order (its threaded client starts a
thread per message, which can reorder progress). Callbacks therefore run on that thread: keep them short.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import urlsplit

from invokeai_client._transport.core import AwaitFuture, Op, Signal, WaitSignal
from invokeai_client.resources.queue import TERMINAL_STATUSES

if TYPE_CHECKING:
    from invokeai_api.models import (
        BatchEnqueuedEvent,
        InvocationCompleteEvent,
        InvocationErrorEvent,
        InvocationProgressEvent,
        InvocationStartedEvent,
        QueueClearedEvent,
        QueueItemsCanceledEvent,
        QueueItemStatusChangedEvent,
    )
    from invokeai_client._client import InvokeAIClient

__all__ = [
    "EVENT_MODELS",
    "EventCallback",
    "EventHub",
    "QueueEvent",
    "RawEvent",
    "Subscription",
    "parse_event",
]

_logger: logging.Logger = logging.getLogger(__name__)

_SOCKET_PATH = "/ws/socket.io"
# The queue events a submission hears, and the generated model each one parses into.
EVENT_MODELS = {
    "batch_enqueued": "BatchEnqueuedEvent",
    "queue_item_status_changed": "QueueItemStatusChangedEvent",
    "invocation_started": "InvocationStartedEvent",
    "invocation_progress": "InvocationProgressEvent",
    "invocation_complete": "InvocationCompleteEvent",
    "invocation_error": "InvocationErrorEvent",
    "queue_items_canceled": "QueueItemsCanceledEvent",
    "queue_cleared": "QueueClearedEvent",
}
# Events that can end a wait: the item's status, a bulk cancel (no per-item event), a cleared queue.
_STATUS_EVENTS = frozenset({"queue_item_status_changed", "queue_items_canceled", "queue_cleared"})
_MAX_BUFFERED = 10_000  # events kept for an iterator that is not being read (previews make them ~KBs)
_RETRY_CONNECT_AFTER = 30.0  # seconds before trying a socket that failed again, so submits stay quick
_CONNECT_TIMEOUT = 5  # seconds; an int, as python-socketio's (untyped) timeouts default to ints
_CATCH_UP_TIMEOUT = 0.5


@dataclass(frozen=True)
class RawEvent:
    """An event whose payload did not fit its generated model (a server newer than these bindings)."""

    name: str
    data: dict[str, Any]


if TYPE_CHECKING:
    QueueEvent: TypeAlias = (
        BatchEnqueuedEvent
        | QueueItemStatusChangedEvent
        | InvocationStartedEvent
        | InvocationProgressEvent
        | InvocationCompleteEvent
        | InvocationErrorEvent
        | QueueItemsCanceledEvent
        | QueueClearedEvent
        | RawEvent
    )
else:
    QueueEvent = Any  # the real union needs the generated models, loaded on the first event

EventCallback: TypeAlias = Callable[["QueueEvent"], object]


def parse_event(name: str, data: dict[str, Any]) -> QueueEvent:
    """The generated model for a queue event's payload; RawEvent if it does not parse."""
    model = EVENT_MODELS.get(name)
    if model is None:
        return RawEvent(name, data)
    try:
        # Looked up by name, so the ~1000 generated models load on the first event, not on import: untyped.
        return getattr(import_module("invokeai_api.models"), model).from_dict(data)  # type: ignore[no-any-return]
    except (KeyError, TypeError, ValueError, AttributeError):
        return RawEvent(name, data)


class Subscription:
    """What one submission hears: its own batch's events, in order.

    Events are matched by the batch id the client chose before enqueueing, so those that arrive before the
    enqueue answer are kept too. Statuses seen are recorded; when every item has finished the subscription
    is done and leaves the connection.
    """

    def __init__(self, batch_id: str, queue_id: str, callback: EventCallback | None = None) -> None:
        self.batch_id = batch_id
        self.queue_id = queue_id
        self.callback = callback
        self.item_ids: frozenset[int] | None = None  # known once the enqueue answers
        self.statuses: dict[int, str] = {}
        self.cleared: bool = False
        self.on_done: Callable[[Subscription], None] | None = None
        self._lock = threading.Lock()
        self._buffer: deque[tuple[str, dict[str, Any]]] = deque(maxlen=_MAX_BUFFERED)
        self._arrived = Signal()
        self._wakes: list[Signal] = []
        self._callback_failed = False

    def __repr__(self) -> str:
        return f"Subscription(batch_id={self.batch_id!r}, items={sorted(self.item_ids or [])})"

    # --- filtering and delivery (the connection's thread) -------------------------------------------------

    def accepts(self, name: str, data: Any) -> bool:
        """Whether an event belongs to this submission."""
        if not isinstance(data, dict) or name not in EVENT_MODELS:
            return False
        if data.get("queue_id", self.queue_id) != self.queue_id:
            return False
        if name == "queue_cleared":
            return True
        if name == "queue_items_canceled":
            canceled = data.get("canceled_item_ids") or []
            return self.item_ids is not None and not self.item_ids.isdisjoint(canceled)
        return data.get("batch_id") == self.batch_id

    def deliver(self, name: str, data: dict[str, Any]) -> None:
        """Keep an accepted event for the iterator, call the callback, record statuses, wake waiters.

        In that order: once a status counts, the callback has seen it, so a wait that returns after
        `caught_up` never leaves a progress display behind."""
        with self._lock:
            self._buffer.append((name, data))
        if self.callback is not None:
            self._call_back(self.callback, parse_event(name, data))
        with self._lock:
            if name == "queue_item_status_changed" and isinstance(data.get("item_id"), int):
                self.statuses[data["item_id"]] = str(data.get("status"))
            elif name == "queue_items_canceled":
                for item_id in data.get("canceled_item_ids") or []:
                    if self.statuses.get(item_id) not in TERMINAL_STATUSES:
                        self.statuses[item_id] = "canceled"
            elif name == "queue_cleared":
                self.cleared = True
            wakes = list(self._wakes) if name in _STATUS_EVENTS else []
        for wake in wakes:
            wake.set()
        self._arrived.set()
        self._check_done()

    def _call_back(self, callback: EventCallback, event: QueueEvent) -> None:
        try:
            callback(event)
        except Exception:
            # A broken callback must not stop the events (or the waiting that depends on them).
            if not self._callback_failed:
                self._callback_failed = True
                _logger.exception(
                    "on_progress callback failed for batch %s (later failures not logged)", self.batch_id
                )

    def set_item_ids(self, item_ids: Iterable[int]) -> None:
        """The submission's queue items, once the enqueue has answered."""
        with self._lock:
            self.item_ids = frozenset(item_ids)
        self._check_done()

    @property
    def done(self) -> bool:
        """Every item finished (or the queue was cleared): no more events will come."""
        with self._lock:
            if self.cleared:
                return True
            return self.item_ids is not None and all(
                self.statuses.get(i) in TERMINAL_STATUSES for i in self.item_ids
            )

    def _check_done(self) -> None:
        if self.on_done is not None and self.done:
            self.on_done(self)
            self._arrived.set()

    def wake_all(self) -> None:
        """Make every wait re-check the queue (events may have been missed while reconnecting)."""
        with self._lock:
            wakes = list(self._wakes)
        for wake in wakes:
            wake.set()

    @contextlib.contextmanager
    def wake_signal(self) -> Iterator[Signal]:
        """A signal set whenever one of this submission's items may have changed status."""
        signal = Signal()
        with self._lock:
            self._wakes.append(signal)
        try:
            yield signal
        finally:
            with self._lock:
                self._wakes.remove(signal)

    def caught_up(self, wake: Signal, timeout: float = _CATCH_UP_TIMEOUT) -> Op[None]:
        """After polling saw every item finish: wait briefly for the events saying so (they trail the
        database by a few ms), so callbacks have run for them. A lost event costs `timeout`, no more."""
        deadline = time.monotonic() + timeout
        while not self.done:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            yield WaitSignal(wake, remaining)

    # --- reading (the caller's thread or loop) --------------------------------------------------------------

    def _take(self) -> list[QueueEvent]:
        with self._lock:
            raw, self._buffer = list(self._buffer), deque(maxlen=_MAX_BUFFERED)
        return [parse_event(name, data) for name, data in raw]

    def iter_events(self, settled: Callable[[], bool], idle: float = 2.0) -> Iterator[QueueEvent]:
        """Events until every item has finished. After `idle` seconds of silence `settled()` asks the
        server whether they have (a socket that dropped may have lost the last events)."""
        while True:
            done = self.done
            yield from self._take()
            if done:
                return
            if not self._arrived.consume(idle) and settled():
                yield from self._take()
                return

    async def aiter_events(
        self, settled: Callable[[], Awaitable[bool]], idle: float = 2.0
    ) -> AsyncIterator[QueueEvent]:
        """`iter_events` for asyncio."""
        while True:
            done = self.done
            for event in self._take():
                yield event
            if done:
                return
            if not await self._arrived.async_consume(idle) and await settled():
                for event in self._take():
                    yield event
                return


class EventHub:
    """The client's socket.io connection, shared by its submissions (`client.events`)."""

    def __init__(self, client: InvokeAIClient) -> None:
        self.client = client
        self.unavailable_reason: str | None = None  # why events are off, when they are
        self._subscriptions: list[Subscription] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._sio: Any = None
        self._connecting: asyncio.Lock | None = None
        self._subscribed = threading.Event()  # connected, and the server confirmed the queue subscription
        self._failed_at: float | None = None

    def __repr__(self) -> str:
        state = "connected" if self.connected else (self.unavailable_reason or "not connected")
        return f"EventHub({self.client.base_url!r}, {state})"

    @property
    def connected(self) -> bool:
        """Connected and subscribed: events of what is enqueued now will arrive."""
        return self._subscribed.is_set()

    # --- listening (sans-IO side) ---------------------------------------------------------------------------

    def _listen(self, batch_id: str, callback: EventCallback | None = None) -> Op[Subscription | None]:
        """Hear `batch_id`'s events from now on: connect and subscribe first if needed, waiting for the
        server to confirm. None when events are unavailable; the caller then polls."""
        subscription = Subscription(batch_id, self.client.queue_id, callback)
        subscription.on_done = self.release
        return subscription if (yield from self._attach(subscription)) else None

    def _attach(self, subscription: Subscription) -> Op[bool]:
        """Route events to `subscription` (any kind: a run's hears all its batches), connecting first if
        needed; False, and nothing attached, when events are unavailable."""
        if self._failed_at is not None and time.monotonic() - self._failed_at < _RETRY_CONNECT_AFTER:
            return False
        with self._lock:
            self._subscriptions.append(subscription)
        if self.connected or (yield AwaitFuture(self._start_connecting)):
            return True
        self.release(subscription)
        return False

    def release(self, subscription: Subscription) -> None:
        """Stop routing events to `subscription`."""
        with self._lock:
            if subscription in self._subscriptions:
                self._subscriptions.remove(subscription)

    # --- the connection (its own thread and loop) -----------------------------------------------------------

    def _start_connecting(self) -> concurrent.futures.Future[bool]:
        with self._lock:
            if self._loop is None:
                ready = threading.Event()
                self._thread = threading.Thread(
                    target=self._run_loop, args=(ready,), name="invokeai-client-events", daemon=True
                )
                self._thread.start()
                ready.wait()
            assert self._loop is not None
            return asyncio.run_coroutine_threadsafe(self._connect(), self._loop)

    def _run_loop(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    def _socket_address(self) -> tuple[str, str]:
        """The server's origin and socket.io path (under the base URL's path, for servers behind a proxy)."""
        parts = urlsplit(self.client.base_url)
        return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/") + _SOCKET_PATH

    def _auth(self) -> dict[str, str]:
        # Read at every (re)connect: a multi-user server may have refreshed the token meanwhile.
        token = self.client.auth_token
        return {"token": token} if token else {}

    async def _connect(self) -> bool:
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:
            if self._sio is not None:
                # Reconnecting by itself (a server restart, say): wait for that rather than open a second
                # socket, which would deliver every event twice.
                for _ in range(int(_CONNECT_TIMEOUT / 0.05)):
                    if self.connected:
                        return True
                    await asyncio.sleep(0.05)
                with contextlib.suppress(Exception):
                    await self._sio.shutdown()
                self._sio = None
            try:
                # python-socketio ships no type hints.
                import socketio  # type: ignore[import-untyped]
            except ImportError:
                return self._failed(
                    "the events extra is not installed: pip install 'invokeai-client[events]'"
                )
            url, path = self._socket_address()
            reason = ""
            # Websocket first: a server with newer starlette/python-socketio than InvokeAI pins answers the
            # polling handshake with HTTP 500. Polling stays as the second try for proxies without websockets.
            for transports in (["websocket"], ["polling", "websocket"]):
                sio = socketio.AsyncClient(handle_sigint=False, ssl_verify=self.client._verify is not False)
                sio.on("*", self._dispatch)
                sio.on("connect", self._on_connect)
                sio.on("disconnect", self._on_disconnect)
                try:
                    await sio.connect(
                        url,
                        socketio_path=path,
                        transports=transports,
                        auth=self._auth,
                        headers=dict(self.client._headers),
                        wait_timeout=_CONNECT_TIMEOUT,
                    )
                    # An acknowledged subscription: the server has put us in the queue's room.
                    await sio.call(
                        "subscribe_queue", {"queue_id": self.client.queue_id}, timeout=_CONNECT_TIMEOUT
                    )
                except Exception as exc:  # any failure here only means: poll instead
                    reason = f"socket.io at {url}{path} ({'+'.join(transports)}): {exc or type(exc).__name__}"
                    with contextlib.suppress(Exception):
                        await sio.disconnect()
                    continue
                self._sio, self._failed_at, self.unavailable_reason = sio, None, None
                self._subscribed.set()
                return True
            return self._failed(reason)

    def _failed(self, reason: str) -> bool:
        if self.unavailable_reason != reason:
            _logger.warning("server events unavailable, polling instead: %s", reason)
        self._failed_at, self.unavailable_reason = time.monotonic(), reason
        return False

    async def _on_connect(self) -> None:
        if self._sio is None:
            return  # the first connection: _connect subscribes and waits for the acknowledgement
        # A reconnection. In a task of its own: an acknowledgement cannot arrive while this handler runs.
        asyncio.get_running_loop().create_task(self._resubscribe(self._sio))

    async def _resubscribe(self, sio: Any) -> None:
        try:
            await sio.call("subscribe_queue", {"queue_id": self.client.queue_id}, timeout=_CONNECT_TIMEOUT)
        except Exception:  # the connection dropped again; the next connect handler tries again
            return
        self._subscribed.set()
        # Events sent while we were away are lost: waits re-check the queue now.
        with self._lock:
            subscriptions = list(self._subscriptions)
        for subscription in subscriptions:
            subscription.wake_all()

    def _on_disconnect(self, reason: Any = None) -> None:
        self._subscribed.clear()

    def _dispatch(self, name: str, data: Any = None) -> None:
        with self._lock:
            subscriptions = list(self._subscriptions)
        for subscription in subscriptions:
            if subscription.accepts(name, data):
                subscription.deliver(name, data)

    def close(self) -> None:
        """Disconnect and stop the connection's thread (`client.close()` does this)."""
        loop, thread, sio = self._loop, self._thread, self._sio
        if loop is None or loop.is_closed():
            return
        if sio is not None:
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(sio.shutdown(), loop).result(timeout=_CONNECT_TIMEOUT)
        self._sio = None
        self._subscribed.clear()
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=_CONNECT_TIMEOUT)
        self._loop = self._thread = self._connecting = None
