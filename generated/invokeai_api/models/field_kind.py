from typing import Literal, cast

FieldKind = Literal["input", "internal", "node_attribute", "output"]

FIELD_KIND_VALUES: set[FieldKind] = {
    "input",
    "internal",
    "node_attribute",
    "output",
}


def check_field_kind(value: str) -> FieldKind:
    if value in FIELD_KIND_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FieldKind, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_KIND_VALUES!r}")
