from typing import Literal, cast

ImageScaleInvocationResampleMode = Literal["bicubic", "bilinear", "box", "hamming", "lanczos", "nearest"]

IMAGE_SCALE_INVOCATION_RESAMPLE_MODE_VALUES: set[ImageScaleInvocationResampleMode] = {
    "bicubic",
    "bilinear",
    "box",
    "hamming",
    "lanczos",
    "nearest",
}


def check_image_scale_invocation_resample_mode(value: str) -> ImageScaleInvocationResampleMode:
    if value in IMAGE_SCALE_INVOCATION_RESAMPLE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageScaleInvocationResampleMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_SCALE_INVOCATION_RESAMPLE_MODE_VALUES!r}")
