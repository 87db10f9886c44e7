from typing import Literal, cast

WorkflowCallCompatibilityReason = Literal[
    "exceeds_capacity",
    "invalid_graph",
    "invalid_inputs",
    "missing_workflow_return",
    "multiple_workflow_return",
    "ok",
    "unknown",
    "unsupported_batch_input",
    "unsupported_node",
]

WORKFLOW_CALL_COMPATIBILITY_REASON_VALUES: set[WorkflowCallCompatibilityReason] = {
    "exceeds_capacity",
    "invalid_graph",
    "invalid_inputs",
    "missing_workflow_return",
    "multiple_workflow_return",
    "ok",
    "unknown",
    "unsupported_batch_input",
    "unsupported_node",
}


def check_workflow_call_compatibility_reason(value: str) -> WorkflowCallCompatibilityReason:
    if value in WORKFLOW_CALL_COMPATIBILITY_REASON_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(WorkflowCallCompatibilityReason, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_CALL_COMPATIBILITY_REASON_VALUES!r}")
