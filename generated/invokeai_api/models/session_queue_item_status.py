from typing import Literal, cast

SessionQueueItemStatus = Literal["canceled", "completed", "failed", "in_progress", "pending", "waiting"]

SESSION_QUEUE_ITEM_STATUS_VALUES: set[SessionQueueItemStatus] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "pending",
    "waiting",
}


def check_session_queue_item_status(value: str) -> SessionQueueItemStatus:
    if value in SESSION_QUEUE_ITEM_STATUS_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SessionQueueItemStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_QUEUE_ITEM_STATUS_VALUES!r}")
