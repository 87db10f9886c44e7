from typing import Literal, cast

ControlNetMetadataFieldResizeMode = Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]

CONTROL_NET_METADATA_FIELD_RESIZE_MODE_VALUES: set[ControlNetMetadataFieldResizeMode] = {
    "crop_resize",
    "fill_resize",
    "just_resize",
    "just_resize_simple",
}


def check_control_net_metadata_field_resize_mode(value: str) -> ControlNetMetadataFieldResizeMode:
    if value in CONTROL_NET_METADATA_FIELD_RESIZE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ControlNetMetadataFieldResizeMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_NET_METADATA_FIELD_RESIZE_MODE_VALUES!r}")
