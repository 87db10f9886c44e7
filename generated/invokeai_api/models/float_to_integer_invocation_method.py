from typing import Literal, cast

FloatToIntegerInvocationMethod = Literal["Ceiling", "Floor", "Nearest", "Truncate"]

FLOAT_TO_INTEGER_INVOCATION_METHOD_VALUES: set[FloatToIntegerInvocationMethod] = {
    "Ceiling",
    "Floor",
    "Nearest",
    "Truncate",
}


def check_float_to_integer_invocation_method(value: str) -> FloatToIntegerInvocationMethod:
    if value in FLOAT_TO_INTEGER_INVOCATION_METHOD_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FloatToIntegerInvocationMethod, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOAT_TO_INTEGER_INVOCATION_METHOD_VALUES!r}")
