"""Sync/async method twins from one operation.

A resource class writes each operation once, as a generator method that holds the docstring, and exposes it
twice:

    def _list_boards(self, include_archived: bool = False) -> Op[list[BoardDTO]]:
        \"\"\"The server's boards.\"\"\"
    list_boards: Final = sync_op(_list_boards)
    async_list_boards: Final = async_op(_list_boards)

When the class is made, each twin becomes a plain function named after its attribute: `help()`, tracebacks
and documentation tools show `list_boards(self, include_archived: bool = False) -> list[BoardDTO]` with the
operation's docstring, and `async_list_boards` as its async twin. ParamSpec carries the signature to type
checkers; `Final` makes them take the twin's type from `sync_op` (pyright counts an unannotated class
attribute as ambiguously typed).

The naming rule: an operation blocks under its plain name and is awaitable as `async_<name>` (checked
when the class is made); the client's resources are plural nouns (`client.boards`, `images`, `queue`,
`models`, `workflows`). Names from invokeai-py-client, and this client's earlier ones, stay as aliases
(`alias`) that mean what they meant:

    alias (meaning unchanged)         is
    client.board_repo                 client.boards
    client.dnn_model_repo             client.models
    client.workflow_repo              client.workflows
    wf.submit_sync()                  wf.enqueue()
    await wf.submit()                 await wf.async_enqueue()
    wf.wait_for_completion_sync()     wf.wait()
    await wf.wait_for_completion()    await wf.async_wait()
    wf.wait_for_all_sync()            wf.wait_all()
    await wf.wait_for_all()           await wf.async_wait_all()
    wf.cancel_sync()                  wf.cancel_batch()
    await wf.cancel()                 await wf.async_cancel_batch()
    wf.events_sync()                  wf.iter_events()
    async for e in wf.events()        async for e in wf.async_iter_events()
    await client.arun(op)             await client.async_run(op)
    await client.aclose()             await client.async_close()
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine, Generator
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

from .core import Op

if TYPE_CHECKING:
    from .pipeline import Pipeline

P = ParamSpec("P")
T = TypeVar("T")
C = TypeVar("C", bound=Callable[..., Any])


class Transport(Protocol):
    """The client as resources see it: the request pipeline, the queue id and the two runners.

    `InvokeAIClient` is one. Typing resources against this keeps them below the client in the imports."""

    @property
    def pipeline(self) -> Pipeline: ...

    @property
    def queue_id(self) -> str: ...

    def run(self, op: Op[T]) -> T:
        """Perform `op` with blocking I/O."""
        ...

    async def async_run(self, op: Op[T]) -> T:
        """Perform `op` on the running event loop."""
        ...


class Runner(Protocol):
    """What runs a class's operations: a client (`Transport`), or a fleet of them (`fleet.FleetClient`,
    whose operations yield the fleet's own effects)."""

    def run(self, op: Generator[Any, Any, T]) -> T:
        """Perform `op` with blocking I/O."""
        ...

    async def async_run(self, op: Generator[Any, Any, T]) -> T:
        """Perform `op` on the running event loop."""
        ...


class HasClient(Protocol):
    """A class with twins: its operations run on its client."""

    @property
    def client(self) -> Runner: ...


S = TypeVar("S", bound=HasClient)


def sync_op(
    operation: Callable[Concatenate[S, P], Generator[Any, Any, T]],
) -> Callable[Concatenate[S, P], T]:
    """The blocking twin of `operation`, for a class body: `name: Final = sync_op(_name)`."""
    # Typed as what the class attribute is once the class exists: a function (see _Twin.__set_name__).
    return cast("Callable[Concatenate[S, P], T]", _Twin(operation, is_async=False))


def async_op(
    operation: Callable[Concatenate[S, P], Generator[Any, Any, T]],
) -> Callable[Concatenate[S, P], Coroutine[Any, Any, T]]:
    """The awaitable twin of `operation`, for a class body: `async_name: Final = async_op(_name)`."""
    return cast("Callable[Concatenate[S, P], Coroutine[Any, Any, T]]", _Twin(operation, is_async=True))


def alias(twin: C, note: str) -> C:
    """Another name for a twin made earlier in the same class body, with the same meaning; `note` says
    where the name comes from."""
    if not isinstance(twin, _Twin):
        raise TypeError("alias() takes a sync_op/async_op twin made earlier in the same class body")
    return cast(C, _Twin(twin.operation, is_async=twin.is_async, alias_of=twin, note=note))


class _Twin:
    """A twin until its class is made; `__set_name__` then puts the named function in its place."""

    def __init__(
        self,
        operation: Callable[..., Generator[Any, Any, Any]],
        *,
        is_async: bool,
        alias_of: _Twin | None = None,
        note: str = "",
    ) -> None:
        self.operation, self.is_async, self.alias_of, self.note = operation, is_async, alias_of, note
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        if self.alias_of is None and name.startswith("async_") != self.is_async:
            # The naming rule (module docstring): sync twins take the plain name, async ones async_<name>.
            raise TypeError(f"{owner.__qualname__}.{name}: async twins are named async_<name>, sync ones not")
        self.name = name
        setattr(owner, name, _function(self, owner))

    def doc(self) -> str:
        if self.alias_of is not None:
            return _paragraphs(f"Alias of `{self.alias_of.name}` ({self.note}).", self.alias_of.doc())
        own = inspect.getdoc(self.operation) or ""
        if self.is_async:
            sync_name = self.name.removeprefix("async_")
            return _paragraphs(f"Async twin of `{sync_name}`: the same operation, awaited.", own)
        return own


def _paragraphs(*parts: str) -> str:
    return "\n\n".join(part for part in parts if part)


def _function(twin: _Twin, owner: type) -> Callable[..., Any]:
    operation = twin.operation

    def run(self: HasClient, /, *args: Any, **kwargs: Any) -> Any:
        return self.client.run(operation(self, *args, **kwargs))

    async def run_async(self: HasClient, /, *args: Any, **kwargs: Any) -> Any:
        return await self.client.async_run(operation(self, *args, **kwargs))

    function: Callable[..., Any] = run_async if twin.is_async else run
    qualname = f"{owner.__qualname__}.{twin.name}"
    # Tracebacks print the code object's names, not the function's.
    function.__code__ = function.__code__.replace(co_name=twin.name, co_qualname=qualname)
    function.__name__, function.__qualname__, function.__module__ = twin.name, qualname, owner.__module__
    function.__doc__ = twin.doc()
    signature = inspect.signature(operation)
    returns = _op_result(signature.return_annotation)
    function.__annotations__ = {k: v for k, v in operation.__annotations__.items() if k != "return"}
    if returns is not inspect.Signature.empty:
        function.__annotations__["return"] = returns
    # As functools.wraps sets them: help() reads the signature, inspect.getsource follows __wrapped__.
    vars(function).update(__signature__=signature.replace(return_annotation=returns), __wrapped__=operation)
    return function


def _op_result(annotation: Any) -> Any:
    """`T` of an `Op[T]` or `FleetOp[T]` annotation (a string, under `from __future__ import annotations`)."""
    for prefix in ("Op[", "FleetOp["):
        if isinstance(annotation, str) and annotation.startswith(prefix) and annotation.endswith("]"):
            return annotation[len(prefix) : -1]
    return inspect.Signature.empty
