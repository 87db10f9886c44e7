"""The request pipeline, as sans-IO operations: retries, error mapping, and calls into the generated bindings.

Generated endpoint modules (`invokeai_api.api.<tag>.<operation>`) know how to build a request
(`_get_kwargs`) and parse its answer (`_parse_response`); this module does everything in between once, for
both runners: send with retries where that is safe, turn transport failures and error statuses into
`invokeai_client.errors`, and refuse answers that are not what the endpoint documents.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from typing import TYPE_CHECKING, Any, BinaryIO, ParamSpec, Protocol, TypeVar, cast

import httpx

from invokeai_client import errors

from . import limits
from .answers import summarize_detail
from .core import Op, Send, StreamTo
from .retry import RetryPolicy, retry

if TYPE_CHECKING:
    from invokeai_api.client import Client
    from invokeai_api.models import HTTPValidationError

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures after which the request may not have reached the server, or its answer was lost on the way.
RETRIABLE_TRANSPORT_ERRORS = (httpx.TransportError,)
# FastAPI's answers for a route it does not have (before 6.12; 6.12+ serves its web UI for unknown GETs).
NO_ROUTE_ANSWERS = ((404, {"detail": "Not Found"}), (405, {"detail": "Method Not Allowed"}))
VERSION_PATH = "/api/v1/app/version"
# What a release number starts with (6.14.2, 6.13.5.rc1, v5.0): the rest is parsed leniently.
RELEASE_NUMBER = re.compile(r"v?\d+(\.\d+)*")

logger = logging.getLogger("invokeai_client")


class _RetriableAnswer(Exception):
    """An answer with a status worth retrying (429, 502, 503, 504), as a failure for `retry`."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


class _Final(Exception):
    """A transport error that ends the retries at once (an answer too slow): `retry` passes it on."""

    def __init__(self, error: httpx.TransportError) -> None:
        super().__init__(error)
        self.error = error


class _CutShort(Exception):
    """A download's body broke off (its transport error is `error`), as a failure for `retry`."""

    def __init__(self, error: httpx.TransportError) -> None:
        super().__init__(error)
        self.error = error


def _retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: rare from uvicorn; plain backoff is fine


class Endpoint(Protocol[P, T_co]):
    """A generated endpoint module (`invokeai_api.api.<tag>.<operation>`) as the pipeline sees it.

    Modules satisfy protocols structurally, so `pipeline.call(get_board, board_id)` checks `board_id` against
    the endpoint's own `_get_kwargs` and answers what its `_parse_response` parses, less two cases `call`
    never hands back: `HTTPValidationError` (a 422, which `send` raises) and the None of a status the
    endpoint does not document. A JSON null is still None at run time: the one endpoint that answers it
    (image metadata) is typed `X | None` by its caller.
    """

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    def _parse_response(
        self, *, client: Client, response: httpx.Response
    ) -> T_co | HTTPValidationError | None: ...


def _describe(request: dict[str, Any]) -> tuple[str, str]:
    return str(request.get("method", "GET")).upper(), str(request.get("url", ""))


