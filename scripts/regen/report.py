"""API change report over InvokeAI releases, for people deciding what a client can rely on per release.

`range_report` is docs/api-changes.md: one section per step between consecutive snapshots. `step_report`
is one such section, which regenerate also prints when a release is added.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

Schema = dict[str, Any]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _operations(schema: Schema) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": op
        for path, item in schema.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def _components(schema: Schema) -> dict[str, Any]:
    return dict(schema.get("components", {}).get("schemas", {}))


def invocation_types(schema: Schema) -> dict[str, tuple[str, Any]]:
    """node type -> (component name, component) for every invocation in the schema (the first one wins
    should two components claim a type, which in a merged schema is the newest)."""
    found: dict[str, tuple[str, Any]] = {}
    for name, component in _components(schema).items():
        if not isinstance(component, dict) or component.get("class") != "invocation":
            continue
        node_type = component.get("properties", {}).get("type", {}).get("const")
        if isinstance(node_type, str):
            found.setdefault(node_type, (name, component))
    return found


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = set()
        ref = node.get("$ref")
        if isinstance(ref, str):
            found.add(ref.rsplit("/", 1)[-1])
        for value in node.values():
            found |= _refs(value)
        return found
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node)) if node else set()
    return set()


def _field_changes(old: Any, new: Any) -> list[str]:
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    changes = [f"+{name}" for name in new_props if name not in old_props]
    changes += [f"-{name}" for name in old_props if name not in new_props]
    for name in new_props:
        if name in old_props and new_props[name] != old_props[name]:
            changes.append(f"~{name}")
        elif name in old_props and (name in old_required) != (name in new_required):
            changes.append(f"~{name} ({'now required' if name in new_required else 'now optional'})")
    if old.get("version") != new.get("version"):
        changes.insert(0, f"version {old.get('version')} -> {new.get('version')}")
    return changes


def _parameter_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    def index(op: dict[str, Any]) -> dict[str, Any]:
        return {p.get("name"): p for p in op.get("parameters", [])}

    before, after = index(old), index(new)
    changes = [f"+{n}" for n in after if n not in before] + [f"-{n}" for n in before if n not in after]
    return changes + [f"~{n}" for n in after if n in before and after[n] != before[n]]


def _section(title: str, lines: list[str], limit: int | None) -> list[str]:
    if not lines:
        return []
    shown = lines if limit is None or len(lines) <= limit else lines[:limit]
    more = [f"- ... and {len(lines) - len(shown)} more"] if len(shown) < len(lines) else []
    return [f"**{title}** ({len(lines)}):", "", *shown, *more, ""]


def step_report(
    old: Schema, new: Schema, old_version: str, new_version: str, limit: int | None = None
) -> str:
    """What changed from one release to the next: operations (and their parameters, bodies, responses),
    invocation node types and their fields, other schemas and their fields; at most `limit` lines each."""
    old_ops, new_ops = _operations(old), _operations(new)
    old_comp, new_comp = _components(old), _components(new)
    changed_comp = {name for name in new_comp if name in old_comp and new_comp[name] != old_comp[name]}

    lines = [f"## {old_version} -> {new_version}", ""]
    lines += _section("Operations added", [f"- `{k}`" for k in new_ops if k not in old_ops], limit)
    lines += _section("Operations removed", [f"- `{k}`" for k in old_ops if k not in new_ops], limit)
    touched = []
    for key, op in new_ops.items():
        if key not in old_ops:
            continue
        before = old_ops[key]
        parts = []
        if before.get("parameters") != op.get("parameters"):
            parts.append(f"parameters {' '.join(_parameter_changes(before, op))}".rstrip())
        if before.get("requestBody") != op.get("requestBody"):
            parts.append("request body")
        if before.get("responses") != op.get("responses"):
            parts.append("responses")
        via = sorted(_refs({"b": op.get("requestBody"), "r": op.get("responses")}) & changed_comp)
        if via:
            parts.append("schemas " + ", ".join(via))
        if parts:
            touched.append(f"- `{key}`: {'; '.join(parts)}")
    lines += _section("Operations whose request or response changed", touched, limit)

    old_nodes, new_nodes = invocation_types(old), invocation_types(new)
    added, removed = sorted(set(new_nodes) - set(old_nodes)), sorted(set(old_nodes) - set(new_nodes))
    lines += _section("Invocation node types added", [f"- `{t}`" for t in added], limit)
    lines += _section("Invocation node types removed", [f"- `{t}`" for t in removed], limit)
    node_changes = []
    for node_type in sorted(set(new_nodes) & set(old_nodes)):
        fields = _field_changes(old_nodes[node_type][1], new_nodes[node_type][1])
        if fields:
            node_changes.append(f"- `{node_type}`: {', '.join(fields)}")
    lines += _section("Invocation node types changed (+field -field ~field)", node_changes, limit)

    invocation_names = {name for name, _ in new_nodes.values()} | {name for name, _ in old_nodes.values()}

    def other(names: set[str]) -> list[str]:
        return sorted(n for n in names if n not in invocation_names)

    lines += _section("Schemas added", [f"- `{n}`" for n in other(set(new_comp) - set(old_comp))], limit)
    lines += _section("Schemas removed", [f"- `{n}`" for n in other(set(old_comp) - set(new_comp))], limit)
    schema_changes = [
        f"- `{n}`: {', '.join(_field_changes(old_comp[n], new_comp[n])) or 'enum values or description'}"
        for n in other(changed_comp)
    ]
    lines += _section("Schemas changed (+field -field ~field)", schema_changes, limit)
    if len(lines) == 2:
        lines += ["No changes.", ""]
    return "\n".join(lines)


def _counts(schema: Schema) -> tuple[int, int, int]:
    nodes = invocation_types(schema)
    names = {name for name, _ in nodes.values()}
    return len(_operations(schema)), len(nodes), len([n for n in _components(schema) if n not in names])


def range_report(snapshots: Mapping[str, Schema], order: Sequence[str]) -> str:
    """docs/api-changes.md: every step between consecutive releases of `order`, oldest first."""
    lines = [
        f"# InvokeAI API changes, {order[0]} to {order[-1]}",
        "",
        "Written by `scripts/regenerate --report` from the schema snapshots in `generated/schemas/` (one per "
        "release, each served by a live server of that release). The bindings cover all of them; "
        "`invokeai_api._releases` answers the same questions in code. `~field` means the field's schema "
        "changed in any way, UI metadata included: look there, it need not break anything.",
        "",
        "| release | operations | invocation node types | other schemas |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {r} | {' | '.join(str(n) for n in _counts(snapshots[r]))} |" for r in order]
    lines.append("")
    for old, new in itertools.pairwise(order):
        lines.append(step_report(snapshots[old], snapshots[new], old, new))
    return "\n".join(lines).rstrip() + "\n"
