from typing import Literal, cast

ImageChannelInvocationChannel = Literal["A", "B", "G", "R"]

IMAGE_CHANNEL_INVOCATION_CHANNEL_VALUES: set[ImageChannelInvocationChannel] = {
    "A",
    "B",
    "G",
    "R",
}


def check_image_channel_invocation_channel(value: str) -> ImageChannelInvocationChannel:
    if value in IMAGE_CHANNEL_INVOCATION_CHANNEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageChannelInvocationChannel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_CHANNEL_INVOCATION_CHANNEL_VALUES!r}")
