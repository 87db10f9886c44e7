from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddVideosToBoardResult")


@_attrs_define
class AddVideosToBoardResult:
    """
    Attributes:
        affected_boards (list[str]): The ids of boards affected by the operation
        added_videos (list[str]): The video names that were added to the board
    """

    affected_boards: list[str]
    added_videos: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        affected_boards = self.affected_boards

        added_videos = self.added_videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "affected_boards": affected_boards,
                "added_videos": added_videos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        affected_boards = cast(list[str], d.pop("affected_boards"))

        added_videos = cast(list[str], d.pop("added_videos"))

        add_videos_to_board_result = cls(
            affected_boards=affected_boards,
            added_videos=added_videos,
        )

        add_videos_to_board_result.additional_properties = d
        return add_videos_to_board_result

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
