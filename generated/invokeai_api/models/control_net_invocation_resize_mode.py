from typing import Literal, cast

ControlNetInvocationResizeMode = Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]

CONTROL_NET_INVOCATION_RESIZE_MODE_VALUES: set[ControlNetInvocationResizeMode] = {
    "crop_resize",
    "fill_resize",
    "just_resize",
    "just_resize_simple",
}


def check_control_net_invocation_resize_mode(value: str) -> ControlNetInvocationResizeMode:
    if value in CONTROL_NET_INVOCATION_RESIZE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ControlNetInvocationResizeMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_NET_INVOCATION_RESIZE_MODE_VALUES!r}")
