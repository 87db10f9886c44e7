from typing import Literal, cast

SAMPointLabel = Literal[-1, 0, 1]

SAM_POINT_LABEL_VALUES: set[SAMPointLabel] = {
    -1,
    0,
    1,
}


def check_sam_point_label(value: int) -> SAMPointLabel:
    if value in SAM_POINT_LABEL_VALUES:
        return value
    if isinstance(value, int):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SAMPointLabel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAM_POINT_LABEL_VALUES!r}")
