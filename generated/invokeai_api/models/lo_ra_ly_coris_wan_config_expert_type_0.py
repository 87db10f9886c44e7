from typing import Literal, cast

LoRALyCORISWanConfigExpertType0 = Literal["high", "low"]

LO_RA_LY_CORIS_WAN_CONFIG_EXPERT_TYPE_0_VALUES: set[LoRALyCORISWanConfigExpertType0] = {
    "high",
    "low",
}


def check_lo_ra_ly_coris_wan_config_expert_type_0(value: str) -> LoRALyCORISWanConfigExpertType0:
    if value in LO_RA_LY_CORIS_WAN_CONFIG_EXPERT_TYPE_0_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(LoRALyCORISWanConfigExpertType0, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LO_RA_LY_CORIS_WAN_CONFIG_EXPERT_TYPE_0_VALUES!r}")
