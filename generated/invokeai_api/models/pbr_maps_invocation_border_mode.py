from typing import Literal, cast

PBRMapsInvocationBorderMode = Literal["mirror", "none", "replicate", "seamless"]

PBR_MAPS_INVOCATION_BORDER_MODE_VALUES: set[PBRMapsInvocationBorderMode] = {
    "mirror",
    "none",
    "replicate",
    "seamless",
}


def check_pbr_maps_invocation_border_mode(value: str) -> PBRMapsInvocationBorderMode:
    if value in PBR_MAPS_INVOCATION_BORDER_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(PBRMapsInvocationBorderMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PBR_MAPS_INVOCATION_BORDER_MODE_VALUES!r}")