@dataclass
class Pipeline:
    """Shared request machinery of one client: retry policy, the base URL for messages, the server version."""

    base_url: str
    retry: RetryPolicy
    parser_client: Client  # generated parsers read its raise_on_unexpected_status
    server_version: str | None = None
    # Whether requests carry a token now (the client's auth decides): a 401 then means the token was refused.
    has_token: Callable[[], bool] = field(default=lambda: False, repr=False)
    # The client's httpx timeout: its read value is also each attempt's whole-answer budget (see limits).
    timeout: httpx.Timeout | None = None
    max_json_bytes: int | None = None
    # What the pipeline did to get answers through: "retries" (requests sent again), "download_restarts".
    counters: Counter[str] = field(default_factory=Counter)
    _server_routes: list[tuple[str, re.Pattern[str]]] | None = field(default=None, repr=False)

    def send(
        self, request: dict[str, Any], *, idempotent: bool | None = None, stream: bool = False
    ) -> Op[httpx.Response]:
        """Send `request`, retrying if it is idempotent; return a successful response or raise."""
        method, path = _describe(request)
        if idempotent is None:
            idempotent = method in IDEMPOTENT_METHODS
        # Retries included, no attempt outlasts the policy's total (see limits for one attempt's budget).
        call_deadline = time.monotonic() + self.retry.total_timeout if self.retry.enabled else None
        try:
            if idempotent and self.retry.enabled:
                response = yield from self._send_with_retries(request, stream, call_deadline)
            else:
                response = yield Send(self._limited(request, call_deadline), stream)
        except httpx.TransportError as exc:
            raise self._transport_error(method, path, exc) from exc
        except _Final as final:
            raise self._transport_error(method, path, final.error) from final.error
        except limits.AnswerTooLarge as exc:
            raise errors.UnexpectedResponseError(
                f"{method} {self.base_url}{path} sent an {exc} where the client reads at most "
                f"{exc.limit} bytes of JSON (max_json_bytes=): not read, to spare the memory",
                method=method,
                url=f"{self.base_url}{path}",
                status_code=0,
                content_type="application/json",
            ) from exc
        if 300 <= response.status_code < 400:
            yield from self._close(response, stream)
            raise self._redirect_error(method, path, response)
        if response.status_code >= 400:
            body = yield from self._body(response, stream)
            # FastAPI's bare 404 is both "no such route" (servers before 6.12) and "no such item".
            # Not for the version route itself: asking whether it exists starts with asking for it.
            if (
                (response.status_code, body) in NO_ROUTE_ANSWERS
                and path != VERSION_PATH
                and (yield from self._route_missing(method, path))
            ):
                raise (yield from self._not_available(method, path))
            if isinstance(body, str) and response.status_code in (404, 405, 501):
                # InvokeAI answers errors in JSON; a page instead may mean the URL is not an InvokeAI at all.
                yield from self._check_invokeai(method, path, response)
            retry_after = _retry_after_seconds(response)
            raise self._status_error(method, path, response.status_code, body, retry_after)
        return response

    def _redirect_error(self, method: str, path: str, response: httpx.Response) -> errors.APIError:
        # Not followed: a redirect may lead to another host, and every request carries the token.
        location = response.headers.get("location", "")
        target = (
            str(httpx.URL(f"{self.base_url}{path}").join(location))
            if location
            else "nowhere (no Location header)"
        )
        return errors.UnexpectedResponseError(
            f"{method} {self.base_url}{path} answered {response.status_code}, a redirect to {target}; "
            "the client does not follow redirects: give it the URL the server is at",
            method=method,
            url=f"{self.base_url}{path}",
            status_code=response.status_code,
            content_type=response.headers.get("content-type", ""),
        )

    def _close(self, response: httpx.Response, stream: bool) -> Op[None]:
        if stream:
            yield StreamTo(response, BytesIO())  # drained and closed so the connection can be reused

    def _transport_error(self, method: str, path: str, exc: httpx.TransportError) -> errors.APIError:
        url = f"{self.base_url}{path}"
        if isinstance(exc, httpx.TimeoutException):
            why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            return errors.APITimeoutError(
                f"{method} {url} timed out ({why}); the server may be busy or stuck: "
                "raise the client's timeout or try again",
                method=method,
                url=url,
            )
        return errors.APIConnectionError(
            f"{method} {url} failed: {exc or type(exc).__name__}. Is InvokeAI running at "
            f"{self.base_url}? (scripts/serve-invokeai starts a local one)",
            method=method,
            url=url,
        )

    def download(self, request: dict[str, Any], sink: BinaryIO) -> Op[int]:
        """Stream a GET's body into `sink` (seekable: a file or BytesIO); answers the bytes written.

        The request itself is retried like any GET; a body cut short is fetched again from the start, so
        `sink` never holds a partial answer when this returns.
        """
        method, path = _describe(request)
        restarts = self.counters["download_restarts"]

        def attempt(number: int) -> Op[int]:
            response = yield from self.send(request, stream=True)
            try:
                return int((yield StreamTo(response, sink)))
            except limits.AnswerTooSlow as exc:
                raise _Final(exc) from exc
            except httpx.TransportError as exc:
                raise _CutShort(exc) from exc  # only the body is fetched again; `send` retried the rest

        def restart(number: int, failure: BaseException, delay: float) -> None:
            error = failure.error if isinstance(failure, _CutShort) else failure
            logger.info(
                "%s %s: body cut short (%s); download %d/%d again in %.2f s",
                *(method, path, type(error).__name__, number + 1, self.retry.attempts, delay),
            )
            self.counters["download_restarts"] += 1
            sink.seek(0)
            sink.truncate()

        try:
            return (
                yield from retry(
                    self.retry,
                    attempt,
                    retriable=(_CutShort,),
                    before_retry=restart,
                    total_timeout=self.retry.total_timeout,
                )
            )
        except _Final as final:
            raise self._transport_error(method, path, final.error) from final.error
        except _CutShort as cut:
            # The server answered every time, so "is it running?" would mislead: say what broke.
            url, tries = f"{self.base_url}{path}", self.counters["download_restarts"] - restarts + 1
            how_often = "on its only attempt" if tries == 1 else f"on all {tries} attempts"
            raise errors.APIConnectionError(
                f"{method} {url}: the download was cut short {how_often} ({type(cut.error).__name__}: "
                f"{cut.error}); the server answered each time, so it is running: something broke the "
                "connection mid-body (a proxy, the network, or the server)",
                method=method,
                url=url,
            ) from cut.error

    def _check_invokeai(self, method: str, path: str, response: httpx.Response) -> Op[None]:
        """Raise UnexpectedResponseError if the server does not answer like an InvokeAI."""
        version = None if path == VERSION_PATH else (yield from self.known_version())
        if version is None:
            content_type = response.headers.get("content-type", "")
            raise errors.UnexpectedResponseError(
                f"{method} {self.base_url}{path} answered {response.status_code} "
                f"{content_type or 'without a content type'}, and GET {self.base_url}{VERSION_PATH} gives no "
                f"InvokeAI version: {self.base_url} does not look like an InvokeAI server; check the URL",
                method=method,
                url=f"{self.base_url}{path}",
                status_code=response.status_code,
                content_type=content_type,
            )

    def known_version(self) -> Op[str | None]:
        """The server's version string, asked once per pipeline (None if it will not say)."""
        if self.server_version is None:
            self.server_version = yield from self.fetch_version()
        return self.server_version

    def release_version(self) -> Op[str | None]:
        """`known_version`, refused if it is no release number ("banana"): what the release can do is
        looked up by that number, and a wrong guess would blame the server's age."""
        version = yield from self.known_version()
        if version is not None and not RELEASE_NUMBER.match(version.strip()):
            raise errors.UnexpectedResponseError(
                f"GET {self.base_url}{VERSION_PATH} answered version {version!r}, which is not an InvokeAI "
                "release number (like 6.14.2), so the client cannot tell what the server can do: is "
                f"{self.base_url} an InvokeAI server?",
                method="GET",
                url=f"{self.base_url}{VERSION_PATH}",
                status_code=200,
                content_type="application/json",
            )
        return version

    def _route_missing(self, method: str, path: str) -> Op[bool]:
        """Whether the server's own schema lacks `method path`; only asked after a bare 404."""
        if self._server_routes is None:
            yield from self.known_version()
            from invokeai_api import __invokeai_version__

            if self.server_version == __invokeai_version__:
                self._server_routes = []  # the release these bindings came from: every route exists
            else:
                try:
                    response = yield from self.send({"method": "GET", "url": "/openapi.json"})
                    paths = response.json().get("paths", {})
                except (errors.APIError, ValueError, AttributeError):
                    return False
                self._server_routes = [
                    (m.upper(), re.compile(re.sub(r"\\{[^/]+?\\}", "[^/]+", re.escape(p)) + "$"))
                    for p, item in paths.items()
                    for m in item
                ]
        if not self._server_routes:
            return False
        return not any(m == method and pattern.match(path) for m, pattern in self._server_routes)

    def _limited(self, request: dict[str, Any], call_deadline: float | None) -> dict[str, Any]:
        return limits.limited(request, self.timeout, self.max_json_bytes, call_deadline)

    def _send_with_retries(
        self, request: dict[str, Any], stream: bool, call_deadline: float | None
    ) -> Op[httpx.Response]:
        method, path = _describe(request)

        def attempt(number: int) -> Op[httpx.Response]:
            try:
                response: httpx.Response = yield Send(self._limited(request, call_deadline), stream)
            except limits.AnswerTooSlow as exc:
                raise _Final(exc) from exc
            if response.status_code in self.retry.statuses:
                raise _RetriableAnswer(response)
            return response

        def delay(number: int, failure: BaseException) -> float:
            seconds = self.retry.backoff(number)
            retry_after = (
                _retry_after_seconds(failure.response) if isinstance(failure, _RetriableAnswer) else None
            )
            if retry_after is not None:
                # Longer than the policy would ever wait: trying sooner is pointless, so give up now.
                seconds = math.inf if retry_after > self.retry.max_backoff * 4 else max(seconds, retry_after)
            return seconds

        def before_retry(number: int, failure: BaseException, seconds: float) -> Op[None]:
            self.counters["retries"] += 1
            reason = f"HTTP {failure.response.status_code}" if isinstance(failure, _RetriableAnswer) else ""
            # Method and path only: headers (the token) and bodies (passwords) never reach the log.
            logger.info(
                "%s %s: %s; attempt %d/%d in %.2f s",
                *(method, path, reason or type(failure).__name__, number + 1, self.retry.attempts, seconds),
            )
            if stream and isinstance(failure, _RetriableAnswer):
                yield StreamTo(failure.response, BytesIO())  # drain so the connection can be reused

        retriable = (*RETRIABLE_TRANSPORT_ERRORS, _RetriableAnswer)
        try:
            return (
                yield from retry(
                    self.retry,
                    attempt,
                    retriable=retriable,
                    delay=delay,
                    before_retry=before_retry,
                    total_timeout=self.retry.total_timeout,
                )
            )
        except _RetriableAnswer as last:
            return last.response  # out of attempts: its error status is reported like any other

    def _body(self, response: httpx.Response, stream: bool) -> Op[Any]:
        if stream:
            sink = BytesIO()
            yield StreamTo(response, sink)
            raw = sink.getvalue()
        else:
            raw = response.content
        if "json" in response.headers.get("content-type", ""):
            try:
                return json.loads(raw)
            except ValueError:
                pass
        return raw.decode("utf-8", "replace")

    def _status_error(
        self, method: str, path: str, status: int, body: Any, retry_after: float | None = None
    ) -> errors.APIError:
        url = f"{self.base_url}{path}"
        detail = body.get("detail") if isinstance(body, dict) else body
        token_sent = self.has_token() if status == 401 else False
        hint = {
            401: (
                "the server refused the token (expired, revoked, or another server's): log in again, "
                "InvokeAIClient.from_url(url, email=..., password=...), or pass a fresh token="
                if token_sent
                else "the server wants a login and none was given: "
                "InvokeAIClient.from_url(url, email=..., password=...) or token="
            ),
            403: "the logged-in user may not do this",
            404: "check the id or name",
            422: "the server rejected the request's fields",
            429: "the server is rate limiting; retry later",
        }.get(status, "see the server's log" if status >= 500 else "")
        summary = summarize_detail(detail)
        message = f"{method} {url} answered {status}" + (f": {summary}" if summary else "")
        if retry_after is not None and status in self.retry.statuses:
            # Asked for a wait past what the policy allows: not waited (see retry), but worth knowing.
            message += f"; it asks to be retried after {retry_after:g} s"
        message += f" ({hint})" if hint else ""
        error = errors.status_error_class(status)(
            message, method=method, url=url, status_code=status, body=body, detail=detail
        )
        error.hint = hint
        if isinstance(error, errors.AuthenticationError):
            error.token_sent = token_sent
        return error

    def _not_available(self, method: str, path: str) -> Op[errors.EndpointNotAvailableError]:
        version = (yield from self.release_version()) or "unknown"
        return errors.EndpointNotAvailableError(
            f"{method} {path} is not available on this server (InvokeAI {version}); these bindings come "
            "from a different InvokeAI release: upgrade the server or regenerate the bindings against it",
            method=method,
            url=f"{self.base_url}{path}",
            server_version=self.server_version,
        )

    def call(self, endpoint: Endpoint[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Op[T]:
        """Call a generated endpoint: its request, this pipeline (retried if its method is idempotent), its
        typed parser."""
        return (yield from self._call(endpoint, endpoint._get_kwargs(*args, **kwargs), idempotent=None))

    def call_idempotent(self, endpoint: Endpoint[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Op[T]:
        """`call` for a POST that is safe to send twice (a login, a lookup by ids, starring): retried like
        a GET."""
        return (yield from self._call(endpoint, endpoint._get_kwargs(*args, **kwargs), idempotent=True))

    def _call(self, endpoint: Endpoint[..., T], request: dict[str, Any], idempotent: bool | None) -> Op[T]:
        response = yield from self.send(request, idempotent=idempotent)
        yield from self.expect_json(request, response)
        try:
            parsed = endpoint._parse_response(client=self.parser_client, response=response)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            # Invalid JSON (a JSONDecodeError is a ValueError), or JSON without the fields the API documents.
            raise self._unreadable(request, response, exc) from exc
        if parsed is None and response.content.strip() not in (b"", b"null"):
            # The parser's answer to a status the endpoint does not document (a 200 for its 201, say).
            raise self._unreadable(request, response, ValueError("a status the API does not document here"))
        # What the parser adds to T cannot come back here (see Endpoint), so it is cast away, not checked.
        return cast(T, parsed)

    def _unreadable(
        self, request: dict[str, Any], response: httpx.Response, exc: Exception
    ) -> errors.UnexpectedResponseError:
        method, path = _describe(request)
        content_type = response.headers.get("content-type", "")
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        reason = reason if len(reason) <= 200 else reason[:200] + "..."
        server = f"InvokeAI {self.server_version}" if self.server_version else "the server"
        return errors.UnexpectedResponseError(
            f"{method} {self.base_url}{path} answered {response.status_code} with a body that is not what "
            f"the API documents ({reason}): {server}, or something between it and the client, sent an "
            "answer the client cannot read; check the URL",
            method=method,
            url=f"{self.base_url}{path}",
            status_code=response.status_code,
            content_type=content_type,
        )

    def expect_json(self, request: dict[str, Any], response: httpx.Response) -> Op[None]:
        """Refuse a non-JSON answer where JSON is promised (6.12+ serves its web UI for unknown routes)."""
        content_type = response.headers.get("content-type", "")
        if response.status_code == 204 or not response.content or "json" in content_type:
            return
        method, path = _describe(request)
        yield from self._check_invokeai(method, path, response)
        if content_type.startswith("text/html"):
            raise (yield from self._not_available(method, path))
        raise errors.UnexpectedResponseError(
            f"{method} {self.base_url}{path} answered {content_type or 'no content type'} where JSON was "
            "expected: is this an InvokeAI server?",
            method=method,
            url=f"{self.base_url}{path}",
            status_code=response.status_code,
            content_type=content_type,
        )

    def fetch_version(self) -> Op[str | None]:
        """The server's version string, or None if it will not say (not an InvokeAI, or unreachable)."""
        try:
            response = yield from self.send({"method": "GET", "url": VERSION_PATH})
        except errors.APIError:
            return None
        try:
            version = response.json().get("version")
        except (ValueError, AttributeError):
            return None
        return version if isinstance(version, str) else None
