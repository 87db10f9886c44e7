from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOAT_MATH_INVOCATION_OPERATION_VALUES!r}")
