"""A run's spec: the filled workflow, its sweep and runs, as journaled; its variants; what differs.

A variant is one queue item. Variants are numbered by their place in the sweep's product, runs outermost
(the order InvokeAI itself expands a batch in), so a number means the same values in every process that
reads the same spec. The values of variant n are computed from n, never listed: a sweep of a million
variants costs the memory of its value lists.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from invokeai_client.workflow.form import WorkflowForm

__all__ = ["RunSpec"]


@dataclass(frozen=True)
class RunSpec:
    """What a run makes: a workflow with its values, sweep groups (`Batch.data` form) and runs.

    `groups` are zip groups of datums (`{"node_path", "field_name", "items"}`), combined as a cartesian
    product; `labels` name each swept field ("node_id.field_name" -> form label) for the manifest."""

    workflow: dict[str, Any]
    groups: list[list[dict[str, Any]]]
    runs: int
    labels: dict[str, str]

    @classmethod
    def from_handle(cls, handle: WorkflowForm, groups: list[list[dict[str, Any]]], runs: int) -> RunSpec:
        """The spec of `handle` as filled now, with validated sweep `groups` (see `sweep_batch_data`)."""
        labels = {inp.key: inp.label or inp.key for inp in handle.list_inputs()}
        swept = {f"{d['node_path']}.{d['field_name']}": labels.get(f"{d['node_path']}.{d['field_name']}", "")
                 for group in groups for d in group}  # fmt: skip
        return cls(
            workflow=handle.workflow_dict(),
            groups=groups,
            runs=runs,
            labels={k: v or k for k, v in swept.items()},
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunSpec:
        """A spec as `to_dict` wrote it."""
        return cls(
            workflow=data["workflow"], groups=data["groups"], runs=int(data["runs"]), labels=data["labels"]
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-able, for the journal."""
        return {"workflow": self.workflow, "groups": self.groups, "runs": self.runs, "labels": self.labels}

    @property
    def per_run(self) -> int:
        """Variants in one run of the sweep."""
        return math.prod(len(group[0]["items"]) for group in self.groups) if self.groups else 1

    @property
    def total(self) -> int:
        """Every variant: the sweep's product times runs."""
        return self.per_run * self.runs

    @property
    def fields(self) -> list[str]:
        """The swept fields, "node_id.field_name", in group order."""
        return [f"{d['node_path']}.{d['field_name']}" for group in self.groups for d in group]

    def values(self, variant: int) -> dict[str, Any]:
        """The swept values of `variant`: {"node_id.field_name": value}."""
        if not 0 <= variant < self.total:
            raise IndexError(f"variant {variant} of {self.total}")
        rest = variant % self.per_run
        picks = []
        for group in reversed(self.groups):  # the last group varies fastest, as itertools.product does
            size = len(group[0]["items"])
            picks.append((group, rest % size))
            rest //= size
        out: dict[str, Any] = {}
        for group, index in reversed(picks):
            for datum in group:
                out[f"{datum['node_path']}.{datum['field_name']}"] = datum["items"][index]
        return out

    def chunk_sweep(self, variants: Sequence[int]) -> list[dict[int | str, list[Any]]] | None:
        """The sweep that enqueues exactly `variants`, in order: one zip group of their values."""
        if not self.groups:
            return None
        columns: dict[int | str, list[Any]] = {key: [] for key in self.fields}
        for variant in variants:
            for key, value in self.values(variant).items():
                columns[key].append(value)
        return [columns]

    def differences(self, other: RunSpec) -> Iterator[str]:
        """What differs between this spec (asked for now) and `other` (the journal's), in words."""
        if self.runs != other.runs:
            yield f"--runs is {self.runs}, the run in this folder has {other.runs}"
        mine, theirs = _sweep_summary(self), _sweep_summary(other)
        for key in sorted(mine.keys() | theirs.keys()):
            if mine.get(key) != theirs.get(key):
                yield f"sweep of {key}: {_show(mine.get(key))} here, {_show(theirs.get(key))} in the folder"
        if mine == theirs and _structure(self) != _structure(other):
            yield "the swept inputs are combined differently (zipped or multiplied)"
        a, b = _node_values(self.workflow), _node_values(other.workflow)
        for key in sorted(a.keys() | b.keys()):
            if key in mine or key in theirs:
                continue
            if a.get(key) != b.get(key):
                yield f"input {key}: {_show(a.get(key))} here, {_show(b.get(key))} in the folder"
        if _digest(_graph_shape(self.workflow)) != _digest(_graph_shape(other.workflow)):
            yield "the workflow's nodes or edges differ"


def _sweep_summary(spec: RunSpec) -> dict[str, list[Any]]:
    return {f"{d['node_path']}.{d['field_name']}": d["items"] for group in spec.groups for d in group}


def _structure(spec: RunSpec) -> list[list[str]]:
    return [[f"{d['node_path']}.{d['field_name']}" for d in group] for group in spec.groups]


def _node_values(workflow: dict[str, Any]) -> dict[str, Any]:
    values = {}
    for node in workflow.get("nodes", []):
        data = node.get("data", {})
        for name, field in (data.get("inputs") or {}).items():
            if isinstance(field, dict) and "value" in field:
                values[f"{node.get('id')}.{name}"] = field["value"]
    return values


def _graph_shape(workflow: dict[str, Any]) -> Any:
    nodes = sorted((str(n.get("id")), str(n.get("data", {}).get("type"))) for n in workflow.get("nodes", []))
    edges = sorted(
        (str(e.get("source")), str(e.get("sourceHandle")), str(e.get("target")), str(e.get("targetHandle")))
        for e in workflow.get("edges", [])
    )
    return [nodes, edges]


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()


def _show(value: Any) -> str:
    if value is None:
        return "(not set)"
    text = json.dumps(value)
    return text if len(text) <= 60 else text[:57] + "..."
