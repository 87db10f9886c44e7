from typing import Literal, cast

ImageBlurInvocationBlurType = Literal["box", "gaussian"]

IMAGE_BLUR_INVOCATION_BLUR_TYPE_VALUES: set[ImageBlurInvocationBlurType] = {
    "box",
    "gaussian",
}


def check_image_blur_invocation_blur_type(value: str) -> ImageBlurInvocationBlurType:
    if value in IMAGE_BLUR_INVOCATION_BLUR_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageBlurInvocationBlurType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_BLUR_INVOCATION_BLUR_TYPE_VALUES!r}")
