from typing import Literal, cast

MediapipeFaceProcessorInvocationType = Literal["mediapipe_face_processor"]

MEDIAPIPE_FACE_PROCESSOR_INVOCATION_TYPE_VALUES: set[MediapipeFaceProcessorInvocationType] = {
    "mediapipe_face_processor",
}


def check_mediapipe_face_processor_invocation_type(value: str) -> MediapipeFaceProcessorInvocationType:
    if value in MEDIAPIPE_FACE_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MediapipeFaceProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEDIAPIPE_FACE_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
