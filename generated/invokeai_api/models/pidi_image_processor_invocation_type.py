from typing import Literal, cast

PidiImageProcessorInvocationType = Literal["pidi_image_processor"]

PIDI_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[PidiImageProcessorInvocationType] = {
    "pidi_image_processor",
}


def check_pidi_image_processor_invocation_type(value: str) -> PidiImageProcessorInvocationType:
    if value in PIDI_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(PidiImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIDI_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
