"""Nodes and output handles: what the generated classes in `nodes` are made of.

A `Node` holds its inputs: values (validated as form inputs are, when set) and connections (`Output`
handles of other nodes). `nodes.Noise(seed=1)` and `Graph.node("noise", seed=1)` make the same node; the
latter (a `DynamicNode`) also serves node types only a server's live schema has, and offers its outputs as
attributes too.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from invokeai_client.errors import InvalidValueError, ValidationError
from invokeai_client.workflow.values import spec_for

from ._templates import Template, template

if TYPE_CHECKING:
    from invokeai_api._releases import Availability

    from .builder import Graph

__all__ = [
    "BoardRef",
    "ColorRef",
    "DynamicNode",
    "FieldKind",
    "ImageRef",
    "ModelRef",
    "Node",
    "Output",
    "UnknownFieldError",
]

T_co = TypeVar("T_co", covariant=True)
_SERIALS = itertools.count()  # creation order: nodes added together get ids in the order they were made


class _HasKey(Protocol):
    """Anything with a model key: the model configs `client.models` lists."""

    @property
    def key(self) -> str: ...


ImageRef = str | Mapping[str, Any]
"""An image input's value: an image name or {"image_name": ...}."""
BoardRef = str | Mapping[str, Any]
"""A board input's value: a board id or name, {"board_id": ...}, "auto" or "none"."""
ModelRef = Mapping[str, Any] | _HasKey
"""A model input's value: {key, hash, name, base, type} (key required) or a model config (`client.models`)."""
ColorRef = str | Mapping[str, Any]
"""A color input's value: {r, g, b, a} of ints 0-255 or "#rrggbb[aa]"."""


class UnknownFieldError(ValidationError, LookupError):
    """A node has no input or output of that name; the message lists the ones it has."""


class FieldKind:
    """Names what an output carries (`nodes.LatentsField`, `nodes.UNetField`, ...), for `Output[...]`."""


class Output(Generic[T_co]):
    """A handle on one output of a node: pass it as another node's input to connect the two."""

    __slots__ = ("field", "node")
    node: Node
    field: str

    def __init__(self, node: Node, field: str) -> None:
        """The output `field` of `node` (normally got as `node.<field>` or `node.output(field)`)."""
        self.node = node
        self.field = field

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Output) and other.node is self.node and other.field == self.field

    def __hash__(self) -> int:
        return hash((id(self.node), self.field))

    def __repr__(self) -> str:
        return f"<Output {self.node.describe()}.{self.field}>"


