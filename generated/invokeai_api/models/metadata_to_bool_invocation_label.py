from typing import Literal

MetadataToBoolInvocationLabel = Literal["* CUSTOM LABEL *", "seamless_x", "seamless_y"]

METADATA_TO_BOOL_INVOCATION_LABEL_VALUES: set[MetadataToBoolInvocationLabel] = {
    "* CUSTOM LABEL *",
    "seamless_x",
    "seamless_y",
}


def check_metadata_to_bool_invocation_label(value: str) -> MetadataToBoolInvocationLabel:
    if value in METADATA_TO_BOOL_INVOCATION_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_BOOL_INVOCATION_LABEL_VALUES!r}")
