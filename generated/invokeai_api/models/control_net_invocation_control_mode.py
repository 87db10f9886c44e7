from typing import Literal

ControlNetInvocationControlMode = Literal["balanced", "more_control", "more_prompt", "unbalanced"]

CONTROL_NET_INVOCATION_CONTROL_MODE_VALUES: set[ControlNetInvocationControlMode] = {
    "balanced",
    "more_control",
    "more_prompt",
    "unbalanced",
}


def check_control_net_invocation_control_mode(value: str) -> ControlNetInvocationControlMode:
    if value in CONTROL_NET_INVOCATION_CONTROL_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_NET_INVOCATION_CONTROL_MODE_VALUES!r}")
