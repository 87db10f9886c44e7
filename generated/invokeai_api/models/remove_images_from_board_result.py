from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveImagesFromBoardResult")


@_attrs_define
class RemoveImagesFromBoardResult:
    """
    Attributes:
        affected_boards (list[str] | Unset): The ids of boards affected by the delete operation
        removed_images (list[str] | Unset): The image names that were removed from their board
        failed_images (list[str] | Unset): The names of authorized images that could not be removed
        removed_image_names (list[str] | Unset): The image names that were removed from their board
    """

    affected_boards: list[str] | Unset = UNSET
    removed_images: list[str] | Unset = UNSET
    failed_images: list[str] | Unset = UNSET
    removed_image_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        affected_boards: list[str] | Unset = UNSET
        if not isinstance(self.affected_boards, Unset):
            affected_boards = self.affected_boards

        removed_images: list[str] | Unset = UNSET
        if not isinstance(self.removed_images, Unset):
            removed_images = self.removed_images

        failed_images: list[str] | Unset = UNSET
        if not isinstance(self.failed_images, Unset):
            failed_images = self.failed_images

        removed_image_names: list[str] | Unset = UNSET
        if not isinstance(self.removed_image_names, Unset):
            removed_image_names = self.removed_image_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affected_boards is not UNSET:
            field_dict["affected_boards"] = affected_boards
        if removed_images is not UNSET:
            field_dict["removed_images"] = removed_images
        if failed_images is not UNSET:
            field_dict["failed_images"] = failed_images
        if removed_image_names is not UNSET:
            field_dict["removed_image_names"] = removed_image_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        affected_boards = cast(list[str], d.pop("affected_boards", UNSET))

        removed_images = cast(list[str], d.pop("removed_images", UNSET))

        failed_images = cast(list[str], d.pop("failed_images", UNSET))

        removed_image_names = cast(list[str], d.pop("removed_image_names", UNSET))

        remove_images_from_board_result = cls(
            affected_boards=affected_boards,
            removed_images=removed_images,
            failed_images=failed_images,
            removed_image_names=removed_image_names,
        )

        remove_images_from_board_result.additional_properties = d
        return remove_images_from_board_result

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
