from typing import Literal

Input = Literal["any", "connection", "direct"]

INPUT_VALUES: set[Input] = {
    "any",
    "connection",
    "direct",
}


def check_input(value: str) -> Input:
    if value in INPUT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_VALUES!r}")
