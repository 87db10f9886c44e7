"""Typing workflow inputs: a `FieldSpec` per node input, read from the invocation catalog (`catalog`).

A `FieldSpec` describes one input of one node type (kind, default, bounds, choices, model filters) and
validates values for it. Kinds: integer, float, string, boolean, enum, model, image, board, color, object
(any other structured value), any, and connection (connection-only inputs such as latents or unet, which
take no value). `cardinality` says whether the input takes one item, a list, or either.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from invokeai_client.errors import InvalidValueError

from .catalog import BOUND_KEYS, Cardinality, Catalog, Shape, field_shape, load_catalog

__all__ = ["Catalog", "FieldSpec", "load_catalog", "spec_for"]

# Inputs whose value may be left empty in the GUI (an unset image or model); scalars always carry a value.
_OPTIONAL_KINDS = frozenset({"model", "image", "board", "color", "object", "any"})
_HEX_COLOR = re.compile(r"^#?([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$")
_MODEL_KEYS = ("key", "hash", "name", "base", "type")
_COMPARE = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt}
# A value sits 5 levels down in a workflow (nodes[i].data.inputs.<name>.value): 90 fits in check.MAX_DEPTH.
MAX_VALUE_DEPTH = 90


def _kind_of_value(value: Any) -> str:
    """A best guess for inputs the catalog does not know (custom nodes), from the value saved for them."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "float"  # lenient: keeps ints as ints, see FieldSpec._check_float
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        for kind, keys in (("image", {"image_name"}), ("board", {"board_id"}), ("model", {"key", "base"})):
            if keys <= value.keys():
                return kind
        return "color" if {"r", "g", "b"} <= value.keys() else "object"
    if isinstance(value, list) and value:
        return _kind_of_value(value[0])
    return "any"


