from typing import Literal, cast

MainGGUFWanConfigExpert = Literal["high", "low", "none"]

MAIN_GGUF_WAN_CONFIG_EXPERT_VALUES: set[MainGGUFWanConfigExpert] = {
    "high",
    "low",
    "none",
}


def check_main_gguf_wan_config_expert(value: str) -> MainGGUFWanConfigExpert:
    if value in MAIN_GGUF_WAN_CONFIG_EXPERT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MainGGUFWanConfigExpert, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MAIN_GGUF_WAN_CONFIG_EXPERT_VALUES!r}")
