from typing import Literal, cast

ScaleLatentsInvocationMode = Literal["area", "bicubic", "bilinear", "linear", "nearest", "nearest-exact", "trilinear"]

SCALE_LATENTS_INVOCATION_MODE_VALUES: set[ScaleLatentsInvocationMode] = {
    "area",
    "bicubic",
    "bilinear",
    "linear",
    "nearest",
    "nearest-exact",
    "trilinear",
}


def check_scale_latents_invocation_mode(value: str) -> ScaleLatentsInvocationMode:
    if value in SCALE_LATENTS_INVOCATION_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ScaleLatentsInvocationMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCALE_LATENTS_INVOCATION_MODE_VALUES!r}")
