from typing import Literal, cast

AnimaDenoiseInvocationScheduler = Literal["dpmpp_2m", "dpmpp_2m_sde", "er_sde", "euler", "heun", "lcm"]

ANIMA_DENOISE_INVOCATION_SCHEDULER_VALUES: set[AnimaDenoiseInvocationScheduler] = {
    "dpmpp_2m",
    "dpmpp_2m_sde",
    "er_sde",
    "euler",
    "heun",
    "lcm",
}


def check_anima_denoise_invocation_scheduler(value: str) -> AnimaDenoiseInvocationScheduler:
    if value in ANIMA_DENOISE_INVOCATION_SCHEDULER_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(AnimaDenoiseInvocationScheduler, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANIMA_DENOISE_INVOCATION_SCHEDULER_VALUES!r}")
