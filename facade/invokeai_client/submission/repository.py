"""`client.workflows`: workflow handles from GUI exports, graphs built in code, and images' recipes."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from invokeai_client._transport.core import Op
from invokeai_client._transport.ops import async_op, sync_op
from invokeai_client.workflow.definition import WorkflowDefinition

from .handle import WorkflowHandle

if TYPE_CHECKING:
    from collections.abc import Sequence

    from invokeai_client._client import InvokeAIClient
    from invokeai_client.graph import Graph, Node
    from invokeai_client.workflow.recipe import Recipe

    from .recall import RecalledWorkflow

__all__ = ["WorkflowRepository"]


class WorkflowRepository:
    """Makes workflow handles (`client.workflows`)."""

    def __init__(self, client: InvokeAIClient) -> None:
        self.client = client

    def create_workflow(self, definition: WorkflowDefinition) -> WorkflowHandle:
        """A handle on `definition` for this client (the definition is copied, not changed)."""
        return WorkflowHandle(self.client, definition)

    def create_workflow_from_file(self, path: str | os.PathLike[str]) -> WorkflowHandle:
        """A handle on the workflow file at `path` (exported from the GUI)."""
        return WorkflowHandle(self.client, WorkflowDefinition.from_file(path))

    def create_workflow_from_dict(self, data: Mapping[str, Any]) -> WorkflowHandle:
        """A handle on a workflow given as its JSON data."""
        return WorkflowHandle(self.client, WorkflowDefinition.from_dict(dict(data)))

    def from_graph(
        self, graph: Graph, form: Sequence[tuple[Node, str]] = (), *, name: str = "graph"
    ) -> WorkflowHandle:
        """A handle on a graph built in code (`invokeai_client.graph`), as if its workflow had been
        exported from the editor (`graph.to_workflow(name, form)`): `form`'s inputs in order, every
        node field settable (`wf.node(node_id).field = ...`)."""
        return WorkflowHandle(self.client, graph.to_definition(name, form))

    def _from_image(self, image_name: str) -> Op[RecalledWorkflow]:
        """A handle holding the graph `image_name` was made with: `enqueue()` re-runs it exactly, or change
        any field first. With the image's stored workflow (the editor's, this client's) its form inputs
        carry the image's values (a sweep variant's, not the workflow's defaults); without one, every node
        field is reachable as `wf.node(id).field`. `wf.metadata` is its core_metadata, typed.

        Raises NotFoundError naming the image if the server has none by that name, and
        RecipeNotAvailableError if the image has no graph stored (uploaded, or made by something that
        stored none)."""
        from .recall import recall

        return (yield from recall(self.client, image_name))

    from_image: Final = sync_op(_from_image)
    async_from_image: Final = async_op(_from_image)

    def _get_recipe(self, image_name: str) -> Op[Recipe]:
        """What the server stored with `image_name`: its graph, workflow and metadata, each None when the
        image has none (an uploaded image has none of them). Raises NotFoundError naming the image."""
        from .recall import fetch_recipe

        return (yield from fetch_recipe(self.client, image_name))

    get_recipe: Final = sync_op(_get_recipe)
    async_get_recipe: Final = async_op(_get_recipe)
