from typing import Literal

SAMPointLabel = Literal[-1, 0, 1]

SAM_POINT_LABEL_VALUES: set[SAMPointLabel] = {
    -1,
    0,
    1,
}


def check_sam_point_label(value: int) -> SAMPointLabel:
    if value in SAM_POINT_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAM_POINT_LABEL_VALUES!r}")
