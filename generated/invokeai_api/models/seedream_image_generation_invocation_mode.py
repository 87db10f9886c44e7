from typing import Literal, cast

SeedreamImageGenerationInvocationMode = Literal["img2img", "inpaint", "txt2img"]

SEEDREAM_IMAGE_GENERATION_INVOCATION_MODE_VALUES: set[SeedreamImageGenerationInvocationMode] = {
    "img2img",
    "inpaint",
    "txt2img",
}


def check_seedream_image_generation_invocation_mode(value: str) -> SeedreamImageGenerationInvocationMode:
    if value in SEEDREAM_IMAGE_GENERATION_INVOCATION_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SeedreamImageGenerationInvocationMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEEDREAM_IMAGE_GENERATION_INVOCATION_MODE_VALUES!r}")
