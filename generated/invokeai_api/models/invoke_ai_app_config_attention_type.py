from typing import Literal, cast

InvokeAIAppConfigAttentionType = Literal["auto", "normal", "sliced", "torch-sdp", "xformers"]

INVOKE_AI_APP_CONFIG_ATTENTION_TYPE_VALUES: set[InvokeAIAppConfigAttentionType] = {
    "auto",
    "normal",
    "sliced",
    "torch-sdp",
    "xformers",
}


def check_invoke_ai_app_config_attention_type(value: str) -> InvokeAIAppConfigAttentionType:
    if value in INVOKE_AI_APP_CONFIG_ATTENTION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeAIAppConfigAttentionType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_ATTENTION_TYPE_VALUES!r}")
