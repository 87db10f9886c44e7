from typing import Literal, cast

Classification = Literal["beta", "deprecated", "internal", "prototype", "special", "stable"]

CLASSIFICATION_VALUES: set[Classification] = {
    "beta",
    "deprecated",
    "internal",
    "prototype",
    "special",
    "stable",
}


def check_classification(value: str) -> Classification:
    if value in CLASSIFICATION_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Classification, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLASSIFICATION_VALUES!r}")
