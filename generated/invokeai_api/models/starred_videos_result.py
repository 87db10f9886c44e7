from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StarredVideosResult")


@_attrs_define
class StarredVideosResult:
    """
    Attributes:
        affected_boards (list[str]): The ids of boards affected by the operation
        starred_videos (list[str]): The names of the videos that were starred
        failed_videos (list[str] | Unset): The names of videos that were not starred
    """

    affected_boards: list[str]
    starred_videos: list[str]
    failed_videos: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        affected_boards = self.affected_boards

        starred_videos = self.starred_videos

        failed_videos: list[str] | Unset = UNSET
        if not isinstance(self.failed_videos, Unset):
            failed_videos = self.failed_videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affected_boards": affected_boards,
                "starred_videos": starred_videos,
            }
        )
        if failed_videos is not UNSET:
            field_dict["failed_videos"] = failed_videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        affected_boards = cast(list[str], d.pop("affected_boards"))

        starred_videos = cast(list[str], d.pop("starred_videos"))

        failed_videos = cast(list[str], d.pop("failed_videos", UNSET))

        starred_videos_result = cls(
            affected_boards=affected_boards,
            starred_videos=starred_videos,
            failed_videos=failed_videos,
        )

        starred_videos_result.additional_properties = d
        return starred_videos_result

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
