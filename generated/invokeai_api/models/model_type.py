from typing import Literal, cast

ModelType = Literal[
    "clip_embed",
    "clip_vision",
    "control_lora",
    "controlnet",
    "embedding",
    "external_image_generator",
    "flux_redux",
    "gemma2_encoder",
    "ip_adapter",
    "llava_onevision",
    "lora",
    "main",
    "mistral_encoder",
    "onnx",
    "pid_decoder",
    "prompt_enhancer",
    "qwen3_encoder",
    "qwen3_vl_encoder",
    "qwen_vl_encoder",
    "siglip",
    "spandrel_image_to_image",
    "t2i_adapter",
    "t5_encoder",
    "text_llm",
    "unknown",
    "vae",
    "video",
    "wan_t5_encoder",
]

MODEL_TYPE_VALUES: set[ModelType] = {
    "clip_embed",
    "clip_vision",
    "control_lora",
    "controlnet",
    "embedding",
    "external_image_generator",
    "flux_redux",
    "gemma2_encoder",
    "ip_adapter",
    "llava_onevision",
    "lora",
    "main",
    "mistral_encoder",
    "onnx",
    "pid_decoder",
    "prompt_enhancer",
    "qwen3_encoder",
    "qwen3_vl_encoder",
    "qwen_vl_encoder",
    "siglip",
    "spandrel_image_to_image",
    "t2i_adapter",
    "t5_encoder",
    "text_llm",
    "unknown",
    "vae",
    "video",
    "wan_t5_encoder",
}


def check_model_type(value: str) -> ModelType:
    if value in MODEL_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ModelType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_TYPE_VALUES!r}")
