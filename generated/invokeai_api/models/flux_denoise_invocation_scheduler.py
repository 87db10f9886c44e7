from typing import Literal, cast

FluxDenoiseInvocationScheduler = Literal["euler", "heun", "lcm"]

FLUX_DENOISE_INVOCATION_SCHEDULER_VALUES: set[FluxDenoiseInvocationScheduler] = {
    "euler",
    "heun",
    "lcm",
}


def check_flux_denoise_invocation_scheduler(value: str) -> FluxDenoiseInvocationScheduler:
    if value in FLUX_DENOISE_INVOCATION_SCHEDULER_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FluxDenoiseInvocationScheduler, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_DENOISE_INVOCATION_SCHEDULER_VALUES!r}")