# --- specs ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """The type and constraints of one input; `validate` checks and normalizes values for it."""

    node_type: str
    field_name: str
    kind: str
    cardinality: Cardinality = "single"
    title: str = ""
    description: str = ""
    default: Any = None
    required: bool = False
    nullable: bool = False
    input_mode: str = "any"  # "connection" | "direct" | "any", as the server declares it
    choices: tuple[Any, ...] | None = None
    ge: float | None = None
    le: float | None = None
    gt: float | None = None
    lt: float | None = None
    multiple_of: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    model_bases: tuple[str, ...] | None = None
    model_types: tuple[str, ...] | None = None
    ref: str | None = None  # the shared schema name for image/board/model/color/object kinds
    ui_type: str | None = None
    source: Literal["catalog", "value"] = "catalog"

    @property
    def settable(self) -> bool:
        """False for connection-only inputs."""
        return self.kind != "connection"

    @property
    def accepts_none(self) -> bool:
        return self.nullable or self.kind in _OPTIONAL_KINDS

    def describe(self) -> str:
        """What the input accepts, in words."""
        if self.kind == "connection":
            return f"a connection from another node's output ({self.ref or 'no literal value'})"
        item = self._describe_item()
        if self.cardinality == "collection":
            count = ""
            if self.min_items is not None or self.max_items is not None:
                count = f" of {_range(self.min_items, self.max_items)} items"
            return f"a list{count}, each {item}"
        if self.cardinality == "single_or_collection":
            return f"{item}, or a list of them"
        return item

    def _describe_item(self) -> str:
        text = {
            "integer": "an integer",
            "float": "a number",
            "string": "a string",
            "boolean": "true or false",
            "model": "a model {key, hash, name, base, type} (key required) or a model config",
            "image": "an image name or {'image_name': ...}",
            "board": "a board id, a board name, {'board_id': ...}, 'none' (uncategorized) or 'auto'",
            "color": "a color {r, g, b, a} of ints 0-255 or '#rrggbb[aa]'",
            "object": f"a {self.ref or 'JSON object'} dict",
            "any": "any JSON value",
        }.get(self.kind, self.kind)
        if self.kind == "enum":
            text = "one of " + ", ".join(repr(c) for c in self.choices or ())
        bounds = [f"{op} {_number(bound)}" for op, bound in self._bounds()]
        if self.multiple_of is not None:
            bounds.append(f"a multiple of {_number(self.multiple_of)}")
        if self.kind == "model":
            if self.model_bases:
                bounds.append("base " + "/".join(self.model_bases))
            if self.model_types:
                bounds.append("type " + "/".join(self.model_types))
        if self.kind == "string" and (self.min_length is not None or self.max_length is not None):
            bounds.append(f"length {_range(self.min_length, self.max_length)}")
        return f"{text} ({', '.join(bounds)})" if bounds else text

    def _bounds(self) -> list[tuple[str, float]]:
        pairs = ((">=", self.ge), ("<=", self.le), (">", self.gt), ("<", self.lt))
        return [(op, bound) for op, bound in pairs if bound is not None]

    def validate(self, value: Any, *, where: str = "") -> Any:
        """Return `value` normalized for this input, or raise InvalidValueError naming `where`."""
        where = where or f"{self.node_type}.{self.field_name}"
        if self.kind == "connection":
            raise InvalidValueError(f"{where} takes no value: it can only be connected to a node's output")
        if value is None:
            if self.accepts_none:
                return None
            raise InvalidValueError(f"{where} needs {self.describe()}; got None")
        if self.kind in ("any", "object") and _too_deep(value):
            raise InvalidValueError(
                f"{where} takes values nested at most {MAX_VALUE_DEPTH} levels deep; this one is deeper"
            )
        many = isinstance(value, list | tuple)
        if self.cardinality == "single" and self.kind != "any" and many:
            raise InvalidValueError(f"{where} takes {self.describe()}, not a list; got {value!r}")
        if self.cardinality == "collection" and not many and self.source == "catalog":
            raise InvalidValueError(f"{where} takes {self.describe()}; got {_show(value)}")
        if many and self.cardinality != "single":
            self._check_count(len(value), where)
            return [self._check_item(item, f"{where}[{i}]") for i, item in enumerate(value)]
        return self._check_item(value, where)

    def _check_count(self, count: int, where: str) -> None:
        if self.min_items is not None and count < self.min_items:
            raise InvalidValueError(f"{where} needs at least {self.min_items} items; got {count}")
        if self.max_items is not None and count > self.max_items:
            raise InvalidValueError(f"{where} takes at most {self.max_items} items; got {count}")

    def _fail(self, where: str, value: Any) -> InvalidValueError:
        return InvalidValueError(f"{where} takes {self._describe_item()}; got {_show(value)}")

    def _check_item(self, value: Any, where: str) -> Any:
        checker = getattr(self, f"_check_{self.kind}", None)
        if checker is None:  # any
            return value
        return checker(value, where)

    def _check_integer(self, value: Any, where: str) -> int:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(where, value)
        self._check_number(value, where)
        return value

    def _check_float(self, value: Any, where: str) -> float | int:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self._fail(where, value)
        self._check_number(value, where)
        # A float input saved as 7 stays a float once set; inputs typed from a value keep what they are given.
        return value if self.source == "value" else float(value)

    def _check_number(self, value: float, where: str) -> None:
        for op, bound in self._bounds():
            if not _COMPARE[op](value, bound):
                raise self._fail(where, value)
        if self.multiple_of:
            steps = value / self.multiple_of
            if not math.isclose(steps, round(steps), abs_tol=1e-9):
                raise self._fail(where, value)

    def _check_string(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise self._fail(where, value)
        too_short = self.min_length is not None and len(value) < self.min_length
        if too_short or (self.max_length is not None and len(value) > self.max_length):
            raise self._fail(where, value)
        return value

    def _check_boolean(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self._fail(where, value)
        return value

    def _check_enum(self, value: Any, where: str) -> Any:
        if isinstance(value, bool) or value not in (self.choices or ()):
            raise self._fail(where, value)
        return value

    def _check_model(self, value: Any, where: str) -> dict[str, Any]:
        fields = {k: _plain(_get(value, k)) for k in (*_MODEL_KEYS, "submodel_type")}
        if not isinstance(fields["key"], str) or not fields["key"]:
            raise self._fail(where, value)
        base, model_type = fields["base"], fields["type"]
        if (self.model_bases and base is not None and base not in self.model_bases) or (
            self.model_types and model_type is not None and model_type not in self.model_types
        ):
            name = fields["name"] or fields["key"]
            raise InvalidValueError(
                f"{where} takes {self._describe_item()}; got {base} {model_type} model {name!r}"
            )
        return {k: v for k, v in fields.items() if v is not None}

    def _check_image(self, value: Any, where: str) -> dict[str, str]:
        name = value if isinstance(value, str) else _get(value, "image_name")
        if not isinstance(name, str) or not name.strip():
            raise self._fail(where, value)
        return {"image_name": name}

    def _check_board(self, value: Any, where: str) -> str | dict[str, str]:
        board_id = value if isinstance(value, str) else _get(value, "board_id")
        if not isinstance(board_id, str) or not board_id.strip():
            raise self._fail(where, value)
        return board_id if board_id in ("none", "auto") else {"board_id": board_id}

    def _check_color(self, value: Any, where: str) -> dict[str, int]:
        if isinstance(value, str):
            match = _HEX_COLOR.match(value.strip())
            if match is None:
                raise self._fail(where, value)
            digits = match.group(1) + (match.group(2) or "ff")
            return dict(zip("rgba", (int(digits[i : i + 2], 16) for i in range(0, 8, 2)), strict=True))
        if not isinstance(value, Mapping) or not {"r", "g", "b"} <= value.keys():
            raise self._fail(where, value)
        color = {c: value.get(c, 255) for c in "rgba"}
        if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 255 for v in color.values()):
            raise self._fail(where, value)
        return color

    def _check_object(self, value: Any, where: str) -> dict[str, Any]:
        if hasattr(value, "to_dict") and not isinstance(value, Mapping):
            value = value.to_dict()  # attrs models from the generated bindings
        if not isinstance(value, Mapping):
            raise self._fail(where, value)
        required = load_catalog().shared.get(self.ref or "", {}).get("required", [])
        missing = [key for key in required if key not in value]
        if missing:
            raise InvalidValueError(f"{where} takes {self._describe_item()}; it lacks {', '.join(missing)}")
        return dict(value)


def _too_deep(value: Any) -> bool:
    """Whether lists and dicts nest past MAX_VALUE_DEPTH (iterative: a copy of such a value would not be)."""
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if depth > MAX_VALUE_DEPTH:
            return True
        if isinstance(item, Mapping):
            pending.extend((inner, depth + 1) for inner in item.values())
        elif isinstance(item, list | tuple):
            pending.extend((inner, depth + 1) for inner in item)
    return False


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, Mapping) else getattr(value, key, None)


