from typing import Literal, cast

IPAdapterInvocationMethod = Literal["composition", "full", "style", "style_precise", "style_strong"]

IP_ADAPTER_INVOCATION_METHOD_VALUES: set[IPAdapterInvocationMethod] = {
    "composition",
    "full",
    "style",
    "style_precise",
    "style_strong",
}


def check_ip_adapter_invocation_method(value: str) -> IPAdapterInvocationMethod:
    if value in IP_ADAPTER_INVOCATION_METHOD_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(IPAdapterInvocationMethod, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_INVOCATION_METHOD_VALUES!r}")
