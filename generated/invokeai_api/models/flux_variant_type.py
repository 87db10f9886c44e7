from typing import Literal, cast

FluxVariantType = Literal["dev", "dev_fill", "schnell"]

FLUX_VARIANT_TYPE_VALUES: set[FluxVariantType] = {
    "dev",
    "dev_fill",
    "schnell",
}


def check_flux_variant_type(value: str) -> FluxVariantType:
    if value in FLUX_VARIANT_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FluxVariantType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_VARIANT_TYPE_VALUES!r}")
