from typing import Literal, cast

WanI2VIdealDimensionsInvocationTargetResolution = Literal["1080p", "480p", "720p"]

WAN_I2V_IDEAL_DIMENSIONS_INVOCATION_TARGET_RESOLUTION_VALUES: set[WanI2VIdealDimensionsInvocationTargetResolution] = {
    "1080p",
    "480p",
    "720p",
}


def check_wan_i2v_ideal_dimensions_invocation_target_resolution(
    value: str,
) -> WanI2VIdealDimensionsInvocationTargetResolution:
    if value in WAN_I2V_IDEAL_DIMENSIONS_INVOCATION_TARGET_RESOLUTION_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(WanI2VIdealDimensionsInvocationTargetResolution, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_I2V_IDEAL_DIMENSIONS_INVOCATION_TARGET_RESOLUTION_VALUES!r}"
    )
