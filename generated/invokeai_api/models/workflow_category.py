from typing import Literal, cast

WorkflowCategory = Literal["default", "project", "user"]

WORKFLOW_CATEGORY_VALUES: set[WorkflowCategory] = {
    "default",
    "project",
    "user",
}


def check_workflow_category(value: str) -> WorkflowCategory:
    if value in WORKFLOW_CATEGORY_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(WorkflowCategory, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORKFLOW_CATEGORY_VALUES!r}")
