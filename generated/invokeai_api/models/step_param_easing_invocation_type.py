from typing import Literal, cast

StepParamEasingInvocationType = Literal["step_param_easing"]

STEP_PARAM_EASING_INVOCATION_TYPE_VALUES: set[StepParamEasingInvocationType] = {
    "step_param_easing",
}


def check_step_param_easing_invocation_type(value: str) -> StepParamEasingInvocationType:
    if value in STEP_PARAM_EASING_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(StepParamEasingInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEP_PARAM_EASING_INVOCATION_TYPE_VALUES!r}")
