from typing import Literal, cast

LLMTaskProgressEventPhase = Literal["generating", "loading_model"]

LLM_TASK_PROGRESS_EVENT_PHASE_VALUES: set[LLMTaskProgressEventPhase] = {
    "generating",
    "loading_model",
}


def check_llm_task_progress_event_phase(value: str) -> LLMTaskProgressEventPhase:
    if value in LLM_TASK_PROGRESS_EVENT_PHASE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(LLMTaskProgressEventPhase, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LLM_TASK_PROGRESS_EVENT_PHASE_VALUES!r}")
