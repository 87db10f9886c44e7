from typing import Literal, cast

TileResamplerProcessorInvocationType = Literal["tile_image_processor"]

TILE_RESAMPLER_PROCESSOR_INVOCATION_TYPE_VALUES: set[TileResamplerProcessorInvocationType] = {
    "tile_image_processor",
}


def check_tile_resampler_processor_invocation_type(value: str) -> TileResamplerProcessorInvocationType:
    if value in TILE_RESAMPLER_PROCESSOR_INVOCATION_TYPE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(TileResamplerProcessorInvocationType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TILE_RESAMPLER_PROCESSOR_INVOCATION_TYPE_VALUES!r}")
