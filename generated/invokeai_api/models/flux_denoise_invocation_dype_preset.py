from typing import Literal

FluxDenoiseInvocationDypePreset = Literal["4k", "area", "auto", "manual", "off"]

FLUX_DENOISE_INVOCATION_DYPE_PRESET_VALUES: set[FluxDenoiseInvocationDypePreset] = {
    "4k",
    "area",
    "auto",
    "manual",
    "off",
}


def check_flux_denoise_invocation_dype_preset(value: str) -> FluxDenoiseInvocationDypePreset:
    if value in FLUX_DENOISE_INVOCATION_DYPE_PRESET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_DENOISE_INVOCATION_DYPE_PRESET_VALUES!r}")
