"""Which InvokeAI releases have which operation, parameter, field, node type and enum value.

The bindings are generated from the merged schemas of several releases (`__invokeai_versions__`), so they
offer more than any one server has. This table, built by scripts/regenerate from each release's own schema
snapshot, says what a given server offers, so a caller can pick a way of doing something per release, or
say "needs InvokeAI >= X" before sending a request the server would not understand:

    from invokeai_api import _releases as releases
    releases.operation("POST", "/api/v1/queue/{queue_id}/item_summaries_by_ids").covers("6.7.0")  # False
    releases.field("BoardDTO", "user_id").requirement()             # 'InvokeAI >= 6.12.0'
    releases.endpoint(get_queue_status).releases                    # every release
    releases.node_types("6.13.5")                                   # the node types of 6.12.0

A server version that is not one of the snapshots counts as the nearest snapshot at or below it (6.13.5
is read as 6.12.0, 6.15 as the newest); below the oldest snapshot, as the oldest. Unknown names raise
KeyError. The data (`_releases.json`) is read on first use.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from types import ModuleType
from typing import Any

__all__ = [
    "Availability",
    "component",
    "endpoint",
    "enum_value",
    "field",
    "field_required",
    "fields",
    "node_type",
    "node_types",
    "operation",
    "parameter",
    "parameter_required",
    "release_of",
    "releases",
    "route",
    "version_key",
]

_VERSION = re.compile(r"(\d+(?:\.\d+)*)(.*)")
_PRE = ("dev", "a", "alpha", "b", "beta", "pre", "rc", "c")


def version_key(version: str) -> tuple[tuple[int, ...], int, int, str]:
    """Sort key for versions as servers report them: 6.13.5.rc1 < 6.13.5 < 6.13.5.post1 < 6.14."""
    found = _VERSION.match(version.strip().lstrip("v"))
    if not found:
        return ((), 0, 0, version)
    numbers = tuple(int(n) for n in found.group(1).split("."))
    numbers += (0,) * (4 - len(numbers))
    rest = found.group(2).lstrip(".-_+").lower()
    serial = int(digits.group()) if (digits := re.search(r"\d+", rest)) else 0
    rank = 2 if rest.startswith("post") else 0 if rest.startswith(_PRE) else 1
    return (numbers, rank, serial, rest)


@functools.cache
def _table() -> dict[str, Any]:
    text = (resources.files(__package__ or "invokeai_api") / "_releases.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def releases() -> tuple[str, ...]:
    """The releases the bindings cover, oldest first (also `invokeai_api.__invokeai_versions__`)."""
    return tuple(_table()["releases"])


def release_of(server_version: str) -> str:
    """The snapshot a server of this version is taken to behave like (see the module doc)."""
    known = releases()
    key = version_key(server_version)
    below = [r for r in known if version_key(r) <= key]
    return below[-1] if below else known[0]


def _decode(encoded: str, parent: tuple[str, ...]) -> tuple[str, ...]:
    if encoded == "*":
        return parent
    order = releases()
    chosen: list[str] = []
    for run in filter(None, encoded.split(",")):
        first, _, last = run.partition("..")
        chosen += order[order.index(first) : order.index(last or first) + 1]
    return tuple(chosen)


@dataclass(frozen=True)
class Availability:
    """The releases (oldest first) that have something."""

    releases: tuple[str, ...]

    @property
    def since(self) -> str | None:
        return self.releases[0] if self.releases else None

    @property
    def until(self) -> str | None:
        return self.releases[-1] if self.releases else None

    def covers(self, server_version: str) -> bool:
        """Whether a server of this version has it."""
        return release_of(server_version) in self.releases

    def requirement(self) -> str:
        """How to say which servers have it: 'InvokeAI >= 6.12.0', 'InvokeAI 6.7.0 to 6.10.0', ..."""
        order = releases()
        if not self.releases:
            return "no InvokeAI release covered by these bindings"
        first, last = order.index(self.releases[0]), order.index(self.releases[-1])
        if len(self.releases) == last - first + 1:
            if last == len(order) - 1:
                return f"InvokeAI >= {self.releases[0]}" if first else "any InvokeAI"
            return f"InvokeAI {self.releases[0]} to {self.releases[-1]}"
        return "InvokeAI " + ", ".join(self.releases)


def _operation(method: str, path: str) -> dict[str, Any]:
    entry: dict[str, Any] = _table()["operations"][f"{method.upper()} {path}"]
    return entry


def operation(method: str, path: str) -> Availability:
    """Releases with `METHOD path`, the path as the schema writes it (`/api/v1/queue/{queue_id}/status`)."""
    return Availability(_decode(_operation(method, path)["releases"], releases()))


def endpoint(module: ModuleType | str) -> Availability:
    """Releases with the operation of a generated endpoint module (`invokeai_api.api.boards.list_boards`)."""
    return operation(*route(module))


def route(module: ModuleType | str) -> tuple[str, str]:
    """`(METHOD, path)` of a generated endpoint module, the path as the schema writes it."""
    name = module if isinstance(module, str) else module.__name__
    method, path = _endpoints()[name.removeprefix("invokeai_api.api.")].split(" ", 1)
    return method, path


@functools.cache
def _endpoints() -> dict[str, str]:
    return {entry["module"]: key for key, entry in _table()["operations"].items()}


def _parameter(method: str, path: str, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    present, required = _operation(method, path)["parameters"][name]
    having = operation(method, path).releases
    return _decode(present, having), _decode(required, _decode(present, having))


def parameter(method: str, path: str, name: str) -> Availability:
    """Releases whose `METHOD path` takes the parameter `name`."""
    return Availability(_parameter(method, path, name)[0])


def parameter_required(method: str, path: str, name: str) -> Availability:
    """Releases whose `METHOD path` requires the parameter `name`."""
    return Availability(_parameter(method, path, name)[1])


def component(name: str) -> Availability:
    """Releases whose schema has the component (model) `name`, as the schema spells it (`BoardDTO`)."""
    return Availability(_decode(_table()["components"][name]["releases"], releases()))


def _field(component_name: str, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    present, required = _table()["components"][component_name]["fields"][name]
    having = component(component_name).releases
    return _decode(present, having), _decode(required, _decode(present, having))


def field(component_name: str, name: str) -> Availability:
    """Releases whose `component_name` has the field `name` (as the schema spells both)."""
    return Availability(_field(component_name, name)[0])


def field_required(component_name: str, name: str) -> Availability:
    """Releases whose `component_name` requires the field `name` (always sends it, or must be sent it)."""
    return Availability(_field(component_name, name)[1])


def fields(component_name: str, release: str) -> frozenset[str]:
    """The field names `component_name` has in `release` (a server version, mapped as in the module doc)."""
    snapshot = release_of(release)
    names = _table()["components"][component_name]["fields"]
    return frozenset(n for n in names if snapshot in field(component_name, n).releases)


def node_type(type_name: str) -> Availability:
    """Releases with the invocation node type `type_name` (`add`, `flux2_denoise`, ...)."""
    return Availability(_decode(_table()["node_types"][type_name], releases()))


def node_types(release: str) -> frozenset[str]:
    """The invocation node types of `release` (a server version, mapped as in the module doc)."""
    snapshot = release_of(release)
    return frozenset(t for t in _table()["node_types"] if snapshot in node_type(t).releases)


def enum_value(component_name: str, field_name: str | None, value: str) -> Availability:
    """Releases accepting `value` for an enum: a component's field (`"SessionQueueItem", "status"`) or,
    with `field_name` None, an enum component (`"BaseModelType"`)."""
    holder = component_name if field_name is None else f"{component_name}.{field_name}"
    parent = component(component_name) if field_name is None else field(component_name, field_name)
    values: dict[str, str] = _table()["enums"][holder]
    if value not in values:
        raise KeyError(f"{value!r} is no value of {holder} in any release")
    return Availability(_decode(values[value], parent.releases))
