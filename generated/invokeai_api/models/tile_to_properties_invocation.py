from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tile import Tile


T = TypeVar("T", bound="TileToPropertiesInvocation")


@_attrs_define
class TileToPropertiesInvocation:
    """Split a Tile into its individual properties.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['tile_to_properties']):  Default: 'tile_to_properties'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        tile (None | Tile | Unset): The tile to split into properties.
    """

    id: str
    type_: Literal["tile_to_properties"] = "tile_to_properties"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    tile: None | Tile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (Tile,) = _lazy_imports()
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        tile: dict[str, Any] | None | Unset
        if isinstance(self.tile, Unset):
            tile = UNSET
        elif isinstance(self.tile, Tile):
            tile = self.tile.to_dict()
        else:
            tile = self.tile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if tile is not UNSET:
            field_dict["tile"] = tile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['tile_to_properties']", d.pop("type"))
        if type_ != "tile_to_properties":
            raise ValueError(f"type must match const 'tile_to_properties', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_tile(data: object) -> None | Tile | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.tile import Tile  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tile_type_0 = Tile.from_dict(data)

                return tile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tile | Unset, data)

        tile = _parse_tile(d.pop("tile", UNSET))

        tile_to_properties_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            tile=tile,
        )

        tile_to_properties_invocation.additional_properties = d
        return tile_to_properties_invocation

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
    from ..models.tile import Tile  # noqa: PLC0415

    return (Tile,)
