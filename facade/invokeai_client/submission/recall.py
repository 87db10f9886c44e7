"""From an image back to its recipe: `client.workflows.from_image(name)`, a handle that re-runs it.

    wf = client.workflows.from_image("a1b2c3.png")
    wf.metadata.seed, wf.metadata.positive_prompt    # what the image's core_metadata says, if it has any
    wf.list_inputs()                                  # the form, with the values that made the image
    wf.enqueue(); wf.wait()                           # the same graph again, node by node, field by field
    wf.node("noise").seed = 7                         # or change any field first

The server's answers (`GET /images/i/{name}/workflow`: the graph and workflow as JSON text,
`/metadata`) are read once; `workflow.recipe` turns them into the workflow the handle holds.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport import release
from invokeai_client._transport.core import Op
from invokeai_client.resources.images import _about_image
from invokeai_client.workflow.graph_diff import graph_differences
from invokeai_client.workflow.recipe import ImageMetadata, Recipe, recipe_definition

from .handle import WorkflowHandle

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.workflow.definition import WorkflowDefinition

__all__ = ["RecalledWorkflow", "fetch_recipe", "recall"]


class RecalledWorkflow(WorkflowHandle):
    """A workflow handle holding the graph an image was made with (see `client.workflows.from_image`).

    `recipe` is what the server stored with the image (graph, workflow, metadata); `metadata` its
    `core_metadata`, typed; `changed` the fields whose values the graph holds and the stored workflow did
    not (a sweep variant's); `from_workflow` whether the handle holds the stored workflow (its form
    included) or the graph alone (no form: `wf.node(id).field` reaches every field); `notes` anything
    worth knowing about how the handle was made."""

    def __init__(
        self,
        client: InvokeAIClient,
        definition: WorkflowDefinition,
        recipe: Recipe,
        *,
        from_workflow: bool = False,
        changed: Mapping[str, Any] | None = None,
        notes: list[str] | None = None,
    ) -> None:
        super().__init__(client, definition)
        self.recipe = recipe
        self.from_workflow = from_workflow
        self.changed: dict[str, Any] = dict(changed or {})
        self.notes: list[str] = list(notes or [])

    @property
    def image_name(self) -> str:
        """The image this handle was recalled from."""
        return self.recipe.image_name

    @property
    def metadata(self) -> ImageMetadata | None:
        """The image's generation metadata (prompt, seed, model, size, ...), None if it has none."""
        return self.recipe.metadata

    def copy(self) -> RecalledWorkflow:
        """A new handle on the same client and recipe, with this one's values (for another thread)."""
        return RecalledWorkflow(
            self.client,
            self.definition,
            self.recipe,
            from_workflow=self.from_workflow,
            changed=self.changed,
            notes=self.notes,
        )

    def differences(self, graph: Mapping[str, Any] | None = None) -> list[str]:
        """How the graph this handle would enqueue now differs from `graph` (default: the image's own),
        node by node, field by field; empty when a re-run would send the image's recipe unchanged.

        The graph compared is the one `enqueue` sends to this client's server: inputs its release lacks
        that hold their default are left out, as `enqueue` leaves them out (an image made on an older
        release has no such field stored)."""
        stored = self.recipe.graph if graph is None else graph
        return graph_differences(stored or {}, self.client.run(self._graph_to_send()))

    def _graph_to_send(self) -> Op[dict[str, Any]]:
        from .node_check import _input_gaps

        sent = self.build_graph()
        version = yield from release.server_release(self.client.pipeline)  # asked once per client
        if version is not None:
            _input_gaps(version, sent, self.definition)  # drops what the release lacks at its default
        return sent

    def __repr__(self) -> str:
        return f"<RecalledWorkflow of image {self.image_name!r}: {len(self.list_inputs())} inputs>"


def fetch_recipe(client: InvokeAIClient, image_name: str) -> Op[Recipe]:
    """What the server stored with `image_name`: graph, workflow, metadata (each None when absent).

    Raises NotFoundError naming the image if the server has no such image."""
    from invokeai_api.api.images import get_image_workflow

    what = f"recalling image {image_name!r}"
    yield from release.require(client.pipeline, get_image_workflow, what)
    answer = yield from _about_image(image_name, client.pipeline.call(get_image_workflow, image_name))
    metadata = yield from client.images._get_metadata(image_name)
    version = client.pipeline.server_version
    graph = _stored_json(answer, "graph", image_name, version)
    workflow = _stored_json(answer, "workflow", image_name, version)
    return Recipe(
        image_name=image_name,
        graph=graph,
        workflow=workflow,
        metadata=ImageMetadata.from_dict(metadata) if metadata else None,
        server_version=version,
    )


def recall(client: InvokeAIClient, image_name: str) -> Op[RecalledWorkflow]:
    """The handle `client.workflows.from_image` gives; raises RecipeNotAvailableError for an image with
    no graph stored."""
    recipe = yield from fetch_recipe(client, image_name)
    if recipe.graph is None:
        raise errors.RecipeNotAvailableError(
            f"image {image_name!r} has no graph stored with it on the server at {client.base_url} "
            f"(InvokeAI {recipe.server_version or 'of unknown release'}): it was uploaded, or made by "
            "something that stored none, so there is no recipe to re-run"
            + (" (its metadata is there: client.workflows.get_recipe)" if recipe.metadata else ""),
            image_name=image_name,
            server_version=recipe.server_version,
        )
    made = recipe_definition(recipe)
    return RecalledWorkflow(
        client,
        made.definition,
        recipe,
        from_workflow=made.from_workflow,
        changed=made.changed,
        notes=made.notes,
    )


def _stored_json(answer: Any, name: str, image_name: str, version: str | None) -> dict[str, Any] | None:
    text = getattr(answer, name, None)
    if not isinstance(text, str) or not text.strip():
        return None  # null, absent (an answer from a release without the field) or empty
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise errors.RecipeNotAvailableError(
            f"image {image_name!r}: the {name} stored with it is not JSON ({exc}; InvokeAI {version})",
            image_name=image_name,
            server_version=version,
        ) from None
    if not isinstance(value, dict) or (name == "graph" and not isinstance(value.get("nodes"), dict)):
        raise errors.RecipeNotAvailableError(
            f"image {image_name!r}: the {name} stored with it is not a {name} (a JSON object"
            + (" with nodes" if name == "graph" else "")
            + f"; InvokeAI {version})",
            image_name=image_name,
            server_version=version,
        )
    return value
