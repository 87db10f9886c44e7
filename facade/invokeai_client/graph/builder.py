"""`Graph`: nodes built in code, checked as InvokeAI's workflow editor checks them, turned into a workflow.

    from invokeai_client.graph import Graph, nodes
    g = Graph()
    noise = g.add(nodes.Noise(seed=1, width=512, height=512))
    denoise = g.add(nodes.DenoiseLatents(noise=noise.noise, ...))
    g.check()                                  # raises GraphError listing every problem
    g.to_graph()                               # the graph POST .../enqueue_batch takes
    g.to_workflow("My graph", form=[(noise, "seed")])    # the editor's export format

Nodes reached through handles are added with the node that uses them. Node ids default to the node type
(`noise`, `noise_2`, ...).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from invokeai_client.errors import ValidationError

from ._node import DynamicNode, Node, Output
from ._templates import connection_allowed

if TYPE_CHECKING:
    from invokeai_client.workflow.definition import WorkflowDefinition

__all__ = ["Edge", "Graph", "GraphError"]

N = TypeVar("N", bound=Node)
FormField = tuple[Node, str]
"""A form entry of `to_workflow`: (node, input name)."""


class GraphError(ValidationError):
    """A graph the editor would not accept; `problems` lists each one (node, field, what is allowed)."""

    def __init__(self, message: str, problems: Sequence[str]) -> None:
        super().__init__(message)
        self.problems: list[str] = list(problems)


@dataclass(frozen=True)
class Edge:
    """A connection: the output `source_field` of node `source` feeds the input `target_field` of `target`."""

    source: str
    source_field: str
    target: str
    target_field: str


class Graph:
    """Nodes and the connections their inputs make, checked as the workflow editor checks them."""

    def __init__(self) -> None:
        """An empty graph."""
        self._nodes: dict[str, Node] = {}

    # --- building -----------------------------------------------------------------------------------------

    def add(self, node: N) -> N:
        """Add `node` (and any node its inputs are connected to that is not in the graph yet); returns it."""
        for upstream in sorted(_upstream_first(node), key=lambda n: n.serial):
            if upstream.graph is self:
                continue
            if upstream.graph is not None:
                raise ValidationError(f"node {upstream.describe()} already belongs to another graph")
            upstream.id = upstream.id or self._new_id(upstream.type_name)
            if upstream.id in self._nodes:
                raise ValidationError(f"the graph already has a node with id {upstream.id!r}")
            upstream.graph = self
            self._nodes[upstream.id] = upstream
        return node

    def node(
        self,
        type_name: str,
        /,
        *,
        node_id: str | None = None,
        node_label: str = "",
        is_intermediate: bool | None = None,
        use_cache: bool | None = None,
        **fields: Any,
    ) -> Any:
        """Add a node by its type name (`"noise"`), inputs as keywords; its outputs are attributes.

        Serves node types the bindings know and those a server's live schema added (`client.nodes`)."""
        node = DynamicNode(
            type_name, fields, id=node_id, label=node_label, is_intermediate=is_intermediate,
            use_cache=use_cache,
        )  # fmt: skip
        return self.add(node)

    def connect(self, source: Output[Any], target: Node, field: str) -> None:
        """Connect an output to an input (the same as passing the handle as the input's value)."""
        target[field] = source
        self.add(target)

    def remove(self, node: Node) -> None:
        """Take a node out of the graph; inputs connected to its outputs are disconnected."""
        if node.id is None or self._nodes.get(node.id) is not node:
            raise ValidationError(f"node {node.describe()} is not in this graph")
        del self._nodes[node.id]
        node.graph = None
        for other in self._nodes.values():
            for field, links in other.input_links().items():
                if any(link.node is node for link in links):
                    kept = [link for link in links if link.node is not node]
                    other[field] = kept or None

    def _new_id(self, type_name: str) -> str:
        if type_name not in self._nodes:
            return type_name
        number = 2
        while f"{type_name}_{number}" in self._nodes:
            number += 1
        return f"{type_name}_{number}"

    # --- reading ------------------------------------------------------------------------------------------

    @property
    def nodes(self) -> list[Node]:
        """The nodes, in the order they were added."""
        return list(self._nodes.values())

    def __getitem__(self, node_id: str) -> Node:
        """The node with this id."""
        try:
            return self._nodes[node_id]
        except KeyError:
            raise ValidationError(
                f"the graph has no node {node_id!r}; its nodes: {', '.join(self._nodes)}"
            ) from None

    def __contains__(self, node: object) -> bool:
        return isinstance(node, Node) and node.graph is self

    def __iter__(self) -> Iterator[Node]:
        return iter(list(self._nodes.values()))

    def __len__(self) -> int:
        return len(self._nodes)

    @property
    def edges(self) -> list[Edge]:
        """Every connection, target node by target node."""
        edges = []
        for node in self._nodes.values():
            for field, links in node.input_links().items():
                for link in links:
                    edges.append(Edge(str(link.node.id), link.field, str(node.id), field))
        return edges

    # --- checking -----------------------------------------------------------------------------------------

    def problems(self, *, required: bool = True) -> list[str]:
        """What the editor would refuse, one line each (empty when the graph is fine); with `required`
        False, unset required inputs are not counted (the editor saves such workflows, it only will not
        run them)."""
        found: list[str] = []
        for node in self._nodes.values():
            found += _node_problems(self, node, required)
        cycle = _find_cycle(self)
        if cycle:
            found.append("the connections make a cycle: " + " -> ".join(cycle))
        return found

    def check(self, *, required: bool = True) -> None:
        """Raise GraphError listing every problem (types of both ends, one connection per input but a
        collect node's item, no cycles, and with `required` required inputs set)."""
        found = self.problems(required=required)
        if found:
            lines = "\n  ".join(found)
            raise GraphError(f"the graph has {len(found)} problem(s):\n  {lines}", found)

    # --- output -------------------------------------------------------------------------------------------

    def to_workflow(
        self,
        name: str = "",
        form: Sequence[FormField] = (),
        *,
        author: str = "",
        description: str = "",
        version: str = "",
        tags: str = "",
        notes: str = "",
        contact: str = "",
    ) -> dict[str, Any]:
        """The workflow editor's export format (a dict) with `form` as its inputs, in order.

        Checked first as the editor checks connections; required inputs may still be unset (set them on
        the form, or on the handle `client.workflows.from_graph` gives, before enqueueing)."""
        from .export import workflow_dict

        self.check(required=False)
        texts = {"author": author, "description": description, "version": version, "tags": tags,
                 "notes": notes, "contact": contact}  # fmt: skip
        return workflow_dict(self, name, form, texts)

    def to_definition(self, name: str = "", form: Sequence[FormField] = ()) -> WorkflowDefinition:
        """The graph as a loaded workflow (`WorkflowDefinition`), as `to_workflow` makes it."""
        from invokeai_client.workflow.definition import WorkflowDefinition

        return WorkflowDefinition.from_dict(self.to_workflow(name, form), source=name or "<graph>")

    def to_graph(self, graph_id: str | None = None) -> dict[str, Any]:
        """The graph for POST .../enqueue_batch, as the editor would send it; checked first, required
        inputs included."""
        from invokeai_client.workflow.graph import build_graph

        self.check()
        return build_graph(self.to_definition(), id=graph_id)

    def to_code(self) -> str:
        """Python that rebuilds this graph (its `graph` variable)."""
        from .codegen import definition_to_code

        return definition_to_code(self.to_definition())

    def __repr__(self) -> str:
        return f"<Graph: {len(self._nodes)} nodes, {len(self.edges)} edges>"


