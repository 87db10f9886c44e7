from typing import Literal, cast

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
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SessionQueueItemSummaryStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_QUEUE_ITEM_SUMMARY_STATUS_VALUES!r}")
