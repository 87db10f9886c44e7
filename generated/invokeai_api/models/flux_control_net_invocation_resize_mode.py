from typing import Literal, cast

FluxControlNetInvocationResizeMode = Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]

FLUX_CONTROL_NET_INVOCATION_RESIZE_MODE_VALUES: set[FluxControlNetInvocationResizeMode] = {
    "crop_resize",
    "fill_resize",
    "just_resize",
    "just_resize_simple",
}


def check_flux_control_net_invocation_resize_mode(value: str) -> FluxControlNetInvocationResizeMode:
    if value in FLUX_CONTROL_NET_INVOCATION_RESIZE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FluxControlNetInvocationResizeMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_CONTROL_NET_INVOCATION_RESIZE_MODE_VALUES!r}")
