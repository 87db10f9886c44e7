from typing import Literal, cast

Krea2StyleReferenceFieldValueMode = Literal[
    "raw_reference", "ref_mean", "target", "target_adain", "target_adain_plus_ref"
]

KREA_2_STYLE_REFERENCE_FIELD_VALUE_MODE_VALUES: set[Krea2StyleReferenceFieldValueMode] = {
    "raw_reference",
    "ref_mean",
    "target",
    "target_adain",
    "target_adain_plus_ref",
}


def check_krea_2_style_reference_field_value_mode(value: str) -> Krea2StyleReferenceFieldValueMode:
    if value in KREA_2_STYLE_REFERENCE_FIELD_VALUE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Krea2StyleReferenceFieldValueMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KREA_2_STYLE_REFERENCE_FIELD_VALUE_MODE_VALUES!r}")
