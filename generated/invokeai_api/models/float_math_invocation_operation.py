from typing import Literal, cast

FloatMathInvocationOperation = Literal["ABS", "ADD", "DIV", "EXP", "MAX", "MIN", "MUL", "SQRT", "SUB"]

FLOAT_MATH_INVOCATION_OPERATION_VALUES: set[FloatMathInvocationOperation] = {
    "ABS",
    "ADD",
    "DIV",
    "EXP",
    "MAX",
    "MIN",
    "MUL",
    "SQRT",
    "SUB",
}


def check_float_math_invocation_operation(value: str) -> FloatMathInvocationOperation:
    if value in FLOAT_MATH_INVOCATION_OPERATION_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FloatMathInvocationOperation, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOAT_MATH_INVOCATION_OPERATION_VALUES!r}")
