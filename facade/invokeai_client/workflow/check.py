"""The checks a workflow passes at load: its JSON structure first, then what the GUI would reject.

`check_structure` runs on the decoded JSON before anything else reads it: nesting deeper than any GUI
export (a value nested 900 levels would exhaust Python's recursion in a copy) is refused, naming where.
`Checker` then checks a migrated workflow in place: top-level keys, nodes, edges and their handles, and the
form tree, filling in what the GUI defaults. Every refusal is a `WorkflowFormatError` naming the part.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from invokeai_client.errors import WorkflowFormatError

from .catalog import Catalog, load_catalog
from .migrate import _TEXT_KEYS, default_form

__all__ = ["CONNECTOR_IN", "CONNECTOR_OUT", "MAX_DEPTH", "Checker", "check_structure", "usable_form"]

_NODE_TYPES = ("invocation", "notes", "connector")
_ELEMENT_TYPES = ("container", "node-field", "heading", "text", "divider")
CONNECTOR_IN, CONNECTOR_OUT = "in", "out"
# GUI exports nest 8 levels (InvokeAI's own library, December 2026); 100 leaves room for structured values
# and stays far below what copying and JSON encoding can recurse through.
MAX_DEPTH = 100


def check_structure(data: Any, source: str = "") -> None:
    """Refuse JSON nested deeper than MAX_DEPTH, naming the path to the first level too deep.

    Iterative, so it cannot itself run out of stack; a dict that contains itself counts as too deep."""
    pending: list[tuple[Any, int, tuple[Any, ...]]] = [(data, 1, ())]
    while pending:
        value, depth, path = pending.pop()
        if depth > MAX_DEPTH:
            raise WorkflowFormatError(
                f"nested more than {MAX_DEPTH} levels deep: no workflow the GUI exports is",
                where=_path(path),
                source=source,
            )
        if isinstance(value, Mapping):
            pending.extend((item, depth + 1, (*path, key)) for key, item in value.items())
        elif isinstance(value, list | tuple):
            pending.extend((item, depth + 1, (*path, i)) for i, item in enumerate(value))


def _path(path: tuple[Any, ...], shown: int = 8) -> str:
    """nodes[3].data.inputs.value[0][0]... : the first steps of a path into the JSON."""
    text = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path[:shown]).lstrip(".")
    return text + ("..." if len(path) > shown else "")


# --- validation ----------------------------------------------------------------------------------------


class Checker:
    """Checks a migrated workflow in place, filling in what the GUI defaults, raising on what it rejects."""

    def __init__(self, workflow: dict[str, Any], source: str) -> None:
        self.workflow = workflow
        self.source = source
        self.nodes: dict[str, dict[str, Any]] = {}
        self.catalog: Catalog = load_catalog()

    def fail(self, message: str, where: str) -> WorkflowFormatError:
        """The error to raise for `message` at `where`, naming the workflow's source."""
        return WorkflowFormatError(message, where=where, source=self.source)

    def check_top(self) -> None:
        """The top-level keys: text fields are strings, nodes/edges/exposedFields are lists."""
        wf = self.workflow
        for key in _TEXT_KEYS:
            value = wf.setdefault(key, "")
            if not isinstance(value, str):
                raise self.fail(f"'{key}' must be a string, not {type(value).__name__}", key)
        if "nodes" not in wf:
            raise self.fail("no 'nodes': a workflow lists its nodes", "nodes")
        for key in ("nodes", "edges", "exposedFields"):
            if not isinstance(wf.setdefault(key, []), list):
                raise self.fail(f"'{key}' must be a list, not {type(wf[key]).__name__}", key)
        for i, field in enumerate(wf["exposedFields"]):
            if not isinstance(field, Mapping) or not all(
                isinstance(field.get(k), str) for k in ("nodeId", "fieldName")
            ):
                raise self.fail("an exposed field is {nodeId, fieldName}", f"exposedFields[{i}]")

    def check_nodes(self) -> None:
        """Each node: an object with a unique id, a known type and data, invocation defaults filled in."""
        returns = 0
        for i, node in enumerate(self.workflow["nodes"]):
            where = f"nodes[{i}]"
            if not isinstance(node, dict):
                raise self.fail(f"a node is a JSON object, not {type(node).__name__}", where)
            node_id = node.get("id")
            if not isinstance(node_id, str) or not node_id.strip():
                raise self.fail("node without an id", where)
            where = f"nodes[{i}] (id {node_id!r})"
            if node_id in self.nodes:
                raise self.fail(f"two nodes have the id {node_id!r}", where)
            if node.get("type") not in _NODE_TYPES:
                raise self.fail(
                    f"unknown node type {node.get('type')!r}; expected one of {_NODE_TYPES}", where
                )
            data = node.get("data")
            if not isinstance(data, dict):
                raise self.fail("node without 'data'", where)
            data.setdefault("id", node_id)
            node.setdefault("position", {"x": 0, "y": 0})
            for key, default in (("label", ""), ("isOpen", True)):
                data.setdefault(key, default)
            if node["type"] == "invocation":
                self._check_invocation(data, where)
                returns += data["type"] == "workflow_return"
            elif node["type"] == "notes":
                data.setdefault("notes", "")
            self.nodes[node_id] = node
        if returns > 1:
            raise self.fail("a workflow may contain at most one workflow_return node", "nodes")

    def _check_invocation(self, data: dict[str, Any], where: str) -> None:
        node_type = data.get("type")
        if not isinstance(node_type, str) or not node_type.strip():
            raise self.fail("invocation node without a type (data.type)", where)
        defaults = {
            "version": self.catalog.version(node_type) or "1.0.0",
            "nodePack": "invokeai",
            "notes": "",
            "isIntermediate": False,
            "useCache": True,
            "inputs": {},
        }
        for key, default in defaults.items():
            data.setdefault(key, default)
        for key in ("isIntermediate", "useCache"):
            if not isinstance(data[key], bool):
                raise self.fail(f"data.{key} must be true or false, not {data[key]!r}", where)
        if not isinstance(data["inputs"], dict):
            raise self.fail("data.inputs must be an object of fields", where)
        for name, field in data["inputs"].items():
            if not isinstance(field, dict):
                raise self.fail(f"input {name!r} must be an object with name/label/value", f"{where}.inputs")
            field.setdefault("name", name)
            field.setdefault("label", "")
            field.setdefault("description", "")

    def check_edges(self) -> None:
        """Each edge: a known type between nodes of this workflow, through handles those nodes have."""
        for i, edge in enumerate(self.workflow["edges"]):
            where = f"edges[{i}]"
            if not isinstance(edge, dict):
                raise self.fail(f"an edge is a JSON object, not {type(edge).__name__}", where)
            kind = edge.setdefault("type", "default")
            if kind not in ("default", "collapsed"):
                raise self.fail(f"unknown edge type {kind!r}; expected 'default' or 'collapsed'", where)
            for end in ("source", "target"):
                node_id = edge.get(end)
                if not isinstance(node_id, str) or node_id not in self.nodes:
                    raise self.fail(f"edge {end} {node_id!r} is not a node of this workflow", where)
            if kind == "collapsed":
                edge.setdefault("id", f"collapsed-{edge['source']}-{edge['target']}")
                continue
            for handle in ("sourceHandle", "targetHandle"):
                if not isinstance(edge.get(handle), str) or not edge[handle]:
                    raise self.fail(f"default edge without a {handle}", where)
            edge.setdefault(
                "id",
                f"reactflow__edge-{edge['source']}{edge['sourceHandle']}-{edge['target']}{edge['targetHandle']}",
            )
            self._check_handle(edge["source"], edge["sourceHandle"], "output", where)
            self._check_handle(edge["target"], edge["targetHandle"], "input", where)

    def _check_handle(self, node_id: str, handle: str, side: str, where: str) -> None:
        node = self.nodes[node_id]
        if node["type"] == "notes":
            raise self.fail(f"notes node {node_id!r} cannot be connected", where)
        if node["type"] == "connector":
            expected = CONNECTOR_OUT if side == "output" else CONNECTOR_IN
            if handle != expected:
                raise self.fail(
                    f"connector {node_id!r} has one {side} handle, {expected!r}, not {handle!r}", where
                )
            return
        data = node["data"]
        node_type = data["type"]
        if not self.catalog.knows(node_type):
            # A node type this client does not know (a custom node): only its saved inputs can be checked.
            if side == "input" and handle not in data["inputs"]:
                raise self.fail(f"node {node_id!r} ({node_type}) has no input {handle!r}", where)
            return
        if side == "output":
            names = list(self.catalog.output_fields(node_type))
        else:
            names = [*self.catalog.input_names(node_type), *data.get("dynamicInputTemplates", {})]
        if handle not in names:
            raise self.fail(
                f"node {node_id!r} ({node_type}) has no {side} {handle!r}; its {side}s: {', '.join(names)}",
                where,
            )

    def check_form(self) -> None:
        """The form: well-formed elements, one tree from the root, fields of existing inputs."""
        form = self.workflow.get("form")
        if not usable_form(form):
            # The GUI replaces a missing or unreadable form with an empty one (zod .catch in workflow.ts).
            self.workflow["form"] = form = default_form()
        assert isinstance(form, dict)
        elements, root_id = form["elements"], form["rootElementId"]
        for element_id, element in elements.items():
            self._check_element(element_id, element)
        root = elements.get(root_id)
        if root is None or root["type"] != "container":
            raise self.fail(
                f"the root element {root_id!r} must be a container in form.elements", "form.rootElementId"
            )
        if root.get("parentId") is not None:
            raise self.fail("the root element cannot have a parentId", f"form.elements[{root_id!r}]")
        reached = self._walk(elements, root_id)
        stray = [element_id for element_id in elements if element_id not in reached]
        if stray:
            raise self.fail(
                f"elements not reachable from the root: {', '.join(map(repr, stray))}", "form.elements"
            )

    def _walk(self, elements: Mapping[str, Any], root_id: str) -> set[str]:
        reached = {root_id}
        pending = [root_id]
        while pending:
            parent_id = pending.pop()
            for child_id in elements[parent_id]["data"]["children"]:
                where = f"form.elements[{parent_id!r}].data.children"
                child = elements.get(child_id)
                if child is None:
                    raise self.fail(f"child {child_id!r} is not in form.elements", where)
                if child_id in reached:
                    raise self.fail(f"element {child_id!r} appears twice in the form tree", where)
                if child.get("parentId") != parent_id:
                    raise self.fail(
                        f"element {child_id!r} has parentId {child.get('parentId')!r}, not {parent_id!r}",
                        where,
                    )
                reached.add(child_id)
                if child["type"] == "container":
                    pending.append(child_id)
        return reached

    def _check_element(self, element_id: str, element: Any) -> None:
        where = f"form.elements[{element_id!r}]"
        if not isinstance(element, dict) or element.get("id") != element_id:
            raise self.fail("a form element is an object whose id is its key", where)
        kind = element.get("type")
        if kind not in _ELEMENT_TYPES:
            raise self.fail(f"unknown form element type {kind!r}; expected one of {_ELEMENT_TYPES}", where)
        data = element.get("data")
        if kind == "divider":
            return
        if not isinstance(data, dict):
            raise self.fail(f"{kind} element without data", where)
        if kind == "container":
            children = data.get("children")
            if data.get("layout") not in ("row", "column") or not isinstance(children, list):
                raise self.fail(
                    "a container has data.layout 'row' or 'column' and a data.children list", where
                )
            for i, child in enumerate(children):
                if not isinstance(child, str):
                    raise self.fail(
                        f"a container's children are element ids (strings), not {type(child).__name__} "
                        f"{_short(child)}",
                        f"{where}.data.children[{i}]",
                    )
        elif kind in ("heading", "text"):
            if not isinstance(data.get("content"), str):
                raise self.fail(f"a {kind} element has a data.content string", where)
        else:
            self._check_node_field(data, where)

    def _check_node_field(self, data: dict[str, Any], where: str) -> None:
        ident = data.get("fieldIdentifier")
        if not isinstance(ident, Mapping) or not all(
            isinstance(ident.get(k), str) for k in ("nodeId", "fieldName")
        ):
            raise self.fail("a node-field element has data.fieldIdentifier {nodeId, fieldName}", where)
        node_id, field_name = ident["nodeId"], ident["fieldName"]
        node = self.nodes.get(node_id)
        if node is None or node["type"] != "invocation":
            message = f"form field {node_id}.{field_name}: the workflow has no invocation node {node_id!r}"
            raise self.fail(message, where)
        inputs, node_type = node["data"]["inputs"], node["data"]["type"]
        if field_name in inputs:
            return
        schema = self.catalog.input_schema(node_type, field_name)
        if schema is None:
            message = f"form field {node_id}.{field_name}: node {node_id!r} ({node_type}) has no such input"
            raise self.fail(message, where)
        # Saved by an older node version: the GUI's node update adds the field with its default.
        field: dict[str, Any] = {"name": field_name, "label": "", "description": ""}
        if schema.get("orig_default") is not None:
            field["value"] = copy.deepcopy(schema["orig_default"])
        inputs[field_name] = field


def usable_form(form: Any) -> bool:
    """Whether `form` has the shape the GUI reads (else it uses an empty form)."""
    return (
        isinstance(form, dict)
        and isinstance(form.get("elements"), dict)
        and isinstance(form.get("rootElementId"), str)
        and bool(form["rootElementId"])
    )


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "..."
