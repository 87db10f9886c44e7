from typing import Literal, cast

BaseModelType = Literal[
    "anima",
    "any",
    "chatgpt-4o",
    "cogview4",
    "ernie-image",
    "external",
    "flux",
    "flux-kontext",
    "flux2",
    "gemini-2.5",
    "ideogram-4",
    "imagen3",
    "imagen4",
    "krea-2",
    "qwen-image",
    "runway",
    "sd-1",
    "sd-2",
    "sd-3",
    "sdxl",
    "sdxl-refiner",
    "unknown",
    "veo3",
    "wan",
    "z-image",
]

BASE_MODEL_TYPE_VALUES: set[BaseModelType] = {
    "anima",
    "any",
    "chatgpt-4o",
    "cogview4",
    "ernie-image",
    "external",
    "flux",
    "flux-kontext",
    "flux2",
    "gemini-2.5",
    "ideogram-4",
    "imagen3",
    "imagen4",
    "krea-2",
    "qwen-image",
    "runway",
    "sd-1",
    "sd-2",
    "sd-3",
    "sdxl",
    "sdxl-refiner",
    "unknown",
    "veo3",
    "wan",
    "z-image",
}


def check_base_model_type(value: str) -> BaseModelType:
    if value in BASE_MODEL_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(BaseModelType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BASE_MODEL_TYPE_VALUES!r}")
