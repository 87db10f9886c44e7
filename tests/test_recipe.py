"""An image's recipe, offline: graph comparison, the workflow a recalled handle holds, typed metadata, and
the `generate` command a preset image's metadata describes (recorded server cases: tests/test_recall.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from invokeai_client.cli._recall import generate_command, node_fields
from invokeai_client.workflow import WorkflowDefinition, WorkflowForm, graph_differences
from invokeai_client.workflow.graph import build_graph
from invokeai_client.workflow.recipe import ImageMetadata, Recipe, recipe_definition

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "workflows"
SD1 = ROOT / "examples" / "workflows" / "sd1-text-to-image.json"


def _stored(graph: dict[str, Any], **values: Any) -> dict[str, Any]:
    """`graph` as a server stores it for a variant: `values` ("node.field") applied."""
    stored = copy.deepcopy(graph)
    for key, value in values.items():
        node, field = key.split("__")
        stored["nodes"][node][field] = value
    return stored


def test_graph_differences_node_by_node_field_by_field() -> None:
    graph = build_graph(WorkflowDefinition.from_file(SD1), id="a")
    assert graph_differences(graph, copy.deepcopy(graph)) == []
    other = _stored(graph, noise__seed=7, denoise__cfg_scale=7.0, decode__fp32=None)
    other["id"] = "b"  # graph ids never count
    other["nodes"]["noise"]["use_cpu"] = None  # null and absent are one value ...
    del graph["nodes"]["noise"]["use_cpu"]
    assert graph_differences(graph, other) == [
        "node 'noise' (noise) field 'seed': 42 != 7",
        "node 'decode' (l2i) field 'fp32': False != None",
    ]  # ... and so are 7 and 7.0
    assert graph_differences(graph, other, ignore=("seed", "decode.fp32")) == []
    del other["nodes"]["negative_prompt"]
    other["edges"] = other["edges"][1:]
    lines = graph_differences(graph, other, ignore=("seed", "fp32"))
    assert lines[0] == "node 'negative_prompt' only in the first graph"
    assert any(line.startswith("edge ") and line.endswith(" only in the first graph") for line in lines)
    assert graph_differences({"nodes": {"x": {"type": "a"}}}, {"nodes": {"x": {"type": "b"}}}) == [
        "node 'x' is a 'a' in the first graph, a 'b' in the second"
    ]


def test_a_field_a_connection_feeds_in_both_graphs_is_not_compared() -> None:
    graph = build_graph(WorkflowDefinition.from_file(SD1), id="a")
    stored = copy.deepcopy(graph)
    # As the server stores it: the field under the edge holds the node type's default, the client sent none.
    assert ("positive_prompt", "conditioning", "denoise", "positive_conditioning") in {
        (e["source"]["node_id"], e["source"]["field"], e["destination"]["node_id"], e["destination"]["field"])
        for e in graph["edges"]
    }
    stored["nodes"]["denoise"]["positive_conditioning"] = {"conditioning_name": "x"}
    assert graph_differences(stored, graph) == []
    # Fed in one graph only: the edge and the value both differ.
    graph["edges"] = [e for e in graph["edges"] if e["destination"]["field"] != "positive_conditioning"]
    lines = graph_differences(stored, graph)
    assert "node 'denoise' (denoise_latents) field 'positive_conditioning': " in lines[0]
    assert (
        lines[1]
        == "edge positive_prompt.conditioning -> denoise.positive_conditioning only in the first graph"
    )


def test_a_variant_of_a_workflow_with_batch_nodes_is_its_one_graph() -> None:
    workflow = json.loads((DATA / "batch-blur.json").read_text())
    definition = WorkflowDefinition.from_dict(workflow)
    # What the server stores for one variant: the batch nodes' values applied to the fields they feed.
    stored = _stored(build_graph(definition, id="g"), blank__width=40, blank__height=20, blur__radius=2.5)
    made = recipe_definition(Recipe("v.png", stored, workflow, None))
    assert made.from_workflow
    assert made.notes == []
    assert made.changed == {"blank.width": 40, "blank.height": 20, "blur.radius": 2.5}
    types = [n["data"]["type"] for n in made.definition.nodes if n["type"] == "invocation"]
    assert types == ["blank_image", "img_blur", "save_image"]  # the batch nodes are gone
    assert graph_differences(stored, build_graph(made.definition)) == []
    form = WorkflowForm(made.definition)
    assert [(i.key, i.value) for i in form.list_inputs()][:2] == [("blank.width", 40), ("blank.mode", "RGB")]


def test_a_workflow_that_does_not_fit_its_graph_gives_the_graph_alone() -> None:
    workflow = json.loads(SD1.read_text())
    stored = build_graph(WorkflowDefinition.from_dict(workflow), id="g")
    del stored["nodes"]["negative_prompt"]
    stored["edges"] = [
        e
        for e in stored["edges"]
        if "negative_prompt" not in (e["source"]["node_id"], e["destination"]["node_id"])
    ]
    made = recipe_definition(Recipe("x.png", stored, workflow, None))
    assert not made.from_workflow
    assert made.notes == [
        "its stored workflow does not match its graph (nodes negative_prompt are in one and not the "
        "other): the handle holds the graph alone"
    ]
    assert graph_differences(stored, build_graph(made.definition)) == []
    assert WorkflowForm(made.definition).list_inputs() == []


def test_a_graph_alone_is_a_workflow_without_a_form() -> None:
    stored = _stored(build_graph(WorkflowDefinition.from_file(SD1), id="g"), noise__seed=9)
    recipe = Recipe("g.png", stored, None, None)
    assert recipe.source == "graph"
    made = recipe_definition(recipe)
    assert (made.from_workflow, made.changed, made.definition.name) == (False, {}, "recipe of g.png")
    form = WorkflowForm(made.definition)
    assert form.node("noise").seed == 9
    form.node("noise").seed = 10
    assert graph_differences(stored, form.build_graph()) == ["node 'noise' (noise) field 'seed': 9 != 10"]
    shown = node_fields(stored)
    assert shown["noise (noise)"] == {"seed": 9}  # width and height are at their defaults
    assert shown["denoise (denoise_latents)"] == {"cfg_scale": 7, "steps": 30}  # not what connections feed
    assert "decode (l2i)" not in shown  # all at their defaults
    assert Recipe("u.png", None, None, None).source == "none"


def test_metadata_is_typed_and_keeps_every_field() -> None:
    raw: dict[str, Any] = {
        "generation_mode": "sdxl_img2img",
        "positive_prompt": "a fox",
        "seed": 3,
        "cfg_scale": 7,
        "steps": "many",  # not an integer: left to `raw`
        "width": True,  # a bool is no width
        "init_image": {"image_name": "in.png"},
        "model": {"key": "k", "name": "tiny-sdxl", "base": "sdxl", "type": "main"},
        "loras": [{"model": {"name": "l"}, "weight": 0.5}, "junk"],
        "app_version": "6.14.2",
        "vae": None,
    }
    meta = ImageMetadata.from_dict(raw)
    assert (meta.seed, meta.cfg_scale, meta.steps, meta.width) == (3, 7.0, None, None)
    assert (meta.init_image, meta.model_name, meta.loras) == ("in.png", "tiny-sdxl", [raw["loras"][0]])
    assert meta.raw == raw
    assert "vae" not in meta.values()
    assert meta.values()["steps"] == "many"


def test_the_generate_command_of_a_preset_image() -> None:
    base = {"generation_mode": "txt2img", "positive_prompt": "a red fox", "model": {"name": "tiny-sd1"}}
    full = {
        **base, "width": 64, "height": 96, "steps": 4, "cfg_scale": 7.5, "scheduler": "euler", "seed": 1,
        "negative_prompt": "it's blurry",
    }  # fmt: skip
    assert generate_command(ImageMetadata.from_dict(full)) == (
        "invokeai-client generate 'a red fox' --model tiny-sd1 --width 64 --height 96 --steps 4 "
        "--cfg-scale 7.5 --scheduler euler --seed 1 --negative-prompt 'it'\"'\"'s blurry'"
    )
    assert generate_command(ImageMetadata.from_dict(base), "http://gpu:9090") == (
        "invokeai-client generate 'a red fox' --model tiny-sd1 --url http://gpu:9090"
    )
    i2i = {**base, "generation_mode": "sdxl_img2img", "init_image": "in.png", "strength": 0.6}
    assert generate_command(ImageMetadata.from_dict(i2i)) == (
        "invokeai-client generate 'a red fox' --model tiny-sd1 --image in.png --strength 0.6"
    )
    for not_a_preset in (
        {**base, "generation_mode": "inpaint"},
        {**base, "model": None},
        {**base, "generation_mode": "img2img"},  # no input image named
        {"positive_prompt": "x", "model": {"name": "m"}},
    ):
        assert generate_command(ImageMetadata.from_dict(not_a_preset)) is None
