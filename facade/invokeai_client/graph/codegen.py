"""A workflow (or a queue item's graph) as the Python that builds it with `Graph` and `nodes`.

    print(workflow_to_code("my-workflow.json"))     # `invokeai-client code my-workflow.json`

The script's `graph` variable is the `Graph` and `form` the workflow's form inputs in order, so
`graph.to_workflow(name, form)` gives the workflow back and `client.workflows.from_graph(graph, form=form)`
runs it. Inputs at their node type's default are left out; connections through connector nodes go to the
real source. Node types the bindings do not know are made with `graph.node("type", ...)`.
"""

from __future__ import annotations

import json
import keyword
import os
import re
from collections.abc import Mapping
from typing import Any

from invokeai_client.workflow.check import CONNECTOR_IN
from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.inputs import walk_form

from ._templates import template

__all__ = ["definition_from_graph", "definition_to_code", "workflow_to_code"]

_ATTRIBUTE_CLASH = frozenset({"graph", "nodes", "form"})


def workflow_to_code(source: str | os.PathLike[str] | Mapping[str, Any]) -> str:
    """Python that builds the workflow at path `source` (or given as its JSON data, or an enqueue graph)."""
    if isinstance(source, Mapping):
        data = dict(source)
        if "edges" in data and isinstance(data.get("nodes"), Mapping):  # a graph, not a workflow
            return definition_to_code(definition_from_graph(data))
        return definition_to_code(WorkflowDefinition.from_dict(data))
    return definition_to_code(WorkflowDefinition.from_file(source))


def definition_from_graph(graph: Mapping[str, Any]) -> WorkflowDefinition:
    """An enqueue graph ({nodes: {id: node}, edges: [...]}, as a queue item holds it) as a workflow."""
    nodes = []
    for node_id, node in graph.get("nodes", {}).items():
        inputs = {
            name: {"name": name, "label": "", "value": value}
            for name, value in node.items()
            if name not in ("id", "type", "is_intermediate", "use_cache")
        }
        data = {"id": node_id, "type": node["type"], "inputs": inputs,
                "isIntermediate": bool(node.get("is_intermediate", False)),
                "useCache": bool(node.get("use_cache", True))}  # fmt: skip
        nodes.append({"id": node_id, "type": "invocation", "data": data})
    edges = [
        {"type": "default", "source": e["source"]["node_id"], "sourceHandle": e["source"]["field"],
         "target": e["destination"]["node_id"], "targetHandle": e["destination"]["field"]}
        for e in graph.get("edges", [])
    ]  # fmt: skip
    workflow = {"name": "graph", "meta": {"version": "3.0.0"}, "nodes": nodes, "edges": edges}
    return WorkflowDefinition.from_dict(workflow, source="<graph>")


def definition_to_code(definition: WorkflowDefinition) -> str:
    """Python that builds `definition`'s nodes and connections as a `Graph` named `graph`."""
    invocations = [n for n in definition.nodes if n["type"] == "invocation"]
    links = _links(definition)
    order = _topological([n["id"] for n in invocations], links)
    by_id = {n["id"]: n for n in invocations}
    names: dict[str, str] = {}
    for node_id in order:
        names[node_id] = _variable(by_id[node_id], set(names.values()))
    lines = [
        f'"""Workflow {_literal(definition.name)} as code (made by invokeai-client code).',
        "",
        "Run it: client.workflows.from_graph(graph, form=form, name=name).enqueue()",
        "Export it: graph.to_workflow(name, form)",
        '"""',
        "",
        "from invokeai_client.graph import Graph, nodes",
        "",
        f"name = {_literal(definition.name)}",
        "graph = Graph()",
    ]
    types = {node_id: by_id[node_id]["data"]["type"] for node_id in order}
    for node_id in order:
        lines += _node_code(by_id[node_id], names, types, links.get(node_id, {}))
    form = [(i.node_id, i.field_name) for i in walk_form(definition) if i.node_id in names]
    entries = "".join(f"\n    ({names[node_id]}, {_literal(field)})," for node_id, field in form)
    lines += ["", f"form = [{entries}\n]" if entries else "form: list[tuple[object, str]] = []"]
    return "\n".join(lines) + "\n"


def _links(definition: WorkflowDefinition) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """target node -> input -> [(source node, output)], connector chains followed to the real source."""
    found: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for edge in definition.edges:
        if edge["type"] != "default" or definition.node(edge["target"])["type"] != "invocation":
            continue
        source = _real_source(definition, edge["source"], edge["sourceHandle"])
        if source is None:
            continue
        targets = found.setdefault(edge["target"], {}).setdefault(edge["targetHandle"], [])
        if source not in targets:
            targets.append(source)
    return found


