from typing import Literal, cast

CacheType = Literal["RAM", "VRAM"]

CACHE_TYPE_VALUES: set[CacheType] = {
    "RAM",
    "VRAM",
}


def check_cache_type(value: str) -> CacheType:
    if value in CACHE_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(CacheType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CACHE_TYPE_VALUES!r}")
