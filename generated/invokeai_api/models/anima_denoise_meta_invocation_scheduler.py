from typing import Literal, cast

AnimaDenoiseMetaInvocationScheduler = Literal["dpmpp_2m", "dpmpp_2m_sde", "er_sde", "euler", "heun", "lcm"]

ANIMA_DENOISE_META_INVOCATION_SCHEDULER_VALUES: set[AnimaDenoiseMetaInvocationScheduler] = {
    "dpmpp_2m",
    "dpmpp_2m_sde",
    "er_sde",
    "euler",
    "heun",
    "lcm",
}


def check_anima_denoise_meta_invocation_scheduler(value: str) -> AnimaDenoiseMetaInvocationScheduler:
    if value in ANIMA_DENOISE_META_INVOCATION_SCHEDULER_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(AnimaDenoiseMetaInvocationScheduler, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANIMA_DENOISE_META_INVOCATION_SCHEDULER_VALUES!r}")
