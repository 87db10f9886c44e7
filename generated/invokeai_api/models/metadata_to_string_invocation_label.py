from typing import Literal, cast

MetadataToStringInvocationLabel = Literal[
    "* CUSTOM LABEL *", "negative_prompt", "negative_style_prompt", "positive_prompt", "positive_style_prompt"
]

METADATA_TO_STRING_INVOCATION_LABEL_VALUES: set[MetadataToStringInvocationLabel] = {
    "* CUSTOM LABEL *",
    "negative_prompt",
    "negative_style_prompt",
    "positive_prompt",
    "positive_style_prompt",
}


def check_metadata_to_string_invocation_label(value: str) -> MetadataToStringInvocationLabel:
    if value in METADATA_TO_STRING_INVOCATION_LABEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MetadataToStringInvocationLabel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_STRING_INVOCATION_LABEL_VALUES!r}")
