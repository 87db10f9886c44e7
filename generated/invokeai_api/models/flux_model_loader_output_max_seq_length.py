from typing import Literal

FluxModelLoaderOutputMaxSeqLength = Literal[256, 512]

FLUX_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES: set[FluxModelLoaderOutputMaxSeqLength] = {
    256,
    512,
}


def check_flux_model_loader_output_max_seq_length(value: int) -> FluxModelLoaderOutputMaxSeqLength:
    if value in FLUX_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLUX_MODEL_LOADER_OUTPUT_MAX_SEQ_LENGTH_VALUES!r}")
