"""The server's rejection of a graph (422/400 with pydantic errors) told in the workflow's own terms."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from invokeai_client import errors

if TYPE_CHECKING:
    from .form import WorkflowForm

__all__ = ["translate_rejection"]


def translate_rejection(exc: errors.APIStatusError, form: WorkflowForm) -> errors.APIStatusError:
    """A copy of `exc` whose message names input index, label, node and field for each error it can place.

    Pydantic's locations look like body.batch.graph.nodes.<node_id>.<node type>.<field>; the node id and the
    field after it are matched against the workflow's nodes and form.
    """
    detail = exc.detail
    if not isinstance(detail, list):
        return exc
    inputs = {(i.node_id, i.field_name): i for i in form.list_inputs()}
    node_ids = {node["id"] for node in form.definition.nodes}
    lines = []
    for error in detail:
        if not isinstance(error, Mapping):
            continue
        loc = [str(part) for part in error.get("loc", ())]
        message = str(error.get("msg", "invalid"))
        lines.append(f"{_place(loc, node_ids, inputs, form)}: {message}{_got(error)}")
    if not lines:
        return exc
    shown = "\n  ".join(lines[:20]) + (f"\n  ... and {len(lines) - 20} more" if len(lines) > 20 else "")
    return type(exc)(
        f"the server rejected workflow {form.name!r} ({exc.status_code}):\n  {shown}",
        method=exc.method,
        url=exc.url,
        status_code=exc.status_code,
        body=exc.body,
        detail=exc.detail,
    )


def _place(
    loc: list[str], node_ids: set[str], inputs: Mapping[tuple[str, str], Any], form: WorkflowForm
) -> str:
    for position, part in enumerate(loc):
        if part in node_ids and position > 0 and loc[position - 1] == "nodes":
            fields = [p for p in loc[position + 1 :] if not p.isdigit()]
            for field_name in reversed(fields):
                inp = inputs.get((part, field_name))
                if inp is not None:
                    return str(inp.where)
            node = form.definition.node_label(part)
            field_name = fields[-1] if fields else "?"
            return f"{node} ({part}.{field_name}, not on the form)"
    return ".".join(p for p in loc if p != "body") or "request"


def _got(error: Mapping[str, Any]) -> str:
    if "input" not in error or isinstance(error["input"], (dict, list)):
        return ""
    return f" (got {error['input']!r})"
