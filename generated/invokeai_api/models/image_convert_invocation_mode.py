from typing import Literal, cast

ImageConvertInvocationMode = Literal["CMYK", "F", "HSV", "I", "L", "LAB", "RGB", "RGBA", "YCbCr"]

IMAGE_CONVERT_INVOCATION_MODE_VALUES: set[ImageConvertInvocationMode] = {
    "CMYK",
    "F",
    "HSV",
    "I",
    "L",
    "LAB",
    "RGB",
    "RGBA",
    "YCbCr",
}


def check_image_convert_invocation_mode(value: str) -> ImageConvertInvocationMode:
    if value in IMAGE_CONVERT_INVOCATION_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageConvertInvocationMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_CONVERT_INVOCATION_MODE_VALUES!r}")
