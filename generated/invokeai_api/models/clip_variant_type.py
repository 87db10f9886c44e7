from typing import Literal, cast

ClipVariantType = Literal["gigantic", "large"]

CLIP_VARIANT_TYPE_VALUES: set[ClipVariantType] = {
    "gigantic",
    "large",
}


def check_clip_variant_type(value: str) -> ClipVariantType:
    if value in CLIP_VARIANT_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ClipVariantType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIP_VARIANT_TYPE_VALUES!r}")
