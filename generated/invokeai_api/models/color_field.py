from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ColorField")


@_attrs_define
class ColorField:
    """A color primitive field

    Attributes:
        r (int): The red component
        g (int): The green component
        b (int): The blue component
        a (int): The alpha component
    """

    r: int
    g: int
    b: int
    a: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        r = self.r

        g = self.g

        b = self.b

        a = self.a

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "r": r,
                "g": g,
                "b": b,
                "a": a,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        r = d.pop("r")

        g = d.pop("g")

        b = d.pop("b")

        a = d.pop("a")

        color_field = cls(
            r=r,
            g=g,
            b=b,
            a=a,
        )

        color_field.additional_properties = d
        return color_field

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
