"""`invokeai-client run`: fill a workflow's form from the command line, submit, follow, download, sum up."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client.resources.queue import TERMINAL_STATUSES
from invokeai_client.workflow.values import spec_for

from ._commands import board_option, require_board_inputs
from ._convert import Converter, split_assignment, split_sweep
from ._output import Output, cell

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.submission.handle import WorkflowHandle
    from invokeai_client.workflow.values import FieldSpec


def run(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    if args.out is not None:
        from ._resumable import run_in_folder

        return run_in_folder(client, args, out)
    wf, sweep = fill(client, args, out)
    return _run_once(client, wf, sweep, args, out)


def fill(
    client: InvokeAIClient, args: argparse.Namespace, out: Output
) -> tuple[WorkflowHandle, dict[int | str, list[Any]]]:
    """The workflow with the command line's --set, --board and model matching applied, and its --sweep."""
    wf = client.workflows.create_workflow_from_file(args.workflow)
    board, upload_board = board_option(client, args.board) if args.board else (None, None)
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


def _run_once(
    client: InvokeAIClient,
    wf: WorkflowHandle,
    sweep: dict[int | str, list[Any]],
    args: argparse.Namespace,
    out: Output,
) -> int:
    started = time.monotonic()
    submission = wf.enqueue(sweep=sweep or None, runs=args.runs)
    total = len(submission.item_ids)
    out.note(f"queued {total} item(s) of workflow {wf.name!r} (batch {submission.batch_id})")
    finished: set[int] = set()
    with out.progress(total, "running") as progress:

        def on_status(item_id: int, status: str) -> None:
            if status in TERMINAL_STATUSES:
                finished.add(item_id)
            progress.update(len(finished), f"item {item_id} {status.replace('_', ' ')}")

        try:
            items = wf.wait_all(timeout=args.timeout, on_status=on_status)
        except KeyboardInterrupt:
            out.note(
                f"stopped waiting; the queued items of batch {submission.batch_id} still run on the server"
            )
            raise
        progress.update(len(items), "done")

    labels = {inp.key: inp.label for inp in wf.list_inputs()}
    folder = None if args.no_download else Path(".")
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    report = [_item_report(client, wf, item, labels, folder) for item in items]
    elapsed = time.monotonic() - started
    completed = sum(r["status"] == "completed" for r in report)
    saved = sum(len(r["images"]) for r in report)
    out.data(
        {"workflow": wf.name, "batch_id": submission.batch_id, "elapsed": round(elapsed, 3), "items": report}
    )
    rows = [
        [
            r["item_id"],
            r["status"],
            ", ".join(f"{k}={cell(v, 30)}" for k, v in r["values"].items()),
            "\n".join(i["path"] or i["image_name"] for i in r["images"]) or r["error"],
        ]
        for r in report
    ]
    out.table(["item", "status", "values", "images"], rows)
    where = " to the current folder" if not args.no_download else ""
    out.note(f"{completed} of {total} item(s) completed in {elapsed:.1f} s; {saved} image(s){where}")
    for r in report:
        if r["error"]:
            out.error(f"item {r['item_id']} {r['status']}: {r['error']}")
    return 0 if completed == total else 1


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


def _item_report(
    client: InvokeAIClient,
    wf: WorkflowHandle,
    item: SessionQueueItem,
    labels: dict[str, str],
    out: Path | None,
) -> dict[str, Any]:
    values = {}
    for value in getattr(item, "field_values", None) or []:
        key = f"{value.node_path}.{value.field_name}"
        values[labels.get(key, key)] = value.value
    report: dict[str, Any] = {
        "item_id": item.item_id,
        "status": str(item.status),
        "values": values,
        "images": [],
    }
    report["error"] = None
    if item.status != "completed":
        error_type, message = getattr(item, "error_type", None), getattr(item, "error_message", None)
        report["error"] = f"{error_type or ''}: {message or ''}".strip(": ") or str(item.status)
        return report
    for mapping in wf.map_outputs_to_images(item, include_intermediate=False):
        for name in mapping.image_names:
            path = client.images.download_image_to(name, out) if out is not None else None
            report["images"].append(
                {
                    "image_name": name,
                    "node_id": mapping.node_id,
                    "board_id": mapping.board_id,
                    "path": str(path) if path else None,
                }
            )
    return report
