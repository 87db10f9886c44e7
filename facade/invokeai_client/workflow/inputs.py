"""The inputs of a workflow's form, in the order the GUI shows them, and lookup by index, label or key.

    inputs = walk_form(definition)
    find_input(inputs, 3)                    # by position on the form (0-based); "3" too, unless a label
    find_input(inputs, "Positive Prompt")    # by label
    find_input(inputs, "pos_prompt.prompt")  # by node_id.field_name
    find_input(inputs, 3).value = 30         # validated on assignment

Indexes follow the form, so they move when someone edits the form in the GUI; `export_index_map` and
`verify_index_map` let scripts that rely on indexes notice.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from invokeai_client.errors import AmbiguousInputError, InputNotFoundError, ValidationError

from .definition import WorkflowDefinition
from .values import FieldSpec, spec_for

__all__ = [
    "IndexMapEntry",
    "IndexMapReport",
    "WorkflowInput",
    "export_index_map",
    "find_input",
    "verify_index_map",
    "walk_form",
]

_INDEX_MAP_FORMAT = "invokeai-client/index-map"
_UNSET: Any = object()


@dataclass(eq=False)
class WorkflowInput:
    """One node field on the workflow's form.

    `value` reads the field's current value (None when unset) and, when assigned, validates against `spec`
    and stores the normalized value in the workflow definition, so graphs built from it use it.
    `default` is the value the workflow was saved with (the schema default when it saved none).
    """

    input_index: int
    label: str
    node_id: str
    node_type: str
    node_label: str
    field_name: str
    description: str
    required: bool
    spec: FieldSpec
    default: Any
    element_id: str
    _field: dict[str, Any] = field(repr=False)

    @property
    def key(self) -> str:
        """ "node_id.field_name", a lookup key that survives form edits."""
        return f"{self.node_id}.{self.field_name}"

    @property
    def where(self) -> str:
        """How error messages name this input: input 3 'Steps' (denoise.steps)."""
        return f"input {self.input_index} {self.label!r} ({self.key})"

    @property
    def value(self) -> Any:
        return self._field.get("value")

    @value.setter
    def value(self, value: Any) -> None:
        normalized = self.spec.validate(value, where=self.where)
        if normalized is None:
            self._field.pop("value", None)  # the GUI's "unset" (undefined) is an absent value
        else:
            self._field["value"] = normalized

    @property
    def is_set(self) -> bool:
        return self._field.get("value") is not None

    def reset(self) -> None:
        """Back to the value the workflow was saved with."""
        if self.default is None:
            self._field.pop("value", None)
        else:
            self._field["value"] = copy.deepcopy(self.default)

    def __str__(self) -> str:
        return f"[{self.input_index}] {self.label} ({self.key}, {self.spec.kind}) = {self.value!r}"


def walk_form(definition: WorkflowDefinition) -> list[WorkflowInput]:
    """The form's node fields, depth-first from the root element, numbered from 0.

    Headings, text and dividers are skipped. Inputs are bound to `definition`: assigning a value
    changes the definition's node.
    """
    elements = definition.form["elements"]
    found: list[WorkflowInput] = []

    def visit(element_id: str) -> None:
        element = elements[element_id]
        if element["type"] == "container":
            for child_id in element["data"]["children"]:
                visit(child_id)
        elif element["type"] == "node-field":
            found.append(_make_input(definition, element, len(found)))

    visit(definition.form["rootElementId"])
    return found


def _make_input(definition: WorkflowDefinition, element: Mapping[str, Any], index: int) -> WorkflowInput:
    ident = element["data"]["fieldIdentifier"]
    node = definition.node(ident["nodeId"])
    data = node["data"]
    saved = data["inputs"][ident["fieldName"]]
    spec = spec_for(data["type"], ident["fieldName"], saved.get("value"))
    return WorkflowInput(
        input_index=index,
        label=saved.get("label") or spec.title,
        node_id=node["id"],
        node_type=data["type"],
        node_label=definition.node_label(node["id"]),
        field_name=ident["fieldName"],
        description=saved.get("description") or spec.description,
        required=spec.required,
        spec=spec,
        default=copy.deepcopy(saved["value"]) if saved.get("value") is not None else spec.default,
        element_id=element["id"],
        _field=saved,
    )


def find_input(inputs: Sequence[WorkflowInput], key: int | str) -> WorkflowInput:
    """The input at form index `key` (int), or named by `key` (str): a "node_id.field_name", a label, or
    digits read as a form index. Text that names two different inputs (a label "1" and the input at index
    1) raises AmbiguousInputError listing both; the command line's INPUT=VALUE follows the same rule."""
    if isinstance(key, int) and not isinstance(key, bool):
        if 0 <= key < len(inputs):
            return inputs[key]
        raise InputNotFoundError(f"no input {key}: {_index_range(inputs)}")
    if not isinstance(key, str):
        raise InputNotFoundError(
            f"inputs are looked up by index (int), label or 'node_id.field_name', not {type(key).__name__}"
        )
    by_key = [inp for inp in inputs if inp.key == key]
    if by_key:
        return by_key[0]  # the same field placed twice on a form is one value
    text = key.strip()
    indexed = inputs[int(text)] if text.isdigit() and int(text) < len(inputs) else None
    for matches in (
        [inp for inp in inputs if inp.label == key],
        [inp for inp in inputs if inp.label.casefold() == text.casefold()],
    ):
        if indexed is not None and matches:
            matches = [indexed, *(inp for inp in matches if inp.key != indexed.key)]
        if len({inp.key for inp in matches}) > 1:
            candidates = [f"{inp.input_index} {inp.label!r} ({inp.key})" for inp in matches]
            if indexed is not None:
                message = f"{key!r} is both index {text} and a label; use node_id.field_name: "
            else:
                message = f"{len(matches)} inputs are labelled {key!r}; use an index or node_id.field_name: "
            raise AmbiguousInputError(message + "; ".join(candidates), candidates)
        if matches:
            return matches[0]
    if indexed is not None:
        return indexed
    if text.isdigit():
        raise InputNotFoundError(f"no input {text}: {_index_range(inputs)}")
    names = [inp.label for inp in inputs] + [inp.key for inp in inputs]
    similar = difflib.get_close_matches(key, names, n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(map(repr, similar))}?" if similar else ""
    raise InputNotFoundError(
        f"no input labelled {key!r} and no node_id.field_name {key!r}{hint} ({_index_range(inputs)})"
    )


