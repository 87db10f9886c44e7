from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddImagesToBoardResult")


@_attrs_define
class AddImagesToBoardResult:
    """
    Attributes:
        affected_boards (list[str] | Unset): The ids of boards affected by the delete operation
        added_images (list[str] | Unset): The image names that were added to the board
        failed_images (list[str] | Unset): The names of authorized images that could not be added
        board_id (str | Unset): The id of the board the images were added to
        added_image_names (list[str] | Unset): The image names that were added to the board
    """

    affected_boards: list[str] | Unset = UNSET
    added_images: list[str] | Unset = UNSET
    failed_images: list[str] | Unset = UNSET
    board_id: str | Unset = UNSET
    added_image_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        affected_boards: list[str] | Unset = UNSET
        if not isinstance(self.affected_boards, Unset):
            affected_boards = self.affected_boards

        added_images: list[str] | Unset = UNSET
        if not isinstance(self.added_images, Unset):
            added_images = self.added_images

        failed_images: list[str] | Unset = UNSET
        if not isinstance(self.failed_images, Unset):
            failed_images = self.failed_images

        board_id = self.board_id

        added_image_names: list[str] | Unset = UNSET
        if not isinstance(self.added_image_names, Unset):
            added_image_names = self.added_image_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affected_boards is not UNSET:
            field_dict["affected_boards"] = affected_boards
        if added_images is not UNSET:
            field_dict["added_images"] = added_images
        if failed_images is not UNSET:
            field_dict["failed_images"] = failed_images
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if added_image_names is not UNSET:
            field_dict["added_image_names"] = added_image_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        affected_boards = cast(list[str], d.pop("affected_boards", UNSET))

        added_images = cast(list[str], d.pop("added_images", UNSET))

        failed_images = cast(list[str], d.pop("failed_images", UNSET))

        board_id = d.pop("board_id", UNSET)

        added_image_names = cast(list[str], d.pop("added_image_names", UNSET))

        add_images_to_board_result = cls(
            affected_boards=affected_boards,
            added_images=added_images,
            failed_images=failed_images,
            board_id=board_id,
            added_image_names=added_image_names,
        )

        add_images_to_board_result.additional_properties = d
        return add_images_to_board_result

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
