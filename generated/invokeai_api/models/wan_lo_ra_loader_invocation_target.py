from typing import Literal, cast

WanLoRALoaderInvocationTarget = Literal["auto", "both", "high", "low"]

WAN_LO_RA_LOADER_INVOCATION_TARGET_VALUES: set[WanLoRALoaderInvocationTarget] = {
    "auto",
    "both",
    "high",
    "low",
}


def check_wan_lo_ra_loader_invocation_target(value: str) -> WanLoRALoaderInvocationTarget:
    if value in WAN_LO_RA_LOADER_INVOCATION_TARGET_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(WanLoRALoaderInvocationTarget, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WAN_LO_RA_LOADER_INVOCATION_TARGET_VALUES!r}")
