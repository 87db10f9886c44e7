from typing import Literal, cast

ControlNetMetadataFieldControlMode = Literal["balanced", "more_control", "more_prompt", "unbalanced"]

CONTROL_NET_METADATA_FIELD_CONTROL_MODE_VALUES: set[ControlNetMetadataFieldControlMode] = {
    "balanced",
    "more_control",
    "more_prompt",
    "unbalanced",
}


def check_control_net_metadata_field_control_mode(value: str) -> ControlNetMetadataFieldControlMode:
    if value in CONTROL_NET_METADATA_FIELD_CONTROL_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ControlNetMetadataFieldControlMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_NET_METADATA_FIELD_CONTROL_MODE_VALUES!r}")
