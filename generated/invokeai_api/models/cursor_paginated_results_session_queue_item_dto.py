from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session_queue_item_dto import SessionQueueItemDTO


T = TypeVar("T", bound="CursorPaginatedResultsSessionQueueItemDTO")


@_attrs_define
class CursorPaginatedResultsSessionQueueItemDTO:
    """
    Attributes:
        limit (int): Limit of items to get
        has_more (bool): Whether there are more items available
        items (list[SessionQueueItemDTO]): Items
    """

    limit: int
    has_more: bool
    items: list[SessionQueueItemDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (SessionQueueItemDTO,) = _lazy_imports()
        limit = self.limit

        has_more = self.has_more

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "has_more": has_more,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (SessionQueueItemDTO,) = _parse_imports()
        d = dict(src_dict)
        limit = d.pop("limit")

        has_more = d.pop("has_more")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SessionQueueItemDTO.from_dict(items_item_data)

            items.append(items_item)

        cursor_paginated_results_session_queue_item_dto = cls(
            limit=limit,
            has_more=has_more,
            items=items,
        )

        cursor_paginated_results_session_queue_item_dto.additional_properties = d
        return cursor_paginated_results_session_queue_item_dto

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
    from ..models.session_queue_item_dto import SessionQueueItemDTO  # noqa: PLC0415

    return (SessionQueueItemDTO,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.session_queue_item_dto import SessionQueueItemDTO  # noqa: PLC0415

    return (SessionQueueItemDTO,)
