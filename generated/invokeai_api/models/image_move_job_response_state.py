from typing import Literal, cast

ImageMoveJobResponseState = Literal["committed", "error", "moved", "moving", "planned"]

IMAGE_MOVE_JOB_RESPONSE_STATE_VALUES: set[ImageMoveJobResponseState] = {
    "committed",
    "error",
    "moved",
    "moving",
    "planned",
}


def check_image_move_job_response_state(value: str) -> ImageMoveJobResponseState:
    if value in IMAGE_MOVE_JOB_RESPONSE_STATE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ImageMoveJobResponseState, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_MOVE_JOB_RESPONSE_STATE_VALUES!r}")
