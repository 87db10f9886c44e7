from typing import Literal

MetadataToModelInvocationLabel = Literal["* CUSTOM LABEL *", "model"]

METADATA_TO_MODEL_INVOCATION_LABEL_VALUES: set[MetadataToModelInvocationLabel] = {
    "* CUSTOM LABEL *",
    "model",
}


def check_metadata_to_model_invocation_label(value: str) -> MetadataToModelInvocationLabel:
    if value in METADATA_TO_MODEL_INVOCATION_LABEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METADATA_TO_MODEL_INVOCATION_LABEL_VALUES!r}")
