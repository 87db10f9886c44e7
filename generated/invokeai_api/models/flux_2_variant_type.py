from typing import Literal, cast

Flux2VariantType = Literal["dev", "klein_4b", "klein_4b_base", "klein_9b", "klein_9b_base"]

FLUX_2_VARIANT_TYPE_VALUES: set[Flux2VariantType] = {
    "dev",
    "klein_4b",
    "klein_4b_base",
    "klein_9b",
    "klein_9b_base",
}


def check_flux_2_variant_type(value: str) -> Flux2VariantType:
    if value in FLUX_2_VARIANT_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Flux2VariantType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_2_VARIANT_TYPE_VALUES!r}")
