from typing import Literal, cast

HedImageProcessorInvocationType = Literal["hed_image_processor"]

HED_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[HedImageProcessorInvocationType] = {
    "hed_image_processor",
}


def check_hed_image_processor_invocation_type(value: str) -> HedImageProcessorInvocationType:
    if value in HED_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(HedImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HED_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