def _real_source(definition: WorkflowDefinition, node_id: str, handle: str) -> tuple[str, str] | None:
    seen: set[str] = set()
    while definition.node(node_id)["type"] == "connector" and node_id not in seen:
        seen.add(node_id)
        feeding = [
            e for e in definition.edges
            if e["type"] == "default" and e["target"] == node_id and e["targetHandle"] == CONNECTOR_IN
        ]  # fmt: skip
        if not feeding:
            return None
        node_id, handle = feeding[0]["source"], feeding[0]["sourceHandle"]
    return (node_id, handle) if definition.node(node_id)["type"] == "invocation" else None


def _topological(ids: list[str], links: Mapping[str, Mapping[str, list[tuple[str, str]]]]) -> list[str]:
    """Feeders before the nodes they feed; otherwise the workflow's own order."""
    done: list[str] = []
    placed: set[str] = set()
    visiting: set[str] = set()

    def visit(node_id: str) -> None:
        if node_id in placed or node_id in visiting:
            return
        visiting.add(node_id)
        for sources in links.get(node_id, {}).values():
            for source, _ in sources:
                if source in ids:
                    visit(source)
        visiting.discard(node_id)
        placed.add(node_id)
        done.append(node_id)

    for node_id in ids:
        visit(node_id)
    return done


def _variable(node: Mapping[str, Any], taken: set[str]) -> str:
    data = node["data"]
    base = str(node["id"])
    if not (base.isidentifier() and base.isascii()) or len(base) > 40 or re.search(r"[0-9a-f]{8}-", base):
        words = re.findall(r"[a-z0-9]+", (data.get("label") or data["type"]).lower())
        base = "_".join(words) or "node"
    if base[0].isdigit() or keyword.iskeyword(base) or base in _ATTRIBUTE_CLASH:
        base = f"n_{base}"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}_{number}", number + 1
    return name


def _node_code(
    node: Mapping[str, Any], names: Mapping[str, str], types: Mapping[str, str], links: Mapping[str, Any]
) -> list[str]:
    from .nodes import NODE_CLASSES

    data = node["data"]
    node_type = data["type"]
    found = template(node_type)
    known_class = NODE_CLASSES.get(node_type)
    args: list[str] = []
    for field, sources in links.items():
        handles = [_handle(names[s], out, NODE_CLASSES.get(types[s])) for s, out in sources if s in names]
        if not handles:
            continue
        value = handles[0] if len(handles) == 1 else "[" + ", ".join(handles) + "]"
        args.append(_argument(field, value, known_class is not None))
    for field, saved in data["inputs"].items():
        if field in links or "value" not in saved or saved["value"] is None:
            continue
        inp = found.inputs.get(field) if found else None
        if found is not None and (inp is None or inp.mode == "connection") and not found.extra_inputs:
            continue  # no longer an input of the node type, or one that takes no value
        if inp is not None and saved["value"] == inp.default:
            continue
        args.append(_argument(field, _literal(saved["value"]), known_class is not None))
    args.append(f"node_id={_literal(node['id'])}")
    if data.get("label"):
        args.append(f"node_label={_literal(data['label'])}")
    if found is None or bool(data.get("isIntermediate")) != found.is_intermediate:
        args.append(f"is_intermediate={bool(data.get('isIntermediate'))!r}")
    if found is None or bool(data.get("useCache", True)) != found.use_cache:
        args.append(f"use_cache={bool(data.get('useCache', True))!r}")
    if known_class is not None:
        body = "".join(f"\n        {a}," for a in args)
        call = f"graph.add(\n    nodes.{known_class.__name__}({body}\n    )\n)"
    else:
        body = "".join(f"\n    {a}," for a in args)
        call = f"graph.node(\n    {_literal(node_type)},{body}\n)"
    return [f"{names[node['id']]} = {call}"]


def _handle(variable: str, output: str, known: type | None) -> str:
    if known is not None and output.isidentifier() and isinstance(getattr(known, output, None), property):
        return f"{variable}.{output}"
    return f"{variable}.output({_literal(output)})"


def _argument(field: str, value: str, known: bool) -> str:
    if field.isidentifier() and not keyword.iskeyword(field) and (known or field not in _DYNAMIC_CLASH):
        return f"{field}={value}"
    return f"**{{{_literal(field)}: {value}}}"


_DYNAMIC_CLASH = frozenset({"node_id", "node_label", "type_name", "is_intermediate", "use_cache"})


def _literal(value: Any) -> str:
    """A JSON value as Python source, strings in double quotes (as ruff formats them)."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_literal(str(k))}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    return repr(value)
