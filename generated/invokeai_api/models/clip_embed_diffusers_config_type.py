from typing import Literal, cast

CLIPEmbedDiffusersConfigType = Literal["clip_embed"]

CLIP_EMBED_DIFFUSERS_CONFIG_TYPE_VALUES: set[CLIPEmbedDiffusersConfigType] = {
    "clip_embed",
}


def check_clip_embed_diffusers_config_type(value: str) -> CLIPEmbedDiffusersConfigType:
    if value in CLIP_EMBED_DIFFUSERS_CONFIG_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(CLIPEmbedDiffusersConfigType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIP_EMBED_DIFFUSERS_CONFIG_TYPE_VALUES!r}")
