from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BodyAddVideosToBoard")


@_attrs_define
class BodyAddVideosToBoard:
    """
    Attributes:
        board_id (str): The id of the board to add to
        video_ids (list[str]): The ids of the videos to add
    """

    board_id: str
    video_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        board_id = self.board_id

        video_ids = self.video_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "board_id": board_id,
                "video_ids": video_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        board_id = d.pop("board_id")

        video_ids = cast(list[str], d.pop("video_ids"))

        body_add_videos_to_board = cls(
            board_id=board_id,
            video_ids=video_ids,
        )

        body_add_videos_to_board.additional_properties = d
        return body_add_videos_to_board

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
