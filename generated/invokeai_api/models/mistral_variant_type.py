from typing import Literal, cast

MistralVariantType = Literal["cow_mistral3_small", "mistral3_24b"]

MISTRAL_VARIANT_TYPE_VALUES: set[MistralVariantType] = {
    "cow_mistral3_small",
    "mistral3_24b",
}


def check_mistral_variant_type(value: str) -> MistralVariantType:
    if value in MISTRAL_VARIANT_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MistralVariantType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MISTRAL_VARIANT_TYPE_VALUES!r}")
