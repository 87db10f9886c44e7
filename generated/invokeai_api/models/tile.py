from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tblr import TBLR


T = TypeVar("T", bound="Tile")


@_attrs_define
class Tile:
    """
    Attributes:
        coords (TBLR):
        overlap (TBLR):
    """

    coords: TBLR
    overlap: TBLR
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (TBLR,) = _lazy_imports()
        coords = self.coords.to_dict()

        overlap = self.overlap.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coords": coords,
                "overlap": overlap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (TBLR,) = _parse_imports()
        d = dict(src_dict)
        coords = TBLR.from_dict(d.pop("coords"))

        overlap = TBLR.from_dict(d.pop("overlap"))

        tile = cls(
            coords=coords,
            overlap=overlap,
        )

        tile.additional_properties = d
        return tile

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
    from ..models.tblr import TBLR  # noqa: PLC0415

    return (TBLR,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.tblr import TBLR  # noqa: PLC0415

    return (TBLR,)
