from typing import Literal, cast

MetadataToIntegerInvocationLabel = Literal[
    "* CUSTOM LABEL *", "cfg_scale_end_step", "cfg_scale_start_step", "clip_skip", "height", "seed", "steps", "width"
]

METADATA_TO_INTEGER_INVOCATION_LABEL_VALUES: set[MetadataToIntegerInvocationLabel] = {
    "* CUSTOM LABEL *",
    "cfg_scale_end_step",
    "cfg_scale_start_step",
    "clip_skip",
    "height",
    "seed",
    "steps",
    "width",
}


def check_metadata_to_integer_invocation_label(value: str) -> MetadataToIntegerInvocationLabel:
    if value in METADATA_TO_INTEGER_INVOCATION_LABEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MetadataToIntegerInvocationLabel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_INTEGER_INVOCATION_LABEL_VALUES!r}")
