from typing import Literal, cast

LineartImageProcessorInvocationType = Literal["lineart_image_processor"]

LINEART_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[LineartImageProcessorInvocationType] = {
    "lineart_image_processor",
}


def check_lineart_image_processor_invocation_type(value: str) -> LineartImageProcessorInvocationType:
    if value in LINEART_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(LineartImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINEART_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
