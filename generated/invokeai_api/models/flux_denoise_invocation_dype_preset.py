from typing import Literal, cast

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
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FluxDenoiseInvocationDypePreset, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_DENOISE_INVOCATION_DYPE_PRESET_VALUES!r}")
