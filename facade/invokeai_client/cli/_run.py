"""`invokeai-client run` on one server: fill a workflow's form from the command line, then run it through
the run engine (`_resumable.run_sweep`): follow, download, sum up."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client.workflow.values import spec_for

from ._commands import board_option, require_board_inputs
from ._convert import Converter, split_assignment, split_sweep
from ._output import Output

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.submission.handle import WorkflowHandle
    from invokeai_client.workflow.values import FieldSpec


def run(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    from ._resumable import run_sweep

    wf, sweep = fill(client, args, out)
    return run_sweep(wf, sweep, args, out)


def fill(
    client: InvokeAIClient, args: argparse.Namespace, out: Output
) -> tuple[WorkflowHandle, dict[int | str, list[Any]]]:
    """The workflow with the command line's --set, --board and model matching applied, and its --sweep."""
    wf = client.workflows.create_workflow_from_file(args.workflow)
    board, upload_board = _board(client, args) if args.board else (None, None)
    convert = Converter(client, upload_board, note=out.note)

    values: dict[int | str, Any] = {}
    if board is not None:
        values.update(dict.fromkeys(require_board_inputs(wf), board))
    for text in args.set:
        key, raw = split_assignment(text, "--set")
        inp = wf.get_input(key)
        values[inp.input_index] = convert.value(inp, raw)
    wf.set_input_values(values)  # all or nothing: a bad value names its input

    sweep: dict[int | str, list[Any]] = {}
    for text in args.sweep:
        key, raw = split_assignment(text, "--sweep")
        inp = wf.get_input(key)
        sweep[inp.input_index] = [convert.item(inp, v) for v in split_sweep(raw)]

    if not args.no_sync_models:
        for change in wf.sync_dnn_model(by_name=True, by_base=True):
            out.note(f"model: {change.label} -> {change.after['name']} (matched by {change.matched_by})")
    require_models(wf)
    return wf, sweep


def _board(client: InvokeAIClient, args: argparse.Namespace) -> tuple[str, str | None]:
    """--board as `board_option` reads it, the board created if no board has the name; not when resuming
    a run (a different board would be refused as a different run: nothing is created for it)."""
    from invokeai_client.runs.journal import Journal

    resuming = args.out is not None and Journal.exists(args.out) and not args.fresh
    try:
        return board_option(client, args.board, create=not resuming)
    except errors.UnresolvedBoardError as exc:
        raise errors.RunMismatchError(
            f"--board {args.board!r}: no such board, and the run in {args.out} was started with another "
            "(a resumed run keeps its board): drop --board, or start over with --fresh",
            [f"board {args.board!r}"],
        ) from exc


def require_models(wf: WorkflowHandle) -> None:
    """Model inputs still empty after model matching: say which, and what they need (exit code 4)."""
    empty = [
        (f"input {inp.input_index} {inp.label!r}", inp.spec)
        for inp in wf.list_inputs()
        if inp.spec.kind == "model" and not inp.is_set
    ]
    empty += [
        (f"{m.node_label} -> {m.label}", spec_for(m.node_type, m.field_name))
        for m in wf.missing_required()
        if m.input_index is None and spec_for(m.node_type, m.field_name).kind == "model"
    ]
    if empty:
        needs = "; ".join(f"{where} needs a {_model_kind(spec)} model" for where, spec in empty)
        raise errors.UnresolvedModelError(
            f"no installed model fits: {needs} (install one, or --set the input to a model's name or key)"
        )


def _model_kind(spec: FieldSpec) -> str:
    """ "flux main", "t5_encoder": what a model input accepts, in words."""
    return (
        " ".join(filter(None, ("/".join(spec.model_bases or ()), "/".join(spec.model_types or ())))) or "any"
    )
