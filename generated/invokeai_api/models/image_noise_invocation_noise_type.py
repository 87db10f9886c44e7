from typing import Literal, cast

ImageNoiseInvocationNoiseType = Literal["gaussian", "salt_and_pepper"]

IMAGE_NOISE_INVOCATION_NOISE_TYPE_VALUES: set[ImageNoiseInvocationNoiseType] = {
    "gaussian",
    "salt_and_pepper",
}


def check_image_noise_invocation_noise_type(value: str) -> ImageNoiseInvocationNoiseType:
    if value in IMAGE_NOISE_INVOCATION_NOISE_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageNoiseInvocationNoiseType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_NOISE_INVOCATION_NOISE_TYPE_VALUES!r}")
