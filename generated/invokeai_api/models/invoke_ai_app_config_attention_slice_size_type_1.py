from typing import Literal, cast

InvokeAIAppConfigAttentionSliceSizeType1 = Literal[1, 2, 3, 4, 5, 6, 7, 8]

INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_1_VALUES: set[InvokeAIAppConfigAttentionSliceSizeType1] = {
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
}


def check_invoke_ai_app_config_attention_slice_size_type_1(value: int) -> InvokeAIAppConfigAttentionSliceSizeType1:
    if value in INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_1_VALUES:
        return value
    if isinstance(value, int):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeAIAppConfigAttentionSliceSizeType1, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_ATTENTION_SLICE_SIZE_TYPE_1_VALUES!r}"
    )
