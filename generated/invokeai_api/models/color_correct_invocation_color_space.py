from typing import Literal, cast

ColorCorrectInvocationColorSpace = Literal["RGB", "YCbCr", "YCbCr-Chroma", "YCbCr-Luma"]

COLOR_CORRECT_INVOCATION_COLOR_SPACE_VALUES: set[ColorCorrectInvocationColorSpace] = {
    "RGB",
    "YCbCr",
    "YCbCr-Chroma",
    "YCbCr-Luma",
}


def check_color_correct_invocation_color_space(value: str) -> ColorCorrectInvocationColorSpace:
    if value in COLOR_CORRECT_INVOCATION_COLOR_SPACE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ColorCorrectInvocationColorSpace, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLOR_CORRECT_INVOCATION_COLOR_SPACE_VALUES!r}")
