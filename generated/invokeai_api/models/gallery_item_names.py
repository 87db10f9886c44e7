from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GalleryItemNames")


@_attrs_define
class GalleryItemNames:
    """Ordered flat list of gallery item names plus counts for optimistic UI.

    Names are polymorphic — images and videos are interleaved by `created_at`. The kind of a
    given name is its file extension (`.mp4` is a video), which is how every consumer already
    discriminates. Mirrors the shape of the image-only `ImageNamesResult`.

        Attributes:
            item_names (list[str]): Ordered list of image and video names.
            starred_count (int): Number of starred items (when starred_first=True).
            total_count (int): Total number of items matching the query.
    """

    item_names: list[str]
    starred_count: int
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        item_names = self.item_names

        starred_count = self.starred_count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_names": item_names,
                "starred_count": starred_count,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        item_names = cast(list[str], d.pop("item_names"))

        starred_count = d.pop("starred_count")

        total_count = d.pop("total_count")

        gallery_item_names = cls(
            item_names=item_names,
            starred_count=starred_count,
            total_count=total_count,
        )

        gallery_item_names.additional_properties = d
        return gallery_item_names

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
