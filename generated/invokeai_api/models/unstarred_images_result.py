from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnstarredImagesResult")


@_attrs_define
class UnstarredImagesResult:
    """
    Attributes:
        affected_boards (list[str] | Unset): The ids of boards affected by the delete operation
        unstarred_images (list[str] | Unset): The names of the images that were unstarred
        failed_images (list[str] | Unset): The names of images that were not unstarred
    """

    affected_boards: list[str] | Unset = UNSET
    unstarred_images: list[str] | Unset = UNSET
    failed_images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        affected_boards: list[str] | Unset = UNSET
        if not isinstance(self.affected_boards, Unset):
            affected_boards = self.affected_boards

        unstarred_images: list[str] | Unset = UNSET
        if not isinstance(self.unstarred_images, Unset):
            unstarred_images = self.unstarred_images

        failed_images: list[str] | Unset = UNSET
        if not isinstance(self.failed_images, Unset):
            failed_images = self.failed_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affected_boards is not UNSET:
            field_dict["affected_boards"] = affected_boards
        if unstarred_images is not UNSET:
            field_dict["unstarred_images"] = unstarred_images
        if failed_images is not UNSET:
            field_dict["failed_images"] = failed_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        affected_boards = cast(list[str], d.pop("affected_boards", UNSET))

        unstarred_images = cast(list[str], d.pop("unstarred_images", UNSET))

        failed_images = cast(list[str], d.pop("failed_images", UNSET))

        unstarred_images_result = cls(
            affected_boards=affected_boards,
            unstarred_images=unstarred_images,
            failed_images=failed_images,
        )

        unstarred_images_result.additional_properties = d
        return unstarred_images_result

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
