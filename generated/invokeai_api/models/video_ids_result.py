from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoIdsResult")


@_attrs_define
class VideoIdsResult:
    """Response containing ordered video ids with metadata for optimistic updates.

    Attributes:
        video_ids (list[str]): Ordered list of video ids
        starred_count (int): Number of starred videos (when starred_first=True)
        total_count (int): Total number of videos matching the query
    """

    video_ids: list[str]
    starred_count: int
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        video_ids = self.video_ids

        starred_count = self.starred_count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_ids": video_ids,
                "starred_count": starred_count,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        video_ids = cast(list[str], d.pop("video_ids"))

        starred_count = d.pop("starred_count")

        total_count = d.pop("total_count")

        video_ids_result = cls(
            video_ids=video_ids,
            starred_count=starred_count,
            total_count=total_count,
        )

        video_ids_result.additional_properties = d
        return video_ids_result

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
