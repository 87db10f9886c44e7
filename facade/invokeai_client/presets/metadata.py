"""What every preset graph shares: one parameter node per argument (the form's inputs) and the
`core_metadata` node the GUI's linear builders add, connected to the image output.

The GUI sets each value on its node and again on `core_metadata`, and when it batches seeds it sends both
fields, zipped. Here a number or a text lives in one primitive node (`integer`, `float`, `string`) whose
output feeds both the node that uses it and `core_metadata`: a form input or a sweep changes one field and
the image's metadata follows. The values that cannot travel on an edge (the scheduler, an enum, and the
init image's name, a string cut from an image field) are set on `core_metadata` too, and the handle keeps
them equal (`PresetHandle`): at enqueue, and in sweeps as a zipped datum.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from invokeai_client.graph import Graph, nodes

from .arguments import LABELS, BaseDefaults

if TYPE_CHECKING:
    from invokeai_client.graph import Node, Output
    from invokeai_client.workflow.definition import WorkflowDefinition

__all__ = ["METADATA_ID", "Recipe"]

METADATA_ID = "core_metadata"


@dataclass
class Recipe:
    """A preset graph being built: its values, the form's inputs (node, field, argument) and the node
    fields that copy a form value into `core_metadata` (argument -> (node id, field, how to convert))."""

    defaults: BaseDefaults
    values: dict[str, Any]
    model: dict[str, Any]
    mode: str  # "txt2img" or "img2img"
    graph: Graph = field(default_factory=Graph)
    form: list[tuple[Node, str, str]] = field(default_factory=list)
    links: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    _sizes: tuple[Output[int], Output[int]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        # Intermediate, as the GUI makes it: it only feeds the output node's `metadata`.
        self.metadata: nodes.CoreMetadata = self.graph.add(
            nodes.CoreMetadata(node_id=METADATA_ID, is_intermediate=True, model=self.model)
        )

    # --- parameters: one node per argument, on the form ----------------------------------------------------

    def integer(self, name: str) -> Output[int]:
        """The integer parameter node of argument `name` (its value on the form)."""
        node = self.graph.add(nodes.Integer(value=self.values[name], node_id=name, node_label=LABELS[name]))
        self.form.append((node, "value", name))
        return node.value

    def number(self, name: str) -> Output[float]:
        """The float parameter node of argument `name`."""
        node = self.graph.add(nodes.Float(value=self.values[name], node_id=name, node_label=LABELS[name]))
        self.form.append((node, "value", name))
        return node.value

    def text(self, name: str) -> Output[str]:
        """The string parameter node of argument `name`."""
        node = self.graph.add(nodes.String(value=self.values[name], node_id=name, node_label=LABELS[name]))
        self.form.append((node, "value", name))
        return node.value

    @property
    def sizes(self) -> tuple[Output[int], Output[int]]:
        """The width and height parameter nodes' outputs (made on first use)."""
        if self._sizes is None:
            self._sizes = (self.integer("width"), self.integer("height"))
        return self._sizes

    def on_form(self, node: Node, field_name: str, name: str) -> None:
        """An input of a working node as the form's input for argument `name` (the model, the scheduler,
        the image, the board)."""
        self.form.append((node, field_name, name))

    def record(self, **fields: Any) -> None:
        """Fields of `core_metadata`: values, or outputs of parameter nodes."""
        for name, value in fields.items():
            self.metadata[name] = value

    def link(self, name: str, metadata_field: str, convert: str = "same") -> None:
        """`core_metadata.<metadata_field>` holds the value of argument `name` (`convert` "image_name": the
        name out of an image field)."""
        self.links.setdefault(name, []).append((METADATA_ID, metadata_field, convert))

    def output(self, node: Node) -> None:
        """`node` makes the image: it takes the metadata and the board, and is never served from cache (the
        GUI's output node: a re-run always makes a new image)."""
        node["metadata"] = self.metadata.metadata
        node.is_intermediate = False
        node.use_cache = False
        self.graph.add(node)
        self.on_form(node, "board", "board")

    # --- the workflow ---------------------------------------------------------------------------------------

    def definition(self, name: str) -> WorkflowDefinition:
        """The graph as a workflow, its form the arguments in order, each input labelled by its argument."""
        from invokeai_client.workflow.definition import WorkflowDefinition

        order = list(LABELS)
        entries = sorted(self.form, key=lambda e: order.index(e[2]))
        data = self.graph.to_workflow(
            name,
            form=[(node, field_name) for node, field_name, _ in entries],
            description=f"{self.defaults.base} {self.mode} preset (invokeai-client)",
        )
        by_id = {n["id"]: n for n in data["nodes"]}
        parameters = {str(node.id): name for node, field_name, name in entries if field_name == "value"}
        for edge in data["edges"]:
            # A connected input keeps a value for when it is disconnected (the editor's rule): the
            # parameter's, so that a reader of the workflow alone (a run's manifest) sees the real seed.
            parameter = parameters.get(edge["source"])
            target = by_id[edge["target"]]["data"]["inputs"].get(edge["targetHandle"])
            if parameter is not None and target is not None and "value" in target:
                target["value"] = copy.deepcopy(self.values[parameter])
        for node, field_name, argument in entries:
            by_id[str(node.id)]["data"]["inputs"][field_name]["label"] = LABELS[argument]
        return WorkflowDefinition.from_dict(copy.deepcopy(data), source=name)
