"""Bring older workflow exports up to the current format (meta.version 4.0.0), as the GUI does on load.

The GUI's steps (frontend features/nodes/util/workflow/migrations.ts and validateWorkflow.ts):

- 1.0.0 -> 2.0.0: invocation nodes get a `nodePack` and a version ("1.0.0" when missing); meta gets the
  category "user".
- 2.0.0 -> 3.0.0: the 3.0.0 schema drops what it no longer models (node width/height, node outputs, field
  types and ids on inputs) and field values that are no longer valid, such as pre-4.0 model identifiers
  ({model_name, base_model}) which lack a model key.
- 3.0.0 -> 4.0.0: only the version changes (4.0.0 added connector nodes).
- Any version: a workflow whose form is empty but which lists `exposedFields` gets a form with one
  node-field element per exposed field, in order, under a column container.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from invokeai_client.errors import WorkflowFormatError

from .catalog import load_catalog
from .values import spec_for

__all__ = ["CURRENT_VERSION", "SUPPORTED_VERSIONS", "form_from_exposed_fields", "is_form_empty", "migrate"]

CURRENT_VERSION = "4.0.0"
SUPPORTED_VERSIONS = ("1.0.0", "2.0.0", "3.0.0", "4.0.0")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_TEXT_KEYS = ("name", "author", "description", "version", "contact", "tags", "notes")
# Per field kind, the builder settings the GUI gives a newly added node-field element (buildNodeFieldElement).
_FIELD_SETTINGS: dict[str, dict[str, Any]] = {
    "integer": {"type": "integer-field-config", "showShuffle": False, "component": "number-input"},
    "float": {"type": "float-field-config", "showShuffle": False, "component": "number-input"},
    "string": {"type": "string-field-config", "component": "input"},
}


def _meta_version(data: Mapping[str, Any], source: str = "") -> str:
    """The workflow format version in meta.version; raises if it is missing or not a version."""
    meta = data.get("meta")
    version = meta.get("version") if isinstance(meta, Mapping) else None
    if not isinstance(version, str) or not _SEMVER.match(version):
        found = "nothing" if version is None else repr(version)
        raise WorkflowFormatError(
            f"cannot tell the workflow format version: expected a version like '4.0.0', found {found}",
            where="meta.version",
            source=source,
        )
    return version


def migrate(data: Mapping[str, Any], source: str = "") -> tuple[dict[str, Any], list[str]]:
    """A migrated deep copy of `data` and the steps applied (e.g. ["2.0.0 -> 3.0.0", "3.0.0 -> 4.0.0"])."""
    version = _meta_version(data, source)
    if version not in SUPPORTED_VERSIONS:
        raise WorkflowFormatError(
            f"unsupported workflow format version {version}: this client reads "
            f"{', '.join(SUPPORTED_VERSIONS)} (newer InvokeAI releases may write newer formats)",
            where="meta.version",
            source=source,
        )
    workflow = copy.deepcopy(dict(data))
    steps: list[str] = []
    if version == "1.0.0":
        _v1_to_v2(workflow, source)
        steps.append("1.0.0 -> 2.0.0")
        version = "2.0.0"
    if version == "2.0.0":
        _v2_to_v3(workflow, source)
        steps.append("2.0.0 -> 3.0.0")
        version = "3.0.0"
    if version == "3.0.0":
        steps.append("3.0.0 -> 4.0.0")
    workflow["meta"] = {**workflow["meta"], "version": CURRENT_VERSION}
    workflow["meta"].setdefault("category", "user")
    return workflow, steps


def _node_list(workflow: dict[str, Any], source: str) -> list[Any]:
    nodes = workflow.setdefault("nodes", [])
    if not isinstance(nodes, list):
        raise WorkflowFormatError(
            f"'nodes' must be a list, not {type(nodes).__name__}", where="nodes", source=source
        )
    return nodes


def _invocation_data(nodes: list[Any]) -> list[dict[str, Any]]:
    """The data of each well-formed invocation node; malformed ones are left for validation to report."""
    found = []
    for node in nodes:
        if isinstance(node, dict) and node.get("type") == "invocation" and isinstance(node.get("data"), dict):
            found.append(node["data"])
    return found


def _v1_to_v2(workflow: dict[str, Any], source: str) -> None:
    for key in _TEXT_KEYS:
        workflow.setdefault(key, "")
    workflow.setdefault("edges", [])
    workflow.setdefault("exposedFields", [])
    catalog = load_catalog()
    for data in _invocation_data(_node_list(workflow, source)):
        # The GUI takes the pack from the node's template, "Unknown" for node types it does not have.
        data["nodePack"] = "invokeai" if catalog.knows(str(data.get("type"))) else "Unknown"
        data["version"] = data.get("version") or "1.0.0"
        data.setdefault("useCache", True)
    workflow["meta"] = {"version": "2.0.0", "category": "user"}


def _v2_to_v3(workflow: dict[str, Any], source: str) -> None:
    nodes = _node_list(workflow, source)
    for node in nodes:
        if isinstance(node, dict):
            node.pop("width", None)
            node.pop("height", None)
    for data in _invocation_data(nodes):
        data.pop("outputs", None)
        data.pop("embedWorkflow", None)
        data["nodePack"] = data.get("nodePack") or "invokeai"
        inputs = data.get("inputs")
        if isinstance(inputs, dict):
            data["inputs"] = {name: _v3_input(name, field) for name, field in inputs.items()}


def _v3_input(name: str, field: Any) -> Any:
    if not isinstance(field, dict):
        return field  # validation reports it with its location
    migrated: dict[str, Any] = {
        "name": field.get("name") or name,
        "label": field.get("label") or "",
        "description": field.get("description") or "",
    }
    value = field.get("value")
    legacy_model = isinstance(value, Mapping) and "model_name" in value and "key" not in value
    if "value" in field and not legacy_model:
        migrated["value"] = value
    return migrated


# --- exposedFields -> form ----------------------------------------------------------------------------


def default_form() -> dict[str, Any]:
    """The GUI's empty form: a column container with id "root"."""
    root = {"id": "root", "type": "container", "data": {"layout": "column", "children": []}}
    return {"elements": {"root": root}, "rootElementId": "root"}


