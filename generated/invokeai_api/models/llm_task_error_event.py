from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LLMTaskErrorEvent")


@_attrs_define
class LLMTaskErrorEvent:
    """Event model for llm_task_error

    Attributes:
        timestamp (int): The timestamp of the event
        task_id (str): Client-supplied task ID correlating events to a single request
        user_id (str): ID of the user who initiated the task Default: 'system'.
        error (str): The error message
    """

    timestamp: int
    task_id: str
    error: str
    user_id: str = "system"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        timestamp = self.timestamp

        task_id = self.task_id

        user_id = self.user_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "task_id": task_id,
                "user_id": user_id,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        task_id = d.pop("task_id")

        user_id = d.pop("user_id")

        error = d.pop("error")

        llm_task_error_event = cls(
            timestamp=timestamp,
            task_id=task_id,
            user_id=user_id,
            error=error,
        )

        llm_task_error_event.additional_properties = d
        return llm_task_error_event

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
