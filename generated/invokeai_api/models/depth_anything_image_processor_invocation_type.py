from typing import Literal, cast

DepthAnythingImageProcessorInvocationType = Literal["depth_anything_image_processor"]

DEPTH_ANYTHING_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[DepthAnythingImageProcessorInvocationType] = {
    "depth_anything_image_processor",
}


def check_depth_anything_image_processor_invocation_type(value: str) -> DepthAnythingImageProcessorInvocationType:
    if value in DEPTH_ANYTHING_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(DepthAnythingImageProcessorInvocationType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPTH_ANYTHING_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}"
    )
