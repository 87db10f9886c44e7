from typing import Literal, cast

WanLoRAVariantType = Literal["5b", "a14b"]

WAN_LO_RA_VARIANT_TYPE_VALUES: set[WanLoRAVariantType] = {
    "5b",
    "a14b",
}


def check_wan_lo_ra_variant_type(value: str) -> WanLoRAVariantType:
    if value in WAN_LO_RA_VARIANT_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(WanLoRAVariantType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_LO_RA_VARIANT_TYPE_VALUES!r}")
