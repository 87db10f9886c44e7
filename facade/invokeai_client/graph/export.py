"""A `Graph` in the workflow editor's export format (meta.version 3.0.0), with a form of chosen inputs.

What the editor saves for a node: every input of its template with its value (connection-only inputs
without one), its version and node pack, a position. Nodes are laid out left to right by depth so the
graph opens readably. The form lists the chosen inputs in order under one column (and, for editors from
before forms, the same list as `exposedFields`). `WorkflowDefinition.from_dict` loads the result back.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from invokeai_client.errors import ValidationError
from invokeai_client.workflow.migrate import _FIELD_SETTINGS
from invokeai_client.workflow.values import spec_for

if TYPE_CHECKING:
    from ._node import Node
    from .builder import FormField, Graph

__all__ = ["EXPORT_VERSION", "workflow_dict"]

EXPORT_VERSION = "3.0.0"
_COLUMN_WIDTH, _ROW_BASE, _ROW_PER_INPUT = 380, 90, 48


def workflow_dict(
    graph: Graph, name: str, form: Sequence[FormField], texts: Mapping[str, str]
) -> dict[str, Any]:
    """The workflow of `graph` (already checked) with `form`'s inputs, in the editor's format."""
    positions = _layout(graph)
    nodes = [_node_entry(node, positions[str(node.id)]) for node in graph.nodes]
    edges = [
        {
            "id": f"reactflow__edge-{e.source}{e.source_field}-{e.target}{e.target_field}",
            "type": "default",
            "source": e.source,
            "sourceHandle": e.source_field,
            "target": e.target,
            "targetHandle": e.target_field,
        }
        for e in graph.edges
    ]
    elements, exposed = _form(graph, form)
    return {
        "name": name,
        **{
            key: texts.get(key, "")
            for key in ("author", "description", "version", "contact", "tags", "notes")
        },
        "exposedFields": exposed,
        "meta": {"version": EXPORT_VERSION, "category": "user"},
        "nodes": nodes,
        "edges": edges,
        "form": {"elements": elements, "rootElementId": "root"},
    }


def _node_entry(node: Node, position: tuple[int, int]) -> dict[str, Any]:
    template = node.template
    values = node.input_values()
    links = node.input_links()
    inputs: dict[str, Any] = {}
    names = list(template.inputs) + [n for n in values if n not in template.inputs]
    for field in names:
        entry: dict[str, Any] = {"name": field, "label": "", "description": ""}
        inp = template.inputs.get(field)
        value = values.get(field)
        if value is None and field in links and inp is not None and inp.mode != "connection":
            value = inp.default  # the editor keeps a connected input's value for when it is disconnected
        if value is not None:
            entry["value"] = copy.deepcopy(value)
        inputs[field] = entry
    return {
        "id": node.id,
        "type": "invocation",
        "position": {"x": position[0], "y": position[1]},
        "data": {
            "id": node.id,
            "type": node.type_name,
            "version": template.version,
            "nodePack": template.node_pack,
            "label": node.label,
            "notes": "",
            "isOpen": True,
            "isIntermediate": node.is_intermediate,
            "useCache": node.use_cache,
            "inputs": inputs,
        },
    }


def _layout(graph: Graph) -> dict[str, tuple[int, int]]:
    """Columns by depth (the longest chain of feeders), rows stacked by each node's number of inputs."""
    depth: dict[str, int] = {}
    for node in graph.nodes:  # nodes are added feeders first, so one pass settles most depths
        feeders = [link.node for links in node.input_links().values() for link in links]
        depth[str(node.id)] = 1 + max((depth.get(str(f.id), 0) for f in feeders), default=-1)
    changed = True
    while changed:  # nodes connected after they were added
        changed = False
        for node in graph.nodes:
            feeders = [link.node for links in node.input_links().values() for link in links]
            wanted = 1 + max((depth[str(f.id)] for f in feeders if str(f.id) in depth), default=-1)
            if wanted > depth[str(node.id)] and wanted < len(graph):
                depth[str(node.id)], changed = wanted, True
    heights: dict[int, int] = {}
    positions = {}
    for node in graph.nodes:
        column = depth[str(node.id)]
        y = heights.get(column, 0)
        positions[str(node.id)] = (column * _COLUMN_WIDTH, y)
        heights[column] = y + _ROW_BASE + _ROW_PER_INPUT * len(node.template.inputs)
    return positions


def _form(graph: Graph, form: Sequence[FormField]) -> tuple[dict[str, Any], list[dict[str, str]]]:
    root: dict[str, Any] = {"id": "root", "type": "container", "data": {"layout": "column", "children": []}}
    elements: dict[str, Any] = {"root": root}
    exposed = []
    seen = set()
    for index, entry in enumerate(form):
        if not (isinstance(entry, tuple) and len(entry) == 2):
            raise ValidationError(f"form entry {index} is {entry!r}; a form entry is (node, input name)")
        node, field = entry
        where = f"form entry {index} ({getattr(node, 'id', node)!r}, {field!r})"
        if getattr(node, "graph", None) is not graph:
            raise ValidationError(f"{where}: the node is not in the graph")
        inp = node.template.inputs.get(field)
        if inp is None:
            raise ValidationError(
                f"{where}: node {node.describe()} ({node.type_name}) has no input {field!r}; "
                f"its inputs: {', '.join(node.template.inputs)}"
            )
        if inp.mode == "connection":
            raise ValidationError(f"{where}: a connection-only input cannot be on the form")
        if (node.id, field) in seen:
            raise ValidationError(f"{where}: the input is on the form twice")
        seen.add((node.id, field))
        spec = spec_for(node.type_name, field, node.input_values().get(field))
        data: dict[str, Any] = {"fieldIdentifier": {"nodeId": node.id, "fieldName": field}}
        if spec.cardinality == "single" and spec.ui_type is None and spec.kind in _FIELD_SETTINGS:
            data["settings"] = dict(_FIELD_SETTINGS[spec.kind])
        data["showDescription"] = False
        element_id = f"node-field-{index}"
        elements[element_id] = {"id": element_id, "type": "node-field", "parentId": "root", "data": data}
        root["data"]["children"].append(element_id)
        exposed.append({"nodeId": str(node.id), "fieldName": field})
    return elements, exposed
