from typing import Literal, cast

Input = Literal["any", "connection", "direct"]

INPUT_VALUES: set[Input] = {
    "any",
    "connection",
    "direct",
}


def check_input(value: str) -> Input:
    if value in INPUT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Input, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_VALUES!r}")
