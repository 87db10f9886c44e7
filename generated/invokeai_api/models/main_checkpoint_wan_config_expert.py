from typing import Literal, cast

MainCheckpointWanConfigExpert = Literal["high", "low", "none"]

MAIN_CHECKPOINT_WAN_CONFIG_EXPERT_VALUES: set[MainCheckpointWanConfigExpert] = {
    "high",
    "low",
    "none",
}


def check_main_checkpoint_wan_config_expert(value: str) -> MainCheckpointWanConfigExpert:
    if value in MAIN_CHECKPOINT_WAN_CONFIG_EXPERT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MainCheckpointWanConfigExpert, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MAIN_CHECKPOINT_WAN_CONFIG_EXPERT_VALUES!r}")
