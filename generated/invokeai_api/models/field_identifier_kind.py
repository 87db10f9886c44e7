from typing import Literal, cast

FieldIdentifierKind = Literal["input", "output"]

FIELD_IDENTIFIER_KIND_VALUES: set[FieldIdentifierKind] = {
    "input",
    "output",
}


def check_field_identifier_kind(value: str) -> FieldIdentifierKind:
    if value in FIELD_IDENTIFIER_KIND_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(FieldIdentifierKind, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_IDENTIFIER_KIND_VALUES!r}")
