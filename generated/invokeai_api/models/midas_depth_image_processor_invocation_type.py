from typing import Literal, cast

MidasDepthImageProcessorInvocationType = Literal["midas_depth_image_processor"]

MIDAS_DEPTH_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[MidasDepthImageProcessorInvocationType] = {
    "midas_depth_image_processor",
}


def check_midas_depth_image_processor_invocation_type(value: str) -> MidasDepthImageProcessorInvocationType:
    if value in MIDAS_DEPTH_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MidasDepthImageProcessorInvocationType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MIDAS_DEPTH_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}"
    )
