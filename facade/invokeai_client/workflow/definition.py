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

from .catalog import load_catalog
from .check import Checker, check_structure
from .migrate import form_from_exposed_fields, migrate

__all__ = ["WorkflowDefinition"]

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


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
        with open(path, "rb") as f:
            data = f.read()
        return cls.from_json(data, source=os.fspath(path))

    @classmethod
    def from_json(cls, text: str | bytes, source: str = "") -> WorkflowDefinition:
        """Load a workflow from JSON text (bytes: UTF-8, with or without a BOM, or UTF-16/32 with one)."""
        if isinstance(text, bytes | bytearray):
            text = _decode(bytes(text), source)
        try:
            data = json.loads(text.removeprefix("\ufeff"))  # a BOM from Windows editors
        except json.JSONDecodeError as e:
            raise WorkflowFormatError(
                f"not valid JSON: {e.msg}", where=f"line {e.lineno}, column {e.colno}", source=source
            ) from e
        except RecursionError:
            raise WorkflowFormatError(
                "JSON nested too deeply to read: no workflow the GUI exports is", source=source
            ) from None
        return cls.from_dict(data, source=source)

    @classmethod
    def from_dict(cls, data: Any, source: str = "") -> WorkflowDefinition:
        """Load a workflow from its decoded JSON (the dict is copied, never modified)."""
        if not isinstance(data, Mapping):
            raise WorkflowFormatError(
                f"a workflow is a JSON object, not {type(data).__name__}", source=source
            )
        check_structure(data, source)
        original = data.get("meta", {}).get("version", "") if isinstance(data.get("meta"), Mapping) else ""
        workflow, steps = migrate(data, source)
        checker = Checker(workflow, source)
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


def _decode(data: bytes, source: str) -> str:
    """JSON text from a file's bytes, or a WorkflowFormatError saying what the file is instead."""
    if data.startswith(_PNG_SIGNATURE):
        raise WorkflowFormatError(
            "this is a PNG image, not a workflow JSON file (export the workflow as JSON from the GUI's "
            "workflow editor)",
            source=source,
        )
    try:
        return data.decode(json.detect_encoding(data))  # UTF-8 unless a BOM or NUL bytes say otherwise
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        column = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise WorkflowFormatError(
            f"not UTF-8 text: byte {data[e.start]:#04x} cannot be decoded (a GUI export is UTF-8; "
            "save the file as UTF-8, or as JSON from the GUI)",
            where=f"line {line}, column {column}",
            source=source,
        ) from None