def _upstream_first(node: Node) -> list[Node]:
    """`node` and every node feeding it (transitively), feeders first."""
    order: list[Node] = []
    seen: set[int] = set()
    stack: list[tuple[Node, bool]] = [(node, False)]
    while stack:
        current, expanded = stack.pop()
        if expanded:
            order.append(current)
            continue
        if id(current) in seen:
            continue
        seen.add(id(current))
        stack.append((current, True))
        for links in current.input_links().values():
            stack.extend((link.node, False) for link in links if id(link.node) not in seen)
    return order


def _node_problems(graph: Graph, node: Node, required: bool) -> list[str]:
    found = []
    where = f"node {node.describe()} ({node.type_name})"
    collect_type = None
    for field, links in node.input_links().items():
        target = node.template.inputs.get(field)
        for link in links:
            source = link.node
            if source.graph is not graph:
                found.append(f"{where} input {field!r}: its source {source.describe()} is not in the graph")
                continue
            if source is node:
                found.append(f"{where} input {field!r} is connected to the node's own output")
                continue
            if link.field not in source.template.outputs:
                found.append(
                    f"{where} input {field!r}: node {source.describe()} has no output {link.field!r}; "
                    f"its outputs: {', '.join(source.template.outputs)}"
                )
                continue
            out_type = source.template.outputs[link.field]
            in_type = target.type if target is not None else None
            if out_type is None or in_type is None:
                continue  # a type the editor cannot read: the server decides
            if node.type_name == "collect" and field == "item":
                collect_type = collect_type or out_type
                if out_type.plain() != collect_type.plain():
                    found.append(
                        f"{where} input 'item' mixes {collect_type} and {out_type} "
                        f"(from {source.describe()}.{link.field}): a collect node gathers one type"
                    )
            if not connection_allowed(out_type, in_type):
                found.append(
                    f"{where} input {field!r} takes {in_type}; "
                    f"{source.describe()}.{link.field} gives {out_type}"
                )
    for name, inp in node.template.inputs.items() if required else ():
        if inp.required and name not in node.input_links() and node[name] is None:
            need = "a connection" if inp.mode == "connection" else "a value or a connection"
            if inp.mode == "direct":
                need = "a value"
            found.append(f"{where} input {name!r} ({inp.title}) is required and needs {need}")
    return found


def _find_cycle(graph: Graph) -> list[str]:
    """Node ids along one cycle (the first repeated at the end), empty when there is none."""
    state: dict[str, int] = {}
    for start in graph.nodes:
        if state.get(str(start.id)):
            continue
        path: list[str] = []
        stack: list[tuple[Node, Iterator[Node]]] = [(start, _feeders(start))]
        state[str(start.id)] = 1
        path.append(str(start.id))
        while stack:
            current, feeders = stack[-1]
            nxt = next(feeders, None)
            if nxt is None:
                state[str(current.id)] = 2
                stack.pop()
                path.pop()
                continue
            mark = state.get(str(nxt.id), 0)
            if mark == 1:
                return [*path[path.index(str(nxt.id)) :], str(nxt.id)][::-1]
            if mark == 0:
                state[str(nxt.id)] = 1
                path.append(str(nxt.id))
                stack.append((nxt, _feeders(nxt)))
    return []


def _feeders(node: Node) -> Iterator[Node]:
    return (
        link.node for links in node.input_links().values() for link in links if link.node.graph is node.graph
    )