def _index_range(inputs: Sequence[WorkflowInput]) -> str:
    if not inputs:
        return "this workflow's form has no inputs"
    return f"valid indexes are 0..{len(inputs) - 1}"


# --- index maps ----------------------------------------------------------------------------------------


def export_index_map(inputs: Sequence[WorkflowInput], workflow_name: str = "") -> dict[str, Any]:
    """A JSON-able record of which index is which field, to check later with `verify_index_map`."""
    return {
        "format": _INDEX_MAP_FORMAT,
        "version": 1,
        "workflow": workflow_name,
        "inputs": [
            {
                "index": inp.input_index,
                "label": inp.label,
                "node_id": inp.node_id,
                "field_name": inp.field_name,
                "kind": inp.spec.kind,
            }
            for inp in inputs
        ],
    }


@dataclass(frozen=True)
class IndexMapEntry:
    """One field in an index-map comparison; an index is None on the side where the field is absent."""

    node_id: str
    field_name: str
    label: str
    old_index: int | None
    new_index: int | None

    def __str__(self) -> str:
        return f"{self.label!r} ({self.node_id}.{self.field_name}): {self.old_index} -> {self.new_index}"


@dataclass(frozen=True)
class IndexMapReport:
    """How the form's inputs compare with a saved index map."""

    unchanged: list[IndexMapEntry]
    moved: list[IndexMapEntry]
    missing: list[IndexMapEntry]
    new: list[IndexMapEntry]

    @property
    def ok(self) -> bool:
        """True when every saved index still names the same field (new inputs at the end are fine)."""
        return not self.moved and not self.missing

    def __str__(self) -> str:
        counts = {"unchanged": self.unchanged, "moved": self.moved, "missing": self.missing, "new": self.new}
        lines = [", ".join(f"{len(entries)} {title}" for title, entries in counts.items())]
        for title, entries in (("moved", self.moved), ("missing", self.missing), ("new", self.new)):
            lines += [f"  {title}: {entry}" for entry in entries]
        return "\n".join(lines)


def verify_index_map(
    inputs: Sequence[WorkflowInput], saved: Mapping[str, Any] | Sequence[Any]
) -> IndexMapReport:
    """Compare the current inputs with an index map from `export_index_map` (or its "inputs" list)."""
    entries = saved.get("inputs") if isinstance(saved, Mapping) else saved
    if not isinstance(entries, Sequence) or isinstance(entries, str):
        raise ValidationError("not an index map: expected export_index_map()'s dict or its 'inputs' list")
    old: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for i, entry in enumerate(entries):
        try:
            ident = (str(entry["node_id"]), str(entry["field_name"]))
            old.setdefault(ident, []).append((int(entry["index"]), str(entry.get("label", ""))))
        except (KeyError, TypeError, ValueError) as e:
            raise ValidationError(f"index map entry {i} lacks index/node_id/field_name: {entry!r}") from e
    report = IndexMapReport([], [], [], [])
    for inp in inputs:
        previous = old.get((inp.node_id, inp.field_name))
        if not previous:
            report.new.append(IndexMapEntry(inp.node_id, inp.field_name, inp.label, None, inp.input_index))
            continue
        old_index, _ = previous.pop(0)
        entry = IndexMapEntry(inp.node_id, inp.field_name, inp.label, old_index, inp.input_index)
        (report.unchanged if old_index == inp.input_index else report.moved).append(entry)
    for (node_id, field_name), rest in old.items():
        report.missing.extend(IndexMapEntry(node_id, field_name, label, index, None) for index, label in rest)
    report.missing.sort(key=lambda entry: entry.old_index or 0)
    return report
