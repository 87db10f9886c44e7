from typing import Literal, cast

FluxModelLoaderOutputMaxSeqLength = Literal[256, 512]

FLUX_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES: set[FluxModelLoaderOutputMaxSeqLength] = {
    256,
    512,
}


def check_flux_model_loader_output_max_seq_length(value: int) -> FluxModelLoaderOutputMaxSeqLength:
    if value in FLUX_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES:
        return value
    if isinstance(value, int):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FluxModelLoaderOutputMaxSeqLength, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES!r}")
