from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_items_retried_event_retried_item_ids_by_user import QueueItemsRetriedEventRetriedItemIdsByUser


T = TypeVar("T", bound="QueueItemsRetriedEvent")


@_attrs_define
class QueueItemsRetriedEvent:
    """Event model for queue_items_retried

    Attributes:
        timestamp (int): The timestamp of the event
        queue_id (str): The ID of the queue
        retried_item_ids (list[int]): The IDs of the queue items that were retried
        user_ids (list[str] | Unset): The IDs of the users who own the retried root queue items
        retried_item_ids_by_user (QueueItemsRetriedEventRetriedItemIdsByUser | Unset): The retried root queue item IDs
            keyed by owner user ID.
    """

    timestamp: int
    queue_id: str
    retried_item_ids: list[int]
    user_ids: list[str] | Unset = UNSET
    retried_item_ids_by_user: QueueItemsRetriedEventRetriedItemIdsByUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (QueueItemsRetriedEventRetriedItemIdsByUser,) = _lazy_imports()
        timestamp = self.timestamp

        queue_id = self.queue_id

        retried_item_ids = self.retried_item_ids

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        retried_item_ids_by_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retried_item_ids_by_user, Unset):
            retried_item_ids_by_user = self.retried_item_ids_by_user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "queue_id": queue_id,
                "retried_item_ids": retried_item_ids,
            }
        )
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids
        if retried_item_ids_by_user is not UNSET:
            field_dict["retried_item_ids_by_user"] = retried_item_ids_by_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (QueueItemsRetriedEventRetriedItemIdsByUser,) = _parse_imports()
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        queue_id = d.pop("queue_id")

        retried_item_ids = cast(list[int], d.pop("retried_item_ids"))

        user_ids = cast(list[str], d.pop("user_ids", UNSET))

        _retried_item_ids_by_user = d.pop("retried_item_ids_by_user", UNSET)
        retried_item_ids_by_user: QueueItemsRetriedEventRetriedItemIdsByUser | Unset
        if isinstance(_retried_item_ids_by_user, Unset):
            retried_item_ids_by_user = UNSET
        else:
            retried_item_ids_by_user = QueueItemsRetriedEventRetriedItemIdsByUser.from_dict(_retried_item_ids_by_user)

        queue_items_retried_event = cls(
            timestamp=timestamp,
            queue_id=queue_id,
            retried_item_ids=retried_item_ids,
            user_ids=user_ids,
            retried_item_ids_by_user=retried_item_ids_by_user,
        )

        queue_items_retried_event.additional_properties = d
        return queue_items_retried_event

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
    from ..models.queue_items_retried_event_retried_item_ids_by_user import QueueItemsRetriedEventRetriedItemIdsByUser  # noqa: PLC0415

    return (QueueItemsRetriedEventRetriedItemIdsByUser,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.queue_items_retried_event_retried_item_ids_by_user import QueueItemsRetriedEventRetriedItemIdsByUser  # noqa: PLC0415

    return (QueueItemsRetriedEventRetriedItemIdsByUser,)
