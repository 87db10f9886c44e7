"""The sans-IO core: operations are generators that yield effects, and two small runners perform them.

Every facade operation (upload an image, submit a workflow, wait for a queue item) is written once, as a
generator that yields `Send` (an HTTP request) and `Sleep` effects and receives their results. The sync and
async clients differ only in the runner below, so retries, backoff, terminal states and idempotency rules
live in one code path.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

import httpx

from .drive import Drive

if TYPE_CHECKING:
    # asyncio is imported where a coroutine needs it: blocking code never does, and importing it (with
    # concurrent.futures) costs a one-job process ~25 ms.
    import asyncio
    import concurrent.futures

T = TypeVar("T")
CHUNK_SIZE = 1 << 16
# Module attributes so a test harness replaying recorded answers can skip the waiting.
_sleep = time.sleep


async def _async_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True, slots=True)
class Send:
    """Send one HTTP request; the runner answers with the `httpx.Response` or throws the transport error.

    `request` holds `httpx.Client.build_request` keyword arguments with a path relative to the base URL.
    With `stream`, the body is left unread for the operation to consume and close.
    """

    request: dict[str, Any]
    stream: bool = False


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait `seconds` (backoff, poll intervals); answers None."""

    seconds: float


@dataclass(frozen=True, slots=True)
class StreamTo:
    """Copy a streamed response's body into `sink` chunk by chunk and close the response; answers the
    number of bytes written. Large downloads never sit in memory whole."""

    response: httpx.Response
    sink: BinaryIO


class Signal:
    """A wake-up flag set from any thread (a socket's) and waited on by either runner."""

    def __init__(self) -> None:
        self._flag = threading.Event()
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    def set(self) -> None:
        """Set the flag and wake every waiter, from any thread."""
        with self._lock:
            self._flag.set()
            waiters, self._waiters = self._waiters, []
        for loop, future in waiters:
            # The loop may have closed since; its waiter is gone with it.
            if not loop.is_closed():
                loop.call_soon_threadsafe(_resolve, future)

    def is_set(self) -> bool:
        """Whether the flag is set."""
        return self._flag.is_set()

    def consume(self, timeout: float) -> bool:
        """Block up to `timeout` seconds for the flag; clear it and answer whether it was set."""
        woken = self._flag.wait(timeout)
        self._flag.clear()
        return woken

    async def async_consume(self, timeout: float) -> bool:
        """Async twin of `consume`: wait on the running loop."""
        import asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if not self._flag.is_set():
                self._waiters.append((loop, future))
                waiting = True
            else:
                waiting = False
        if waiting:
            try:
                await asyncio.wait([future], timeout=timeout)
            finally:
                with self._lock:
                    if (loop, future) in self._waiters:
                        self._waiters.remove((loop, future))
        woken = self._flag.is_set()
        self._flag.clear()
        return woken


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


@dataclass(frozen=True, slots=True)
class WaitSignal:
    """Sleep up to `timeout` seconds, or less if `signal` is set; answers whether it was (and clears it)."""

    signal: Signal
    timeout: float


@dataclass(frozen=True, slots=True)
class AwaitFuture:
    """Wait for work running elsewhere (the socket.io connection's own thread): `start` begins it and
    returns its future; answers the future's result."""

    start: Callable[[], concurrent.futures.Future[Any]]


Effect = Send | Sleep | StreamTo | WaitSignal | AwaitFuture
Op = Generator[Effect, Any, T]


def run_sync(op: Op[T], http: httpx.Client) -> T:
    """Drive `op` to completion with blocking I/O."""
    step = Drive(op)
    effect = step.start()
    while effect is not None:
        try:
            if isinstance(effect, Send):
                reply: Any = http.send(http.build_request(**effect.request), stream=effect.stream)
            elif isinstance(effect, Sleep):
                _sleep(effect.seconds)
                reply = None
            elif isinstance(effect, WaitSignal):
                reply = effect.signal.consume(effect.timeout)
            elif isinstance(effect, AwaitFuture):
                reply = effect.start().result()
            else:
                try:
                    reply = sum(effect.sink.write(chunk) for chunk in effect.response.iter_bytes(CHUNK_SIZE))
                finally:
                    effect.response.close()
        except httpx.HTTPError as exc:
            effect = step.throw(exc)
            continue
        effect = step.send(reply)
    return step.result


async def run_async(op: Op[T], http: httpx.AsyncClient) -> T:
    """Drive `op` to completion on the running event loop."""
    import asyncio

    step = Drive(op)
    effect = step.start()
    while effect is not None:
        try:
            if isinstance(effect, Send):
                reply: Any = await http.send(http.build_request(**effect.request), stream=effect.stream)
            elif isinstance(effect, Sleep):
                await _async_sleep(effect.seconds)
                reply = None
            elif isinstance(effect, WaitSignal):
                reply = await effect.signal.async_consume(effect.timeout)
            elif isinstance(effect, AwaitFuture):
                reply = await asyncio.wrap_future(effect.start())
            else:
                reply = 0
                try:
                    async for chunk in effect.response.aiter_bytes(CHUNK_SIZE):
                        reply += effect.sink.write(chunk)
                finally:
                    await effect.response.aclose()
        except httpx.HTTPError as exc:
            effect = step.throw(exc)
            continue
        effect = step.send(reply)
    return step.result