class Node:
    """One node of a graph: a node type, input values and connections, and its own attributes."""

    type_name: ClassVar[str] = ""

    def __init__(
        self,
        type_name: str | None,
        fields: Mapping[str, Any],
        *,
        id: str | None = None,
        label: str = "",
        is_intermediate: bool | None = None,
        use_cache: bool | None = None,
    ) -> None:
        """A node of `type_name` (the class's own type when None) with `fields` set; see `nodes` classes."""
        if type_name is not None:
            self.type_name = type_name  # type: ignore[misc]  # an instance of a type the class does not fix
        found = template(self.type_name)
        if found is None:
            raise ValidationError(
                f"unknown node type {self.type_name!r}: neither the bindings nor a server's live schema "
                "(client.nodes) have it"
            )
        self.template: Template = found
        self.id: str | None = id
        self.label: str = label
        self.is_intermediate: bool = found.is_intermediate if is_intermediate is None else is_intermediate
        self.use_cache: bool = found.use_cache if use_cache is None else use_cache
        self.graph: Graph | None = None
        self.serial: int = next(_SERIALS)
        self._values: dict[str, Any] = {}
        self._links: dict[str, list[Output[Any]]] = {}
        for name, value in fields.items():
            self._assign(name, value)
        for name, inp in found.inputs.items():
            # Unnamed inputs start at their defaults, as a node added in the editor does.
            if name not in fields and inp.default is not None and inp.mode != "connection":
                self._values[name] = copy.deepcopy(inp.default)

    # --- inputs -------------------------------------------------------------------------------------------

    def describe(self) -> str:
        """How messages name the node: its id (or type), and its label."""
        name = self.id or self.type_name
        return f"{name} ({self.label})" if self.label else name

    def _where(self, field: str) -> str:
        return f"node {self.describe()} ({self.type_name}) input {field!r}"

    def _check_input(self, field: str) -> None:
        if field not in self.template.inputs and not self.template.extra_inputs:
            raise UnknownFieldError(
                f"node {self.describe()} ({self.type_name}) has no input {field!r}; its inputs: "
                + ", ".join(self.template.inputs)
            )

    def _assign(self, field: str, value: Any) -> None:
        self._check_input(field)
        links = _as_links(value)
        if links is not None:
            if len(links) != 1 and not (self.type_name == "collect" and field == "item"):
                raise InvalidValueError(
                    f"{self._where(field)} takes one connection, not {len(links)}: gather several outputs "
                    "with a collect node (nodes.Collect(item=[...]))"
                )
            inp = self.template.inputs.get(field)
            if inp is not None and inp.mode == "direct":
                raise InvalidValueError(f"{self._where(field)} takes a value only, not a connection")
            self._links[field] = links
            self._values.pop(field, None)
            for link in links:
                if self.graph is not None and link.node.graph is None:
                    self.graph.add(link.node)  # a node in a graph brings what it is connected to
            return
        inp = self.template.inputs.get(field)
        if value is None:
            use_default = inp is not None and inp.default is not None and inp.mode != "connection"
            normalized = copy.deepcopy(inp.default) if use_default and inp is not None else None
        else:
            if inp is not None and inp.mode == "connection":
                raise InvalidValueError(
                    f"{self._where(field)} takes no value: connect another node's output to it"
                    + (f" ({inp.type})" if inp.type else "")
                )
            if hasattr(value, "to_dict") and not isinstance(value, Mapping):
                value = value.to_dict()  # a model config (or another model) of the generated bindings
            normalized = spec_for(self.type_name, field, value).validate(value, where=self._where(field))
        # Only now, once the value is known good: a failed assignment leaves the input as it was.
        self._links.pop(field, None)
        if normalized is None:
            self._values.pop(field, None)
        else:
            self._values[field] = normalized

    def set(self, **fields: Any) -> Node:
        """Set inputs (values or Output handles), validated; returns the node."""
        for name, value in fields.items():
            self._assign(name, value)
        return self

    def __setitem__(self, field: str, value: Any) -> None:
        self._assign(field, value)

    def __getitem__(self, field: str) -> Any:
        """An input's value, its connection (an Output, or a list for a collect node's item), or None."""
        self._check_input(field)
        links = self._links.get(field)
        if links is not None:
            return links if self.type_name == "collect" and field == "item" else links[0]
        return self._values.get(field)

    def get(self, field: str) -> Any:
        """Same as `node[field]`."""
        return self[field]

    def input_values(self) -> dict[str, Any]:
        """The inputs that hold values (not connections), by name."""
        return dict(self._values)

    def input_links(self) -> dict[str, list[Output[Any]]]:
        """The connected inputs, by name: the outputs feeding each."""
        return {name: list(links) for name, links in self._links.items()}

    # --- outputs ------------------------------------------------------------------------------------------

    def output(self, field: str) -> Output[Any]:
        """The handle on an output by name; raises naming the outputs the node type has."""
        if field not in self.template.outputs:
            raise UnknownFieldError(
                f"node {self.describe()} ({self.type_name}) has no output {field!r}; its outputs: "
                + (", ".join(self.template.outputs) or "none")
            )
        return Output(self, field)

    @property
    def outputs(self) -> list[str]:
        """The node type's output names."""
        return list(self.template.outputs)

    # --- releases -----------------------------------------------------------------------------------------

    def availability(self) -> Availability:
        """The releases that have this node type (`.requirement()`: 'InvokeAI >= 6.7.0', ...)."""
        from invokeai_api import _releases

        try:
            return _releases.node_type(self.type_name)
        except KeyError:
            return _releases.Availability(())

    def field_availability(self, field: str) -> Availability:
        """The releases whose schema of this node type has the input `field`."""
        from invokeai_api import _releases
        from invokeai_client.workflow.values import load_catalog

        self._check_input(field)
        component = load_catalog().invocations.get(self.type_name, {}).get("component")
        try:
            return _releases.field(str(component), field)
        except KeyError:
            return _releases.Availability(())

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.describe()}: {self.type_name}>"


class DynamicNode(Node):
    """A node made by type name (`Graph.node`, `client.nodes`): its outputs are also attributes."""

    def __getattr__(self, name: str) -> Output[Any]:
        if name.startswith("_") or name not in self.__dict__.get("template", _NO_TEMPLATE).outputs:
            raise AttributeError(name)
        return Output(self, name)


class _NoTemplate:
    outputs: Mapping[str, Any] = {}


_NO_TEMPLATE = _NoTemplate()


def _as_links(value: Any) -> list[Output[Any]] | None:
    """The handles in a value (one Output, or a list of them), None for a plain value."""
    if isinstance(value, Output):
        return [value]
    if isinstance(value, Sequence) and not isinstance(value, str) and value:
        handles = [v for v in value if isinstance(v, Output)]
        if handles and len(handles) != len(value):
            raise InvalidValueError("a list mixing Output handles and values cannot be an input")
        return handles or None
    return None
