from typing import Literal, cast

BoardRecordOrderBy = Literal["board_name", "created_at"]

BOARD_RECORD_ORDER_BY_VALUES: set[BoardRecordOrderBy] = {
    "board_name",
    "created_at",
}


def check_board_record_order_by(value: str) -> BoardRecordOrderBy:
    if value in BOARD_RECORD_ORDER_BY_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(BoardRecordOrderBy, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOARD_RECORD_ORDER_BY_VALUES!r}")
