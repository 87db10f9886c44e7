from typing import Literal, cast

BoardVisibility = Literal["private", "public", "shared"]

BOARD_VISIBILITY_VALUES: set[BoardVisibility] = {
    "private",
    "public",
    "shared",
}


def check_board_visibility(value: str) -> BoardVisibility:
    if value in BOARD_VISIBILITY_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(BoardVisibility, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BOARD_VISIBILITY_VALUES!r}")
