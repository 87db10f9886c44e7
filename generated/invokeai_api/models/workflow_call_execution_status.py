from typing import Literal, cast

WorkflowCallExecutionStatus = Literal["completed", "failed", "running_child", "waiting_for_child"]

WORKFLOW_CALL_EXECUTION_STATUS_VALUES: set[WorkflowCallExecutionStatus] = {
    "completed",
    "failed",
    "running_child",
    "waiting_for_child",
}


def check_workflow_call_execution_status(value: str) -> WorkflowCallExecutionStatus:
    if value in WORKFLOW_CALL_EXECUTION_STATUS_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(WorkflowCallExecutionStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_CALL_EXECUTION_STATUS_VALUES!r}")
