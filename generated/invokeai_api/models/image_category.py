from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_CATEGORY_VALUES!r}")
