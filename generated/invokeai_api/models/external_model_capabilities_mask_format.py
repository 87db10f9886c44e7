from typing import Literal, cast

ExternalModelCapabilitiesMaskFormat = Literal["alpha", "binary", "none"]

EXTERNAL_MODEL_CAPABILITIES_MASK_FORMAT_VALUES: set[ExternalModelCapabilitiesMaskFormat] = {
    "alpha",
    "binary",
    "none",
}


def check_external_model_capabilities_mask_format(value: str) -> ExternalModelCapabilitiesMaskFormat:
    if value in EXTERNAL_MODEL_CAPABILITIES_MASK_FORMAT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ExternalModelCapabilitiesMaskFormat, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_MODEL_CAPABILITIES_MASK_FORMAT_VALUES!r}")
