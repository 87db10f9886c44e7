from typing import Literal

BaseModelType = Literal[
    "anima",
    "any",
    "cogview4",
    "ernie-image",
    "external",
    "flux",
    "flux2",
    "ideogram-4",
    "krea-2",
    "qwen-image",
    "sd-1",
    "sd-2",
    "sd-3",
    "sdxl",
    "sdxl-refiner",
    "unknown",
    "wan",
    "z-image",
]

BASE_MODEL_TYPE_VALUES: set[BaseModelType] = {
    "anima",
    "any",
    "cogview4",
    "ernie-image",
    "external",
    "flux",
    "flux2",
    "ideogram-4",
    "krea-2",
    "qwen-image",
    "sd-1",
    "sd-2",
    "sd-3",
    "sdxl",
    "sdxl-refiner",
    "unknown",
    "wan",
    "z-image",
}


def check_base_model_type(value: str) -> BaseModelType:
    if value in BASE_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BASE_MODEL_TYPE_VALUES!r}")
