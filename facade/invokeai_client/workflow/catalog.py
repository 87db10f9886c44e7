"""The invocation catalog `scripts/regenerate` writes next to the bindings, and how its schemas read.

`Catalog` answers what a node type is (title, version, inputs, outputs); `shape` reads one JSON schema
property the way the GUI's parseFieldType does (kind, cardinality, bounds, choices). `values` builds
`FieldSpec`s on top of both.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["BOUND_KEYS", "Cardinality", "Catalog", "Shape", "field_shape", "load_catalog", "shape"]

Cardinality = Literal["single", "collection", "single_or_collection"]

# The GUI never shows these as inputs (parseSchema.ts: reserved names, and the IsIntermediate ui_type).
_RESERVED_INPUTS = frozenset({"id", "type", "use_cache", "is_intermediate"})
_REF_KINDS = {
    "ImageField": "image",
    "BoardField": "board",
    "ModelIdentifierField": "model",
    "ColorField": "color",
}
_PRIMITIVE_KINDS = {"integer": "integer", "number": "float", "string": "string", "boolean": "boolean"}
BOUND_KEYS = {
    "minimum": "ge", "ge": "ge", "maximum": "le", "le": "le",
    "exclusiveMinimum": "gt", "gt": "gt", "exclusiveMaximum": "lt", "lt": "lt",
}  # fmt: skip


# --- the catalog ---------------------------------------------------------------------------------------


class Catalog:
    """The invocation catalog: node types, their input schemas and their outputs."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.invocations: Mapping[str, Any] = data.get("invocations", {})
        self.outputs: Mapping[str, Any] = data.get("outputs", {})
        self.shared: Mapping[str, Any] = data.get("shared", {})

    def knows(self, node_type: str) -> bool:
        """Whether the catalog has this node type."""
        return node_type in self.invocations

    def title(self, node_type: str) -> str | None:
        """The node type's title as the GUI shows it, if it has one."""
        title = self.invocations.get(node_type, {}).get("title")
        return str(title) if title else None

    def version(self, node_type: str) -> str | None:
        """The node type's version, if the catalog says."""
        version = self.invocations.get(node_type, {}).get("version")
        return str(version) if version else None

    def input_schema(self, node_type: str, field_name: str) -> Mapping[str, Any] | None:
        """The schema of an input the GUI would show, or None (unknown, reserved or not an input)."""
        schema = self.invocations.get(node_type, {}).get("fields", {}).get(field_name)
        if schema is None or field_name in _RESERVED_INPUTS or "field_kind" not in schema:
            return None
        if node_type == "iterate" and field_name == "index":
            return None
        result: Mapping[str, Any] = schema
        return result

    def input_names(self, node_type: str) -> list[str]:
        """The node type's inputs that the GUI shows, in schema order."""
        fields = self.invocations.get(node_type, {}).get("fields", {})
        return [name for name in fields if self.input_schema(node_type, name) is not None]

    def output_fields(self, node_type: str) -> Mapping[str, Any]:
        """The node type's output fields and their schemas."""
        output = self.invocations.get(node_type, {}).get("output")
        fields: Mapping[str, Any] = self.outputs.get(output, {}).get("fields", {}) if output else {}
        return fields

    def image_output_fields(self, node_type: str) -> list[str]:
        """Output fields holding an image or a list of images."""
        return [
            name
            for name, schema in self.output_fields(node_type).items()
            if shape(schema).ref == "ImageField"
        ]


@functools.cache
def load_catalog() -> Catalog:
    """The catalog shipped with the bindings, read once."""
    import invokeai_api

    # A file beside the package's modules in every layout but a zip import; importlib.resources, whose
    # import with its readers costs a fresh process several ms, is only for that one.
    path = os.path.join(os.path.dirname(invokeai_api.__file__ or "."), "_invocations.json")
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as file:
            text = file.read()
    else:
        from importlib import resources

        text = (resources.files("invokeai_api") / "_invocations.json").read_text(encoding="utf-8")
    return Catalog(json.loads(text))


# --- schema -> shape -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """What one schema property holds: its kind, one or many, its $ref, choices, and raw limits."""

    kind: str
    cardinality: Cardinality = "single"
    ref: str | None = None
    choices: tuple[Any, ...] | None = None
    nullable: bool = False
    limits: tuple[tuple[str, Any], ...] = ()


def _ref_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if ref is None and schema.get("allOf"):
        ref = schema["allOf"][0].get("$ref")
    return str(ref).rsplit("/", 1)[-1] if ref else None


def _limits(schema: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    keys = (*BOUND_KEYS, "multipleOf", "minItems", "maxItems", "minLength", "maxLength")
    return tuple((k, schema[k]) for k in keys if k in schema)


def shape(schema: Mapping[str, Any]) -> Shape:
    """What a JSON schema property holds, the way the GUI's parseFieldType reads it."""
    limits = _limits(schema)
    if "anyOf" in schema:
        branches = [b for b in schema["anyOf"] if b.get("type") != "null"]
        nullable = len(branches) < len(schema["anyOf"])
        if len(branches) == 1:
            inner = shape(branches[0])
            limits = inner.limits + limits
            return Shape(inner.kind, inner.cardinality, inner.ref, inner.choices, nullable, limits)
        arrays = [b for b in branches if b.get("type") == "array" and isinstance(b.get("items"), Mapping)]
        if len(branches) == 2 and len(arrays) == 1:
            single = shape(branches[1] if branches[0] is arrays[0] else branches[0])
            item = shape(arrays[0]["items"])
            if (single.kind, single.ref) == (item.kind, item.ref) and single.cardinality == "single":
                return Shape(item.kind, "single_or_collection", item.ref, item.choices, nullable, limits)
        return Shape("any", nullable=nullable)
    ref = _ref_name(schema)
    if ref is not None:
        return Shape(_REF_KINDS.get(ref, "object"), ref=ref, limits=limits)
    if "const" in schema:
        return Shape("enum", choices=(schema["const"],))
    if "enum" in schema:
        return Shape("enum", choices=tuple(schema["enum"]))
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items")
        item = shape(items) if isinstance(items, Mapping) and items else Shape("any")
        return Shape(item.kind, "collection", item.ref, item.choices, limits=item.limits + limits)
    if isinstance(kind, str) and kind in _PRIMITIVE_KINDS:
        return Shape(_PRIMITIVE_KINDS[kind], limits=limits)
    if kind == "object":
        return Shape("object", limits=limits)
    return Shape("any", limits=limits)


_UI_TYPE_SHAPES = {
    "AnyField": Shape("any"),
    "CollectionItemField": Shape("any"),
    "CollectionField": Shape("any", "collection"),
    "SavedWorkflowField": Shape("string"),
}


def field_shape(schema: Mapping[str, Any]) -> Shape:
    """The shape of an input's schema, its ui_type first (the GUI reads AnyField and the like from it)."""
    return _UI_TYPE_SHAPES.get(schema.get("ui_type") or "") or shape(schema)
