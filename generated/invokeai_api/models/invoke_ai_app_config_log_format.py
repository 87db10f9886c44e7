from typing import Literal, cast

InvokeAIAppConfigLogFormat = Literal["color", "legacy", "plain", "syslog"]

INVOKE_AI_APP_CONFIG_LOG_FORMAT_VALUES: set[InvokeAIAppConfigLogFormat] = {
    "color",
    "legacy",
    "plain",
    "syslog",
}


def check_invoke_ai_app_config_log_format(value: str) -> InvokeAIAppConfigLogFormat:
    if value in INVOKE_AI_APP_CONFIG_LOG_FORMAT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeAIAppConfigLogFormat, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_LOG_FORMAT_VALUES!r}")
