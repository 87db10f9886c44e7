from typing import Literal, cast

CLIPEmbedDiffusersConfigFormat = Literal["diffusers"]

CLIP_EMBED_DIFFUSERS_CONFIG_FORMAT_VALUES: set[CLIPEmbedDiffusersConfigFormat] = {
    "diffusers",
}


def check_clip_embed_diffusers_config_format(value: str) -> CLIPEmbedDiffusersConfigFormat:
    if value in CLIP_EMBED_DIFFUSERS_CONFIG_FORMAT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(CLIPEmbedDiffusersConfigFormat, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIP_EMBED_DIFFUSERS_CONFIG_FORMAT_VALUES!r}")
