from typing import Literal, cast

SQLiteDirection = Literal["ASC", "DESC"]

SQ_LITE_DIRECTION_VALUES: set[SQLiteDirection] = {
    "ASC",
    "DESC",
}


def check_sq_lite_direction(value: str) -> SQLiteDirection:
    if value in SQ_LITE_DIRECTION_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SQLiteDirection, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SQ_LITE_DIRECTION_VALUES!r}")
