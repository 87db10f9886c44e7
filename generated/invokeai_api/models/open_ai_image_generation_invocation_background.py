from typing import Literal, cast

OpenAIImageGenerationInvocationBackground = Literal["auto", "opaque", "transparent"]

OPEN_AI_IMAGE_GENERATION_INVOCATION_BACKGROUND_VALUES: set[OpenAIImageGenerationInvocationBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_open_ai_image_generation_invocation_background(value: str) -> OpenAIImageGenerationInvocationBackground:
    if value in OPEN_AI_IMAGE_GENERATION_INVOCATION_BACKGROUND_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(OpenAIImageGenerationInvocationBackground, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_IMAGE_GENERATION_INVOCATION_BACKGROUND_VALUES!r}"
    )
