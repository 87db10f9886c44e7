"""Turn a workflow into the graph the server executes, the way the GUI's buildNodesGraph.ts does.

- Only executable invocation nodes: notes and connector nodes never run; batch nodes (image_batch,
  string_batch, integer_batch, float_batch) and generator nodes (*_generator) become the batch's data,
  not graph nodes.
- Edges: 'default' ones only ('collapsed' edges are drawn by the editor, the real edges stay beside them),
  with a connector's chain followed back to the real source, deduplicated.
- Node: {type, id, <input values>, use_cache, is_intermediate}. Inputs without a value are left out, and so
  is every input with an incoming edge (its value comes from the edge). Inputs the node type no longer has
  are dropped, as the GUI drops fields without a template.
- Board inputs: "auto" or unset -> the auto-add board if one is given, else left out; "none" -> left out
  (uncategorized); {board_id} -> kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from invokeai_client._transport import ids as _ids

from .catalog import load_catalog
from .check import CONNECTOR_IN
from .definition import WorkflowDefinition
from .inputs import walk_form
from .values import spec_for

__all__ = [
    "BATCH_NODE_TYPES",
    "GENERATOR_NODE_TYPES",
    "MissingInput",
    "build_graph",
    "is_executable",
    "missing_required",
]

# Batch node type -> (its list input, the generator node type that may feed it, the output it sends).
# Neither kind runs on the server: their values travel as the batch's data (see `batch_nodes`).
BATCH_NODES = {
    "image_batch": ("images", "image_generator", "image"),
    "string_batch": ("strings", "string_generator", "value"),
    "integer_batch": ("integers", "integer_generator", "value"),
    "float_batch": ("floats", "float_generator", "value"),
}
BATCH_NODE_TYPES = frozenset(BATCH_NODES)
GENERATOR_NODE_TYPES = frozenset(generator for _, generator, _ in BATCH_NODES.values())
# Nodes whose pydantic model allows extra fields: the GUI passes their undeclared inputs through.
_EXTRA_INPUT_NODE_TYPES = frozenset({"core_metadata"})
_SAVED_WORKFLOW_PREFIX = "saved_workflow_input::"

Values = Mapping[tuple[str, str], Any]


def is_executable(node: Mapping[str, Any]) -> bool:
    """True for invocation nodes the server runs (not notes, connectors, batch or generator nodes)."""
    if node.get("type") != "invocation":
        return False
    node_type = node["data"]["type"]
    return node_type not in BATCH_NODE_TYPES and node_type not in GENERATOR_NODE_TYPES


def build_graph(
    definition: WorkflowDefinition,
    values: Values | None = None,
    *,
    id: str | None = None,
    auto_board: str | None = None,
) -> dict[str, Any]:
    """The graph for POST .../enqueue_batch. `values` maps (node_id, field_name) to values that replace the
    saved ones; `auto_board` is the board id the GUI's "auto" means (its auto-add board), None for none.
    Required inputs are not checked here; see `missing_required`."""
    values = values or {}
    executable = [node for node in definition.nodes if is_executable(node)]
    nodes = {node["id"]: _graph_node(node, values, auto_board) for node in executable}
    edges = _graph_edges(definition, set(nodes))
    for edge in edges:
        target = nodes[edge["destination"]["node_id"]]
        field = edge["destination"]["field"]
        if target["type"] == "call_saved_workflow" and field.startswith(_SAVED_WORKFLOW_PREFIX):
            target.get("workflow_inputs", {}).pop(field, None)
        else:
            target.pop(field, None)
    return {"id": id or _ids.new_id(), "nodes": nodes, "edges": edges}


def _graph_node(node: Mapping[str, Any], values: Values, auto_board: str | None) -> dict[str, Any]:
    catalog = load_catalog()
    data = node["data"]
    node_id, node_type = node["id"], data["type"]
    known = catalog.knows(node_type)
    names = list(data["inputs"]) + [f for (n, f) in values if n == node_id and f not in data["inputs"]]
    result: dict[str, Any] = {"type": node_type, "id": node_id}
    saved_workflow_inputs: dict[str, Any] = {}
    for name in names:
        value = (
            values[(node_id, name)]
            if (node_id, name) in values
            else data["inputs"].get(name, {}).get("value")
        )
        if node_type == "call_saved_workflow" and name.startswith(_SAVED_WORKFLOW_PREFIX):
            saved_workflow_inputs[name] = value
            continue
        if node_type == "call_saved_workflow" and name == "workflow_inputs":
            continue  # rebuilt from the dynamic inputs above
        spec = spec_for(node_type, name, value)
        if known and spec.source == "value" and node_type not in _EXTRA_INPUT_NODE_TYPES:
            continue  # a field this node type does not have (any more)
        if spec.kind == "board":
            value = _board_value(value, auto_board)
        if value is not None:
            result[name] = value
    if node_type == "call_saved_workflow":
        result["workflow_inputs"] = saved_workflow_inputs
    result["use_cache"] = data["useCache"]
    result["is_intermediate"] = data["isIntermediate"]
    return result


def _board_value(value: Any, auto_board: str | None) -> dict[str, str] | None:
    board_id = value if isinstance(value, str) or value is None else _attr(value, "board_id")
    if board_id in (None, "auto"):
        board_id = auto_board
    if not isinstance(board_id, str) or board_id in ("", "none"):
        return None
    return {"board_id": board_id}


def _attr(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)


def _graph_edges(definition: WorkflowDefinition, executable: set[str]) -> list[dict[str, Any]]:
    seen: set[tuple[str, str, str, str]] = set()
    edges = []
    for edge in definition.edges:
        if edge["type"] != "default" or edge["target"] not in executable:
            continue
        source = _resolve_source(definition, edge["source"], edge["sourceHandle"])
        if source is None or source[0] not in executable:
            continue
        key = (*source, edge["target"], edge["targetHandle"])
        if key in seen:
            continue
        seen.add(key)
        edges.append(
            {
                "source": {"node_id": source[0], "field": source[1]},
                "destination": {"node_id": edge["target"], "field": edge["targetHandle"]},
            }
        )
    return edges


def _resolve_source(definition: WorkflowDefinition, node_id: str, handle: str) -> tuple[str, str] | None:
    """The invocation output feeding (node_id, handle), following connector chains; None if there is none."""
    visited: set[str] = set()
    while True:
        node = definition.node(node_id)
        if node["type"] == "invocation":
            return node_id, handle
        if node["type"] != "connector" or node_id in visited:
            return None
        visited.add(node_id)
        incoming = next(
            (
                edge
                for edge in definition.edges
                if edge["type"] == "default"
                and edge["target"] == node_id
                and edge["targetHandle"] == CONNECTOR_IN
            ),
            None,
        )
        if incoming is None:
            return None
        node_id, handle = incoming["source"], incoming["sourceHandle"]


# --- required inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MissingInput:
    """A required input with neither a value nor an incoming edge."""

    node_id: str
    node_type: str
    node_label: str
    field_name: str
    label: str
    connection_only: bool
    input_index: int | None = None  # its place on the form, if it is there

    def __str__(self) -> str:
        where = f"input {self.input_index} " if self.input_index is not None else ""
        need = "needs a connection" if self.connection_only else "needs a value"
        return f"{where}{self.node_label} -> {self.label} ({self.node_id}.{self.field_name}) {need}"


def missing_required(definition: WorkflowDefinition, values: Values | None = None) -> list[MissingInput]:
    """Required inputs of invocation nodes that have no value (after `values`) and no incoming edge,
    as the GUI checks before it lets you invoke. Node types the catalog does not know are not checked."""
    values = values or {}
    catalog = load_catalog()
    connected = {(e["target"], e["targetHandle"]) for e in definition.edges if e["type"] == "default"}
    on_form = {(inp.node_id, inp.field_name): inp.input_index for inp in reversed(walk_form(definition))}
    missing = []
    for node in definition.invocation_nodes():
        node_id, data = node["id"], node["data"]
        for name, saved in data["inputs"].items():
            schema = catalog.input_schema(data["type"], name)
            if schema is None or not schema.get("orig_required") or (node_id, name) in connected:
                continue
            value = values[(node_id, name)] if (node_id, name) in values else saved.get("value")
            if value is None:
                spec = spec_for(data["type"], name)
                missing.append(
                    MissingInput(
                        node_id=node_id,
                        node_type=data["type"],
                        node_label=definition.node_label(node_id),
                        field_name=name,
                        label=saved.get("label") or spec.title,
                        connection_only=not spec.settable,
                        input_index=on_form.get((node_id, name)),
                    )
                )
    return missing
