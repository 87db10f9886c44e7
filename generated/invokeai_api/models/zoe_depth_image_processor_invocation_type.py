from typing import Literal, cast

ZoeDepthImageProcessorInvocationType = Literal["zoe_depth_image_processor"]

ZOE_DEPTH_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[ZoeDepthImageProcessorInvocationType] = {
    "zoe_depth_image_processor",
}


def check_zoe_depth_image_processor_invocation_type(value: str) -> ZoeDepthImageProcessorInvocationType:
    if value in ZOE_DEPTH_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ZoeDepthImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ZOE_DEPTH_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
