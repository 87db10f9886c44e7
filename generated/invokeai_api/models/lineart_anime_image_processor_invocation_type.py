from typing import Literal, cast

LineartAnimeImageProcessorInvocationType = Literal["lineart_anime_image_processor"]

LINEART_ANIME_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[LineartAnimeImageProcessorInvocationType] = {
    "lineart_anime_image_processor",
}


def check_lineart_anime_image_processor_invocation_type(value: str) -> LineartAnimeImageProcessorInvocationType:
    if value in LINEART_ANIME_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(LineartAnimeImageProcessorInvocationType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LINEART_ANIME_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}"
    )
