from typing import Literal

OpenAIImageGenerationInvocationBackground = Literal["auto", "opaque", "transparent"]

OPEN_AI_IMAGE_GENERATION_INVOCATION_BACKGROUND_VALUES: set[OpenAIImageGenerationInvocationBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_open_ai_image_generation_invocation_background(value: str) -> OpenAIImageGenerationInvocationBackground:
    if value in OPEN_AI_IMAGE_GENERATION_INVOCATION_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_IMAGE_GENERATION_INVOCATION_BACKGROUND_VALUES!r}"
    )
