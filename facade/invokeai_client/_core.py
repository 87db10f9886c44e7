"""The sans-IO core: operations are generators that yield effects, and two small runners perform them.

Every facade operation (upload an image, submit a workflow, wait for a queue item) is written once, as a
generator that yields `Send` (an HTTP request) and `Sleep` effects and receives their results. The sync and
async clients differ only in the runner below, so retries, backoff, terminal states and idempotency rules
live in one code path.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, BinaryIO, TypeVar

import httpx

T = TypeVar("T")
CHUNK_SIZE = 1 << 16
# Module attributes so a test harness replaying recorded answers can skip the waiting.
_sleep = time.sleep
_async_sleep = asyncio.sleep


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
    seconds: float


@dataclass(frozen=True, slots=True)
class StreamTo:
    """Copy a streamed response's body into `sink` chunk by chunk and close the response; answers the
    number of bytes written. Large downloads never sit in memory whole."""

    response: httpx.Response
    sink: BinaryIO


Effect = Send | Sleep | StreamTo
Op = Generator[Effect, Any, T]


def run_sync(op: Op[T], http: httpx.Client) -> T:
    """Drive `op` to completion with blocking I/O."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            effect = op.send(reply) if error is None else op.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        reply, error = None, None
        try:
            if isinstance(effect, Send):
                reply = http.send(http.build_request(**effect.request), stream=effect.stream)
            elif isinstance(effect, Sleep):
                _sleep(effect.seconds)
            else:
                try:
                    reply = sum(effect.sink.write(chunk) for chunk in effect.response.iter_bytes(CHUNK_SIZE))
                finally:
                    effect.response.close()
        except httpx.HTTPError as exc:
            error = exc


async def run_async(op: Op[T], http: httpx.AsyncClient) -> T:
    """Drive `op` to completion on the running event loop."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            effect = op.send(reply) if error is None else op.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        reply, error = None, None
        try:
            if isinstance(effect, Send):
                reply = await http.send(http.build_request(**effect.request), stream=effect.stream)
            elif isinstance(effect, Sleep):
                await _async_sleep(effect.seconds)
            else:
                reply = 0
                try:
                    async for chunk in effect.response.aiter_bytes(CHUNK_SIZE):
                        reply += effect.sink.write(chunk)
                finally:
                    await effect.response.aclose()
        except httpx.HTTPError as exc:
            error = exc
