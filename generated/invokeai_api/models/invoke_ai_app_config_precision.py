from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_PRECISION_VALUES!r}")
