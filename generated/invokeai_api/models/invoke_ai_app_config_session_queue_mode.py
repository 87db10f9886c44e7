from typing import Literal, cast

InvokeAIAppConfigSessionQueueMode = Literal["FIFO", "round_robin"]

INVOKE_AI_APP_CONFIG_SESSION_QUEUE_MODE_VALUES: set[InvokeAIAppConfigSessionQueueMode] = {
    "FIFO",
    "round_robin",
}


def check_invoke_ai_app_config_session_queue_mode(value: str) -> InvokeAIAppConfigSessionQueueMode:
    if value in INVOKE_AI_APP_CONFIG_SESSION_QUEUE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(InvokeAIAppConfigSessionQueueMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_SESSION_QUEUE_MODE_VALUES!r}")
