"""Two enqueue graphs compared node by node, field by field: what a re-run changed, in words.

    graph_differences(original, rerun)                 # [] when they are the same recipe
    graph_differences(a, b, ignore=("board", "decode.use_cache"))

Graphs are `{id, nodes: {node_id: {type, id, <fields>}}, edges: [{source: {node_id, field},
destination: {...}}]}`, as `enqueue_batch` takes them and as InvokeAI stores them with each image. The
graph's own id is never compared (every enqueue makes a new one). A field absent on one side and null on
the other is the same value: the server stores every field, a client sends only those it sets. A field a
connection feeds in both graphs is not compared either: its value comes through the connection when the
graph runs, and the server stores the node type's default there (`noise.seed` = 0 under a random seed
node's edge) where a client sends nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

__all__ = ["graph_differences"]


def graph_differences(
    first: Mapping[str, Any], second: Mapping[str, Any], *, ignore: Collection[str] = ()
) -> list[str]:
    """What differs between two graphs, one line per node, field or edge (empty: equal).

    `ignore` names fields to leave out: `"board"` (on every node) or `"node_id.field"` (on one). Fields
    a connection feeds in both graphs are left out too (see the module docstring)."""
    first_nodes: Mapping[str, Any] = first.get("nodes") or {}
    second_nodes: Mapping[str, Any] = second.get("nodes") or {}
    lines = [f"node {n!r} only in the first graph" for n in first_nodes if n not in second_nodes]
    lines += [f"node {n!r} only in the second graph" for n in second_nodes if n not in first_nodes]
    first_edges, second_edges = edge_set(first), edge_set(second)
    fed = {(e[2], e[3]) for e in first_edges} & {(e[2], e[3]) for e in second_edges}
    for node_id, node in first_nodes.items():
        other = second_nodes.get(node_id)
        if other is not None:
            skip = [*ignore, *(f"{node_id}.{name}" for n, name in fed if n == node_id)]
            lines += _node_differences(node_id, node, other, skip)
    lines += [f"edge {_edge_text(e)} only in the first graph" for e in sorted(first_edges - second_edges)]
    lines += [f"edge {_edge_text(e)} only in the second graph" for e in sorted(second_edges - first_edges)]
    return lines


def _node_differences(
    node_id: str, first: Mapping[str, Any], second: Mapping[str, Any], ignore: Collection[str]
) -> list[str]:
    if first.get("type") != second.get("type"):
        kinds = f"a {first.get('type')!r} in the first graph, a {second.get('type')!r} in the second"
        return [f"node {node_id!r} is {kinds}"]
    lines = []
    for field in [*first, *(f for f in second if f not in first)]:
        if field == "id" or field in ignore or f"{node_id}.{field}" in ignore:
            continue
        a, b = first.get(field), second.get(field)
        if not same_value(a, b):
            lines.append(f"node {node_id!r} ({first.get('type')}) field {field!r}: {a!r} != {b!r}")
    return lines


def same_value(a: Any, b: Any) -> bool:
    """Whether two JSON values are the same (4 == 4.0, an absent key == null inside objects)."""
    # JSON has one number type: 4 and 4.0 are the same value (a float field the GUI saved as 4).
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or (a == b and type(a) is type(b))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        keys = set(a) | set(b)
        return all(same_value(a.get(k), b.get(k)) for k in keys)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


Edge = tuple[str, str, str, str]


def edge_set(graph: Mapping[str, Any]) -> set[Edge]:
    """A graph's edges as (source node, output, target node, input) tuples."""
    return {
        (
            str(e["source"]["node_id"]),
            str(e["source"]["field"]),
            str(e["destination"]["node_id"]),
            str(e["destination"]["field"]),
        )
        for e in graph.get("edges") or []
    }


def _edge_text(edge: Edge) -> str:
    return f"{edge[0]}.{edge[1]} -> {edge[2]}.{edge[3]}"
