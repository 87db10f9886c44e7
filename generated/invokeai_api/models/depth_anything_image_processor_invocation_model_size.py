from typing import Literal, cast

DepthAnythingImageProcessorInvocationModelSize = Literal["base", "large", "small", "small_v2"]

DEPTH_ANYTHING_IMAGE_PROCESSOR_INVOCATION_MODEL_SIZE_VALUES: set[DepthAnythingImageProcessorInvocationModelSize] = {
    "base",
    "large",
    "small",
    "small_v2",
}


def check_depth_anything_image_processor_invocation_model_size(
    value: str,
) -> DepthAnythingImageProcessorInvocationModelSize:
    if value in DEPTH_ANYTHING_IMAGE_PROCESSOR_INVOCATION_MODEL_SIZE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(DepthAnythingImageProcessorInvocationModelSize, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPTH_ANYTHING_IMAGE_PROCESSOR_INVOCATION_MODEL_SIZE_VALUES!r}"
    )
