from typing import Literal

SessionQueueItemSummaryStatus = Literal["canceled", "completed", "failed", "in_progress", "pending", "waiting"]

SESSION_QUEUE_ITEM_SUMMARY_STATUS_VALUES: set[SessionQueueItemSummaryStatus] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "pending",
    "waiting",
}


def check_session_queue_item_summary_status(value: str) -> SessionQueueItemSummaryStatus:
    if value in SESSION_QUEUE_ITEM_SUMMARY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_QUEUE_ITEM_SUMMARY_STATUS_VALUES!r}")
