from typing import Literal, cast

FluxReduxInvocationDownsamplingFunction = Literal["area", "bicubic", "bilinear", "nearest", "nearest-exact"]

FLUX_REDUX_INVOCATION_DOWNSAMPLING_FUNCTION_VALUES: set[FluxReduxInvocationDownsamplingFunction] = {
    "area",
    "bicubic",
    "bilinear",
    "nearest",
    "nearest-exact",
}


def check_flux_redux_invocation_downsampling_function(value: str) -> FluxReduxInvocationDownsamplingFunction:
    if value in FLUX_REDUX_INVOCATION_DOWNSAMPLING_FUNCTION_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FluxReduxInvocationDownsamplingFunction, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_REDUX_INVOCATION_DOWNSAMPLING_FUNCTION_VALUES!r}"
    )
