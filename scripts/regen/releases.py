"""The release table shipped with the bindings (`invokeai_api/_releases.json`, read by `_releases.py`).

For every operation of the merged schema: the releases that have it, its generated module, and per
parameter the releases that have and require it; for every component (model, invocation, event, ...):
its releases and per field the releases that have and require it; every invocation node type's releases;
and for every enum (an enum component, or a component's field) the releases of each value. Sets of
releases are runs over the ordered releases ("6.0.2..6.14.2", "5.15.0,6.10.0..6.14.2"); "*" means "the
same as the thing it belongs to" (most fields exist wherever their component does), "" none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from merge import Node, Schema, operations
from openapi_python_client.strings import PythonIdentifier
from report import invocation_types
from shipped._releases import version_key

__all__ = ["encode_set", "release_table", "sort_versions", "version_key"]


def sort_versions(versions: Iterable[str]) -> list[str]:
    return sorted(versions, key=version_key)


def encode_set(members: Iterable[str], order: Sequence[str], parent: Iterable[str] | None = None) -> str:
    """A set of releases as runs over `order` (see the module doc)."""
    chosen = set(members)
    if parent is not None and chosen == set(parent):
        return "*"
    runs: list[list[str]] = []
    previous = False
    for release in order:
        if release in chosen:
            if previous:
                runs[-1][1] = release
            else:
                runs.append([release, release])
        previous = release in chosen
    return ",".join(a if a == b else f"{a}..{b}" for a, b in runs)


def _enum_values(node: Any) -> list[Any]:
    """Values of an inline enum, also inside anyOf/oneOf (a nullable enum); refs are enums of their own."""
    if not isinstance(node, dict):
        return []
    found = list(node.get("enum", [])) if isinstance(node.get("enum"), list) else []
    for member in node.get("anyOf") or node.get("oneOf") or []:
        found += [v for v in _enum_values(member) if v not in found]
    return found


def module_name(operation: Node, prefix: str) -> str:
    """The generated endpoint module, relative to invokeai_api.api (the generator's own naming)."""
    tag = PythonIdentifier((operation.get("tags") or ["default"])[0], prefix="tag")
    name = PythonIdentifier(operation["operationId"], prefix)
    return f"{tag}.{PythonIdentifier(name, prefix)}"


def _operations_table(snapshots: Mapping[str, Schema], merged: Schema, order: list[str], prefix: str) -> Node:
    table: Node = {}
    for path, method, op in operations(merged):
        having = [
            r for r in order if isinstance(snapshots[r].get("paths", {}).get(path, {}).get(method), dict)
        ]
        own = {r: snapshots[r]["paths"][path][method].get("parameters", []) for r in having}
        params = {}
        for param in op.get("parameters", []):
            key = (param.get("in"), param.get("name"))
            found = [r for r in having if any((p.get("in"), p.get("name")) == key for p in own[r])]
            required = [
                r
                for r in found
                if any((p.get("in"), p.get("name")) == key and p.get("required") for p in own[r])
            ]
            params[param["name"]] = [encode_set(found, order, having), encode_set(required, order, found)]
        table[f"{method.upper()} {path}"] = {
            "releases": encode_set(having, order, order),
            "module": module_name(op, prefix),
            "parameters": params,
        }
    return table


def _components_table(
    snapshots: Mapping[str, Schema], merged: Schema, order: list[str], renamed: Mapping[str, str]
) -> tuple[Node, dict[str, dict[str, str]]]:
    components: Node = {}
    enums: dict[str, dict[str, str]] = {}
    own = {r: snapshots[r].get("components", {}).get("schemas", {}) for r in order}
    for merged_name, schema in merged["components"]["schemas"].items():
        name = renamed.get(merged_name, merged_name)  # keyed as the servers spell it
        having = [r for r in order if name in own[r]]
        if not having:
            continue  # added by a patch, not by any server
        fields = {}
        for field in schema.get("properties", {}):
            found = [r for r in having if field in own[r][name].get("properties", {})]
            required = [r for r in found if field in own[r][name].get("required", [])]
            fields[field] = [encode_set(found, order, having), encode_set(required, order, found)]
            holders = {r: _enum_values(own[r][name]["properties"][field]) for r in found}
            if any(holders.values()):
                enums[f"{name}.{field}"] = _value_table(holders, order, found)
        components[name] = {"releases": encode_set(having, order, order), "fields": fields}
        if any(own[r][name].get("enum") for r in having):
            enums[name] = _value_table({r: own[r][name].get("enum", []) for r in having}, order, having)
    return components, enums


def _value_table(values: Mapping[str, list[Any]], order: list[str], parent: list[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for release in reversed(order):  # the newest release's order of values first
        for value in values.get(release, []):
            if str(value) not in table:
                holding = [r for r in parent if value in values.get(r, [])]
                table[str(value)] = encode_set(holding, order, parent)
    return table


def release_table(
    snapshots: Mapping[str, Schema], merged: Schema, prefix: str, renamed: Mapping[str, str]
) -> dict[str, Any]:
    """The data of invokeai_api/_releases.json (see the module doc); `renamed` maps merged component
    names back to the releases' own (merge.MergeLog.renamed_components)."""
    order = sort_versions(snapshots)
    components, enums = _components_table(snapshots, merged, order, renamed)
    nodes: dict[str, list[str]] = {}
    for release in order:
        for node_type in invocation_types(snapshots[release]):
            nodes.setdefault(node_type, []).append(release)
    return {
        "releases": order,
        "operations": _operations_table(snapshots, merged, order, prefix),
        "components": components,
        "node_types": {t: encode_set(rs, order, order) for t, rs in sorted(nodes.items())},
        "enums": enums,
    }
