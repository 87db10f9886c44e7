from typing import Literal

InvokeAIAppConfigSessionQueueMode = Literal["FIFO", "round_robin"]

INVOKE_AI_APP_CONFIG_SESSION_QUEUE_MODE_VALUES: set[InvokeAIAppConfigSessionQueueMode] = {
    "FIFO",
    "round_robin",
}


def check_invoke_ai_app_config_session_queue_mode(value: str) -> InvokeAIAppConfigSessionQueueMode:
    if value in INVOKE_AI_APP_CONFIG_SESSION_QUEUE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOKE_AI_APP_CONFIG_SESSION_QUEUE_MODE_VALUES!r}")
