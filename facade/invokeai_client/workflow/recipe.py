"""An image's recipe, offline: the graph InvokeAI stored with it, its workflow, its metadata, and the
workflow a handle re-runs it from.

InvokeAI stores with each image it makes the graph of the queue item that made it (the session's graph: a
sweep's variant has its values applied), the workflow the batch was sent with (only when one was: the
workflow editor and this client send one, the GUI's other tabs do not; its values are the workflow's own,
never a variant's), and `core_metadata` when the graph has such a node (the GUI's generation tabs add one).

`recipe_definition(recipe)` makes the workflow to re-run: the stored workflow with every node field set to
the graph's value (so form inputs show what made the image), batch and generator nodes left out (the graph
holds their one value), or, without a workflow, the graph itself as one (no form; every node field
reachable as `wf.node(id).field`). Built back into a graph, it equals the stored one node by node, field by
field (`graph_diff.graph_differences`).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from invokeai_client.errors import ValidationError

from .definition import WorkflowDefinition
from .graph import build_graph, is_executable
from .graph_diff import edge_set, same_value

__all__ = ["ImageMetadata", "Recipe", "RecipeDefinition", "recipe_definition"]

_NODE_KEYS = frozenset({"id", "type", "is_intermediate", "use_cache"})


@dataclass(frozen=True)
class ImageMetadata:
    """An image's generation metadata (`GET /images/i/{name}/metadata`, written by a `core_metadata`
    node) with the fields the GUI's recall reads typed; `raw` holds every field as stored."""

    raw: dict[str, Any]
    generation_mode: str | None = None
    positive_prompt: str | None = None
    negative_prompt: str | None = None
    positive_style_prompt: str | None = None
    negative_style_prompt: str | None = None
    model: dict[str, Any] | None = None
    vae: dict[str, Any] | None = None
    width: int | None = None
    height: int | None = None
    seed: int | None = None
    steps: int | None = None
    cfg_scale: float | None = None
    cfg_rescale_multiplier: float | None = None
    scheduler: str | None = None
    clip_skip: int | None = None
    strength: float | None = None
    init_image: str | None = None
    loras: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageMetadata:
        """Metadata as the server stores it; fields of an unexpected type are left to `raw`."""
        raw = copy.deepcopy(dict(data))

        def typed(name: str, kind: type | tuple[type, ...]) -> Any:
            value = raw.get(name)
            if isinstance(value, bool) and kind is not bool:
                return None
            if kind is float and isinstance(value, int):
                return float(value)
            return value if isinstance(value, kind) else None

        init_image = raw.get("init_image")
        if isinstance(init_image, Mapping):  # older GUIs stored {image_name}
            init_image = init_image.get("image_name")
        loras = raw.get("loras")
        return cls(
            raw=raw,
            generation_mode=typed("generation_mode", str),
            positive_prompt=typed("positive_prompt", str),
            negative_prompt=typed("negative_prompt", str),
            positive_style_prompt=typed("positive_style_prompt", str),
            negative_style_prompt=typed("negative_style_prompt", str),
            model=typed("model", dict),
            vae=typed("vae", dict),
            width=typed("width", int),
            height=typed("height", int),
            seed=typed("seed", int),
            steps=typed("steps", int),
            cfg_scale=typed("cfg_scale", float),
            cfg_rescale_multiplier=typed("cfg_rescale_multiplier", float),
            scheduler=typed("scheduler", str),
            clip_skip=typed("clip_skip", int),
            strength=typed("strength", float),
            init_image=init_image if isinstance(init_image, str) else None,
            loras=[dict(x) for x in loras if isinstance(x, Mapping)] if isinstance(loras, list) else [],
        )

    @property
    def model_name(self) -> str | None:
        """The main model's name, if the metadata names one."""
        name = (self.model or {}).get("name")
        return name if isinstance(name, str) else None

    def values(self) -> dict[str, Any]:
        """The fields that are set, in the order the GUI's recall lists them, then the rest of `raw`."""
        return {k: v for k, v in self.raw.items() if v is not None}


@dataclass(frozen=True)
class Recipe:
    """What made an image: the graph stored with it, its workflow (if the batch carried one), its
    metadata (if the graph wrote any), and the release of the server that answered."""

    image_name: str
    graph: dict[str, Any] | None
    workflow: dict[str, Any] | None
    metadata: ImageMetadata | None
    server_version: str | None = None

    @property
    def source(self) -> Literal["workflow", "graph", "none"]:
        """What a re-run is made from: the stored workflow (with the graph's values), the graph alone, or
        nothing (no graph stored: the image cannot be re-run)."""
        if self.graph is None:
            return "none"
        return "workflow" if self.workflow is not None else "graph"


