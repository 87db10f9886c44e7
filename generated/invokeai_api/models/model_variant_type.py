from typing import Literal

ModelVariantType = Literal["depth", "inpaint", "normal"]

MODEL_VARIANT_TYPE_VALUES: set[ModelVariantType] = {
    "depth",
    "inpaint",
    "normal",
}


def check_model_variant_type(value: str) -> ModelVariantType:
    if value in MODEL_VARIANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_VARIANT_TYPE_VALUES!r}")
