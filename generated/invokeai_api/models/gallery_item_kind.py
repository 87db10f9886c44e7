from typing import Literal, cast

GalleryItemKind = Literal["image", "video"]

GALLERY_ITEM_KIND_VALUES: set[GalleryItemKind] = {
    "image",
    "video",
}


def check_gallery_item_kind(value: str) -> GalleryItemKind:
    if value in GALLERY_ITEM_KIND_VALUES:
        return value
    if isinstance(value, str):
        # A newer release or a custom node added this value: keep it, do not lose the answer.
        return cast(GalleryItemKind, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GALLERY_ITEM_KIND_VALUES!r}")
