from typing import Literal, cast

MetadataToBoolInvocationLabel = Literal["* CUSTOM LABEL *", "seamless_x", "seamless_y"]

METADATA_TO_BOOL_INVOCATION_LABEL_VALUES: set[MetadataToBoolInvocationLabel] = {
    "* CUSTOM LABEL *",
    "seamless_x",
    "seamless_y",
}


def check_metadata_to_bool_invocation_label(value: str) -> MetadataToBoolInvocationLabel:
    if value in METADATA_TO_BOOL_INVOCATION_LABEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MetadataToBoolInvocationLabel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_BOOL_INVOCATION_LABEL_VALUES!r}")
