from typing import Literal, cast

ImageResizeInvocationResampleMode = Literal["bicubic", "bilinear", "box", "hamming", "lanczos", "nearest"]

IMAGE_RESIZE_INVOCATION_RESAMPLE_MODE_VALUES: set[ImageResizeInvocationResampleMode] = {
    "bicubic",
    "bilinear",
    "box",
    "hamming",
    "lanczos",
    "nearest",
}


def check_image_resize_invocation_resample_mode(value: str) -> ImageResizeInvocationResampleMode:
    if value in IMAGE_RESIZE_INVOCATION_RESAMPLE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageResizeInvocationResampleMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_RESIZE_INVOCATION_RESAMPLE_MODE_VALUES!r}")
