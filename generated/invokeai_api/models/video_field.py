from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoField")


@_attrs_define
class VideoField:
    """A video primitive field

    Attributes:
        video_name (str | Unset): The name of the video
        video_id (str | Unset): The id of the video
    """

    video_name: str | Unset = UNSET
    video_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        video_name = self.video_name

        video_id = self.video_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if video_id is not UNSET:
            field_dict["video_id"] = video_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        video_name = d.pop("video_name", UNSET)

        video_id = d.pop("video_id", UNSET)

        video_field = cls(
            video_name=video_name,
            video_id=video_id,
        )

        video_field.additional_properties = d
        return video_field

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
