from typing import Literal, cast

Flux2KleinModelLoaderInvocationMaxSeqLength = Literal[256, 512]

FLUX_2_KLEIN_MODEL_LOADER_INVOCATION_MAX_SEQ_LENGTH_VALUES: set[Flux2KleinModelLoaderInvocationMaxSeqLength] = {
    256,
    512,
}


def check_flux_2_klein_model_loader_invocation_max_seq_length(
    value: int,
) -> Flux2KleinModelLoaderInvocationMaxSeqLength:
    if value in FLUX_2_KLEIN_MODEL_LOADER_INVOCATION_MAX_SEQ_LENGTH_VALUES:
        return value
    if isinstance(value, int):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Flux2KleinModelLoaderInvocationMaxSeqLength, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FLUX_2_KLEIN_MODEL_LOADER_INVOCATION_MAX_SEQ_LENGTH_VALUES!r}"
    )
