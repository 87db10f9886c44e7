"""SDXL presets, shaped as the GUI's `buildSDXLGraph`: `sdxl_model_loader`, `sdxl_compel_prompt` for each
prompt with the prompt as its style too (the GUI's default, prompts concatenated), collected into
`denoise_latents`, then `l2i` (see `latents`); metadata mode `sdxl_txt2img` or `sdxl_img2img`, with the
style prompts recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from invokeai_client.graph import nodes

from .latents import denoise_and_decode, sd_metadata

if TYPE_CHECKING:
    from .metadata import Recipe

__all__ = ["build"]


def build(recipe: Recipe) -> None:
    """Add the SDXL graph to `recipe`."""
    loader = nodes.SDXLModelLoader(model=recipe.model, node_id="sdxl_model_loader")
    recipe.on_form(loader, "model", "model")
    recipe.link("model", "model")
    prompt, negative_prompt = recipe.text("prompt"), recipe.text("negative_prompt")
    positive = nodes.SDXLCompelPrompt(
        prompt=prompt, style=prompt, clip=loader.clip, clip2=loader.clip2, node_id="pos_cond"
    )
    negative = nodes.SDXLCompelPrompt(
        prompt=negative_prompt,
        style=negative_prompt,
        clip=loader.clip,
        clip2=loader.clip2,
        node_id="neg_cond",
    )
    recipe.record(
        positive_prompt=prompt,
        negative_prompt=negative_prompt,
        positive_style_prompt=prompt,
        negative_style_prompt=negative_prompt,
    )
    denoise_and_decode(
        recipe,
        unet=loader.unet,
        vae=loader.vae,
        positive=positive.conditioning,
        negative=negative.conditioning,
    )
    sd_metadata(recipe, f"sdxl_{recipe.mode}")
