from typing import Literal, cast

ResourceOrigin = Literal["external", "internal"]

RESOURCE_ORIGIN_VALUES: set[ResourceOrigin] = {
    "external",
    "internal",
}


def check_resource_origin(value: str) -> ResourceOrigin:
    if value in RESOURCE_ORIGIN_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(ResourceOrigin, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOURCE_ORIGIN_VALUES!r}")
