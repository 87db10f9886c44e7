from typing import Literal, cast

MlsdImageProcessorInvocationType = Literal["mlsd_image_processor"]

MLSD_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES: set[MlsdImageProcessorInvocationType] = {
    "mlsd_image_processor",
}


def check_mlsd_image_processor_invocation_type(value: str) -> MlsdImageProcessorInvocationType:
    if value in MLSD_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MlsdImageProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MLSD_IMAGE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
