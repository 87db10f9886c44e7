from typing import Literal, cast

NoiseInvocationNoiseType = Literal["Anima", "CogView4", "FLUX", "FLUX.2", "SD", "SD3", "Z-Image"]

NOISE_INVOCATION_NOISE_TYPE_VALUES: set[NoiseInvocationNoiseType] = {
    "Anima",
    "CogView4",
    "FLUX",
    "FLUX.2",
    "SD",
    "SD3",
    "Z-Image",
}


def check_noise_invocation_noise_type(value: str) -> NoiseInvocationNoiseType:
    if value in NOISE_INVOCATION_NOISE_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(NoiseInvocationNoiseType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NOISE_INVOCATION_NOISE_TYPE_VALUES!r}")
