from typing import Literal, cast

ListQueueItemsStatusType0 = Literal["canceled", "completed", "failed", "in_progress", "pending"]

LIST_QUEUE_ITEMS_STATUS_TYPE_0_VALUES: set[ListQueueItemsStatusType0] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "pending",
}


def check_list_queue_items_status_type_0(value: str) -> ListQueueItemsStatusType0:
    if value in LIST_QUEUE_ITEMS_STATUS_TYPE_0_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ListQueueItemsStatusType0, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_QUEUE_ITEMS_STATUS_TYPE_0_VALUES!r}")
