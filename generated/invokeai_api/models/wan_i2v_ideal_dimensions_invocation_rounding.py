from typing import Literal, cast

WanI2VIdealDimensionsInvocationRounding = Literal["ceiling", "floor", "nearest"]

WAN_I2V_IDEAL_DIMENSIONS_INVOCATION_ROUNDING_VALUES: set[WanI2VIdealDimensionsInvocationRounding] = {
    "ceiling",
    "floor",
    "nearest",
}


def check_wan_i2v_ideal_dimensions_invocation_rounding(value: str) -> WanI2VIdealDimensionsInvocationRounding:
    if value in WAN_I2V_IDEAL_DIMENSIONS_INVOCATION_ROUNDING_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(WanI2VIdealDimensionsInvocationRounding, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_I2V_IDEAL_DIMENSIONS_INVOCATION_ROUNDING_VALUES!r}"
    )
