from typing import Literal, cast

DWOpenposeImageProcessorInvocationType = Literal["dw_openpose_image_processor"]

DW_OPENPOSE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[DWOpenposeImageProcessorInvocationType] = {
    "dw_openpose_image_processor",
}


def check_dw_openpose_image_processor_invocation_type(value: str) -> DWOpenposeImageProcessorInvocationType:
    if value in DW_OPENPOSE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(DWOpenposeImageProcessorInvocationType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DW_OPENPOSE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}"
    )
