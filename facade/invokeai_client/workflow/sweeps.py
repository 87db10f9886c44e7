"""Sweeps: lists of input values turned into the server's own batching (`Batch.data`).

The server expands `data` itself: each group is a zip of equally long value lists, and groups combine as a
cartesian product. So N variants travel in one request and each queue item records the values it used.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from invokeai_client import errors

from .graph import is_executable

if TYPE_CHECKING:
    from .form import WorkflowForm

__all__ = ["Sweep", "SweepGroup", "sweep_batch_data"]

# {input: [values]} (each input its own dimension) or [{input: [values], ...}, ...] (zipped within a mapping)
# BatchDatum.items is a list of floats, ints, strings or ImageFields on the server: nothing else can be swept.
_SWEEPABLE_KINDS = frozenset({"integer", "float", "string", "enum", "image"})

# Keys are inputs by index (int) or label (str), checked when the sweep is built (an error names a bad one).
# Typed Any: mapping keys are invariant, so `Mapping[int | str, ...]` would refuse a `dict[str, list[float]]`
# held in a variable, and a union of mappings makes type checkers infer mixed literals as `dict[str, object]`.
SweepGroup = Mapping[Any, Sequence[Any]]
Sweep = SweepGroup | Sequence[SweepGroup]


def sweep_batch_data(form: WorkflowForm, sweep: Sweep | None) -> tuple[list[list[dict[str, Any]]], int]:
    """`Batch.data` for `sweep` and the number of variants it makes; validates every value first."""
    if not sweep:
        return [], 1
    groups = [{key: values} for key, values in sweep.items()] if isinstance(sweep, Mapping) else list(sweep)
    data: list[list[dict[str, Any]]] = []
    seen: dict[str, str] = {}
    for group in groups:
        if not isinstance(group, Mapping) or not group:
            raise errors.ValidationError("a sweep is {input: [values]} or a list of such mappings")
        datums, lengths = [], {}
        copies: set[str] = set()  # fields the form fills from another swept input (`_linked_datums`)
        for key, values in group.items():
            if key in copies:
                continue  # a run's chunk lists the copies too: they are made again from their input
            inp = form.get_input(key)
            if inp.key in seen:
                raise errors.ValidationError(f"{inp.where} is swept twice (also as {seen[inp.key]!r})")
            seen[inp.key] = str(key)
            if not is_executable(form.definition.node(inp.node_id)):
                raise errors.ValidationError(
                    f"{inp.where} belongs to a batch or generator node, which is not a graph node: "
                    "set its value instead of sweeping it"
                )
            if inp.spec.kind not in _SWEEPABLE_KINDS or inp.spec.cardinality == "collection":
                raise errors.InvalidValueError(
                    f"{inp.where} ({inp.spec.kind}) cannot be swept: the server's batches carry numbers, "
                    "strings and images only; submit once per value instead"
                )
            if isinstance(values, (str, bytes)) or not isinstance(values, Sequence) or not values:
                raise errors.InvalidValueError(f"{inp.where}: a sweep needs a non-empty list of values")
            items = [
                inp.spec.validate(v, where=f"{inp.where}, sweep value {n}") for n, v in enumerate(values)
            ]
            datums.append({"node_path": inp.node_id, "field_name": inp.field_name, "items": items})
            for datum in form._linked_datums(inp, items):
                copies.add(f"{datum['node_path']}.{datum['field_name']}")
                datums.append(datum)
            lengths[inp.where] = len(items)
        if len(set(lengths.values())) > 1:
            sizes = ", ".join(f"{where}: {n}" for where, n in lengths.items())
            raise errors.ValidationError(f"inputs zipped together need equally many values ({sizes})")
        data.append(datums)
    return data, math.prod(len(group[0]["items"]) for group in data)
