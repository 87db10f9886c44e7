from typing import Literal, cast

ImageChannelOffsetInvocationChannelType0 = Literal[
    "A (LAB)",
    "Alpha (RGBA)",
    "B (LAB)",
    "Black (CMYK)",
    "Blue (RGBA)",
    "Cb (YCbCr)",
    "Cr (YCbCr)",
    "Cyan (CMYK)",
    "Green (RGBA)",
    "Hue (HSV)",
    "Luminosity (LAB)",
    "Magenta (CMYK)",
    "Red (RGBA)",
    "Saturation (HSV)",
    "Value (HSV)",
    "Y (YCbCr)",
    "Yellow (CMYK)",
]

IMAGE_CHANNEL_OFFSET_INVOCATION_CHANNEL_TYPE_0_VALUES: set[ImageChannelOffsetInvocationChannelType0] = {
    "A (LAB)",
    "Alpha (RGBA)",
    "B (LAB)",
    "Black (CMYK)",
    "Blue (RGBA)",
    "Cb (YCbCr)",
    "Cr (YCbCr)",
    "Cyan (CMYK)",
    "Green (RGBA)",
    "Hue (HSV)",
    "Luminosity (LAB)",
    "Magenta (CMYK)",
    "Red (RGBA)",
    "Saturation (HSV)",
    "Value (HSV)",
    "Y (YCbCr)",
    "Yellow (CMYK)",
}


def check_image_channel_offset_invocation_channel_type_0(value: str) -> ImageChannelOffsetInvocationChannelType0:
    if value in IMAGE_CHANNEL_OFFSET_INVOCATION_CHANNEL_TYPE_0_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageChannelOffsetInvocationChannelType0, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_CHANNEL_OFFSET_INVOCATION_CHANNEL_TYPE_0_VALUES!r}"
    )
