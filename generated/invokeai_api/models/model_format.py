from typing import Literal, cast

ModelFormat = Literal[
    "api",
    "bnb_quantized_int8b",
    "bnb_quantized_nf4b",
    "checkpoint",
    "diffusers",
    "embedding_file",
    "embedding_folder",
    "external_api",
    "gemma2_encoder",
    "gguf_quantized",
    "invokeai",
    "lycoris",
    "mistral_encoder",
    "olive",
    "omi",
    "onnx",
    "qwen3_encoder",
    "qwen3_vl_encoder",
    "qwen_vl_encoder",
    "sdnq_quantized",
    "t5_encoder",
    "unknown",
    "wan_t5_encoder",
]

MODEL_FORMAT_VALUES: set[ModelFormat] = {
    "api",
    "bnb_quantized_int8b",
    "bnb_quantized_nf4b",
    "checkpoint",
    "diffusers",
    "embedding_file",
    "embedding_folder",
    "external_api",
    "gemma2_encoder",
    "gguf_quantized",
    "invokeai",
    "lycoris",
    "mistral_encoder",
    "olive",
    "omi",
    "onnx",
    "qwen3_encoder",
    "qwen3_vl_encoder",
    "qwen_vl_encoder",
    "sdnq_quantized",
    "t5_encoder",
    "unknown",
    "wan_t5_encoder",
}


def check_model_format(value: str) -> ModelFormat:
    if value in MODEL_FORMAT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ModelFormat, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_FORMAT_VALUES!r}")
