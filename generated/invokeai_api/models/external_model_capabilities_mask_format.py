from typing import Literal

ExternalModelCapabilitiesMaskFormat = Literal["alpha", "binary", "none"]

EXTERNAL_MODEL_CAPABILITIES_MASK_FORMAT_VALUES: set[ExternalModelCapabilitiesMaskFormat] = {
    "alpha",
    "binary",
    "none",
}


def check_external_model_capabilities_mask_format(value: str) -> ExternalModelCapabilitiesMaskFormat:
    if value in EXTERNAL_MODEL_CAPABILITIES_MASK_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_MODEL_CAPABILITIES_MASK_FORMAT_VALUES!r}")
