from typing import Literal, cast

SubModelType = Literal[
    "pe",
    "pe_tokenizer",
    "safety_checker",
    "scheduler",
    "text_encoder",
    "text_encoder_2",
    "text_encoder_3",
    "tokenizer",
    "tokenizer_2",
    "tokenizer_3",
    "transformer",
    "transformer_2",
    "unet",
    "vae",
    "vae_decoder",
    "vae_encoder",
]

SUB_MODEL_TYPE_VALUES: set[SubModelType] = {
    "pe",
    "pe_tokenizer",
    "safety_checker",
    "scheduler",
    "text_encoder",
    "text_encoder_2",
    "text_encoder_3",
    "tokenizer",
    "tokenizer_2",
    "tokenizer_3",
    "transformer",
    "transformer_2",
    "unet",
    "vae",
    "vae_decoder",
    "vae_encoder",
}


def check_sub_model_type(value: str) -> SubModelType:
    if value in SUB_MODEL_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SubModelType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_MODEL_TYPE_VALUES!r}")
