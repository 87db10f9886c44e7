from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edge_connection import EdgeConnection


T = TypeVar("T", bound="Edge")


@_attrs_define
class Edge:
    """
    Attributes:
        source (EdgeConnection):
        destination (EdgeConnection):
    """

    source: EdgeConnection
    destination: EdgeConnection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (EdgeConnection,) = _lazy_imports()
        source = self.source.to_dict()

        destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (EdgeConnection,) = _parse_imports()
        d = dict(src_dict)
        source = EdgeConnection.from_dict(d.pop("source"))

        destination = EdgeConnection.from_dict(d.pop("destination"))

        edge = cls(
            source=source,
            destination=destination,
        )

        edge.additional_properties = d
        return edge

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
    from ..models.edge_connection import EdgeConnection  # noqa: PLC0415

    return (EdgeConnection,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.edge_connection import EdgeConnection  # noqa: PLC0415

    return (EdgeConnection,)
