"""A fleet operation's effects, and the two runners that perform them.

A single server's operation yields HTTP effects that its client's runner performs. A fleet operation
talks to several servers, so it yields `OnServer` (run this server's operation on that server's client)
and `Together` (several of them at once: the async runner gathers them, the blocking one runs them on
threads, one per server, so that a server slow to answer does not hold up the others' answers any
longer than its own), plus `Sleep` and `WaitSignal` (woken early by any server's events). Written once
as a generator, a fleet operation runs blocking or on asyncio the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from invokeai_client._transport import core
from invokeai_client._transport.core import Op, Sleep, WaitSignal
from invokeai_client._transport.drive import Drive

if TYPE_CHECKING:
    import concurrent.futures

    from invokeai_client._client import InvokeAIClient

__all__ = ["FleetOp", "OnServer", "ServerGroup", "Together", "run_fleet_async", "run_fleet_sync"]

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


FleetEffect = OnServer | Together | Sleep | WaitSignal
FleetOp = Generator[FleetEffect, Any, T]


def run_fleet_sync(op: FleetOp[T]) -> T:
    """Drive a fleet operation with blocking I/O."""
    step = Drive(op)
    effect = step.start()
    while effect is not None:
        if isinstance(effect, OnServer):
            try:
                reply = effect.client.run(effect.op)
            except Exception as exc:
                effect = step.throw(exc)
                continue
        elif isinstance(effect, Together):
            reply = _together_sync(effect.calls)
        elif isinstance(effect, WaitSignal):
            reply = effect.signal.consume(effect.timeout)
        else:
            # Looked up on each use, as the single-server runners do: a test harness may replace it.
            core._sleep(effect.seconds)
            reply = None
        effect = step.send(reply)
    return step.result


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

    step = Drive(op)
    effect = step.start()
    while effect is not None:
        if isinstance(effect, OnServer):
            try:
                reply = await effect.client.async_run(effect.op)
            except Exception as exc:
                effect = step.throw(exc)
                continue
        elif isinstance(effect, Together):
            calls = [call.client.async_run(call.op) for call in effect.calls]
            reply = list(await asyncio.gather(*calls, return_exceptions=True))
        elif isinstance(effect, WaitSignal):
            reply = await effect.signal.async_consume(effect.timeout)
        else:
            await core._async_sleep(effect.seconds)
            reply = None
        effect = step.send(reply)
    return step.result


class ServerGroup:
    """One or more servers that a run's operations (`FleetOp`) run on; `FleetClient` is one."""

    def __init__(self, servers: Sequence[InvokeAIClient]) -> None:
        if not servers:
            raise ValueError("a run needs at least one server")
        urls = [server.base_url for server in servers]
        if len(set(urls)) != len(urls):
            raise ValueError(f"a server is listed twice: {urls}")
        self.servers: list[InvokeAIClient] = list(servers)

    @property
    def urls(self) -> list[str]:
        """The servers' URLs, in order."""
        return [server.base_url for server in self.servers]

    def run(self, op: FleetOp[T]) -> T:
        """Perform a fleet operation with blocking I/O."""
        return run_fleet_sync(op)

    async def async_run(self, op: FleetOp[T]) -> T:
        """Perform a fleet operation on the running event loop."""
        return await run_fleet_async(op)
