from typing import Literal, cast

ColorMapImageProcessorInvocationType = Literal["color_map_image_processor"]

COLOR_MAP_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[ColorMapImageProcessorInvocationType] = {
    "color_map_image_processor",
}


def check_color_map_image_processor_invocation_type(value: str) -> ColorMapImageProcessorInvocationType:
    if value in COLOR_MAP_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ColorMapImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLOR_MAP_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
