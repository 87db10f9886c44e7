from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_CONVERT_INVOCATION_MODE_VALUES!r}")
