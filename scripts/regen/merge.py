"""Merge the schema snapshots of several InvokeAI releases into the one schema the bindings come from.

The newest release is the base: its operations, components and names win. Then:

- operations and components that only older releases have are added, marked `x-invokeai-until` (the last
  release that has them); an added operation whose operationId a newer one took is renamed
  `<id>_until_<release>` so the generated functions do not collide;
- an operation's parameters are the union over the releases that have it, required only where every one
  of them requires it; response codes are the union too;
- every schema an older release sends is "widened" into the merged one at the same place (the same
  component name, or the same operation's response): required fields are intersected, fields only old
  releases have are added (same-named components only), enums take the union of their values, a field an
  old release may send as null becomes nullable, and a union member only old releases list is appended.
  Where a union dispatches old data to a newer member (6.7.0's MainCheckpointConfig with base sd-1 goes to
  6.14's Main_Checkpoint_SD1_Config by its const fields), that member is widened by the old one, so
  answers from every release parse into the newest classes wherever their const fields say so.

The result is still an ordinary OpenAPI document; the patches in patches.py are applied to it afterwards.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from report import HTTP_METHODS
from shipped._releases import version_key

Schema = dict[str, Any]
Node = dict[str, Any]
UNTIL = "x-invokeai-until"
# Keys that describe a value rather than constrain it: they stay outside when a node is made nullable.
_DOC_KEYS = ("title", "description", "default", "examples", "deprecated")
_SHAPE_KEYS = ("type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const", "properties", "items", "not")


@dataclass
class MergeLog:
    """What the merge changed relative to the newest release, for the regenerate summary and tests."""

    optional: set[str] = field(default_factory=set)  # "Component.field" no longer required
    nullable: set[str] = field(default_factory=set)  # places that now accept null
    added_fields: set[str] = field(default_factory=set)  # "Component.field" only older releases have
    enum_values: set[str] = field(default_factory=set)  # "place=value" only older releases have
    legacy_members: set[str] = field(default_factory=set)  # "place: Component" (or a type) added to a union
    optional_parameters: set[str] = field(default_factory=set)  # "METHOD path name"
    renamed_operations: dict[str, str] = field(default_factory=dict)  # "METHOD path" -> new operationId
    renamed_components: dict[str, str] = field(default_factory=dict)  # merged name -> the releases' name


def _without_default(holder: Node, key: str) -> Node:
    """A copy of what only older releases have, without the default the generator would fill in and send:
    a newer server does not know the parameter or field, so it goes only where the caller sets it."""
    found = copy.deepcopy(holder)
    if isinstance(found.get(key), dict):
        found[key].pop("default", None)
    return found


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null"


def _union(node: Node) -> list[Any] | None:
    found = node.get("anyOf", node.get("oneOf"))
    return found if isinstance(found, list) else None


def _nullable(node: Node) -> bool:
    if not any(k in node for k in _SHAPE_KEYS):
        return True  # an unconstrained schema takes null as well
    kind = node.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_is_null(m) for m in _union(node) or [])


def _pop_shape(node: Node) -> Node:
    """Take what constrains a value out of `node` (to nest it in an anyOf), leaving what describes it."""
    return {k: node.pop(k) for k in list(node) if k not in _DOC_KEYS and not k.startswith("x-")}


def _make_nullable(node: Node) -> None:
    members = _union(node)
    if members is not None:
        members.append({"type": "null"})
        return
    node["anyOf"] = [_pop_shape(node), {"type": "null"}]


def _add_member(node: Node, member: Node) -> None:
    members = _union(node)
    if members is None:
        node["anyOf"] = members = [_pop_shape(node)]
    members.append(member)


def _members(node: Node) -> list[Node]:
    members = _union(node)
    if members is None:
        return [] if _is_null(node) else [node]
    return [m for m in members if isinstance(m, dict) and not _is_null(m)]


def _resolve(node: Node, components: Mapping[str, Any]) -> tuple[str | None, Node]:
    """Follow `$ref` (and pydantic v1's single-member allOf) to the component it names."""
    name = None
    for _ in range(20):
        ref = node.get("$ref")
        parts = node.get("allOf")
        if ref is None and isinstance(parts, list) and len(parts) == 1 and "properties" not in node:
            ref = parts[0].get("$ref")
        if not isinstance(ref, str) or ref.rsplit("/", 1)[-1] not in components:
            break
        name = ref.rsplit("/", 1)[-1]
        node = components[name]
    return name, node


def _kind(node: Node) -> Any:
    if "properties" in node:
        return "object"
    values = _values(node)
    if "type" not in node and values and all(isinstance(v, str) for v in values):
        return "string"
    return node.get("type")


def _values(node: Node) -> list[Any]:
    if isinstance(node.get("enum"), list):
        return list(node["enum"])
    return [node["const"]] if "const" in node else []


class _Widener:
    """Makes merged schemas accept what an older release sends at the same place (see the module doc)."""

    def __init__(self, merged: Schema, log: MergeLog) -> None:
        self.components: dict[str, Any] = merged["components"]["schemas"]
        self.log = log
        self.old_components: Mapping[str, Any] = {}
        self.keep_shapes = False  # set while widening the answers of an operation the newest lacks
        # Widen and pair see the same node pairs when nothing needs resolving: memoised apart.
        self.seen: set[tuple[str, int, int]] = set()

    def use_release(self, old: Schema) -> None:
        self.old_components = old.get("components", {}).get("schemas", {})

    def _consts(self, node: Node) -> dict[str, Any]:
        props = node.get("properties", {})
        return {k: p["const"] for k, p in props.items() if isinstance(p, dict) and "const" in p}

    def _may_hold(self, old: Node, name: str, value: Any) -> bool:
        prop = old.get("properties", {}).get(name)
        if not isinstance(prop, dict):
            return False
        return any(value in _values(_resolve(m, self.old_components)[1]) for m in _members(prop))

    def widen(self, old: Node, new: Node, where: str, same_name: bool) -> None:
        """Widen `new` (a node of the merged schema) to accept data valid for `old` (an older release's)."""
        if ("widen", id(old), id(new)) in self.seen:
            return
        self.seen.add(("widen", id(old), id(new)))
        if _nullable(old) and not _nullable(new):
            _make_nullable(new)
            self.log.nullable.add(where)
        candidates = [(m, *_resolve(m, self.components)) for m in _members(new)]
        for member in _members(old):
            old_name, old_node = _resolve(member, self.old_components)
            kind = _kind(old_node)
            exact = [(n, rn) for _, n, rn in candidates if old_name is not None and n == old_name]
            models = len(candidates) > 1 and all(n is not None for _, n, _ in candidates)
            matches: Sequence[tuple[str | None, Node]] = exact
            if exact and UNTIL not in exact[0][1]:
                pass
            elif models and kind == "object":
                # The newest release's members the dispatch may hand old data to, as it tries them before
                # any old-only member: all their const fields can hold the old member's values.
                matches = exact + [
                    (n, rn)
                    for _, n, rn in candidates
                    if UNTIL not in rn
                    and (consts := self._consts(rn))
                    and all(self._may_hold(old_node, k, v) for k, v in consts.items())
                ]
                if old_name and not exact:  # the old member stays as a fallback for what none takes
                    self._append(new, candidates, member, old_name, where)
            elif (
                kind == "object"
                and old_name
                and len(candidates) == 1
                and candidates[0][1]
                and self.keep_shapes
            ):
                # Another component in an operation only old releases have: offer both rather than
                # loosen a class the newest release uses elsewhere (5.15's SessionQueueItemDTO where
                # 6.0's /list answers SessionQueueItem).
                self._append(new, candidates, member, old_name, where)
            else:
                matches = [(n, rn) for _, n, rn in candidates if kind is not None and _kind(rn) == kind][:1]
                if not matches and kind is not None:
                    # A shape no newer member has (5.0's model install events sent `source` as a string).
                    self._append(new, candidates, member, old_name, where)
            for new_name, new_node in matches:
                same = old_name == new_name if old_name and new_name else same_name
                self.pair(old_node, new_node, new_name or where, same)

    def _append(
        self,
        new: Node,
        candidates: list[tuple[Node, str | None, Node]],
        member: Node,
        name: str | None,
        where: str,
    ) -> None:
        added = {"$ref": f"#/components/schemas/{name}"} if name else copy.deepcopy(member)
        _add_member(new, added)
        candidates.append((added, name, self.components[name] if name else added))
        self.log.legacy_members.add(f"{where}: {name or _kind(added)}")

    def pair(self, old: Node, new: Node, where: str, same_name: bool) -> None:
        """Widen two resolved schemas of the same place: enums, object fields, array items."""
        if ("pair", id(old), id(new)) in self.seen:
            return
        self.seen.add(("pair", id(old), id(new)))
        if isinstance(new.get("enum"), list) and same_name:
            for value in _values(old):
                if value not in new["enum"]:
                    new["enum"].append(value)
                    self.log.enum_values.add(f"{where}={value}")
        old_props, new_props = old.get("properties", {}), new.get("properties")
        if isinstance(new_props, dict):
            old_required = set(old.get("required", []))
            required = new.get("required", [])
            for name in [r for r in required if r not in old_required]:
                required.remove(name)
                self.log.optional.add(f"{where}.{name}")
            if "required" in new and not required:
                del new["required"]
            for name, prop in old_props.items():
                if name not in new_props and same_name:
                    new_props[name] = _without_default({"p": prop}, "p")["p"]
                    self.log.added_fields.add(f"{where}.{name}")
                elif name in new_props and isinstance(prop, dict):
                    self.widen(prop, new_props[name], f"{where}.{name}", same_name)
        for key in ("items", "additionalProperties"):
            if isinstance(old.get(key), dict) and isinstance(new.get(key), dict):
                self.widen(old[key], new[key], f"{where}[]", same_name)


def operations(schema: Schema) -> Iterator[tuple[str, str, Node]]:
    for path, item in schema.get("paths", {}).items():
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                yield path, method, op


def _merge_parameters(
    key: str, target: Node, sources: list[tuple[Schema, Node]], widener: _Widener, log: MergeLog
) -> None:
    """Union of the parameters; required only where every release with the operation requires it."""
    params = target.setdefault("parameters", [])
    index = {(p.get("in"), p.get("name")): p for p in params}
    for schema, source in sources:
        widener.use_release(schema)
        for param in source.get("parameters", []):
            pkey = (param.get("in"), param.get("name"))
            if pkey not in index:
                index[pkey] = _without_default(param, "schema")
                params.append(index[pkey])
            elif isinstance(param.get("schema"), dict) and isinstance(index[pkey].get("schema"), dict):
                widener.widen(param["schema"], index[pkey]["schema"], f"{key} {pkey[1]}", True)
    for pkey, param in index.items():
        everywhere = all(
            any((p.get("in"), p.get("name")) == pkey and p.get("required") for p in s.get("parameters", []))
            for _, s in sources
        )
        if param.get("required") and not everywhere and param.get("in") != "path":
            param["required"] = False
            log.optional_parameters.add(f"{key} {pkey[1]}")
    if not params:
        del target["parameters"]


def _rename_components(merged: Schema, class_name: Callable[[str], str], log: MergeLog) -> None:
    """A component only old releases have whose class name a newer one took (6.7.0's
    CLIPVisionDiffusersConfig vs 6.14's CLIPVision_Diffusers_Config) becomes `<name>_until_<release>`:
    the generator refuses two models of one class name. Its name is unique, so every ref to it is its."""
    components = merged["components"]["schemas"]
    taken = {class_name(n) for n, c in components.items() if UNTIL not in c}
    renames = {}
    for name, component in components.items():
        cls = class_name(name)
        if UNTIL in component and cls in taken:
            renames[name] = f"{name}_until_{component[UNTIL].replace('.', '_')}"
            cls = class_name(renames[name])
        taken.add(cls)
    if not renames:
        return
    merged["components"]["schemas"] = {renames.get(n, n): c for n, c in components.items()}
    refs = {f"#/components/schemas/{old}": f"#/components/schemas/{new}" for old, new in renames.items()}
    for node in _nodes(merged):
        if node.get("$ref") in refs:
            node["$ref"] = refs[node["$ref"]]
    log.renamed_components.update({new: old for old, new in renames.items()})


def _nodes(node: Any) -> Iterator[Node]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def merge(snapshots: Mapping[str, Schema], class_name: Callable[[str], str] = str) -> tuple[Schema, MergeLog]:
    """One schema accepting what every release in `snapshots` (release -> its schema) sends; `class_name`
    is the generator's naming of components, to keep the names of old-only ones from colliding."""
    versions = sorted(snapshots, key=version_key)
    newest, older = versions[-1], list(reversed(versions[:-1]))
    merged = copy.deepcopy(dict(snapshots[newest]))
    merged["x-invokeai-releases"] = versions
    log = MergeLog()
    components = merged.setdefault("components", {}).setdefault("schemas", {})
    paths = merged.setdefault("paths", {})
    # Newest first, so what several old releases have comes from the latest of them.
    for release in older:
        for name, component in snapshots[release].get("components", {}).get("schemas", {}).items():
            if name not in components:
                components[name] = copy.deepcopy(component) | {UNTIL: release}
        for path, method, op in operations(snapshots[release]):
            item = paths.setdefault(path, {})
            if method not in item:
                item[method] = copy.deepcopy(op) | {UNTIL: release}

    widener = _Widener(merged, log)
    for release in older:
        widener.use_release(snapshots[release])
        for name, component in snapshots[release].get("components", {}).get("schemas", {}).items():
            widener.pair(component, components[name], name, same_name=True)
        for path, method, op in operations(snapshots[release]):
            target = paths[path][method]
            key = f"{method.upper()} {path}"
            widener.keep_shapes = UNTIL in target
            responses = target.setdefault("responses", {})
            for status, response in op.get("responses", {}).items():
                if status not in responses:
                    responses[status] = copy.deepcopy(response)
                    continue
                for media, content in response.get("content", {}).items():
                    new_content = responses[status].get("content", {}).get(media)
                    if isinstance(content.get("schema"), dict) and isinstance(new_content, dict):
                        new_schema = new_content.setdefault("schema", {})
                        widener.widen(content["schema"], new_schema, f"{key} {status}", True)

    for path, method, target in list(operations(merged)):
        sources = []
        for release in reversed(versions):
            op = snapshots[release].get("paths", {}).get(path, {}).get(method)
            if isinstance(op, dict):
                sources.append((snapshots[release], op))
        _merge_parameters(f"{method.upper()} {path}", target, sources, widener, log)

    taken = {op.get("operationId") for _, _, op in operations(merged) if UNTIL not in op}
    for path, method, op in operations(merged):
        if UNTIL in op and op.get("operationId") in taken:
            op["operationId"] = f"{op['operationId']}_until_{op[UNTIL].replace('.', '_')}"
            log.renamed_operations[f"{method.upper()} {path}"] = op["operationId"]
        taken.add(op.get("operationId"))
    _rename_components(merged, class_name, log)
    return merged, log
