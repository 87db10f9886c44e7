from typing import Literal, cast

StepParamEasingInvocationEasing = Literal[
    "BackIn",
    "BackInOut",
    "BackOut",
    "BounceIn",
    "BounceInOut",
    "BounceOut",
    "CircularIn",
    "CircularInOut",
    "CircularOut",
    "CubicIn",
    "CubicInOut",
    "CubicOut",
    "ElasticIn",
    "ElasticInOut",
    "ElasticOut",
    "ExponentialIn",
    "ExponentialInOut",
    "ExponentialOut",
    "Linear",
    "QuadIn",
    "QuadInOut",
    "QuadOut",
    "QuarticIn",
    "QuarticInOut",
    "QuarticOut",
    "QuinticIn",
    "QuinticInOut",
    "QuinticOut",
    "SineIn",
    "SineInOut",
    "SineOut",
]

STEP_PARAM_EASING_INVOCATION_EASING_VALUES: set[StepParamEasingInvocationEasing] = {
    "BackIn",
    "BackInOut",
    "BackOut",
    "BounceIn",
    "BounceInOut",
    "BounceOut",
    "CircularIn",
    "CircularInOut",
    "CircularOut",
    "CubicIn",
    "CubicInOut",
    "CubicOut",
    "ElasticIn",
    "ElasticInOut",
    "ElasticOut",
    "ExponentialIn",
    "ExponentialInOut",
    "ExponentialOut",
    "Linear",
    "QuadIn",
    "QuadInOut",
    "QuadOut",
    "QuarticIn",
    "QuarticInOut",
    "QuarticOut",
    "QuinticIn",
    "QuinticInOut",
    "QuinticOut",
    "SineIn",
    "SineInOut",
    "SineOut",
}


def check_step_param_easing_invocation_easing(value: str) -> StepParamEasingInvocationEasing:
    if value in STEP_PARAM_EASING_INVOCATION_EASING_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(StepParamEasingInvocationEasing, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEP_PARAM_EASING_INVOCATION_EASING_VALUES!r}")
