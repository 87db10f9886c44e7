from typing import Literal, cast

ModelRecordOrderBy = Literal["base", "created_at", "default", "format", "name", "path", "size", "type", "updated_at"]

MODEL_RECORD_ORDER_BY_VALUES: set[ModelRecordOrderBy] = {
    "base",
    "created_at",
    "default",
    "format",
    "name",
    "path",
    "size",
    "type",
    "updated_at",
}


def check_model_record_order_by(value: str) -> ModelRecordOrderBy:
    if value in MODEL_RECORD_ORDER_BY_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ModelRecordOrderBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_RECORD_ORDER_BY_VALUES!r}")
