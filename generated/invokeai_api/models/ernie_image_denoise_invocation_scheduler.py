from typing import Literal, cast

ErnieImageDenoiseInvocationScheduler = Literal["euler", "heun", "lcm"]

ERNIE_IMAGE_DENOISE_INVOCATION_SCHEDULER_VALUES: set[ErnieImageDenoiseInvocationScheduler] = {
    "euler",
    "heun",
    "lcm",
}


def check_ernie_image_denoise_invocation_scheduler(value: str) -> ErnieImageDenoiseInvocationScheduler:
    if value in ERNIE_IMAGE_DENOISE_INVOCATION_SCHEDULER_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ErnieImageDenoiseInvocationScheduler, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ERNIE_IMAGE_DENOISE_INVOCATION_SCHEDULER_VALUES!r}")
