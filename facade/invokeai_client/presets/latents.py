"""The part SD1 and SDXL presets share, as the GUI's builders make it: noise, `denoise_latents`, `l2i`,
and for image-to-image the init image resized to the output size and encoded (`i2l`) as the starting
latents, denoised from 1 - strength.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from invokeai_client.graph import nodes

if TYPE_CHECKING:
    from invokeai_client.graph import Output

    from .metadata import Recipe

__all__ = ["denoise_and_decode", "image_input", "sd_metadata"]


def image_input(recipe: Recipe) -> Any:
    """The init image, resized to the output size (the GUI resizes it to the generation box), and the
    strength's denoising start; records both in the metadata. Returns (image output, denoising_start)."""
    width, height = recipe.sizes
    resize = nodes.ImageResize(
        image=recipe.values["image"],
        width=width,
        height=height,
        node_id="initial_image_resize",
        is_intermediate=True,  # only the output goes to the gallery, as in the GUI's graphs
    )
    recipe.on_form(resize, "image", "image")
    recipe.link("image", "init_image", "image_name")
    recipe.record(init_image=recipe.values["image"]["image_name"])
    strength = recipe.number("strength")
    recipe.record(strength=strength)
    start = nodes.FloatMath(operation="SUB", a=1.0, b=strength, node_id="denoising_start")
    return resize.image, start.value


def denoise_and_decode(
    recipe: Recipe,
    *,
    unet: Output[Any],
    vae: Output[Any],
    positive: Output[Any],
    negative: Output[Any],
) -> None:
    """Noise, `denoise_latents` (with the init image's latents for image-to-image) and `l2i`, the output."""
    width, height = recipe.sizes
    seed = recipe.integer("seed")
    noise = nodes.Noise(seed=seed, width=width, height=height, use_cpu=True, node_id="noise")
    steps, cfg_scale = recipe.integer("steps"), recipe.number("cfg_scale")
    positive_collect = nodes.Collect(item=positive, node_id="pos_cond_collect")
    negative_collect = nodes.Collect(item=negative, node_id="neg_cond_collect")
    denoise = nodes.DenoiseLatents(
        positive_conditioning=positive_collect.collection,
        negative_conditioning=negative_collect.collection,
        unet=unet,
        noise=noise.noise,
        steps=steps,
        cfg_scale=cfg_scale,
        cfg_rescale_multiplier=0.0,
        scheduler=recipe.values["scheduler"],
        denoising_start=0.0,
        denoising_end=1.0,
        node_id="denoise_latents",
    )
    recipe.on_form(denoise, "scheduler", "scheduler")
    recipe.link("scheduler", "scheduler")
    if recipe.mode == "img2img":
        image, start = image_input(recipe)
        encode = nodes.ImageToLatents(image=image, vae=vae, fp32=True, node_id="i2l")
        denoise["latents"] = encode.latents
        denoise["denoising_start"] = start
    # The GUI's default VAE precision is fp32.
    recipe.output(nodes.LatentsToImage(latents=denoise.latents, vae=vae, fp32=True, node_id="l2i"))
    recipe.record(
        seed=seed,
        steps=steps,
        cfg_scale=cfg_scale,
        cfg_rescale_multiplier=0.0,
        scheduler=recipe.values["scheduler"],
        rand_device="cpu",  # noise made on the CPU, as the GUI does by default
    )


def sd_metadata(recipe: Recipe, generation_mode: str) -> None:
    """The size and the generation mode in the metadata."""
    width, height = recipe.sizes
    recipe.record(width=width, height=height, generation_mode=generation_mode)
