from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_font import UserFont


T = TypeVar("T", bound="UserFontsResponse")


@_attrs_define
class UserFontsResponse:
    """
    Attributes:
        fonts (list[UserFont]):
    """

    fonts: list[UserFont]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (UserFont,) = _lazy_imports()
        fonts = []
        for fonts_item_data in self.fonts:
            fonts_item = fonts_item_data.to_dict()
            fonts.append(fonts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fonts": fonts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UserFont,) = _parse_imports()
        d = dict(src_dict)
        fonts = []
        _fonts = d.pop("fonts")
        for fonts_item_data in _fonts:
            fonts_item = UserFont.from_dict(fonts_item_data)

            fonts.append(fonts_item)

        user_fonts_response = cls(
            fonts=fonts,
        )

        user_fonts_response.additional_properties = d
        return user_fonts_response

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


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    from ..models.user_font import UserFont  # noqa: PLC0415

    return (UserFont,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.user_font import UserFont  # noqa: PLC0415

    return (UserFont,)
