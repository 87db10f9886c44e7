"""API change report between two InvokeAI OpenAPI schemas, for a person deciding whether to upgrade."""

from __future__ import annotations

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
    """node type -> (component name, component) for every invocation in the schema."""
    found: dict[str, tuple[str, Any]] = {}
    for name, component in _components(schema).items():
        if not isinstance(component, dict) or component.get("class") != "invocation":
            continue
        node_type = component.get("properties", {}).get("type", {}).get("const")
        if isinstance(node_type, str):
            found[node_type] = (name, component)
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
    changes = [f"+{name}" for name in new_props if name not in old_props]
    changes += [f"-{name}" for name in old_props if name not in new_props]
    changes += [f"~{name}" for name in new_props if name in old_props and new_props[name] != old_props[name]]
    if old.get("version") != new.get("version"):
        changes.insert(0, f"version {old.get('version')} -> {new.get('version')}")
    return changes


def _section(title: str, lines: list[str], limit: int = 60) -> list[str]:
    if not lines:
        return []
    shown = lines[:limit] + ([f"  ... and {len(lines) - limit} more"] if len(lines) > limit else [])
    return [f"{title} ({len(lines)}):", *shown, ""]


def change_report(old: Schema | None, new: Schema, old_version: str, new_version: str) -> str:
    """Plain-text report of what changed in paths, schemas and invocation node types."""
    if old is None:
        ops = _operations(new)
        return f"No previous snapshot: {len(ops)} operations, {len(_components(new))} schemas.\n"
    old_ops, new_ops = _operations(old), _operations(new)
    old_comp, new_comp = _components(old), _components(new)
    changed_comp = {name for name in new_comp if name in old_comp and new_comp[name] != old_comp[name]}

    lines = [f"InvokeAI API changes {old_version} -> {new_version}", ""]
    lines += _section("Operations added", [f"  + {k}" for k in new_ops if k not in old_ops])
    lines += _section("Operations removed", [f"  - {k}" for k in old_ops if k not in new_ops])

    touched = []
    for key, op in new_ops.items():
        if key not in old_ops:
            continue
        before = old_ops[key]
        parts = []
        if before.get("parameters") != op.get("parameters"):
            parts.append("parameters")
        if before.get("requestBody") != op.get("requestBody"):
            parts.append("request body")
        if before.get("responses") != op.get("responses"):
            parts.append("responses")
        via = sorted(_refs({"b": op.get("requestBody"), "r": op.get("responses")}) & changed_comp)
        if via:
            parts.append("schemas " + ", ".join(via))
        if parts:
            touched.append(f"  ~ {key}: {'; '.join(parts)}")
    lines += _section("Operations whose request or response changed", touched)

    old_nodes, new_nodes = invocation_types(old), invocation_types(new)
    added, removed = sorted(set(new_nodes) - set(old_nodes)), sorted(set(old_nodes) - set(new_nodes))
    lines += _section("Invocation node types added", [f"  + {t}" for t in added])
    lines += _section("Invocation node types removed", [f"  - {t}" for t in removed])
    node_changes = []
    for node_type in sorted(set(new_nodes) & set(old_nodes)):
        fields = _field_changes(old_nodes[node_type][1], new_nodes[node_type][1])
        if fields:
            node_changes.append(f"  ~ {node_type}: {', '.join(fields)}")
    lines += _section("Invocation node types changed (+field -field ~field)", node_changes)

    invocation_names = {name for name, _ in new_nodes.values()} | {name for name, _ in old_nodes.values()}
    other = lambda names: sorted(n for n in names if n not in invocation_names)  # noqa: E731
    lines += _section("Schemas added", [f"  + {n}" for n in other(set(new_comp) - set(old_comp))])
    lines += _section("Schemas removed", [f"  - {n}" for n in other(set(old_comp) - set(new_comp))])
    lines += _section("Schemas changed", [f"  ~ {n}" for n in other(changed_comp)])
    if len(lines) == 2:
        lines.append("No changes.")
    return "\n".join(lines).rstrip() + "\n"
