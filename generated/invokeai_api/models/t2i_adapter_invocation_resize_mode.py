from typing import Literal, cast

T2IAdapterInvocationResizeMode = Literal["crop_resize", "fill_resize", "just_resize", "just_resize_simple"]

T2I_ADAPTER_INVOCATION_RESIZE_MODE_VALUES: set[T2IAdapterInvocationResizeMode] = {
    "crop_resize",
    "fill_resize",
    "just_resize",
    "just_resize_simple",
}


def check_t2i_adapter_invocation_resize_mode(value: str) -> T2IAdapterInvocationResizeMode:
    if value in T2I_ADAPTER_INVOCATION_RESIZE_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(T2IAdapterInvocationResizeMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {T2I_ADAPTER_INVOCATION_RESIZE_MODE_VALUES!r}")
