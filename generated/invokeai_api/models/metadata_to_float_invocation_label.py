from typing import Literal, cast

MetadataToFloatInvocationLabel = Literal["* CUSTOM LABEL *", "cfg_rescale_multiplier", "cfg_scale", "guidance"]

METADATA_TO_FLOAT_INVOCATION_LABEL_VALUES: set[MetadataToFloatInvocationLabel] = {
    "* CUSTOM LABEL *",
    "cfg_rescale_multiplier",
    "cfg_scale",
    "guidance",
}


def check_metadata_to_float_invocation_label(value: str) -> MetadataToFloatInvocationLabel:
    if value in METADATA_TO_FLOAT_INVOCATION_LABEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MetadataToFloatInvocationLabel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_FLOAT_INVOCATION_LABEL_VALUES!r}")
