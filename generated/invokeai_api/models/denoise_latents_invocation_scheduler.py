from typing import Literal, cast

DenoiseLatentsInvocationScheduler = Literal[
    "ddim",
    "ddpm",
    "deis",
    "deis_k",
    "dpmpp_2m",
    "dpmpp_2m_k",
    "dpmpp_2m_sde",
    "dpmpp_2m_sde_k",
    "dpmpp_2s",
    "dpmpp_2s_k",
    "dpmpp_3m",
    "dpmpp_3m_k",
    "dpmpp_sde",
    "dpmpp_sde_k",
    "er_sde",
    "euler",
    "euler_a",
    "euler_k",
    "heun",
    "heun_k",
    "kdpm_2",
    "kdpm_2_a",
    "kdpm_2_a_k",
    "kdpm_2_k",
    "lcm",
    "lms",
    "lms_k",
    "pndm",
    "tcd",
    "unipc",
    "unipc_k",
]

DENOISE_LATENTS_INVOCATION_SCHEDULER_VALUES: set[DenoiseLatentsInvocationScheduler] = {
    "ddim",
    "ddpm",
    "deis",
    "deis_k",
    "dpmpp_2m",
    "dpmpp_2m_k",
    "dpmpp_2m_sde",
    "dpmpp_2m_sde_k",
    "dpmpp_2s",
    "dpmpp_2s_k",
    "dpmpp_3m",
    "dpmpp_3m_k",
    "dpmpp_sde",
    "dpmpp_sde_k",
    "er_sde",
    "euler",
    "euler_a",
    "euler_k",
    "heun",
    "heun_k",
    "kdpm_2",
    "kdpm_2_a",
    "kdpm_2_a_k",
    "kdpm_2_k",
    "lcm",
    "lms",
    "lms_k",
    "pndm",
    "tcd",
    "unipc",
    "unipc_k",
}


def check_denoise_latents_invocation_scheduler(value: str) -> DenoiseLatentsInvocationScheduler:
    if value in DENOISE_LATENTS_INVOCATION_SCHEDULER_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(DenoiseLatentsInvocationScheduler, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DENOISE_LATENTS_INVOCATION_SCHEDULER_VALUES!r}")
