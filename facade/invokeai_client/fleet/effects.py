"""A fleet operation's effects, and the two runners that perform them.

A single server's operation yields HTTP effects that its client's runner performs. A fleet operation
talks to several servers, so it yields `OnServer` (run this server's operation on that server's client)
and `Together` (several of them at once: the async runner gathers them, the blocking one runs them on
threads, one per server, so that a server slow to answer does not hold up the others' answers any
longer than its own), plus `Sleep`. Written once as a generator, a fleet operation runs blocking or on
asyncio the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from invokeai_client._transport import core
from invokeai_client._transport.core import Op, Sleep

if TYPE_CHECKING:
    import concurrent.futures

    from invokeai_client._client import InvokeAIClient

__all__ = ["FleetOp", "OnServer", "Together", "run_fleet_async", "run_fleet_sync"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class OnServer:
    """Run `op` on `client`; answers its result, or throws the exception it raised."""

    client: InvokeAIClient
    op: Op[Any]


@dataclass(frozen=True, slots=True)
class Together:
    """Run several `OnServer`s; answers one result or exception per entry, in order (never throws)."""

    calls: Sequence[OnServer]


FleetEffect = OnServer | Together | Sleep
FleetOp = Generator[FleetEffect, Any, T]


def run_fleet_sync(op: FleetOp[T]) -> T:
    """Drive a fleet operation with blocking I/O."""
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            effect = op.send(reply) if error is None else op.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]  # what op returned, a T
        reply, error = None, None
        if isinstance(effect, OnServer):
            try:
                reply = effect.client.run(effect.op)
            except Exception as exc:
                error = exc
        elif isinstance(effect, Together):
            reply = _together_sync(effect.calls)
        else:
            # Looked up on each use, as the single-server runners do: a test harness may replace it.
            core._sleep(effect.seconds)


_pool: concurrent.futures.ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _together_sync(calls: Sequence[OnServer]) -> list[Any]:
    global _pool
    if len(calls) == 1:
        return [_outcome_sync(calls[0])]
    with _pool_lock:
        if _pool is None:
            import concurrent.futures

            # Each call is one server's own client (httpx clients are thread-safe); threads only wait.
            _pool = concurrent.futures.ThreadPoolExecutor(max_workers=16, thread_name_prefix="fleet")
    futures = [_pool.submit(_outcome_sync, call) for call in calls]
    return [future.result() for future in futures]


def _outcome_sync(call: OnServer) -> Any:
    try:
        return call.client.run(call.op)
    except Exception as exc:
        return exc


async def run_fleet_async(op: FleetOp[T]) -> T:
    """Drive a fleet operation on the running event loop; `Together` runs its calls concurrently."""
    import asyncio

    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            effect = op.send(reply) if error is None else op.throw(error)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]  # what op returned, a T
        reply, error = None, None
        if isinstance(effect, OnServer):
            try:
                reply = await effect.client.async_run(effect.op)
            except Exception as exc:
                error = exc
        elif isinstance(effect, Together):
            calls = [call.client.async_run(call.op) for call in effect.calls]
            reply = list(await asyncio.gather(*calls, return_exceptions=True))
        else:
            await core._async_sleep(effect.seconds)
