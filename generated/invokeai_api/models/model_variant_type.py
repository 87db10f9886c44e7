from typing import Literal, cast

ModelVariantType = Literal["depth", "inpaint", "normal"]

MODEL_VARIANT_TYPE_VALUES: set[ModelVariantType] = {
    "depth",
    "inpaint",
    "normal",
}


def check_model_variant_type(value: str) -> ModelVariantType:
    if value in MODEL_VARIANT_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ModelVariantType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_VARIANT_TYPE_VALUES!r}")
