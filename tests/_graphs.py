"""Helpers for tests that make images and recall them: equal graphs, graph-only enqueues, fresh runs."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from invokeai_client.graph import Graph, nodes
from invokeai_client.workflow import graph_differences


def assert_same_graph(
    first: Mapping[str, Any], second: Mapping[str, Any], ignore: Collection[str] = ()
) -> None:
    """Fail, listing every difference, unless the two graphs are equal node by node, field by field."""
    differences = graph_differences(first, second, ignore=ignore)
    assert not differences, "the graphs differ:\n  " + "\n  ".join(differences)
    assert first.get("nodes"), "an empty graph proves nothing"


def clear_node_cache(client: Any) -> None:
    """Empty the server's node cache, so that a graph run again makes a new image instead of answering
    with the cached one."""
    from invokeai_api.api.app import clear_invocation_cache

    client.run(client.pipeline.call(clear_invocation_cache))


def enqueue_graph_only(wf: Any) -> list[int]:
    """Enqueue `wf`'s graph without its workflow, as the GUI's generation tabs send theirs; the item ids."""

    def op() -> Any:
        batch, _ = yield from wf._prepare_batch()
        del batch["workflow"]
        result = yield from wf._enqueue_once(batch, False, expected=1)
        return result["item_ids"]

    ids: list[int] = wf.client.run(op())
    return ids


def image_of(wf: Any, item: Any) -> str:
    """The one gallery image a finished queue item made."""
    assert item.status == "completed", (
        f"item {item.item_id} {item.status}: {getattr(item, 'error_message', '')}"
    )
    names: list[str] = [
        n for m in wf.map_outputs_to_images(item, include_intermediate=False) for n in m.image_names
    ]
    assert len(names) == 1, names
    return names[0]


def sd1_graph_with_metadata(client: Any, seed: int, prompt: str = "a red fox") -> Graph:
    """A tiny-SD1 text-to-image graph whose decode node saves `core_metadata` as the GUI's generation tab
    writes it (generation mode, prompts, model, size, seed, steps, cfg, scheduler)."""
    (model,) = client.models.find_models(name="tiny-sd1", type="main")
    g = Graph()
    loader = nodes.MainModelLoader(model=model, node_id="model_loader")
    positive = nodes.Compel(prompt=prompt, clip=loader.clip, node_id="positive")
    negative = nodes.Compel(prompt="blurry", clip=loader.clip, node_id="negative")
    noise = nodes.Noise(seed=seed, width=64, height=64, node_id="noise")
    denoise = nodes.DenoiseLatents(
        positive_conditioning=positive.conditioning,
        negative_conditioning=negative.conditioning,
        unet=loader.unet,
        noise=noise.noise,
        steps=2,
        cfg_scale=6.5,
        scheduler="euler",
        node_id="denoise",
    )
    metadata = nodes.CoreMetadata(
        generation_mode="txt2img",
        positive_prompt=prompt,
        negative_prompt="blurry",
        model=model,
        width=64,
        height=64,
        seed=seed,
        steps=2,
        cfg_scale=6.5,
        scheduler="euler",
        node_id="core_metadata",
    )
    g.add(
        nodes.LatentsToImage(
            latents=denoise.latents, vae=loader.vae, metadata=metadata.metadata, node_id="decode"
        )
    )
    return g
