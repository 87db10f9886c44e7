from typing import Literal, cast

LeresImageProcessorInvocationType = Literal["leres_image_processor"]

LERES_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[LeresImageProcessorInvocationType] = {
    "leres_image_processor",
}


def check_leres_image_processor_invocation_type(value: str) -> LeresImageProcessorInvocationType:
    if value in LERES_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(LeresImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LERES_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
