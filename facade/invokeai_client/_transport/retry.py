"""Trying again: the policy, and the one loop every retry in the client runs.

Three things try again, all through `retry`: an idempotent request (the pipeline), a download whose body
was cut short (the pipeline), and an enqueue whose answer was lost (`submission`), which between tries asks
the server whether the last one landed after all.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .core import Op, Sleep

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """When and how idempotent requests are retried.

    Retries happen on connection failures, timeouts and the statuses in `statuses` (429 honours
    Retry-After), with exponential backoff and jitter, until `max_attempts` or `total_timeout` seconds.
    Non-idempotent requests (enqueue, upload, create) are never retried blindly; see `submission`.
    """

    max_attempts: int = 5
    initial_backoff: float = 0.25
    max_backoff: float = 8.0
    jitter: float = 0.25
    total_timeout: float = 120.0
    statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    enabled: bool = True

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries: every request is sent once."""
        return cls(enabled=False)

    @property
    def attempts(self) -> int:
        """How many times a retried thing is tried in all: `max_attempts`, or once when disabled."""
        return self.max_attempts if self.enabled else 1

    def backoff(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based): exponential, capped, jittered."""
        delay = self.initial_backoff * 2.0 ** (attempt - 1) + random.uniform(0, self.jitter)
        return min(delay, self.max_backoff)


# After a failed attempt: (its number, the failure, the seconds about to be waited) -> something to do first.
BeforeRetry = Callable[[int, BaseException, float], "Op[None] | None"]


def retry(
    policy: RetryPolicy,
    attempt: Callable[[int], Op[T]],
    *,
    retriable: tuple[type[BaseException], ...],
    delay: Callable[[int, BaseException], float] | None = None,
    before_retry: BeforeRetry | None = None,
    landed: Callable[[], Op[T | None]] | None = None,
    total_timeout: float | None = None,
) -> Op[T]:
    """Run `attempt(1)`, `attempt(2)`, ... until one returns or raises what is not `retriable`.

    After a retriable failure it waits `delay(number, failure)` seconds (default: the policy's backoff), then
    tries again, `policy.attempts` times in all and, with `total_timeout`, never after that many seconds
    since the first try: a wait that would end past it (a long backoff, a server's Retry-After) is not
    started, nor an infinite one (`delay`'s way to say "give up"). Then the last failure is raised as is.
    `before_retry` runs before each wait (to log, count, drain or rewind; it may yield effects). `landed`,
    asked after each wait, is for
    what must not happen twice: an answer other than None is taken as the result, and its errors end the
    loop instead of being retried.
    """
    deadline = None if total_timeout is None else time.monotonic() + total_timeout
    number = 1
    while True:
        try:
            return (yield from attempt(number))
        except retriable as exc:
            if number >= policy.attempts or (deadline is not None and time.monotonic() >= deadline):
                raise
            failure: BaseException = exc
        seconds = policy.backoff(number) if delay is None else delay(number, failure)
        if math.isinf(seconds) or (deadline is not None and time.monotonic() + seconds >= deadline):
            raise failure  # the next try could only start after the total: give up now, not later
        if before_retry is not None:
            effects = before_retry(number, failure, seconds)
            if effects is not None:
                yield from effects
        yield Sleep(seconds)
        if landed is not None:
            result = yield from landed()
            if result is not None:
                return result
        number += 1
