from typing import Literal, cast

InvokeAIAppConfigPrecision = Literal["auto", "bfloat16", "float16", "float32"]

INVOKE_AI_APP_CONFIG_PRECISION_VALUES: set[InvokeAIAppConfigPrecision] = {
    "auto",
    "bfloat16",
    "float16",
    "float32",
}


def check_invoke_ai_app_config_precision(value: str) -> InvokeAIAppConfigPrecision:
    if value in INVOKE_AI_APP_CONFIG_PRECISION_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeAIAppConfigPrecision, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_PRECISION_VALUES!r}")
