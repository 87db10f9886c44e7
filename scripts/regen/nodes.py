"""Source of `invokeai_client.graph.nodes`: one typed class per invocation node type of the merged schema.

Each class takes the node's inputs as keyword arguments (typed from the field's schema, with its default and
description) and offers its outputs as properties returning `Output[...]` handles. The runtime behaviour
(validation, connections, the graph) lives in the hand-written `invokeai_client.graph._node`; these classes
only declare. Written by scripts/regenerate, formatted with the pinned ruff, checked by `--check`.
"""

from __future__ import annotations

import json
import keyword
import textwrap
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["class_name", "nodes_source"]

# Keyword arguments every class takes besides its inputs (the node's own attributes).
NODE_KWARGS = ("node_id", "node_label", "is_intermediate", "use_cache")
# Attributes of graph._node.Node that output properties must not hide.
NODE_ATTRIBUTES = frozenset(
    {
        "id",
        "label",
        "type_name",
        "is_intermediate",
        "use_cache",
        "graph",
        "set",
        "get",
        "output",
        "outputs",
        "input_values",
        "input_links",
        "availability",
        "field_availability",
        "template",
        "serial",
        "describe",
    }
)
_RESERVED = frozenset({"id", "type", "use_cache", "is_intermediate"})
_PRIMITIVES = {"integer": "int", "number": "float", "string": "str", "boolean": "bool"}
# Value types of shared shapes a node input takes as a literal value (aliases in graph._node).
_VALUE_REFS = {
    "ImageField": "ImageRef",
    "BoardField": "BoardRef",
    "ModelIdentifierField": "ModelRef",
    "ColorField": "ColorRef",
}
# ui_type overrides, as the GUI's parseSchema applies them: (output type parameter, value type).
_UI_TYPES = {
    "AnyField": ("Any", "Any"),
    "CollectionItemField": ("Any", "Any"),
    "CollectionField": ("list[Any]", "Sequence[Any]"),
    "SchedulerField": ("str", None),
    "SavedWorkflowField": ("str", "str"),
}
_BOUNDS = (
    ("minimum", ">="), ("exclusiveMinimum", ">"), ("maximum", "<="), ("exclusiveMaximum", "<"),
    ("multipleOf", "multiple of"), ("minItems", "min items"), ("maxItems", "max items"),
    ("minLength", "min length"), ("maxLength", "max length"),
)  # fmt: skip


def class_name(component: str) -> str:
    """`NoiseInvocation` -> `Noise`: InvokeAI's schema class name without `Invocation`."""
    name = component.removesuffix("Invocation") or component
    return name if name.isidentifier() and not keyword.iskeyword(name) else f"{name}_"


