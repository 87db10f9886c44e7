"""`WorkflowDefinition`: a workflow exported from the GUI, migrated to the current format and checked.

    wf = WorkflowDefinition.from_file("my-workflow.json")
    wf.name, wf.nodes, wf.edges, wf.form
    wf.to_dict()        # the migrated workflow, as embedded in enqueue requests

Loading raises `WorkflowFormatError` naming the offending part for anything the GUI could not have
exported: bad JSON, an unknown format version, nodes without id or type, edges to missing nodes or
handles, form elements pointing at missing nodes or fields, a broken form tree.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator, Mapping
from typing import Any

from invokeai_client.errors import WorkflowFormatError

from .migrate import _TEXT_KEYS, default_form, form_from_exposed_fields, migrate
from .values import load_catalog

__all__ = ["WorkflowDefinition"]

_NODE_TYPES = ("invocation", "notes", "connector")
_ELEMENT_TYPES = ("container", "node-field", "heading", "text", "divider")
CONNECTOR_IN, CONNECTOR_OUT = "in", "out"


class WorkflowDefinition:
    """A migrated, validated workflow. Build one with `from_file`, `from_json` or `from_dict`."""

    def __init__(
        self,
        data: dict[str, Any],
        *,
        source: str = "",
        original_version: str = "",
        migrations: list[str] | None = None,
    ) -> None:
        """Wrap an already migrated and checked workflow; load files and dicts with the from_* methods."""
        self._data = data
        self.source = source
        self.original_version: str = original_version or str(data["meta"]["version"])
        self.migrations: list[str] = list(migrations or [])
        self._nodes: dict[str, dict[str, Any]] = {node["id"]: node for node in data["nodes"]}

    # --- loading ---------------------------------------------------------------------------------------

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> WorkflowDefinition:
        """Load a workflow JSON file (as exported by the GUI)."""
        with open(path, encoding="utf-8-sig") as f:  # -sig: tolerate a BOM from Windows editors
            text = f.read()
        return cls.from_json(text, source=os.fspath(path))

    @classmethod
    def from_json(cls, text: str | bytes, source: str = "") -> WorkflowDefinition:
        """Load a workflow from JSON text."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise WorkflowFormatError(
                f"not valid JSON: {e.msg}", where=f"line {e.lineno}, column {e.colno}", source=source
            ) from e
        return cls.from_dict(data, source=source)

    @classmethod
    def from_dict(cls, data: Any, source: str = "") -> WorkflowDefinition:
        """Load a workflow from its decoded JSON (the dict is copied, never modified)."""
        if not isinstance(data, Mapping):
            raise WorkflowFormatError(
                f"a workflow is a JSON object, not {type(data).__name__}", source=source
            )
        original = data.get("meta", {}).get("version", "") if isinstance(data.get("meta"), Mapping) else ""
        workflow, steps = migrate(data, source)
        checker = _Checker(workflow, source)
        checker.check_top()
        checker.check_nodes()
        checker.check_edges()
        checker.check_form()
        if form_from_exposed_fields(workflow):
            checker.check_form()
        return cls(workflow, source=source, original_version=str(original), migrations=steps)

    # --- contents --------------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return str(self._data["name"])

    @property
    def author(self) -> str:
        return str(self._data["author"])

    @property
    def description(self) -> str:
        return str(self._data["description"])

    @property
    def version(self) -> str:
        """The workflow's own version string (not the format version, see `meta`)."""
        return str(self._data["version"])

    @property
    def tags(self) -> str:
        return str(self._data["tags"])

    @property
    def notes(self) -> str:
        return str(self._data["notes"])

    @property
    def contact(self) -> str:
        return str(self._data["contact"])

    @property
    def id(self) -> str | None:
        """The library id, for workflows that came from a server's workflow library."""
        value = self._data.get("id")
        return str(value) if value else None

    @property
    def meta(self) -> dict[str, Any]:
        """{"version": format version (always 4.0.0 after migration), "category": "user" | "default"}."""
        meta: dict[str, Any] = self._data["meta"]
        return meta

    @property
    def nodes(self) -> list[dict[str, Any]]:
        nodes: list[dict[str, Any]] = self._data["nodes"]
        return nodes

    @property
    def edges(self) -> list[dict[str, Any]]:
        edges: list[dict[str, Any]] = self._data["edges"]
        return edges

    @property
    def form(self) -> dict[str, Any]:
        """{"elements": {id: element}, "rootElementId": id}."""
        form: dict[str, Any] = self._data["form"]
        return form

    @property
    def exposed_fields(self) -> list[dict[str, str]]:
        """Legacy list of {nodeId, fieldName}; the form is what the GUI shows."""
        fields: list[dict[str, str]] = self._data["exposedFields"]
        return fields

    def node(self, node_id: str) -> dict[str, Any]:
        """The node with this id; KeyError if there is none."""
        return self._nodes[node_id]

    def has_node(self, node_id: str) -> bool:
        """Whether the workflow has a node with this id."""
        return node_id in self._nodes

    def invocation_nodes(self) -> Iterator[dict[str, Any]]:
        """The nodes that are invocations (not notes or connectors), in file order."""
        return (node for node in self.nodes if node["type"] == "invocation")

    def node_label(self, node_id: str) -> str:
        """What the GUI shows as the node's title: its label, else its type's title, else its type."""
        node = self._nodes[node_id]
        data = node["data"]
        if data.get("label"):
            return str(data["label"])
        if node["type"] != "invocation":
            return str(node["type"])
        return load_catalog().title(data["type"]) or str(data["type"])

    def to_dict(self) -> dict[str, Any]:
        """A deep copy of the migrated workflow, in the GUI's export format."""
        return copy.deepcopy(self._data)

    def to_json(self, indent: int | None = 2) -> str:
        """The migrated workflow as JSON text, as the GUI would export it."""
        return json.dumps(self._data, indent=indent, ensure_ascii=False)

    def copy(self) -> WorkflowDefinition:
        """An independent copy (values set on one do not show in the other)."""
        return WorkflowDefinition(
            self.to_dict(),
            source=self.source,
            original_version=self.original_version,
            migrations=self.migrations,
        )

    def __repr__(self) -> str:
        where = f" from {self.source!r}" if self.source else ""
        return f"<WorkflowDefinition {self.name!r}{where}: {len(self.nodes)} nodes, {len(self.edges)} edges>"


# --- validation ----------------------------------------------------------------------------------------


class _Checker:
    """Checks a migrated workflow in place, filling in what the GUI defaults, raising on what it rejects."""

    def __init__(self, workflow: dict[str, Any], source: str) -> None:
        self.workflow = workflow
        self.source = source
        self.nodes: dict[str, dict[str, Any]] = {}
        self.catalog = load_catalog()

    def fail(self, message: str, where: str) -> WorkflowFormatError:
        return WorkflowFormatError(message, where=where, source=self.source)

    def check_top(self) -> None:
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
        form = self.workflow.get("form")
        if not _usable_form(form):
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


def _usable_form(form: Any) -> bool:
    return (
        isinstance(form, dict)
        and isinstance(form.get("elements"), dict)
        and isinstance(form.get("rootElementId"), str)
        and bool(form["rootElementId"])
    )