@dataclass(frozen=True)
class RecipeDefinition:
    """The workflow a recalled handle holds, and what was done to make it from the recipe."""

    definition: WorkflowDefinition
    from_workflow: bool
    # "node_id.field" -> the graph's value, where it differs from the stored workflow's (a sweep's values).
    changed: dict[str, Any]
    notes: list[str]


def recipe_definition(recipe: Recipe) -> RecipeDefinition:
    """The workflow that rebuilds `recipe.graph` exactly (see the module docstring); `recipe.graph` must
    be set."""
    if recipe.graph is None:
        raise ValueError(f"image {recipe.image_name!r} has no graph")
    notes: list[str] = []
    if recipe.workflow is not None:
        try:
            made = _from_workflow(recipe.workflow, recipe.graph, recipe.image_name)
        except (ValidationError, KeyError, TypeError) as exc:  # a workflow this client cannot load
            made = None
            notes.append(f"its stored workflow could not be used ({exc}): the handle holds the graph alone")
        if isinstance(made, str):
            notes.append(
                f"its stored workflow does not match its graph ({made}): the handle holds the graph alone"
            )
        elif made is not None:
            return RecipeDefinition(made[0], True, made[1], notes)
    return RecipeDefinition(_from_graph(recipe.graph, recipe.image_name), False, {}, notes)


def _from_graph(graph: Mapping[str, Any], image_name: str) -> WorkflowDefinition:
    from invokeai_client.graph.codegen import definition_from_graph

    definition = definition_from_graph(graph)
    data = definition.to_dict()
    data["name"] = f"recipe of {image_name}"
    return WorkflowDefinition.from_dict(data, source=f"<image {image_name}>")


def _from_workflow(
    workflow: Mapping[str, Any], graph: Mapping[str, Any], image_name: str
) -> tuple[WorkflowDefinition, dict[str, Any]] | str:
    """The stored workflow carrying the graph's values, or why it does not fit the graph."""
    source = f"<image {image_name}>"
    data = WorkflowDefinition.from_dict(workflow, source=source).to_dict()
    graph_nodes: Mapping[str, Any] = graph.get("nodes") or {}
    dropped = {n["id"] for n in data["nodes"] if n["type"] == "invocation" and not is_executable(n)}
    _drop_nodes(data, dropped)
    executable = {n["id"]: n for n in data["nodes"] if is_executable(n)}
    if set(executable) != set(graph_nodes):
        only = sorted(set(executable) ^ set(graph_nodes))
        return f"nodes {', '.join(only)} are in one and not the other"
    fed = {(e["destination"]["node_id"], e["destination"]["field"]) for e in graph.get("edges") or []}
    changed: dict[str, Any] = {}
    for node_id, node in executable.items():
        stored = graph_nodes[node_id]
        if stored.get("type") != node["data"]["type"]:
            kinds = f"a {node['data']['type']!r} in the workflow, a {stored.get('type')!r} in the graph"
            return f"node {node_id!r} is {kinds}"
        inputs = node["data"]["inputs"]
        for name, value in stored.items():
            if name in _NODE_KEYS or (node_id, name) in fed:
                continue
            entry = inputs.get(name)
            before = entry.get("value") if entry is not None else None
            if value is None:
                if entry is not None:
                    entry.pop("value", None)
            else:
                if entry is None:
                    entry = inputs[name] = {"name": name, "label": "", "description": ""}
                entry["value"] = copy.deepcopy(value)
            if not same_value(before, value):
                changed[f"{node_id}.{name}"] = copy.deepcopy(value)
        node["data"]["isIntermediate"] = bool(stored.get("is_intermediate", node["data"]["isIntermediate"]))
        node["data"]["useCache"] = bool(stored.get("use_cache", node["data"]["useCache"]))
    definition = WorkflowDefinition.from_dict(data, source=source)
    if edge_set(build_graph(definition)) != edge_set(graph):
        return "the connections differ"
    return definition, changed


def _drop_nodes(data: dict[str, Any], dropped: set[str]) -> None:
    """Batch and generator nodes out of a workflow (nodes, edges, form, exposed fields): in the stored
    graph their value is already applied to the fields they fed."""
    if not dropped:
        return
    data["nodes"] = [n for n in data["nodes"] if n["id"] not in dropped]
    data["edges"] = [e for e in data["edges"] if e["source"] not in dropped and e["target"] not in dropped]
    data["exposedFields"] = [f for f in data.get("exposedFields", []) if f.get("nodeId") not in dropped]
    elements: dict[str, Any] = data.get("form", {}).get("elements", {})
    gone = {
        element_id
        for element_id, element in elements.items()
        if element.get("type") == "node-field"
        and element.get("data", {}).get("fieldIdentifier", {}).get("nodeId") in dropped
    }
    for element_id in gone:
        del elements[element_id]
    for element in elements.values():
        children = element.get("data", {}).get("children")
        if isinstance(children, list):
            element["data"]["children"] = [c for c in children if c not in gone]