def _ref(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if ref is None and schema.get("allOf"):
        ref = schema["allOf"][0].get("$ref")
    return str(ref).rsplit("/", 1)[-1] if ref else None


class _Types:
    """Python annotations for one field schema: the output type parameter and the literal value type."""

    def __init__(self, markers: set[str]) -> None:
        self.markers = markers  # shared shapes used as Output[...] parameters, collected while typing

    def marker(self, ref: str) -> str:
        self.markers.add(ref)
        return ref

    def item(self, schema: Mapping[str, Any]) -> tuple[str, str] | None:
        """(output parameter, value type) of a single item, None if the GUI could not parse it."""
        ref = _ref(schema)
        if ref is not None:
            return self.marker(ref), _VALUE_REFS.get(ref, "Mapping[str, Any]")
        if "const" in schema:
            return "str", f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            return "str", "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        kind = schema.get("type")
        if isinstance(kind, str) and kind in _PRIMITIVES:
            return _PRIMITIVES[kind], _PRIMITIVES[kind]
        return None

    def shape(self, schema: Mapping[str, Any]) -> tuple[str, str, str]:
        """(cardinality, output parameter, value type) for a field schema."""
        if "anyOf" in schema:
            branches = [b for b in schema["anyOf"] if b.get("type") != "null"]
            if len(branches) == 1:
                return self.shape(branches[0])
            arrays = [b for b in branches if b.get("type") == "array" and isinstance(b.get("items"), Mapping)]
            if len(branches) == 2 and len(arrays) == 1:
                single = self.item(branches[1] if branches[0] is arrays[0] else branches[0])
                many = self.item(arrays[0]["items"])
                if single is not None and single == many:
                    return "single_or_collection", single[0], single[1]
            return "single", "Any", "Any"
        if schema.get("type") == "array":
            items = schema.get("items")
            inner = self.item(items) if isinstance(items, Mapping) else None
            return ("collection", *(inner or ("Any", "Any")))
        found = self.item(schema)
        return ("single", *(found or ("Any", "Any")))

    def input_annotation(self, node_type: str, name: str, schema: Mapping[str, Any], nullable: bool) -> str:
        if node_type == "collect" and name == "item":
            return "Output[Any] | Sequence[Output[Any]] | None"
        cardinality, out, value = self.shape(schema)
        override = _UI_TYPES.get(schema.get("ui_type") or "")
        if override is not None:
            cardinality = "collection" if override[0].startswith("list") else "single"
            out = override[0].removeprefix("list[").removesuffix("]") if cardinality == "collection" else out
            if override[0] == "Any":
                out = "Any"
            value = override[1] or value
        outputs = {
            "single": [f"Output[{out}]"],
            "collection": [f"Output[list[{out}]]"],
            "single_or_collection": [f"Output[{out}]", f"Output[list[{out}]]"],
        }[cardinality]
        if out == "str" and cardinality == "single" and value == "str":
            outputs.append("Output[float]")  # the GUI connects integer and float outputs to string inputs
        values = {
            "single": [value],
            "collection": [f"Sequence[{value}]"],
            "single_or_collection": [value, f"Sequence[{value}]"],
        }[cardinality]
        mode = schema.get("input", "any")
        parts = outputs if mode == "connection" else values if mode == "direct" else values + outputs
        if "Any" in parts:
            parts = ["Any"]
        elif nullable:
            parts.append("None")
        return " | ".join(dict.fromkeys(parts))

    def output_annotation(self, schema: Mapping[str, Any]) -> str:
        cardinality, out, _ = self.shape(schema)
        override = _UI_TYPES.get(schema.get("ui_type") or "")
        if override is not None:
            return override[0]
        return f"list[{out}]" if cardinality == "collection" else out


def _describe_bounds(schema: Mapping[str, Any]) -> str:
    for branch in schema.get("anyOf", []):
        if branch.get("type") != "null":
            schema = {**branch, **{k: v for k, v in schema.items() if k != "anyOf"}}
            break
    parts = [f"{word} {schema[key]}" for key, word in _BOUNDS if key in schema]
    return "; ".join(parts)


def _wrap(text: str, indent: str, width: int = 106) -> list[str]:
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]


_ASCII = {"\u00d7": "x", "\u2014": "-", "\u2013": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"',
          "\u201d": '"', "\u2026": "...", "\u2192": "->", "\u2264": "<=", "\u2265": ">="}  # fmt: skip


def _doc_text(text: Any) -> str:
    """Schema text made safe for a docstring: one ASCII line, no backslashes or triple quotes."""
    plain = "".join(_ASCII.get(c, c) for c in str(text or ""))
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    return " ".join(plain.replace("\\", "/").replace('"""', "'''").split())


def _releases_text(encoded: str, parent: Sequence[str], order: Sequence[str]) -> str | None:
    """'InvokeAI >= 6.7.0' for a set of releases narrower than `parent`, None when it is all of `parent`."""
    if encoded == "*":
        return None
    chosen = _decode(encoded, parent, order)
    if list(chosen) == list(parent):
        return None
    if not chosen:
        return "no covered release"
    start, end = order.index(chosen[0]), order.index(chosen[-1])
    if len(chosen) == end - start + 1:
        if end == len(order) - 1:
            return f"InvokeAI >= {chosen[0]}"
        return f"InvokeAI {chosen[0]} to {chosen[-1]}"
    return "InvokeAI " + ", ".join(chosen)


def _decode(encoded: str, parent: Sequence[str], order: Sequence[str]) -> list[str]:
    if encoded == "*":
        return list(parent)
    chosen: list[str] = []
    for run in filter(None, encoded.split(",")):
        first, _, last = run.partition("..")
        chosen += order[order.index(first) : order.index(last or first) + 1]
    return chosen


