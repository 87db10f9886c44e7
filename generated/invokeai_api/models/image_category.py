from typing import Literal, cast

ImageCategory = Literal["control", "general", "mask", "other", "user"]

IMAGE_CATEGORY_VALUES: set[ImageCategory] = {
    "control",
    "general",
    "mask",
    "other",
    "user",
}


def check_image_category(value: str) -> ImageCategory:
    if value in IMAGE_CATEGORY_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageCategory, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_CATEGORY_VALUES!r}")
