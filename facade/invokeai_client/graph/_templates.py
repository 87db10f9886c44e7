"""Node templates and field types as InvokeAI's workflow editor reads them from the schema.

A template is what the editor knows about a node type: its inputs (type, how they may be given, required,
default) and outputs (type). Field types follow the editor's parseFieldType: a name (`IntegerField`,
`LatentsField`, `EnumField`, a `ui_type` override such as `SchedulerField` keeping the parsed type as its
original) and a cardinality (SINGLE, COLLECTION, SINGLE_OR_COLLECTION). `connection_allowed` is the editor's
rule for which output may feed which input (validateConnectionTypes), so a graph checked here is one the
editor would have let you draw.

Templates come from the catalog shipped with the bindings, and from a server's live schema for node types
the bindings do not know (`register_live`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from invokeai_client.workflow.values import load_catalog

__all__ = ["FieldType", "InputTemplate", "Template", "connection_allowed", "parse_type", "template"]

Cardinality = Literal["SINGLE", "COLLECTION", "SINGLE_OR_COLLECTION"]
_PRIMITIVE_NAMES = {"integer": "IntegerField", "number": "FloatField", "string": "StringField",
                    "boolean": "BooleanField"}  # fmt: skip
# Types that hold a value in the editor (its isStatefulFieldType): a ui_type override keeps them as original.
_STATEFUL = frozenset(
    {"IntegerField", "FloatField", "StringField", "BooleanField", "EnumField", "ImageField", "BoardField",
     "ModelIdentifierField", "ColorField", "SchedulerField"}
)  # fmt: skip
_RESERVED = frozenset({"id", "type", "use_cache", "is_intermediate"})
# Batch nodes' list inputs and generator nodes' outputs: only each other connect to them.
_BATCH_INPUTS = {("float_batch", "floats"), ("integer_batch", "integers"), ("string_batch", "strings"),
                 ("image_batch", "images")}  # fmt: skip
_BATCH_OUTPUTS = {("float_generator", "floats"), ("integer_generator", "integers"),
                  ("string_generator", "strings"), ("image_generator", "images")}  # fmt: skip


@dataclass(frozen=True)
class FieldType:
    """A field's type as the workflow editor names it: `IntegerField` SINGLE, `ImageField` COLLECTION, ..."""

    name: str
    cardinality: Cardinality = "SINGLE"
    batch: bool = False
    original: FieldType | None = None

    def __str__(self) -> str:
        text = {"SINGLE": self.name, "COLLECTION": f"list of {self.name}"}.get(
            self.cardinality, f"{self.name} or a list of them"
        )
        return f"batch {text}" if self.batch else text

    def plain(self) -> FieldType:
        return FieldType(self.name, self.cardinality, self.batch)


