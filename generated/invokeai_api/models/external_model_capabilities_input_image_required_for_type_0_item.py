from typing import Literal, cast

ExternalModelCapabilitiesInputImageRequiredForType0Item = Literal["img2img", "inpaint", "txt2img"]

EXTERNAL_MODEL_CAPABILITIES_INPUT_IMAGE_REQUIRED_FOR_TYPE_0_ITEM_VALUES: set[
    ExternalModelCapabilitiesInputImageRequiredForType0Item
] = {
    "img2img",
    "inpaint",
    "txt2img",
}


def check_external_model_capabilities_input_image_required_for_type_0_item(
    value: str,
) -> ExternalModelCapabilitiesInputImageRequiredForType0Item:
    if value in EXTERNAL_MODEL_CAPABILITIES_INPUT_IMAGE_REQUIRED_FOR_TYPE_0_ITEM_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ExternalModelCapabilitiesInputImageRequiredForType0Item, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTERNAL_MODEL_CAPABILITIES_INPUT_IMAGE_REQUIRED_FOR_TYPE_0_ITEM_VALUES!r}"
    )
