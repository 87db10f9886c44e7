from typing import Literal, cast

ContentShuffleImageProcessorInvocationType = Literal["content_shuffle_image_processor"]

CONTENT_SHUFFLE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[ContentShuffleImageProcessorInvocationType] = {
    "content_shuffle_image_processor",
}


def check_content_shuffle_image_processor_invocation_type(value: str) -> ContentShuffleImageProcessorInvocationType:
    if value in CONTENT_SHUFFLE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ContentShuffleImageProcessorInvocationType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_SHUFFLE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}"
    )
