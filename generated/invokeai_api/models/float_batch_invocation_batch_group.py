from typing import Literal, cast

FloatBatchInvocationBatchGroup = Literal["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "None"]

FLOAT_BATCH_INVOCATION_BATCH_GROUP_VALUES: set[FloatBatchInvocationBatchGroup] = {
    "Group 1",
    "Group 2",
    "Group 3",
    "Group 4",
    "Group 5",
    "None",
}


def check_float_batch_invocation_batch_group(value: str) -> FloatBatchInvocationBatchGroup:
    if value in FLOAT_BATCH_INVOCATION_BATCH_GROUP_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FloatBatchInvocationBatchGroup, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOAT_BATCH_INVOCATION_BATCH_GROUP_VALUES!r}")
