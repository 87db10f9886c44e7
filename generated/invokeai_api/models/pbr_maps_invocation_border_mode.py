from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PBR_MAPS_INVOCATION_BORDER_MODE_VALUES!r}")
