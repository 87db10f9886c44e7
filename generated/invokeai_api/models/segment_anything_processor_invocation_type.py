from typing import Literal, cast

SegmentAnythingProcessorInvocationType = Literal["segment_anything_processor"]

SEGMENT_ANYTHING_PROCESSOR_INVOCATION_TYPE_VALUES: set[SegmentAnythingProcessorInvocationType] = {
    "segment_anything_processor",
}


def check_segment_anything_processor_invocation_type(value: str) -> SegmentAnythingProcessorInvocationType:
    if value in SEGMENT_ANYTHING_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(SegmentAnythingProcessorInvocationType, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEGMENT_ANYTHING_PROCESSOR_INVOCATION_TYPE_VALUES!r}"
    )
