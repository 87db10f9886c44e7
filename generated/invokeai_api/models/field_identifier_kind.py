from typing import Literal

FieldIdentifierKind = Literal["input", "output"]

FIELD_IDENTIFIER_KIND_VALUES: set[FieldIdentifierKind] = {
    "input",
    "output",
}


def check_field_identifier_kind(value: str) -> FieldIdentifierKind:
    if value in FIELD_IDENTIFIER_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIELD_IDENTIFIER_KIND_VALUES!r}")
