from typing import Literal, cast

ZImageVariantType = Literal["turbo", "zbase"]

Z_IMAGE_VARIANT_TYPE_VALUES: set[ZImageVariantType] = {
    "turbo",
    "zbase",
}


def check_z_image_variant_type(value: str) -> ZImageVariantType:
    if value in Z_IMAGE_VARIANT_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ZImageVariantType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {Z_IMAGE_VARIANT_TYPE_VALUES!r}")
