from typing import Literal, cast

FluxDenoiseLatentsMetaInvocationScheduler = Literal["euler", "heun", "lcm"]

FLUX_DENOISE_LATENTS_META_INVOCATION_SCHEDULER_VALUES: set[FluxDenoiseLatentsMetaInvocationScheduler] = {
    "euler",
    "heun",
    "lcm",
}


def check_flux_denoise_latents_meta_invocation_scheduler(value: str) -> FluxDenoiseLatentsMetaInvocationScheduler:
    if value in FLUX_DENOISE_LATENTS_META_INVOCATION_SCHEDULER_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FluxDenoiseLatentsMetaInvocationScheduler, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_DENOISE_LATENTS_META_INVOCATION_SCHEDULER_VALUES!r}"
    )
