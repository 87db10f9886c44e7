"""`InvokeAIClient`: connection settings, the two HTTP clients, and the resource repositories."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Generator
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._core import Op, run_async, run_sync
from ._http import Pipeline, RetryPolicy

if TYPE_CHECKING:
    from .boards import BoardRepository
    from .events import EventHub
    from .images import ImageRepository
    from .models import ModelRepository
    from .queue import QueueRepository
    from .submission import WorkflowRepository

T = TypeVar("T")

DEFAULT_URL = "http://127.0.0.1:9090"
# Connecting should be quick on a LAN; reads can wait on a busy CPU server (a model load, a large listing).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


class BearerAuth(httpx.Auth):
    """Sends the current token and adopts the one a multi-user server hands back in X-Refreshed-Token."""

    def __init__(self, token: str | None) -> None:
        self.token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.token:
            request.headers["Authorization"] = f"Bearer {self.token}"
        response = yield request
        refreshed = response.headers.get("x-refreshed-token")
        if refreshed:
            self.token = refreshed

    def __repr__(self) -> str:  # never show the token
        return f"BearerAuth(token={'set' if self.token else 'unset'})"


class InvokeAIClient:
    """A connection to one InvokeAI server.

    Every operation exists as a sync method and an async twin (`list_boards` / `async_list_boards`,
    `submit_sync` / `submit`); both run the same code. Close the client (or use it as a context manager)
    to release connections.

    With `events=True` submissions listen to the server's socket.io events (the `events` extra), so waiting
    ends as soon as the server finishes; without the extra, or if the socket fails, they poll.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        queue_id: str = "default",
        verify: bool | str = True,
        headers: dict[str, str] | None = None,
        events: bool = False,
    ) -> None:
        self.base_url = (base_url or os.environ.get("INVOKEAI_URL") or DEFAULT_URL).rstrip("/")
        self.queue_id = queue_id
        self.use_events = events
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._auth = BearerAuth(token)
        self._verify = verify
        self._headers = {"User-Agent": "invokeai-client", **(headers or {})}
        from invokeai_api.client import Client  # the generated parsers only read its settings

        self.pipeline = Pipeline(
            base_url=self.base_url,
            retry=retry or RetryPolicy(),
            parser_client=Client(base_url=self.base_url, raise_on_unexpected_status=False),
        )
        self._http: httpx.Client | None = None
        self._async_http: tuple[asyncio.AbstractEventLoop, httpx.AsyncClient] | None = None

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> InvokeAIClient:
        """A client for the server at `url` (e.g. "http://127.0.0.1:9090"); see `__init__` for options."""
        return cls(url, **kwargs)

    def __repr__(self) -> str:
        return f"InvokeAIClient({self.base_url!r}, queue_id={self.queue_id!r})"

    # --- running operations ----------------------------------------------------------------------------

    def _client_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "auth": self._auth,
            "verify": self._verify,
            "headers": self._headers,
        }

    @property
    def http(self) -> httpx.Client:
        """The underlying blocking httpx client (created on first use)."""
        if self._http is None:
            self._http = httpx.Client(**self._client_options())
        return self._http

    @property
    def async_http(self) -> httpx.AsyncClient:
        """The underlying httpx async client for the running event loop."""
        loop = asyncio.get_running_loop()
        # An AsyncClient's connections belong to the loop that opened them; asyncio.run() makes a new one.
        if self._async_http is None or self._async_http[0] is not loop:
            self._async_http = (loop, httpx.AsyncClient(**self._client_options()))
        return self._async_http[1]

    def run(self, op: Op[T]) -> T:
        """Perform a sans-IO operation with blocking I/O."""
        return run_sync(op, self.http)

    async def arun(self, op: Op[T]) -> T:
        """Perform a sans-IO operation on the running event loop."""
        return await run_async(op, self.async_http)

    def close(self) -> None:
        if "events" in self.__dict__:
            self.events.close()
        if self._http is not None:
            self._http.close()
            self._http = None

    async def aclose(self) -> None:
        self.close()
        if self._async_http is not None:
            await self._async_http[1].aclose()
            self._async_http = None

    def __enter__(self) -> InvokeAIClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> InvokeAIClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- server facts ------------------------------------------------------------------------------------

    def _version(self) -> Op[str]:
        from invokeai_api.api.app import app_version

        answer = yield from self.pipeline.call(app_version)
        self.pipeline.server_version = answer.version
        return str(answer.version)

    def version(self) -> str:
        """The server's InvokeAI version, e.g. "6.14.2"."""
        return self.run(self._version())

    async def async_version(self) -> str:
        return await self.arun(self._version())

    def health_check(self) -> bool:
        """True if an InvokeAI server answers at base_url."""
        return self.run(self.pipeline.fetch_version()) is not None

    # --- resources ---------------------------------------------------------------------------------------

    @cached_property
    def board_repo(self) -> BoardRepository:
        from .boards import BoardRepository

        return BoardRepository(self)

    @cached_property
    def events(self) -> EventHub:
        """The server's socket.io events (connected on first use by a submission that listens)."""
        from .events import EventHub

        return EventHub(self)

    @cached_property
    def images(self) -> ImageRepository:
        from .images import ImageRepository

        return ImageRepository(self)

    @cached_property
    def queue(self) -> QueueRepository:
        from .queue import QueueRepository

        return QueueRepository(self)

    @cached_property
    def dnn_model_repo(self) -> ModelRepository:
        from .models import ModelRepository

        return ModelRepository(self)

    @cached_property
    def workflow_repo(self) -> WorkflowRepository:
        from .submission import WorkflowRepository

        return WorkflowRepository(self)
