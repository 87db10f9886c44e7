"""Node types from a server's live schema: custom node packs the bindings do not know.

    client.nodes.Triple(value=4)           # a custom type the server has (class name, no "Invocation")
    client.nodes.node("my_type", x=1)      # the same by type name
    g.node("my_type", x=1)                 # once loaded, any Graph knows the type

The first use reads the server's `/openapi.json` once; its invocation types that the bindings lack are then
known to this process: their inputs are typed and checked from that schema, as bundled ones are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

from invokeai_client._transport.ops import async_op, sync_op
from invokeai_client.errors import ValidationError
from invokeai_client.workflow.values import load_catalog

from ._node import DynamicNode
from ._templates import build_template, register_live, template

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client._transport.core import Op

__all__ = ["LiveNodes", "catalog_entries", "register_schema"]


def catalog_entries(schema: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(invocations by type, outputs by component, other components) of an OpenAPI schema, in the shape
    of the bundled catalog."""
    components: Mapping[str, Any] = schema.get("components", {}).get("schemas", {})
    invocations: dict[str, Any] = {}
    outputs: dict[str, Any] = {}
    shared: dict[str, Any] = {}
    for name, component in components.items():
        kind = component.get("class")
        type_field = component.get("properties", {}).get("type", {})
        node_type = type_field.get("const") or type_field.get("default")
        if kind not in ("invocation", "output") or not isinstance(node_type, str):
            shared[name] = component
            continue
        fields = {k: v for k, v in component.get("properties", {}).items() if k != "type"}
        if kind == "output":
            outputs[name] = {"component": name, "fields": fields, "type": node_type}
            continue
        invocations[node_type] = {
            "component": name,
            "fields": fields,
            "title": component.get("title"),
            "version": component.get("version"),
            "category": component.get("category"),
            "node_pack": component.get("node_pack"),
            "output": str(component.get("output", {}).get("$ref", "")).rsplit("/", 1)[-1] or None,
        }
    return invocations, outputs, shared


def register_schema(schema: Mapping[str, Any]) -> dict[str, str]:
    """Make the node types of `schema` that the bindings lack known here; returns class name -> type for
    every node type of the schema."""
    invocations, outputs, shared = catalog_entries(schema)
    catalog = load_catalog()
    known_invocations: dict[str, Any] = catalog.invocations  # type: ignore[assignment]  # the loaded dicts
    known_outputs: dict[str, Any] = catalog.outputs  # type: ignore[assignment]
    known_shared: dict[str, Any] = catalog.shared  # type: ignore[assignment]
    added = {}
    for node_type, entry in invocations.items():
        if node_type in known_invocations:
            continue
        known_invocations[node_type] = entry  # so values are typed from this schema, as bundled ones are
        added[node_type] = build_template(node_type, entry, outputs)
    for name, entry in outputs.items():
        known_outputs.setdefault(name, entry)
    for name, component in shared.items():
        known_shared.setdefault(name, component)
    register_live(added)
    return {_class_name(entry["component"]): node_type for node_type, entry in invocations.items()}


def _class_name(component: str) -> str:
    return component.removesuffix("Invocation") or component


class LiveNodes:
    """The node types of one server (`client.nodes`): `client.nodes.<ClassName>(**inputs)` makes a node."""

    def __init__(self, client: InvokeAIClient) -> None:
        """The node types of `client`'s server, read on first use."""
        self.client = client
        self._classes: dict[str, str] | None = None

    def _load(self) -> Op[dict[str, str]]:
        """Read the server's schema (once) and register its node types; class name -> node type."""
        if self._classes is None:
            response = yield from self.client.pipeline.send({"method": "GET", "url": "/openapi.json"})
            yield from self.client.pipeline.expect_json({"method": "GET", "url": "/openapi.json"}, response)
            self._classes = register_schema(response.json())
        return self._classes

    load: Final = sync_op(_load)
    async_load: Final = async_op(_load)

    def types(self) -> dict[str, str]:
        """Class name -> node type, for every node type the server has (reads the schema on first use)."""
        return dict(self.client.run(self._load()))

    def node(self, type_name: str, /, **fields: Any) -> DynamicNode:
        """A node of the server's type `type_name`, inputs as keywords (add it to a Graph)."""
        self.client.run(self._load())
        if template(type_name) is None:
            raise ValidationError(f"the server at {self.client.base_url} has no node type {type_name!r}")
        return _make(type_name, fields)

    def __getattr__(self, name: str) -> Callable[..., DynamicNode]:
        if name.startswith("_"):
            raise AttributeError(name)
        classes = self.client.run(self._load())
        if name not in classes:
            raise AttributeError(
                f"the server at {self.client.base_url} has no node class {name!r} "
                "(class names are the schema's, without 'Invocation')"
            )
        type_name = classes[name]

        def make(**fields: Any) -> DynamicNode:
            return _make(type_name, fields)

        make.__doc__ = f"A `{type_name}` node of the server's schema."
        return make


def _make(type_name: str, fields: dict[str, Any]) -> DynamicNode:
    attributes = {
        k: fields.pop(k) for k in ("node_id", "node_label", "is_intermediate", "use_cache") if k in fields
    }
    return DynamicNode(
        type_name,
        fields,
        id=attributes.get("node_id"),
        label=attributes.get("node_label", ""),
        is_intermediate=attributes.get("is_intermediate"),
        use_cache=attributes.get("use_cache"),
    )
