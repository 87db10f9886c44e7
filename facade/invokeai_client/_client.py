"""`InvokeAIClient`: connection settings, the two HTTP clients, and the resource repositories."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Generator
from functools import cached_property
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import httpx

from . import errors
from ._transport import limits, release
from ._transport.core import Op, run_async, run_sync
from ._transport.loops import AsyncHTTP as _AsyncHTTP
from ._transport.pipeline import Pipeline
from ._transport.retry import RetryPolicy
from ._transport.tls import AsyncPlainHTTPTransport, PlainHTTPTransport, Verify

if TYPE_CHECKING:
    from invokeai_api.models import UserDTO

    from .events.hub import EventHub
    from .graph.live import LiveNodes
    from .presets.resource import GenerateRepository
    from .resources.boards import BoardRepository
    from .resources.images import ImageRepository
    from .resources.models import ModelRepository
    from .resources.queue import QueueRepository
    from .submission.repository import WorkflowRepository

T = TypeVar("T")

DEFAULT_URL = "http://127.0.0.1:9090"
# Connecting should be quick on a LAN; reads can wait on a busy CPU server (a model load, a large listing).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
# JSON answers larger than this are refused unread (the largest real ones, full queue items of a big sweep,
# are a few MB); image downloads stream to their file and are not capped.
DEFAULT_MAX_JSON_BYTES = 64 * 1024 * 1024


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


class _RefuseCookies(DefaultCookiePolicy):
    """The API authenticates by bearer token. The media cookie a login sets holds the same token: kept, it
    would be a second copy to leak and one that goes stale when the token is refreshed."""

    def set_ok(self, cookie: Any, request: Any) -> bool:
        return False


class _RedactSecretHeaders(logging.Filter):
    """httpcore's DEBUG trace prints raw response headers, the refreshed token and the media cookie among
    them; this blanks their values so that a debug log never holds a credential."""

    _HEADER = re.compile(r"(\(b'(?:x-refreshed-token|set-cookie|cookie|authorization)', b')[^']*(')", re.I)

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and "b'" in record.msg:
            record.msg = self._HEADER.sub(r"\1<redacted>\2", record.msg)
        return True


for _name in ("httpcore.http11", "httpcore.http2"):
    _logger = logging.getLogger(_name)
    if not any(isinstance(f, _RedactSecretHeaders) for f in _logger.filters):
        _logger.addFilter(_RedactSecretHeaders())


def _checked_base_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise errors.ValidationError(
            f"{url!r} is not a server URL: expected http://host:port or https://host (e.g. http://127.0.0.1:9090)"
        )
    if parts.username or parts.password:
        # URLs end up in error messages and logs; secrets must not.
        raise errors.ValidationError(
            "put credentials in email=/password= or token=, not in the URL (URLs appear in messages and logs)"
        )
    return url.rstrip("/")


class InvokeAIClient:
    """A connection to one InvokeAI server.

    Resources are `boards`, `images`, `queue`, `models` and `workflows` (and `generate`, presets).
    Every operation exists as a blocking method and an awaitable twin named `async_<name>`
    (`client.boards.list_boards()`, `await client.boards.async_list_boards()`), both running the same
    code; invokeai-py-client's names (`board_repo`, `workflow_repo`, `submit_sync`, ...) are aliases.
    Close the client (or use it as a context manager) to release connections.

    Multi-user servers (6.12+): `InvokeAIClient.from_url(url, email=..., password=...)` logs in, or pass a
    `token`. The password is never stored; the token is sent as `Authorization: Bearer` and replaced by the
    refreshed one the server hands back (`auth_token` is the current one). TLS certificates are verified
    unless `verify=False` (`verify` also takes a CA bundle's path or an `ssl.SSLContext`); a client for an
    http:// URL sets up no TLS at all unless a request needs it.

    `timeout` is httpx's (each wait for bytes) and also each attempt's deadline for the whole answer (its
    read value); retries keep to `RetryPolicy.total_timeout`. JSON answers past `max_json_bytes` are
    refused unread (None: no cap); image downloads stream to disk uncapped. See docs/reliability.md.

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
        verify: Verify = True,
        headers: dict[str, str] | None = None,
        events: bool = False,
        max_json_bytes: int | None = DEFAULT_MAX_JSON_BYTES,
    ) -> None:
        self.base_url: str = _checked_base_url(base_url or os.environ.get("INVOKEAI_URL") or DEFAULT_URL)
        self.queue_id = queue_id
        self.use_events = events
        self.timeout: httpx.Timeout = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        )
        self._auth = BearerAuth(token)
        self._verify = verify
        self._headers = {"User-Agent": "invokeai-client", **(headers or {})}
        from invokeai_api.client import Client  # the generated parsers only read its settings

        self.pipeline: Pipeline = Pipeline(
            base_url=self.base_url,
            retry=retry or RetryPolicy(),
            parser_client=Client(base_url=self.base_url, raise_on_unexpected_status=False),
            has_token=lambda: bool(self._auth.token),
            timeout=self.timeout,
            max_json_bytes=max_json_bytes,
        )
        self._http: httpx.Client | None = None
        self._async_http: _AsyncHTTP | None = None
        self._closed = False

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        email: str | None = None,
        password: str | None = None,
        token: str | None = None,
        **kwargs: Any,
    ) -> InvokeAIClient:
        """A client for the server at `url` (e.g. "http://127.0.0.1:9090"); see `__init__` for options.

        With `email` and `password` it logs in to a multi-user server right away (async code: create the
        client, then `await client.async_login(email, password)`).
        """
        client = cls(url, token=token, **kwargs)
        if email is not None or password is not None:
            if not email or not password:
                raise errors.ValidationError("logging in takes both email= and password=")
            try:
                client.login(email, password)
            except BaseException:
                client.close()
                raise
        return client

    @property
    def auth_token(self) -> str | None:
        """The bearer token requests carry (None without a login), refreshed as the server hands out new
        ones. Whatever else talks to the server for this client (the socket.io events) authenticates with
        it."""
        return self._auth.token

    def __repr__(self) -> str:
        return f"InvokeAIClient({self.base_url!r}, queue_id={self.queue_id!r})"

    # --- running operations ----------------------------------------------------------------------------

    def _client_options(self, asynchronous: bool = False) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if urlsplit(self.base_url).scheme == "http":
            # It replaces only httpx's default transport: proxies from the environment still get theirs,
            # made with `verify` as before.
            extra["transport"] = (AsyncPlainHTTPTransport if asynchronous else PlainHTTPTransport)(
                self._verify
            )
        return {
            **extra,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "auth": self._auth,
            "verify": self._verify,
            "headers": self._headers,
            "cookies": CookieJar(policy=_RefuseCookies()),
            "event_hooks": {"response": [limits.check_async if asynchronous else limits.check_sync]},
        }

    def _check_open(self) -> None:
        if self._closed:
            raise errors.ClientClosedError(
                f"{self!r} was closed: make a new client (closing released its connections for good)"
            )

    @property
    def http(self) -> httpx.Client:
        """The underlying blocking httpx client (created on first use)."""
        self._check_open()
        if self._http is None:
            self._http = httpx.Client(**self._client_options())
        return self._http

    @property
    def async_http(self) -> httpx.AsyncClient:
        """The underlying httpx async client for the running event loop.

        One per event loop: its connections belong to the loop that opened them. It is closed when that
        loop's `asyncio.run` ends (or `close`/`async_close`), and a client for a new loop replaces it."""
        import asyncio  # here: blocking code never needs asyncio, and importing it costs a fresh process

        self._check_open()
        loop = asyncio.get_running_loop()
        if self._async_http is None or self._async_http.loop is not loop:
            if self._async_http is not None:
                self._async_http.close_soon()
            self._async_http = _AsyncHTTP(loop, httpx.AsyncClient(**self._client_options(asynchronous=True)))
        return self._async_http.client

    def run(self, op: Op[T]) -> T:
        """Perform a sans-IO operation with blocking I/O."""
        return run_sync(op, self.http)

    async def async_run(self, op: Op[T]) -> T:
        """Perform a sans-IO operation on the running event loop."""
        return await run_async(op, self.async_http)

    async def arun(self, op: Op[T]) -> T:
        """Alias of `async_run` (this client's earlier name)."""
        return await self.async_run(op)

    def close(self) -> None:
        """Close the connections, blocking and async (and the events socket, if one is open). A closed
        client raises ClientClosedError when used again; closing twice is fine."""
        self._closed = True
        if "events" in self.__dict__:
            self.events.close()
        if self._http is not None:
            self._http.close()
            self._http = None
        if self._async_http is not None:
            self._async_http.close_soon()
            self._async_http = None

    async def async_close(self) -> None:
        """`close`, awaiting the async connections' closing when they belong to the running loop."""
        import asyncio

        current = self._async_http
        self._async_http = None
        self.close()
        if current is not None:
            if current.loop is asyncio.get_running_loop():
                await current.client.aclose()
            else:
                current.close_soon()

    async def aclose(self) -> None:
        """Alias of `async_close`: the name `contextlib.aclosing` and httpx use."""
        await self.async_close()

    def __enter__(self) -> InvokeAIClient:
        self._check_open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> InvokeAIClient:
        self._check_open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.async_close()

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
        """Async twin of `version`."""
        return await self.async_run(self._version())

    def _login(self, email: str, password: str, remember_me: bool = False) -> Op[UserDTO]:
        from invokeai_api.api.authentication import login_api_v1_auth_login_post as login
        from invokeai_api.models import LoginRequest

        # Multi-user mode came with 6.12: older servers have no login and need none.
        yield from release.require(self.pipeline, login, "logging in (multi-user mode)")
        body = LoginRequest(email=email, password=password, remember_me=remember_me)
        try:
            # Logging in changes nothing on the server, so a lost answer may be asked for again.
            answer = yield from self.pipeline.call_idempotent(login, body=body)
        except errors.AuthenticationError as exc:
            raise _login_error(
                exc, f"logging in to {self.base_url} as {email!r} failed: {exc.detail}"
            ) from None
        except errors.PermissionDeniedError as exc:
            if "multiuser mode is disabled" not in str(exc.detail).lower():
                raise _login_error(
                    exc, f"{email!r} may not log in to {self.base_url}: {exc.detail}"
                ) from None
            raise _login_error(
                exc,
                f"{self.base_url} runs in single-user mode: no login needed (connect without email/password)",
            ) from None
        self._auth.token = answer.token
        return answer.user

    def login(self, email: str, password: str, remember_me: bool = False) -> UserDTO:
        """Log in to a multi-user server; later requests carry the token. Raises AuthenticationError for
        a wrong email or password. `remember_me` asks for a 7-day token instead of a 1-day one."""
        return self.run(self._login(email, password, remember_me))

    async def async_login(self, email: str, password: str, remember_me: bool = False) -> UserDTO:
        """Async twin of `login`."""
        return await self.async_run(self._login(email, password, remember_me))

    def health_check(self) -> bool:
        """True if an InvokeAI server answers at base_url."""
        return self.run(self.pipeline.fetch_version()) is not None

    async def async_health_check(self) -> bool:
        """Async twin of `health_check`."""
        return (await self.async_run(self.pipeline.fetch_version())) is not None

    # --- resources ---------------------------------------------------------------------------------------

    @cached_property
    def boards(self) -> BoardRepository:
        """The server's boards, and handles on them."""
        from .resources.boards import BoardRepository

        return BoardRepository(self)

    @cached_property
    def images(self) -> ImageRepository:
        """Images on any board: list, upload, download, star, move, delete."""
        from .resources.images import ImageRepository

        return ImageRepository(self)

    @cached_property
    def queue(self) -> QueueRepository:
        """The session queue: status, items, cancelling, waiting for items."""
        from .resources.queue import QueueRepository

        return QueueRepository(self)

    @cached_property
    def models(self) -> ModelRepository:
        """Installed models: list, find, install, delete."""
        from .resources.models import ModelRepository

        return ModelRepository(self)

    @cached_property
    def workflows(self) -> WorkflowRepository:
        """Makes workflow handles from GUI exports."""
        from .submission.repository import WorkflowRepository

        return WorkflowRepository(self)

    @cached_property
    def generate(self) -> GenerateRepository:
        """Presets: `text_to_image`, `image_to_image` for SD1, SDXL and FLUX models (see `presets`)."""
        from .presets.resource import GenerateRepository

        return GenerateRepository(self)

    @cached_property
    def nodes(self) -> LiveNodes:
        """The server's node types, from its live schema (custom node packs included):
        `client.nodes.<ClassName>(**inputs)` makes a node for `invokeai_client.graph.Graph`."""
        from .graph.live import LiveNodes

        return LiveNodes(self)

    @cached_property
    def events(self) -> EventHub:
        """The server's socket.io events (connected on first use by a submission that listens)."""
        from .events.hub import EventHub

        return EventHub(self)

    # invokeai-py-client's names for the resources, kept with their meaning.

    @property
    def board_repo(self) -> BoardRepository:
        """Alias of `boards` (invokeai-py-client's name)."""
        return self.boards

    @property
    def dnn_model_repo(self) -> ModelRepository:
        """Alias of `models` (invokeai-py-client's name)."""
        return self.models

    @property
    def workflow_repo(self) -> WorkflowRepository:
        """Alias of `workflows` (invokeai-py-client's name)."""
        return self.workflows


def _login_error(exc: errors.APIStatusError, message: str) -> errors.APIStatusError:
    # A fresh error without the original as its cause: nothing of the login request rides along.
    return type(exc)(
        message,
        method=exc.method,
        url=exc.url,
        status_code=exc.status_code,
        body=exc.body,
        detail=exc.detail,
    )
