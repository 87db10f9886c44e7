from typing import Literal, cast

MetadataToModelInvocationLabel = Literal["* CUSTOM LABEL *", "model"]

METADATA_TO_MODEL_INVOCATION_LABEL_VALUES: set[MetadataToModelInvocationLabel] = {
    "* CUSTOM LABEL *",
    "model",
}


def check_metadata_to_model_invocation_label(value: str) -> MetadataToModelInvocationLabel:
    if value in METADATA_TO_MODEL_INVOCATION_LABEL_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MetadataToModelInvocationLabel, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_MODEL_INVOCATION_LABEL_VALUES!r}")
