from typing import Literal, cast

VideoConcatInvocationTransition = Literal["crossfade", "cut", "fade_through_black"]

VIDEO_CONCAT_INVOCATION_TRANSITION_VALUES: set[VideoConcatInvocationTransition] = {
    "crossfade",
    "cut",
    "fade_through_black",
}


def check_video_concat_invocation_transition(value: str) -> VideoConcatInvocationTransition:
    if value in VIDEO_CONCAT_INVOCATION_TRANSITION_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(VideoConcatInvocationTransition, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_CONCAT_INVOCATION_TRANSITION_VALUES!r}")
