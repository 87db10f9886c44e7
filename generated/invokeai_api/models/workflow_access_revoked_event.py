from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowAccessRevokedEvent")


@_attrs_define
class WorkflowAccessRevokedEvent:
    """Event model for workflow_access_revoked.

    Attributes:
        timestamp (int): The timestamp of the event
        workflow_id (str): The ID of the workflow
        user_id (str): The owner of the workflow
    """

    timestamp: int
    workflow_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        timestamp = self.timestamp

        workflow_id = self.workflow_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "workflow_id": workflow_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        workflow_id = d.pop("workflow_id")

        user_id = d.pop("user_id")

        workflow_access_revoked_event = cls(
            timestamp=timestamp,
            workflow_id=workflow_id,
            user_id=user_id,
        )

        workflow_access_revoked_event.additional_properties = d
        return workflow_access_revoked_event

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
