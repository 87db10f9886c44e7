from typing import Literal

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
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_REPO_VARIANT_VALUES!r}")
