from typing import Literal, cast

ModelSourceType = Literal["external", "hf_repo_id", "path", "url"]

MODEL_SOURCE_TYPE_VALUES: set[ModelSourceType] = {
    "external",
    "hf_repo_id",
    "path",
    "url",
}


def check_model_source_type(value: str) -> ModelSourceType:
    if value in MODEL_SOURCE_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ModelSourceType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_SOURCE_TYPE_VALUES!r}")
