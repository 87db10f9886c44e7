"""Sync/async method pairs from one operation.

A resource class writes each operation once, as a generator method, and exposes it twice:

    def _list_boards(self, ...) -> Op[list[Board]]: ...
    list_boards = sync_op(_list_boards)
    async_list_boards = async_op(_list_boards)
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from .core import Op

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient

P = ParamSpec("P")
T = TypeVar("T")


class HasClient(Protocol):
    @property
    def client(self) -> InvokeAIClient: ...


S = TypeVar("S", bound=HasClient)


def sync_op(operation: Callable[Concatenate[S, P], Op[T]]) -> Callable[Concatenate[S, P], T]:
    @functools.wraps(operation)
    def run(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self.client.run(operation(self, *args, **kwargs))

    return run


def async_op(
    operation: Callable[Concatenate[S, P], Op[T]],
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, T]]:
    @functools.wraps(operation)
    async def run(self: S, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self.client.arun(operation(self, *args, **kwargs))

    return run
