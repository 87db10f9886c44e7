from typing import Literal, cast

InvokeAdjustImageHuePlusInvocationSpace = Literal[
    "*LCh / CIELab", "*Oklch / Oklab", "*UPLab (w/CIELab_to_UPLab.icc)", "HSV / HSL / RGB", "Okhsl", "Okhsv"
]

INVOKE_ADJUST_IMAGE_HUE_PLUS_INVOCATION_SPACE_VALUES: set[InvokeAdjustImageHuePlusInvocationSpace] = {
    "*LCh / CIELab",
    "*Oklch / Oklab",
    "*UPLab (w/CIELab_to_UPLab.icc)",
    "HSV / HSL / RGB",
    "Okhsl",
    "Okhsv",
}


def check_invoke_adjust_image_hue_plus_invocation_space(value: str) -> InvokeAdjustImageHuePlusInvocationSpace:
    if value in INVOKE_ADJUST_IMAGE_HUE_PLUS_INVOCATION_SPACE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeAdjustImageHuePlusInvocationSpace, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOKE_ADJUST_IMAGE_HUE_PLUS_INVOCATION_SPACE_VALUES!r}"
    )