def _ref(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if ref is None and schema.get("allOf"):
        ref = schema["allOf"][0].get("$ref")
    return str(ref).rsplit("/", 1)[-1] if ref else None


def _item_name(schema: Any) -> str | None:
    if not isinstance(schema, Mapping):
        return None
    ref = _ref(schema)
    if ref:
        return ref
    kind = schema.get("type")
    return _PRIMITIVE_NAMES.get(kind) if isinstance(kind, str) else None


def _parse(schema: Mapping[str, Any]) -> FieldType | None:
    ref = _ref(schema)
    if ref:
        return FieldType(ref)
    if "const" in schema or "enum" in schema:
        return FieldType("EnumField")
    if "anyOf" in schema:
        branches = [b for b in schema["anyOf"] if not (isinstance(b, Mapping) and b.get("type") == "null")]
        if len(branches) == 1:
            return _parse(branches[0]) if isinstance(branches[0], Mapping) else None
        if len(branches) != 2:
            return None
        arrays = [b for b in branches if isinstance(b, Mapping) and b.get("type") == "array"]
        if len(arrays) != 1:
            return None
        single = branches[1] if branches[0] is arrays[0] else branches[0]
        first, second = _item_name(arrays[0].get("items")), _item_name(single)
        return FieldType(first, "SINGLE_OR_COLLECTION") if first and first == second else None
    kind = schema.get("type")
    if kind == "array":
        name = _item_name(schema.get("items"))
        return FieldType(name, "COLLECTION") if name else None
    return FieldType(_PRIMITIVE_NAMES[kind]) if isinstance(kind, str) and kind in _PRIMITIVE_NAMES else None


def parse_type(schema: Mapping[str, Any], batch: bool = False) -> FieldType | None:
    """The editor's type for a field schema; None where the editor cannot parse it (it hides such fields)."""
    parsed = _parse(schema)
    ui_type = schema.get("ui_type")
    if not ui_type:
        return FieldType(parsed.name, parsed.cardinality, batch) if parsed else None
    cardinality: Cardinality = "COLLECTION" if ui_type == "CollectionField" else "SINGLE"
    original = parsed if parsed is not None and parsed.name in _STATEFUL else None
    return FieldType(ui_type, cardinality, batch, original)


def _equal(a: FieldType, b: FieldType) -> bool:
    firsts = [a.plain()] + ([a.original.plain()] if a.original else [])
    seconds = [b.plain()] + ([b.original.plain()] if b.original else [])
    return any(x == y for x in firsts for y in seconds)


def connection_allowed(source: FieldType, target: FieldType) -> bool:
    """Whether an output of type `source` may feed an input of type `target` (the editor's rule)."""
    if _equal(source, target):
        return True
    if source.batch != target.batch:
        return False
    s_single, t_single = source.cardinality == "SINGLE", target.cardinality == "SINGLE"
    s_many, t_many = source.cardinality == "COLLECTION", target.cardinality == "COLLECTION"
    s_either, t_either = (x == "SINGLE_OR_COLLECTION" for x in (source.cardinality, target.cardinality))
    cardinality_fits = (
        (s_single and t_single) or (s_many and (t_many or t_either)) or (s_either and t_either)
        or (s_single and t_either)
    )  # fmt: skip
    widening = (source.name, target.name) in {
        ("IntegerField", "FloatField"), ("IntegerField", "StringField"), ("FloatField", "StringField")
    }  # fmt: skip
    return (
        (source.name == "CollectionItemField" and not t_many)
        or (s_single and target.name == "CollectionItemField")
        or (t_either and source.name == target.name)
        or (source.name == "CollectionField" and not t_single)
        or (target.name == "CollectionField" and s_many)
        or (cardinality_fits and widening)
        or "AnyField" in (source.name, target.name)
    )


@dataclass(frozen=True)
class InputTemplate:
    """One input of a node type."""

    name: str
    type: FieldType | None  # None: a type the editor cannot show (values only)
    mode: str  # "any", "connection" (only an edge feeds it) or "direct" (only a value)
    required: bool
    default: Any
    title: str


@dataclass(frozen=True)
class Template:
    """What the editor knows of a node type: inputs and outputs by name, in schema order."""

    type_name: str
    title: str
    version: str
    node_pack: str
    inputs: Mapping[str, InputTemplate]
    outputs: Mapping[str, FieldType | None]
    use_cache: bool
    is_intermediate: bool
    extra_inputs: bool = False  # the node's model allows undeclared fields (core_metadata)


def _input_names(type_name: str, fields: Mapping[str, Any]) -> list[str]:
    skip = {"iterate": {"index"}}.get(type_name, set())
    return [n for n in fields if n not in _RESERVED and n not in skip and "field_kind" in fields[n]]


def build_template(type_name: str, entry: Mapping[str, Any], outputs: Mapping[str, Any]) -> Template:
    """A template from a catalog entry ({component, fields, output, title, version}) and the outputs."""
    fields: Mapping[str, Any] = entry.get("fields", {})
    inputs = {}
    for name in _input_names(type_name, fields):
        schema = fields[name]
        inputs[name] = InputTemplate(
            name=name,
            type=parse_type(schema, (type_name, name) in _BATCH_INPUTS),
            mode=str(schema.get("input", "any")),
            required=bool(schema.get("orig_required", False)),
            # The merged schema's default: fields only older releases have lost theirs, so they stay unset.
            default=schema.get("default"),
            title=str(schema.get("title") or name),
        )
    out_fields: Mapping[str, Any] = outputs.get(entry.get("output") or "", {}).get("fields", {})
    return Template(
        type_name=type_name,
        title=str(entry.get("title") or type_name),
        version=str(entry.get("version") or "1.0.0"),
        node_pack=str(entry.get("node_pack") or "invokeai"),
        inputs=inputs,
        outputs={
            n: parse_type(s, (type_name, n) in _BATCH_OUTPUTS) for n, s in out_fields.items() if n != "type"
        },
        use_cache=bool(fields.get("use_cache", {}).get("default", True)),
        is_intermediate=bool(fields.get("is_intermediate", {}).get("default", False)),
        extra_inputs=type_name == "core_metadata",
    )


@functools.cache
def _bundled(type_name: str) -> Template | None:
    catalog = load_catalog()
    entry = catalog.invocations.get(type_name)
    return None if entry is None else build_template(type_name, entry, catalog.outputs)


_live: dict[str, Template] = {}


def template(type_name: str) -> Template | None:
    """The template of a node type: the bundled catalog's, else one registered from a live schema."""
    return _bundled(type_name) or _live.get(type_name)


def register_live(templates: Mapping[str, Template]) -> None:
    """Make node types read from a server's schema known (those the bindings lack; bundled ones win)."""
    _live.update(templates)


def known_types() -> list[str]:
    """Every node type with a template, sorted."""
    return sorted({*load_catalog().invocations, *_live})
