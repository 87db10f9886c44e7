from typing import Literal, cast

NormalbaeImageProcessorInvocationType = Literal["normalbae_image_processor"]

NORMALBAE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[NormalbaeImageProcessorInvocationType] = {
    "normalbae_image_processor",
}


def check_normalbae_image_processor_invocation_type(value: str) -> NormalbaeImageProcessorInvocationType:
    if value in NORMALBAE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(NormalbaeImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NORMALBAE_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
