from typing import Literal, cast

ZImageDenoiseMetaInvocationScheduler = Literal["euler", "heun", "lcm"]

Z_IMAGE_DENOISE_META_INVOCATION_SCHEDULER_VALUES: set[ZImageDenoiseMetaInvocationScheduler] = {
    "euler",
    "heun",
    "lcm",
}


def check_z_image_denoise_meta_invocation_scheduler(value: str) -> ZImageDenoiseMetaInvocationScheduler:
    if value in Z_IMAGE_DENOISE_META_INVOCATION_SCHEDULER_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ZImageDenoiseMetaInvocationScheduler, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {Z_IMAGE_DENOISE_META_INVOCATION_SCHEDULER_VALUES!r}")
