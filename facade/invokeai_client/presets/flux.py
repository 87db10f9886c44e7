"""FLUX presets, shaped as the GUI's `buildFLUXGraph`: `flux_model_loader` (with the installed T5 encoder,
CLIP embed and FLUX VAE models when there are some), `flux_text_encoder` into `flux_denoise` (which
makes its own noise from the seed), then `flux_vae_decode`. The GUI collects the conditioning first (for
regional prompts); 5.0..5.5 take a single one only, so here it is connected directly. FLUX takes a
distilled guidance instead of a CFG scale, and no negative prompt nor scheduler.

Image-to-image encodes the resized init image with `flux_vae_encode` and starts denoising at
1 - strength ** 0.2, the GUI's default "optimized" denoising (it spreads the visible change over the
whole strength range). Metadata mode `flux_txt2img` or `flux_img2img`; the metadata node has no
guidance field, so the guidance is only in the graph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from invokeai_client.graph import nodes

if TYPE_CHECKING:
    from .metadata import Recipe

__all__ = ["SUBMODELS", "build"]

SUBMODELS = {"t5_encoder_model": "t5_encoder", "clip_embed_model": "clip_embed", "vae_model": "vae"}
"""The loader's model inputs besides the main model, and the model type each takes."""


def build(recipe: Recipe, submodels: dict[str, dict[str, Any]]) -> None:
    """Add the FLUX graph to `recipe`; `submodels` are the loader's other model inputs found installed."""
    loader = nodes.FluxModelLoader(model=recipe.model, node_id="flux_model_loader")
    for field, model in submodels.items():
        loader[field] = model
    recipe.on_form(loader, "model", "model")
    recipe.link("model", "model")
    prompt = recipe.text("prompt")
    encoder = nodes.FluxTextEncoder(
        clip=loader.clip,
        t5_encoder=loader.t5_encoder,
        t5_max_seq_len=loader.max_seq_len,
        prompt=prompt,
        node_id="flux_text_encoder",
    )
    width, height = recipe.sizes
    seed, steps, guidance = recipe.integer("seed"), recipe.integer("steps"), recipe.number("guidance")
    denoise = nodes.FluxDenoise(
        transformer=loader.transformer,
        positive_text_conditioning=encoder.conditioning,
        width=width,
        height=height,
        num_steps=steps,
        guidance=guidance,
        seed=seed,
        denoising_start=0.0,
        denoising_end=1.0,
        node_id="flux_denoise",
    )
    if recipe.mode == "img2img":
        resize = nodes.ImageResize(
            image=recipe.values["image"],
            width=width,
            height=height,
            node_id="initial_image_resize",
            is_intermediate=True,
        )
        recipe.on_form(resize, "image", "image")
        recipe.link("image", "init_image", "image_name")
        strength = recipe.number("strength")
        recipe.record(init_image=recipe.values["image"]["image_name"], strength=strength)
        power = nodes.FloatMath(operation="EXP", a=strength, b=0.2, node_id="strength_power")
        start = nodes.FloatMath(operation="SUB", a=1.0, b=power.value, node_id="denoising_start")
        encode = nodes.FluxVaeEncode(image=resize.image, vae=loader.vae, node_id="flux_vae_encode")
        denoise["latents"] = encode.latents
        denoise["denoising_start"] = start.value
    recipe.output(nodes.FluxVaeDecode(latents=denoise.latents, vae=loader.vae, node_id="flux_vae_decode"))
    recipe.record(
        generation_mode=f"flux_{recipe.mode}",
        positive_prompt=prompt,
        width=width,
        height=height,
        seed=seed,
        steps=steps,
    )
    if "vae_model" in submodels:
        recipe.record(vae=submodels["vae_model"])
