"""Sync/async twins are plain functions named after their attribute, with their operation's signature
and docstring."""

from __future__ import annotations

import inspect
import pydoc
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

import invokeai_client
from invokeai_client import APIConnectionError, BoardRepository, InvokeAIClient, RetryPolicy, WorkflowHandle

# help()'s renderer when it writes to a file: text without the backspace bold. Typeshed's pydoc lacks it.
PLAIN_TEXT: pydoc.TextDoc = pydoc.plaintext  # type: ignore[attr-defined]


def twins() -> Iterator[tuple[type, str, Any]]:
    for export in invokeai_client.__all__:
        cls = getattr(invokeai_client, export)
        if not isinstance(cls, type) or issubclass(cls, BaseException):
            continue
        for name, value in vars(cls).items():
            wrapped = getattr(value, "__wrapped__", None)
            if inspect.isfunction(value) and wrapped is not None and not wrapped.__name__.startswith("__"):
                yield cls, name, value


def test_there_are_twins_to_check() -> None:
    assert len(list(twins())) > 80


@pytest.mark.parametrize(("cls", "name", "function"), list(twins()), ids=lambda v: getattr(v, "__name__", ""))
def test_a_twin_carries_its_own_name(cls: type, name: str, function: Any) -> None:
    assert function.__name__ == name
    assert function.__qualname__ == f"{cls.__qualname__}.{name}"
    assert function.__code__.co_name == name  # what tracebacks print
    assert function.__module__ == cls.__module__
    operation = function.__wrapped__
    signature, own = inspect.signature(function), inspect.signature(operation)
    assert list(signature.parameters.values()) == list(own.parameters.values())
    assert not str(signature.return_annotation).startswith("Op[")
    # Fleet operations yield the fleet's effects (invokeai_client.runs.effects), the rest a client's.
    assert str(own.return_annotation) in (
        f"Op[{signature.return_annotation}]",
        f"FleetOp[{signature.return_annotation}]",
    )
    doc = inspect.getdoc(operation)
    assert doc, "every operation says what it does"
    if function.__doc__.startswith("Alias of `"):
        return
    if inspect.iscoroutinefunction(function):
        assert (
            function.__doc__
            == f"Async twin of `{name.removeprefix('async_')}`: the same operation, awaited.\n\n{doc}"
        )
    else:
        assert function.__doc__ == doc


def test_help_shows_the_public_name_signature_and_docstring() -> None:
    text = pydoc.render_doc(BoardRepository.list_boards, renderer=PLAIN_TEXT)
    assert (
        "list_boards(self, include_uncategorized: 'bool' = False, include_archived: 'bool' = False)" in text
    )
    assert "-> 'list[BoardDTO]'" in text
    assert "_list_boards" not in text
    text = pydoc.render_doc(BoardRepository.async_list_boards, renderer=PLAIN_TEXT)
    assert "async async_list_boards(self, include_uncategorized" in text
    assert "Async twin of `list_boards`: the same operation, awaited." in text


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_a_traceback_names_the_method_called() -> None:
    client = InvokeAIClient("http://127.0.0.1:9", retry=RetryPolicy.disabled())
    with client, pytest.raises(APIConnectionError) as caught:
        client.board_repo.list_boards()
    names = [frame.name for frame in traceback.extract_tb(caught.value.__traceback__)]
    assert names[:3] == ["test_a_traceback_names_the_method_called", "list_boards", "run"]


def test_the_naming_rule_is_enforced_when_a_class_is_made() -> None:
    from invokeai_client._transport.core import Op
    from invokeai_client._transport.ops import async_op, sync_op

    def op(self: Any) -> Op[int]:
        """One."""
        return 1
        yield

    # Python 3.11 wraps an error in __set_name__ in a RuntimeError; 3.12 and later raise it as it is.
    for twins in ({"wait_async": async_op(op)}, {"async_wait": sync_op(op)}):
        with pytest.raises((TypeError, RuntimeError)) as caught:
            type("Misnamed", (), twins)
        error = caught.value.__cause__ or caught.value
        assert "async twins are named async_<name>, sync ones not" in str(error)


# invokeai-py-client's names and this client's earlier ones, with what they mean now.
ALIASES = [
    ("submit_sync", "enqueue", False),
    ("submit", "async_enqueue", True),
    ("wait_for_completion_sync", "wait", False),
    ("wait_for_completion", "async_wait", True),
    ("wait_for_all_sync", "wait_all", False),
    ("wait_for_all", "async_wait_all", True),
    ("cancel_sync", "cancel_batch", False),
    ("cancel", "async_cancel_batch", True),
]


@pytest.mark.parametrize(("alias", "target", "awaitable"), ALIASES)
def test_workflow_handle_aliases_keep_their_meaning(alias: str, target: str, awaitable: bool) -> None:
    function, canonical = getattr(WorkflowHandle, alias), getattr(WorkflowHandle, target)
    assert function.__name__ == alias
    assert function.__wrapped__ is canonical.__wrapped__  # the same operation
    assert inspect.iscoroutinefunction(function) is awaitable is inspect.iscoroutinefunction(canonical)
    assert inspect.signature(function) == inspect.signature(canonical)
    assert function.__doc__.startswith(f"Alias of `{target}` (")
    assert function.__doc__.endswith(canonical.__doc__)


def test_resource_aliases_are_the_same_repositories() -> None:
    client = InvokeAIClient("http://127.0.0.1:9")
    assert client.board_repo is client.boards
    assert client.dnn_model_repo is client.models
    assert client.workflow_repo is client.workflows
