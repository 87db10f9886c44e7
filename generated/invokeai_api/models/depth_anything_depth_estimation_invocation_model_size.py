from typing import Literal, cast

DepthAnythingDepthEstimationInvocationModelSize = Literal["base", "large", "small", "small_v2"]

DEPTH_ANYTHING_DEPTH_ESTIMATION_INVOCATION_MODEL_SIZE_VALUES: set[DepthAnythingDepthEstimationInvocationModelSize] = {
    "base",
    "large",
    "small",
    "small_v2",
}


def check_depth_anything_depth_estimation_invocation_model_size(
    value: str,
) -> DepthAnythingDepthEstimationInvocationModelSize:
    if value in DEPTH_ANYTHING_DEPTH_ESTIMATION_INVOCATION_MODEL_SIZE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(DepthAnythingDepthEstimationInvocationModelSize, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEPTH_ANYTHING_DEPTH_ESTIMATION_INVOCATION_MODEL_SIZE_VALUES!r}"
    )