def is_form_empty(form: Any) -> bool:
    """True when the form has nothing but an empty root container, or is missing or unusable."""
    if not isinstance(form, Mapping) or not isinstance(form.get("elements"), Mapping):
        return True
    elements = form["elements"]
    root = elements.get(form.get("rootElementId"))
    if not isinstance(root, Mapping) or root.get("type") != "container":
        return True
    children = root.get("data", {}).get("children") if isinstance(root.get("data"), Mapping) else None
    return len(elements) == 1 and not children


def form_from_exposed_fields(workflow: dict[str, Any]) -> bool:
    """Build the form from legacy `exposedFields` when the form is empty; True if it did.

    Exposed fields whose node or field no longer exists are skipped, as the GUI skips them.
    """
    exposed = workflow.get("exposedFields")
    if not isinstance(exposed, list) or not exposed or not is_form_empty(workflow.get("form")):
        return False
    form = default_form()
    root_id = form["rootElementId"]
    catalog = load_catalog()
    nodes = {node["id"]: node for node in workflow.get("nodes", []) if node.get("type") == "invocation"}
    for position, field in enumerate(exposed):
        if not isinstance(field, Mapping):
            continue
        node = nodes.get(field.get("nodeId"))
        name = field.get("fieldName")
        if node is None or not isinstance(name, str):
            continue
        node_type, inputs = node["data"]["type"], node["data"]["inputs"]
        known = catalog.knows(node_type)
        if (known and catalog.input_schema(node_type, name) is None) or (not known and name not in inputs):
            continue
        spec = spec_for(node_type, name, inputs.get(name, {}).get("value"))
        data: dict[str, Any] = {"fieldIdentifier": {"nodeId": node["id"], "fieldName": name}}
        if spec.cardinality == "single" and spec.ui_type is None and spec.kind in _FIELD_SETTINGS:
            data["settings"] = dict(_FIELD_SETTINGS[spec.kind])
        data["showDescription"] = False
        element_id = f"node-field-exposed-{position}"
        form["elements"][element_id] = {
            "id": element_id,
            "type": "node-field",
            "parentId": root_id,
            "data": data,
        }
        form["elements"][root_id]["data"]["children"].append(element_id)
    workflow["form"] = form
    return True