def nodes_source(merged: Mapping[str, Any], catalog: Mapping[str, Any], table: Mapping[str, Any]) -> str:
    """The module's source (unformatted; the caller runs ruff format over it)."""
    components = merged["components"]["schemas"]
    order = list(table["releases"])
    markers: set[str] = set()
    types = _Types(markers)
    classes: list[str] = []
    names: dict[str, str] = {}
    for node_type in sorted(catalog["invocations"]):
        entry = catalog["invocations"][node_type]
        name = class_name(entry["component"])
        if name in names:
            raise ValueError(f"node types {names[name]!r} and {node_type!r} both make class {name}")
        names[name] = node_type
        classes.append(_class_source(node_type, name, entry, components, catalog, table, order, types))
    clash = markers & set(names)
    if clash:
        raise ValueError(f"output kinds named like node classes: {sorted(clash)}")
    marker_source = [
        f'class {ref}(FieldKind):\n    """{_marker_doc(ref, components)}"""\n' for ref in sorted(markers)
    ]
    header = (
        '"""One class per InvokeAI node type (by scripts/regenerate from generated/schemas/; never edit).\n\n'
        "    from invokeai_client.graph import Graph, nodes\n"
        "    g = Graph()\n"
        "    noise = g.add(nodes.Noise(seed=1, width=512, height=512))\n"
        "    noise.noise     # an Output handle: pass it as another node's input to connect them\n\n"
        "Keyword arguments are the node's inputs (types, defaults and descriptions from the schema of\n"
        "the newest release), plus `node_id`, `node_label`, `is_intermediate` and `use_cache`.\n"
        "Properties are the node's outputs. Classes of the `FieldKind` family name what an output\n"
        "carries. Which releases have a node type or input is in each docstring and in\n"
        "`Node.availability()`.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import Mapping, Sequence\n"
        "from typing import Any, ClassVar, Literal\n\n"
        "from invokeai_client.graph._node import (\n"
        "    BoardRef, ColorRef, FieldKind, ImageRef, ModelRef, Node, Output,\n)\n\n"
    )
    exported = sorted([*names, *markers])
    all_list = "__all__ = [\n" + "".join(f"    {n!r},\n" for n in exported) + "]\n\n"
    node_types = "NODE_CLASSES: dict[str, type[Node]] = {\n" + "".join(
        f"    {t!r}: {n},\n" for n, t in sorted(names.items(), key=lambda p: p[1])
    )
    return (
        header
        + all_list
        + "\n\n".join(marker_source)
        + "\n\n"
        + "\n\n".join(classes)
        + "\n\n# Node type -> class.\n"
        + node_types
        + "}\n"
    )


def _marker_doc(ref: str, components: Mapping[str, Any]) -> str:
    text = _doc_text(components.get(ref, {}).get("description")) or ref
    line = f"What an output of kind {ref} carries: {text}"
    return "\n    ".join(textwrap.wrap(line, width=100)) if len(line) > 100 else line


