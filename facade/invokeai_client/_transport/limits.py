"""Limits on one answer: a total deadline per attempt, and a size cap on JSON bodies.

httpx's timeouts bound each wait for bytes, not a whole answer: a server trickling a byte a second never
times out, and a 300 MB JSON answer is read into memory whole. The pipeline puts a `Limits` in each request's
extensions; the client's response hook (below) then checks every chunk of the body as it arrives: past the
deadline it raises `AnswerTooSlow` (an `httpx.ReadTimeout`, which the pipeline does not retry: the server
answers, only too slowly), past the cap `AnswerTooLarge`. JSON answers are capped; images and other
downloads stream to their sink uncapped.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = ["EXTENSION", "AnswerTooLarge", "AnswerTooSlow", "Limits", "check_async", "check_sync", "limited"]

EXTENSION = "invokeai_client.limits"


@dataclass(frozen=True)
class Limits:
    """`deadline` (time.monotonic) by which the whole answer must be in; JSON bodies of at most `max_json`
    bytes (None: no cap)."""

    deadline: float | None
    max_json: int | None
    budget: float | None = None  # the seconds the deadline stands for, for messages


class AnswerTooLarge(httpx.HTTPError):
    """A JSON answer larger than the client's cap (`size` bytes, or more: where it stopped reading)."""

    def __init__(self, message: str, *, size: int, limit: int) -> None:
        super().__init__(message)
        self.size, self.limit = size, limit


class AnswerTooSlow(httpx.ReadTimeout):
    """An answer still arriving at its deadline. Not retried: the server does answer, and would again
    too slowly (a silent server's ReadTimeout is retried)."""


def limited(
    request: dict[str, Any], timeout: httpx.Timeout | None, max_json: int | None, call_deadline: float | None
) -> dict[str, Any]:
    """`request` (build_request's arguments) with one attempt's limits: a deadline for the whole answer, the
    timeout's read value from now or `call_deadline` if sooner, and each of httpx's waits cut to it."""
    budget = timeout.read if timeout is not None else None
    now = time.monotonic()
    ends = [end for end in (None if budget is None else now + budget, call_deadline) if end is not None]
    deadline = min(ends) if ends else None
    limits = Limits(deadline, max_json, None if deadline is None else deadline - now)
    out = {**request, "extensions": {**request.get("extensions", {}), EXTENSION: limits}}
    if timeout is not None and deadline is not None:
        left = max(0.001, deadline - now)
        waits = timeout.as_dict().items()
        out["timeout"] = httpx.Timeout(**{k: left if v is None else min(v, left) for k, v in waits})
    return out


def _limits(response: httpx.Response) -> Limits | None:
    limits = response.request.extensions.get(EXTENSION)
    return limits if isinstance(limits, Limits) else None


def _cap(response: httpx.Response, limits: Limits) -> int | None:
    if limits.max_json is None or "json" not in response.headers.get("content-type", ""):
        return None
    return limits.max_json


def _declared_too_large(response: httpx.Response, cap: int | None) -> AnswerTooLarge | None:
    declared = response.headers.get("content-length", "")
    if cap is not None and declared.isdigit() and int(declared) > cap:
        return AnswerTooLarge(f"answer of {declared} bytes", size=int(declared), limit=cap)
    return None


class _Checked:
    def __init__(self, response: httpx.Response, limits: Limits, cap: int | None) -> None:
        self.request, self.limits, self.cap, self.size = response.request, limits, cap, 0

    def check(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.cap is not None and self.size > self.cap:
            raise AnswerTooLarge(f"answer of more than {self.cap} bytes", size=self.size, limit=self.cap)
        if self.limits.deadline is not None and time.monotonic() > self.limits.deadline:
            raise AnswerTooSlow(
                f"the whole answer did not arrive within {self.limits.budget or 0:g} s "
                f"({self.size} bytes by then)",
                request=self.request,
            )


class _SyncChecked(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, checked: _Checked) -> None:
        self.inner, self.checked = inner, checked

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.checked.check(chunk)
            yield chunk

    def close(self) -> None:
        self.inner.close()


class _AsyncChecked(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, checked: _Checked) -> None:
        self.inner, self.checked = inner, checked

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            self.checked.check(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


def _checker(response: httpx.Response) -> _Checked | AnswerTooLarge | None:
    """What both hooks put on the body: its checker, the error when its declared size is already over the
    cap, or None when the request carries no limits."""
    limits = _limits(response)
    if limits is None:
        return None
    cap = _cap(response, limits)
    return _declared_too_large(response, cap) or _Checked(response, limits, cap)


def check_sync(response: httpx.Response) -> None:
    """httpx response hook (blocking client): put the request's limits on the body before it is read."""
    checked = _checker(response)
    if isinstance(checked, AnswerTooLarge):
        response.close()
        raise checked
    if checked is not None:
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _SyncChecked(response.stream, checked)


async def check_async(response: httpx.Response) -> None:
    """httpx response hook (async client): `check_sync`'s twin."""
    checked = _checker(response)
    if isinstance(checked, AnswerTooLarge):
        await response.aclose()
        raise checked
    if checked is not None:
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _AsyncChecked(response.stream, checked)
