from typing import Literal, cast

InvokeAIAppConfigAttentionSliceSizeType0 = Literal["auto", "balanced", "max"]

INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_0_VALUES: set[InvokeAIAppConfigAttentionSliceSizeType0] = {
    "auto",
    "balanced",
    "max",
}


def check_invoke_ai_app_config_attention_slice_size_type_0(value: str) -> InvokeAIAppConfigAttentionSliceSizeType0:
    if value in INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_0_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeAIAppConfigAttentionSliceSizeType0, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_0_VALUES!r}"
    )