def _class_source(
    node_type: str,
    name: str,
    entry: Mapping[str, Any],
    components: Mapping[str, Any],
    catalog: Mapping[str, Any],
    table: Mapping[str, Any],
    order: list[str],
    types: _Types,
) -> str:
    component = components.get(entry["component"], {})
    fields = entry["fields"]
    node_releases = _decode(table["node_types"][node_type], order, order)
    field_table = table["components"].get(entry["component"], {}).get("fields", {})
    # Schema order (the catalog's keys are sorted), inputs with a ui_order first, as the editor shows them.
    ordered = [n for n in component.get("properties", {}) if n in fields] + sorted(
        set(fields) - set(component.get("properties", {}))
    )
    ordered.sort(key=lambda n: (fields[n].get("ui_order") is None, fields[n].get("ui_order") or 0))
    inputs = [
        (n, fields[n])
        for n in ordered
        if n not in _RESERVED
        and (s := fields[n])
        and "field_kind" in s
        and not (node_type == "iterate" and n == "index")
    ]
    clash = [n for n, _ in inputs if n in NODE_KWARGS]
    if clash:
        raise ValueError(f"node type {node_type!r} has inputs named like node attributes: {clash}")
    out_fields = catalog["outputs"].get(entry.get("output") or "", {}).get("fields", {})
    out_order = list(components.get(entry.get("output") or "", {}).get("properties", {}))
    outputs = {
        n: out_fields[n] for n in [*out_order, *sorted(set(out_fields) - set(out_order))] if n in out_fields
    }
    title = _doc_text(entry.get("title")) or name
    description = _doc_text(component.get("description"))
    needs = _releases_text(table["node_types"][node_type], order, order)
    doc = [
        f"{title} (`{node_type}`, version {entry.get('version') or '?'})."
        + (f" {description}" if description else "")
    ]
    if needs:
        doc.append(f"Needs {needs}.")
    doc_lines = _wrap('"""' + " ".join(doc), "    ", 100)
    params: list[str] = []
    arg_docs: list[str] = []
    passed: list[str] = []
    for field_name, schema in inputs:
        default = schema.get("default")  # none for fields only older releases have: they stay unset
        # Lists, dicts and long texts are shown in the docs; None stands for them (the node fills them in).
        mutable = isinstance(default, (list, dict)) or (isinstance(default, str) and len(default) > 40)
        nullable = default is None or mutable
        annotation = types.input_annotation(node_type, field_name, schema, nullable)
        default_text = "None" if nullable else repr(default)
        params.append(f"{field_name}: {annotation} = {default_text}")
        passed.append(f"{field_name!r}: {field_name}")
        text = _doc_text(schema.get("description")) or _doc_text(schema.get("title")) or field_name
        extra = []
        if schema.get("orig_required"):
            extra.append("required")
        if schema.get("input") == "connection":
            extra.append("connection only")
        elif schema.get("input") == "direct":
            extra.append("value only")
        bounds = _describe_bounds(schema)
        if bounds:
            extra.append(bounds)
        if mutable:
            extra.append(f"default {json.dumps(default, sort_keys=True)}")  # the same from any input order
        field_needs = _releases_text(field_table.get(field_name, ["*"])[0], node_releases, order)
        if field_needs:
            extra.append(f"needs {field_needs}")
        line = f"{field_name}: {text}" + (f" ({'; '.join(extra)})" if extra else "")
        arg_docs += _wrap(_doc_text(line), "            ")
    is_intermediate = bool(fields.get("is_intermediate", {}).get("default", False))
    use_cache = bool(fields.get("use_cache", {}).get("default", True))
    params += [
        "node_id: str | None = None",
        'node_label: str = ""',
        f"is_intermediate: bool = {is_intermediate}",
        f"use_cache: bool = {use_cache}",
    ]
    arg_docs += _wrap(
        "node_id: the node's id in the graph (default: made from its type when added).", " " * 12
    )
    arg_docs += _wrap("node_label: the node's title in the workflow editor.", " " * 12)
    arg_docs += _wrap(
        "is_intermediate: whether its images are intermediate (kept out of the gallery).", " " * 12
    )
    arg_docs += _wrap("use_cache: whether the server may reuse a cached result.", " " * 12)
    lines = [f"class {name}(Node):", *doc_lines, '    """', ""]
    lines.append(f"    type_name: ClassVar[str] = {node_type!r}")
    lines.append("")
    lines.append("    def __init__(")
    lines.append("        self,")
    lines.append("        *,")
    lines += [f"        {p}," for p in params]
    lines.append("    ) -> None:")
    lines.append(f'        """Make a `{node_type}` node; add it to a Graph to use it.')
    lines.append("")
    lines.append("        Args:")
    lines += arg_docs
    lines.append('        """')
    lines.append("        super().__init__(")
    lines.append("            None,")
    lines.append("            {" + ", ".join(passed) + "},")
    lines.append("            id=node_id,")
    lines.append("            label=node_label,")
    lines.append("            is_intermediate=is_intermediate,")
    lines.append("            use_cache=use_cache,")
    lines.append("        )")
    for out_name, out_schema in outputs.items():
        if out_name == "type":
            continue
        if out_name in NODE_ATTRIBUTES or keyword.iskeyword(out_name):
            raise ValueError(f"node type {node_type!r}: output {out_name!r} would hide a Node attribute")
        annotation = types.output_annotation(out_schema)
        text = _doc_text(out_schema.get("description")) or _doc_text(out_schema.get("title")) or out_name
        out_doc = _wrap(f'"""Output `{out_name}`: {text}', "        ", 100)
        lines.append("")
        lines.append("    @property")
        lines.append(f"    def {out_name}(self) -> Output[{annotation}]:")
        lines.append(out_doc[0])
        if len(out_doc) > 1:
            lines += out_doc[1:]
            lines.append('        """')
        else:
            lines[-1] += '"""'
        lines.append(f"        return Output(self, {out_name!r})")
    return "\n".join(lines) + "\n"
