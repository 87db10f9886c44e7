from typing import Literal, cast

InvokeImageBlendInvocationColorSpace = Literal[
    "HSL (RGB)", "HSV (RGB)", "LCh (CIELab)", "Linear RGB", "Okhsl", "Okhsv", "Oklch (Oklab)", "RGB"
]

INVOKE_IMAGE_BLEND_INVOCATION_COLOR_SPACE_VALUES: set[InvokeImageBlendInvocationColorSpace] = {
    "HSL (RGB)",
    "HSV (RGB)",
    "LCh (CIELab)",
    "Linear RGB",
    "Okhsl",
    "Okhsv",
    "Oklch (Oklab)",
    "RGB",
}


def check_invoke_image_blend_invocation_color_space(value: str) -> InvokeImageBlendInvocationColorSpace:
    if value in INVOKE_IMAGE_BLEND_INVOCATION_COLOR_SPACE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeImageBlendInvocationColorSpace, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_IMAGE_BLEND_INVOCATION_COLOR_SPACE_VALUES!r}")
