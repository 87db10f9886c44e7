"""Graphs built in code run on a real InvokeAI (tiny models); its workflow library accepts their export."""

from __future__ import annotations

from typing import Any

from invokeai_client import WorkflowDefinition
from invokeai_client.graph import Graph, nodes


def sdxl_graph(client: Any, seed: int) -> tuple[Graph, list[tuple[Any, str]]]:
    (model,) = client.models.find_models(name="tiny-sdxl", type="main")
    g = Graph()
    loader = g.add(nodes.SDXLModelLoader(model=model))
    positive = nodes.SDXLCompelPrompt(
        prompt="a red fox", style="a red fox", clip=loader.clip, clip2=loader.clip2
    )
    negative = nodes.SDXLCompelPrompt(prompt="", style="", clip=loader.clip, clip2=loader.clip2)
    noise = nodes.Noise(seed=seed, width=128, height=128)
    denoise = nodes.DenoiseLatents(
        positive_conditioning=positive.conditioning,
        negative_conditioning=negative.conditioning,
        unet=loader.unet,
        noise=noise.noise,
        steps=4,
        cfg_scale=5.0,
    )
    decode = g.add(
        nodes.LatentsToImage(latents=denoise.latents, vae=loader.vae, node_id="decode", use_cache=False)
    )
    return g, [(positive, "prompt"), (noise, "seed"), (denoise, "steps"), (decode, "board")]


def sd1_graph(client: Any, seed: int) -> Graph:
    (model,) = client.models.find_models(name="tiny-sd1", type="main")
    g = Graph()
    loader = nodes.MainModelLoader(model=model)
    positive = nodes.Compel(prompt="a red fox", clip=loader.clip)
    negative = nodes.Compel(prompt="", clip=loader.clip)
    noise = nodes.Noise(seed=seed, width=128, height=128)
    denoise = nodes.DenoiseLatents(
        positive_conditioning=positive.conditioning,
        negative_conditioning=negative.conditioning,
        unet=loader.unet,
        noise=noise.noise,
        steps=4,
    )
    g.add(nodes.LatentsToImage(latents=denoise.latents, vae=loader.vae, node_id="decode", use_cache=False))
    return g


def blur_graph() -> Graph:
    g = Graph()
    blank = nodes.BlankImage(width=64, height=64, color={"r": 200, "g": 30, "b": 30, "a": 255})
    g.add(nodes.ImageBlur(image=blank.image, radius=2.0, node_id="blur", use_cache=False))
    return g


def test_sdxl_graph_built_in_code_runs_through_a_handle(client: Any) -> None:
    g, form = sdxl_graph(client, seed=11)
    wf = client.workflows.from_graph(g, form=form, name="sdxl in code")
    assert [i.key for i in wf.list_inputs()] == [
        "sdxl_compel_prompt.prompt",
        "noise.seed",
        "denoise_latents.steps",
        "decode.board",
    ]
    wf.get_input_value("Steps").value = 3
    wf.enqueue()
    item = wf.wait(timeout=120)
    assert item.status == "completed"
    (mapping,) = wf.map_outputs_to_images(item, include_intermediate=False)
    assert (mapping.node_id, mapping.node_type, len(mapping.image_names)) == ("decode", "l2i", 1)
    sent = item.session.graph.to_dict()["nodes"]
    assert sent["denoise_latents"]["steps"] == 3
    assert sent["sdxl_model_loader"]["model"]["name"] == "tiny-sdxl"


def test_sd1_graph_built_in_code_runs(client: Any) -> None:
    wf = client.workflows.from_graph(sd1_graph(client, seed=12))
    wf.enqueue()
    item = wf.wait(timeout=120)
    (mapping,) = wf.map_outputs_to_images(item, include_intermediate=False)
    assert mapping.node_id == "decode"
    assert mapping.image_names


def test_model_free_graph_sweeps_a_field_that_is_on_no_form(client: Any) -> None:
    wf = client.workflows.from_graph(blur_graph())
    assert wf.list_inputs() == []
    wf.node("blur").blur_type = "box"  # any node field, by node id
    submission = wf.enqueue(sweep={"blur.radius": [1.0, 3.0]})
    assert submission.variants == 2
    items = wf.wait_all(timeout=120)
    assert sorted(i.status for i in items) == ["completed", "completed"]
    radii = sorted(i.session.graph.to_dict()["nodes"]["blur"]["radius"] for i in items)
    assert radii == [1.0, 3.0]
    assert {i.session.graph.to_dict()["nodes"]["blur"]["blur_type"] for i in items} == {"box"}


def test_the_server_library_accepts_an_exported_graph(client: Any) -> None:
    from invokeai_api.api.workflows import create_workflow, delete_workflow, get_workflow
    from invokeai_client.resources.queue import RawBody

    g, form = sdxl_graph(client, seed=13)
    exported = g.to_workflow("graph from code", form=form, author="invokeai-client tests")
    saved = client.run(client.pipeline.call(create_workflow, body=RawBody({"workflow": exported})))
    try:
        assert saved.workflow_id
        fetched = client.run(client.pipeline.call(get_workflow, saved.workflow_id))
        back = WorkflowDefinition.from_dict(fetched.workflow.to_dict())
        assert back.name == "graph from code"
        assert [(n["id"], n["data"]["type"]) for n in back.nodes] == [
            (n["id"], n["data"]["type"]) for n in exported["nodes"]
        ]
        assert [f"{i['nodeId']}.{i['fieldName']}" for i in back.exposed_fields] == [
            f"{n.id}.{f}" for n, f in form
        ]
    finally:
        client.run(client.pipeline.call(delete_workflow, saved.workflow_id))
