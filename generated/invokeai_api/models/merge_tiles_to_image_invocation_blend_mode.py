from typing import Literal, cast

MergeTilesToImageInvocationBlendMode = Literal["Linear", "Seam"]

MERGE_TILES_TO_IMAGE_INVOCATION_BLEND_MODE_VALUES: set[MergeTilesToImageInvocationBlendMode] = {
    "Linear",
    "Seam",
}


def check_merge_tiles_to_image_invocation_blend_mode(value: str) -> MergeTilesToImageInvocationBlendMode:
    if value in MERGE_TILES_TO_IMAGE_INVOCATION_BLEND_MODE_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(MergeTilesToImageInvocationBlendMode, value)
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MERGE_TILES_TO_IMAGE_INVOCATION_BLEND_MODE_VALUES!r}"
    )
