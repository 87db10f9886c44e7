from typing import Literal, cast

SchedulerPredictionType = Literal["epsilon", "sample", "v_prediction"]

SCHEDULER_PREDICTION_TYPE_VALUES: set[SchedulerPredictionType] = {
    "epsilon",
    "sample",
    "v_prediction",
}


def check_scheduler_prediction_type(value: str) -> SchedulerPredictionType:
    if value in SCHEDULER_PREDICTION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SchedulerPredictionType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULER_PREDICTION_TYPE_VALUES!r}")
