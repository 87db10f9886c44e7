from typing import Literal, cast

ExternalModelCapabilitiesModesItem = Literal["img2img", "inpaint", "txt2img"]

EXTERNAL_MODEL_CAPABILITIES_MODES_ITEM_VALUES: set[ExternalModelCapabilitiesModesItem] = {
    "img2img",
    "inpaint",
    "txt2img",
}


def check_external_model_capabilities_modes_item(value: str) -> ExternalModelCapabilitiesModesItem:
    if value in EXTERNAL_MODEL_CAPABILITIES_MODES_ITEM_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ExternalModelCapabilitiesModesItem, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_MODEL_CAPABILITIES_MODES_ITEM_VALUES!r}")
