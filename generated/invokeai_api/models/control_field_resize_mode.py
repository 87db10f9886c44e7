from typing import Literal, cast

ControlFieldResizeMode = Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]

CONTROL_FIELD_RESIZE_MODE_VALUES: set[ControlFieldResizeMode] = {
    "crop_resize",
    "fill_resize",
    "just_resize",
    "just_resize_simple",
}


def check_control_field_resize_mode(value: str) -> ControlFieldResizeMode:
    if value in CONTROL_FIELD_RESIZE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ControlFieldResizeMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_FIELD_RESIZE_MODE_VALUES!r}")
