"""SD1 presets, shaped as the GUI's `buildSD1Graph`: `main_model_loader`, `clip_skip` (0 layers),
`compel` prompts collected into `denoise_latents`, then `l2i` (see `latents`); metadata mode `txt2img`
or `img2img`, with `clip_skip` recorded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from invokeai_client.graph import nodes

from .latents import denoise_and_decode, sd_metadata

if TYPE_CHECKING:
    from .metadata import Recipe

__all__ = ["build"]


def build(recipe: Recipe) -> None:
    """Add the SD1 graph to `recipe`."""
    loader = nodes.MainModelLoader(model=recipe.model, node_id="sd1_model_loader")
    recipe.on_form(loader, "model", "model")
    recipe.link("model", "model")
    clip = nodes.CLIPSkip(clip=loader.clip, skipped_layers=0, node_id="clip_skip")
    prompt, negative_prompt = recipe.text("prompt"), recipe.text("negative_prompt")
    positive = nodes.Compel(prompt=prompt, clip=clip.clip, node_id="pos_cond")
    negative = nodes.Compel(prompt=negative_prompt, clip=clip.clip, node_id="neg_cond")
    recipe.record(positive_prompt=prompt, negative_prompt=negative_prompt, clip_skip=0)
    denoise_and_decode(
        recipe,
        unet=loader.unet,
        vae=loader.vae,
        positive=positive.conditioning,
        negative=negative.conditioning,
    )
    sd_metadata(recipe, recipe.mode)
