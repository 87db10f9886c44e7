from typing import Literal, cast

ResizeLatentsInvocationMode = Literal["area", "bicubic", "bilinear", "linear", "nearest", "nearest-exact", "trilinear"]

RESIZE_LATENTS_INVOCATION_MODE_VALUES: set[ResizeLatentsInvocationMode] = {
    "area",
    "bicubic",
    "bilinear",
    "linear",
    "nearest",
    "nearest-exact",
    "trilinear",
}


def check_resize_latents_invocation_mode(value: str) -> ResizeLatentsInvocationMode:
    if value in RESIZE_LATENTS_INVOCATION_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ResizeLatentsInvocationMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESIZE_LATENTS_INVOCATION_MODE_VALUES!r}")
