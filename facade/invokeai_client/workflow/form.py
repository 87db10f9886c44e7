"""`WorkflowForm`: a workflow's form inputs to fill in and the graph they make, all offline.

    form = WorkflowForm(WorkflowDefinition.from_file("sdxl-text-to-image.json"))
    for inp in form.list_inputs():
        print(inp)
    form.get_input_value("Positive Prompt").value = "a red fox"
    form.set_input_value(5, 1234)                 # seed, by form index
    graph = form.build_graph()

Server operations (model sync, submission, outputs) live in a subclass; this class keeps its state in
`self.definition` (a private copy, with the values set so far) and `self._inputs`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from invokeai_client.errors import InputNotFoundError

from .catalog import load_catalog
from .definition import WorkflowDefinition
from .graph import MissingInput, build_graph, is_executable, missing_required
from .inputs import IndexMapReport, WorkflowInput, export_index_map, find_input, verify_index_map, walk_form
from .node_fields import NodeFields, node_field_input

__all__ = ["InputValues", "WorkflowForm", "WorkflowOutput"]

# Keys are inputs by index (int) or label (str), each checked (an error names a bad one). Typed Any: mapping
# keys are invariant, so `Mapping[int | str, Any]` would refuse a `dict[str, Any]` held in a variable.
InputValues = Mapping[Any, Any]


@dataclass(frozen=True)
class WorkflowOutput:
    """A node whose images end up in the gallery: not intermediate, with an image output."""

    node_id: str
    node_type: str
    label: str
    image_fields: tuple[str, ...]  # the output fields holding images
    board_input_index: int | None  # form index of the node's `board` input, if it is on the form


class WorkflowForm:
    """The form of one workflow: its inputs in GUI order, their values, and the graph they make."""

    def __init__(self, definition: WorkflowDefinition) -> None:
        # A copy: values set here must not leak into the caller's definition (or other forms made from it).
        self.definition: WorkflowDefinition = definition.copy()
        self._inputs = walk_form(self.definition)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> WorkflowForm:
        """The form of the workflow file at `path`."""
        return cls(WorkflowDefinition.from_file(path))

    @property
    def name(self) -> str:
        return self.definition.name

    def list_inputs(self) -> list[WorkflowInput]:
        """The form's inputs, in the order the GUI shows them; `input_index` is the position."""
        return list(self._inputs)

    def _find(self, key: int | str) -> WorkflowInput:
        try:
            return find_input(self._inputs, key)
        except InputNotFoundError:
            # Not on the form: any node's input as "node_id.field_name" (or "node label.field_name").
            found = node_field_input(self.definition, key) if isinstance(key, str) else None
            if found is None:
                raise
            return found

    def get_input(self, key: int | str) -> WorkflowInput:
        """An input by form index, label or "node_id.field_name" (any node's input, on the form or not)."""
        return self._find(key)

    def get_input_value(self, key: int | str) -> WorkflowInput:
        """The input to read or assign: `form.get_input_value(1).value = "a red fox"`."""
        return self._find(key)

    def set_input_value(self, key: int | str, value: Any) -> WorkflowInput:
        """Validate and set an input's value; raises InvalidValueError naming the input."""
        inp = self._find(key)
        inp.value = value
        return inp

    def _linked_datums(self, inp: WorkflowInput, items: list[Any]) -> list[dict[str, Any]]:
        """Batch datums for other node fields that must hold `inp`'s swept `items` too, zipped with it (none
        here; a preset copies some form values into its `core_metadata`). May refuse items."""
        return []

    def node(self, key: str) -> NodeFields:
        """Every input of the node with id or label `key`: `wf.node("noise").seed = 7` (validated)."""
        return NodeFields(self.definition, key)

    def set_input_values(self, values: InputValues) -> None:
        """Set several inputs; nothing is changed if one of them is invalid."""
        targets = [(self._find(key), value) for key, value in values.items()]
        normalized = [(inp, inp.spec.validate(value, where=inp.where)) for inp, value in targets]
        for inp, value in normalized:
            inp.value = value

    def list_outputs(self) -> list[WorkflowOutput]:
        """Nodes whose images are saved to the gallery (image outputs, not intermediate), in node order.

        Node types the catalog does not know are left out: their outputs are unknown.
        """
        catalog = load_catalog()
        board_indexes = {
            inp.node_id: inp.input_index for inp in reversed(self._inputs) if inp.field_name == "board"
        }
        outputs = []
        for node in self.definition.nodes:
            if not is_executable(node) or node["data"]["isIntermediate"]:
                continue
            image_fields = catalog.image_output_fields(node["data"]["type"])
            if image_fields:
                outputs.append(
                    WorkflowOutput(
                        node_id=node["id"],
                        node_type=node["data"]["type"],
                        label=self.definition.node_label(node["id"]),
                        image_fields=tuple(image_fields),
                        board_input_index=board_indexes.get(node["id"]),
                    )
                )
        return outputs

    def build_graph(self, graph_id: str | None = None, *, auto_board: str | None = None) -> dict[str, Any]:
        """The graph to enqueue, with the values set so far (see graph.build_graph)."""
        return build_graph(self.definition, id=graph_id, auto_board=auto_board)

    def workflow_dict(self) -> dict[str, Any]:
        """The workflow to embed in an enqueue request: current values, no library id (as the GUI does)."""
        workflow = self.definition.to_dict()
        workflow.pop("id", None)
        return workflow

    def missing_required(self) -> list[MissingInput]:
        """Required inputs still without a value or connection."""
        return missing_required(self.definition)

    def export_index_map(self) -> dict[str, Any]:
        """The inputs' indexes, labels and fields as JSON data, to check a later export against."""
        return export_index_map(self._inputs, self.definition.name)

    def verify_index_map(self, saved: Mapping[str, Any] | Sequence[Any]) -> IndexMapReport:
        """Compare the inputs with a saved index map: what moved, appeared or went."""
        return verify_index_map(self._inputs, saved)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}: {len(self._inputs)} inputs>"
