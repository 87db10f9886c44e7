"""`Drive`: steps an operation generator for a runner, the one place that knows the generator protocol.

Every runner (a client's blocking and asyncio ones, a fleet's) does the same thing: ask the operation for
its next effect, perform it, hand back the answer or throw the error in, until the operation returns.
Only "perform" differs between them; the stepping, and the typing of what the operation returns, are here.

    step = Drive(op)
    effect = step.start()
    while not step.done:
        try:
            reply = perform(effect)
        except Failure as exc:
            effect = step.throw(exc)
            continue
        effect = step.send(reply)
    return step.result
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, Generic, TypeVar, cast

__all__ = ["Drive"]

E = TypeVar("E")
T = TypeVar("T")


class Drive(Generic[E, T]):
    """Steps `op`: `start`, then `send` each effect's answer (or `throw` its error) until `done`."""

    def __init__(self, op: Generator[E, Any, T]) -> None:
        self._op = op
        self.done: bool = False
        self._result: T | None = None

    def _advance(self, reply: Any, error: BaseException | None) -> E | None:
        try:
            return self._op.send(reply) if error is None else self._op.throw(error)
        except StopIteration as stop:
            # StopIteration.value is typed Any; it is what the operation returned, a T.
            self.done, self._result = True, cast("T", stop.value)
            return None

    def start(self) -> E | None:
        """The operation's first effect (None if it returned at once)."""
        return self._advance(None, None)

    def send(self, reply: Any) -> E | None:
        """Answer the last effect; the next effect, or None once the operation returned."""
        return self._advance(reply, None)

    def throw(self, error: BaseException) -> E | None:
        """Fail the last effect with `error`; the next effect, or None once the operation returned."""
        return self._advance(None, error)

    @property
    def result(self) -> T:
        """What the operation returned (once `done`)."""
        if not self.done:
            raise RuntimeError("the operation has not returned yet")
        return cast("T", self._result)
