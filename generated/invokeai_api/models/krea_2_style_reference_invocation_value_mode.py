from typing import Literal, cast

Krea2StyleReferenceInvocationValueMode = Literal[
    "raw_reference", "ref_mean", "target", "target_adain", "target_adain_plus_ref"
]

KREA_2_STYLE_REFERENCE_INVOCATION_VALUE_MODE_VALUES: set[Krea2StyleReferenceInvocationValueMode] = {
    "raw_reference",
    "ref_mean",
    "target",
    "target_adain",
    "target_adain_plus_ref",
}


def check_krea_2_style_reference_invocation_value_mode(value: str) -> Krea2StyleReferenceInvocationValueMode:
    if value in KREA_2_STYLE_REFERENCE_INVOCATION_VALUE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(Krea2StyleReferenceInvocationValueMode, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KREA_2_STYLE_REFERENCE_INVOCATION_VALUE_MODE_VALUES!r}"
    )
