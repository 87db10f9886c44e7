from typing import Literal, cast

Krea2VariantType = Literal["krea2_base", "krea2_turbo"]

KREA_2_VARIANT_TYPE_VALUES: set[Krea2VariantType] = {
    "krea2_base",
    "krea2_turbo",
}


def check_krea_2_variant_type(value: str) -> Krea2VariantType:
    if value in KREA_2_VARIANT_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Krea2VariantType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KREA_2_VARIANT_TYPE_VALUES!r}")