def _plain(value: Any) -> Any:
    """Enum members (BaseModelType.SDXL) as their values."""
    return getattr(value, "value", value)


def _show(value: Any) -> str:
    text = repr(value)
    return f"{text if len(text) <= 80 else text[:80] + '...'} ({type(value).__name__})"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _range(low: int | None, high: int | None) -> str:
    return f"{low or 0}..{'' if high is None else high}"


def _spec_from_schema(node_type: str, field_name: str, schema: Mapping[str, Any]) -> FieldSpec:
    ui_type = schema.get("ui_type")
    shape = field_shape(schema)
    nullable = shape.nullable and not schema.get("orig_required", False)
    if schema.get("input") == "connection":
        shape = Shape("connection", shape.cardinality, shape.ref)
    limits = dict(shape.limits)
    bounds = {BOUND_KEYS[k]: v for k, v in shape.limits if k in BOUND_KEYS}
    bases, types = schema.get("ui_model_base"), schema.get("ui_model_type")
    return FieldSpec(
        node_type=node_type,
        field_name=field_name,
        kind=shape.kind,
        cardinality=shape.cardinality,
        title=schema.get("title") or _start_case(field_name),
        description=schema.get("description", ""),
        default=schema.get("orig_default"),
        required=bool(schema.get("orig_required", False)),
        nullable=nullable,
        input_mode=schema.get("input", "any"),
        choices=shape.choices,
        multiple_of=limits.get("multipleOf"),
        min_items=limits.get("minItems"),
        max_items=limits.get("maxItems"),
        min_length=limits.get("minLength"),
        max_length=limits.get("maxLength"),
        model_bases=tuple(bases) if isinstance(bases, Sequence) and not isinstance(bases, str) else None,
        model_types=tuple(types) if isinstance(types, Sequence) and not isinstance(types, str) else None,
        ref=shape.ref,
        ui_type=ui_type,
        **bounds,
    )


def _start_case(name: str) -> str:
    """The GUI's fallback title for a field without one: cfg_scale -> Cfg Scale, ipAdapter -> Ip Adapter."""
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)
    return " ".join(word[0].upper() + word[1:] for word in words)


@functools.cache
def _catalog_spec(node_type: str, field_name: str) -> FieldSpec | None:
    schema = load_catalog().input_schema(node_type, field_name)
    return None if schema is None else _spec_from_schema(node_type, field_name, schema)


def spec_for(node_type: str, field_name: str, value: Any = None) -> FieldSpec:
    """The spec of an input; for inputs the catalog does not know, one typed from `value` (source "value")."""
    spec = _catalog_spec(node_type, field_name)
    if spec is not None:
        return spec
    kind = _kind_of_value(value)
    return FieldSpec(
        node_type=node_type,
        field_name=field_name,
        kind="board" if field_name == "board" and value in ("auto", "none") else kind,
        # Lenient: a custom node's input may well take a list where one item was saved, or the reverse.
        cardinality="single_or_collection",
        title=_start_case(field_name),
        nullable=True,
        source="value",
    )
