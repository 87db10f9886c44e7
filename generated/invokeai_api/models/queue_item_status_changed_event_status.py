from typing import Literal, cast

QueueItemStatusChangedEventStatus = Literal["canceled", "completed", "failed", "in_progress", "pending", "waiting"]

QUEUE_ITEM_STATUS_CHANGED_EVENT_STATUS_VALUES: set[QueueItemStatusChangedEventStatus] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "pending",
    "waiting",
}


def check_queue_item_status_changed_event_status(value: str) -> QueueItemStatusChangedEventStatus:
    if value in QUEUE_ITEM_STATUS_CHANGED_EVENT_STATUS_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(QueueItemStatusChangedEventStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUEUE_ITEM_STATUS_CHANGED_EVENT_STATUS_VALUES!r}")
