from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExternalImageSize")


@_attrs_define
class ExternalImageSize:
    """
    Attributes:
        width (int):
        height (int):
    """

    width: int
    height: int

    def to_dict(self) -> dict[str, Any]:

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        width = d.pop("width")

        height = d.pop("height")

        external_image_size = cls(
            width=width,
            height=height,
        )

        return external_image_size
