from typing import Literal, cast

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
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ControlNetInvocationControlMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTROL_NET_INVOCATION_CONTROL_MODE_VALUES!r}")
