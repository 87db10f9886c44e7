from typing import Literal, cast

IPAdapterMetadataFieldMethod = Literal["composition", "full", "style", "style_precise", "style_strong"]

IP_ADAPTER_METADATA_FIELD_METHOD_VALUES: set[IPAdapterMetadataFieldMethod] = {
    "composition",
    "full",
    "style",
    "style_precise",
    "style_strong",
}


def check_ip_adapter_metadata_field_method(value: str) -> IPAdapterMetadataFieldMethod:
    if value in IP_ADAPTER_METADATA_FIELD_METHOD_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(IPAdapterMetadataFieldMethod, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IP_ADAPTER_METADATA_FIELD_METHOD_VALUES!r}")
