from typing import Literal, cast

ModelRepoVariant = Literal["", "flax", "fp16", "fp32", "onnx", "openvino"]

MODEL_REPO_VARIANT_VALUES: set[ModelRepoVariant] = {
    "",
    "flax",
    "fp16",
    "fp32",
    "onnx",
    "openvino",
}


def check_model_repo_variant(value: str) -> ModelRepoVariant:
    if value in MODEL_REPO_VARIANT_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ModelRepoVariant, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_REPO_VARIANT_VALUES!r}")
