"""The async httpx client of one event loop, closed before that loop goes away (see `AsyncHTTP`)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    import httpx

__all__ = ["AsyncHTTP"]


class AsyncHTTP:
    """An httpx.AsyncClient and the event loop it belongs to, closed before that loop goes away.

    `asyncio.run` finalizes the loop's async generators before closing it; a generator started here, whose
    `finally` closes the client, therefore closes the connections while the loop can still do it, even if
    nobody calls `async_close`."""

    def __init__(self, loop: asyncio.AbstractEventLoop, client: httpx.AsyncClient) -> None:
        self.loop, self.client = loop, client
        self._pending: Any = None
        self._closer = _close_at_loop_end(client)
        starting = self._closer.__anext__()  # registers the generator with the running loop
        with contextlib.suppress(StopIteration):
            starting.send(None)  # runs it to its `yield` (nothing awaited before): its `finally` is armed

    def close_soon(self) -> None:
        """Close the client from outside a coroutine of its loop: at once if the loop is idle, as a task
        if it runs here or elsewhere; a closed loop has closed it already (see above)."""
        import asyncio

        if self.client.is_closed or self.loop.is_closed():
            return
        closing = self.client.aclose()
        if not self.loop.is_running():
            self.loop.run_until_complete(closing)
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self.loop:
            self._pending = self.loop.create_task(closing)  # kept: a task only weakly held may vanish
        else:
            asyncio.run_coroutine_threadsafe(closing, self.loop)


async def _close_at_loop_end(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await client.aclose()
