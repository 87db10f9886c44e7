"""Any input of any node of a workflow, not only the form's: `wf.node("noise").seed = 7`.

    fields = node_fields(definition, "noise")        # by node id or label
    fields.seed = 7                                  # validated as form inputs are
    fields["steps"]                                  # read
    node_field_input(definition, "noise.seed")       # a WorkflowInput for sweeps and lookups

Values are stored in the workflow definition, as form inputs store theirs, so the graph built from it uses
them. The form stays the friendly layer on top: an input on the form and the same field set here are one
value.
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import dataclass
from typing import Any

from invokeai_client.errors import AmbiguousInputError, InputNotFoundError, InvalidValueError

from .definition import WorkflowDefinition
from .inputs import WorkflowInput
from .values import load_catalog, spec_for

__all__ = ["NodeFieldInput", "NodeFields", "find_node", "node_field_input", "node_fields"]


@dataclass(eq=False)
class NodeFieldInput(WorkflowInput):
    """A node input reached by node and field rather than by its place on the form (`input_index` -1)."""

    @property
    def where(self) -> str:
        return f"node {self.node_label!r} input {self.field_name!r} ({self.key})"


def find_node(definition: WorkflowDefinition, key: str) -> dict[str, Any]:
    """The invocation node with id `key`, else the one labelled `key` (its label or its type's title)."""
    nodes = list(definition.invocation_nodes())
    for node in nodes:
        if node["id"] == key:
            return node
    for matches in (
        [n for n in nodes if definition.node_label(n["id"]) == key],
        [n for n in nodes if definition.node_label(n["id"]).casefold() == key.strip().casefold()],
    ):
        if len(matches) > 1:
            candidates = [f"{n['id']} ({definition.node_label(n['id'])})" for n in matches]
            raise AmbiguousInputError(
                f"{len(matches)} nodes are labelled {key!r}; use a node id: " + "; ".join(candidates),
                candidates,
            )
        if matches:
            return matches[0]
    names = [n["id"] for n in nodes] + [definition.node_label(n["id"]) for n in nodes]
    similar = difflib.get_close_matches(key, names, n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(map(repr, similar))}?" if similar else ""
    raise InputNotFoundError(f"workflow {definition.name!r} has no node with id or label {key!r}{hint}")


def _input_names(definition: WorkflowDefinition, node: dict[str, Any]) -> list[str]:
    node_type = node["data"]["type"]
    catalog = load_catalog()
    if catalog.knows(node_type):
        return catalog.input_names(node_type)
    return list(node["data"]["inputs"])


def _make(definition: WorkflowDefinition, node: dict[str, Any], field: str) -> NodeFieldInput:
    names = _input_names(definition, node)
    data = node["data"]
    label = definition.node_label(node["id"])
    if field not in names:
        raise InputNotFoundError(
            f"node {node['id']!r} ({label}, {data['type']}) has no input {field!r}; its inputs: "
            + ", ".join(names)
        )
    saved = data["inputs"].setdefault(field, {"name": field, "label": "", "description": ""})
    spec = spec_for(data["type"], field, saved.get("value"))
    return NodeFieldInput(
        input_index=-1,
        label=saved.get("label") or spec.title,
        node_id=node["id"],
        node_type=data["type"],
        node_label=label,
        field_name=field,
        description=saved.get("description") or spec.description,
        required=spec.required,
        spec=spec,
        default=copy.deepcopy(saved["value"]) if saved.get("value") is not None else spec.default,
        element_id="",
        _field=saved,
    )


def node_field_input(definition: WorkflowDefinition, key: str) -> NodeFieldInput | None:
    """The input "node.field" (node by id or label), or None when `key` names no node; raises naming the
    node's inputs when the node exists but has no such input."""
    node_key, dot, field = key.rpartition(".")
    if not dot or not node_key or not field:
        return None
    try:
        node = find_node(definition, node_key)
    except InputNotFoundError:
        return None
    return _make(definition, node, field)


class NodeFields:
    """The inputs of one workflow node as attributes (`fields.seed = 7`) and items (`fields["seed"]`)."""

    _definition: WorkflowDefinition
    _node: dict[str, Any]

    def __init__(self, definition: WorkflowDefinition, node_key: str) -> None:
        """The node with id or label `node_key` of `definition` (whose values are changed in place)."""
        node = find_node(definition, node_key)
        object.__setattr__(self, "_definition", definition)
        object.__setattr__(self, "_node", node)

    @property
    def node_id(self) -> str:
        """The node's id."""
        return str(self._node["id"])

    @property
    def node_type(self) -> str:
        """The node's type (`noise`, `denoise_latents`, ...)."""
        return str(self._node["data"]["type"])

    def names(self) -> list[str]:
        """The node's inputs."""
        return _input_names(self._definition, self._node)

    def input(self, field: str) -> NodeFieldInput:
        """The input as a WorkflowInput: its spec, value, default; assigning `.value` validates."""
        return _make(self._definition, self._node, field)

    def _connected(self, field: str) -> str | None:
        for edge in self._definition.edges:
            if edge["type"] == "default" and edge["target"] == self.node_id and edge["targetHandle"] == field:
                return f"{edge['source']}.{edge['sourceHandle']}"
        return None

    def __getitem__(self, field: str) -> Any:
        return self.input(field).value

    def __setitem__(self, field: str, value: Any) -> None:
        inp = self.input(field)
        source = self._connected(field)
        if source is not None:
            raise InvalidValueError(
                f"{inp.where} is connected to {source}: the value would not be used (the connection gives it)"
            )
        inp.value = value

    def __getattr__(self, field: str) -> Any:
        if field.startswith("_"):
            raise AttributeError(field)
        return self[field]

    def __setattr__(self, field: str, value: Any) -> None:
        self[field] = value

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self.names()]

    def __repr__(self) -> str:
        values = {name: self._node["data"]["inputs"].get(name, {}).get("value") for name in self.names()}
        shown = ", ".join(f"{k}={v!r}" for k, v in values.items() if v is not None)
        return f"<NodeFields {self.node_id} ({self.node_type}): {shown}>"


def node_fields(definition: WorkflowDefinition, node_key: str) -> NodeFields:
    """The inputs of the node with id or label `node_key`."""
    return NodeFields(definition, node_key)
