from typing import Literal, cast

CannyImageProcessorInvocationType = Literal["canny_image_processor"]

CANNY_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[CannyImageProcessorInvocationType] = {
    "canny_image_processor",
}


def check_canny_image_processor_invocation_type(value: str) -> CannyImageProcessorInvocationType:
    if value in CANNY_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(CannyImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CANNY_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
