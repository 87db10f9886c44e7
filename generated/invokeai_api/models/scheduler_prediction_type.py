from typing import Literal

SchedulerPredictionType = Literal["epsilon", "sample", "v_prediction"]

SCHEDULER_PREDICTION_TYPE_VALUES: set[SchedulerPredictionType] = {
    "epsilon",
    "sample",
    "v_prediction",
}


def check_scheduler_prediction_type(value: str) -> SchedulerPredictionType:
    if value in SCHEDULER_PREDICTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULER_PREDICTION_TYPE_VALUES!r}")
