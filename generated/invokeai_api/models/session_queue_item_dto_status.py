from typing import Literal, cast

SessionQueueItemDTOStatus = Literal["canceled", "completed", "failed", "in_progress", "pending"]

SESSION_QUEUE_ITEM_DTO_STATUS_VALUES: set[SessionQueueItemDTOStatus] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "pending",
}


def check_session_queue_item_dto_status(value: str) -> SessionQueueItemDTOStatus:
    if value in SESSION_QUEUE_ITEM_DTO_STATUS_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SessionQueueItemDTOStatus, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SESSION_QUEUE_ITEM_DTO_STATUS_VALUES!r}")
