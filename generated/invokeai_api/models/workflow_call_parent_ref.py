from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowCallParentRef")


@_attrs_define
class WorkflowCallParentRef:
    """Reference from a child execution state back to its parent workflow-call relationship.

    Attributes:
        workflow_call_id (str): The workflow-call execution id.
        parent_session_id (str): The parent graph execution state id.
        prepared_call_node_id (str): The prepared exec node id for the parent call site.
        source_call_node_id (str): The source graph node id for the parent call site.
        workflow_id (str): The saved workflow being called.
        depth (int): The 1-based depth of this call frame.
    """

    workflow_call_id: str
    parent_session_id: str
    prepared_call_node_id: str
    source_call_node_id: str
    workflow_id: str
    depth: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        workflow_call_id = self.workflow_call_id

        parent_session_id = self.parent_session_id

        prepared_call_node_id = self.prepared_call_node_id

        source_call_node_id = self.source_call_node_id

        workflow_id = self.workflow_id

        depth = self.depth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_call_id": workflow_call_id,
                "parent_session_id": parent_session_id,
                "prepared_call_node_id": prepared_call_node_id,
                "source_call_node_id": source_call_node_id,
                "workflow_id": workflow_id,
                "depth": depth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        workflow_call_id = d.pop("workflow_call_id")

        parent_session_id = d.pop("parent_session_id")

        prepared_call_node_id = d.pop("prepared_call_node_id")

        source_call_node_id = d.pop("source_call_node_id")

        workflow_id = d.pop("workflow_id")

        depth = d.pop("depth")

        workflow_call_parent_ref = cls(
            workflow_call_id=workflow_call_id,
            parent_session_id=parent_session_id,
            prepared_call_node_id=prepared_call_node_id,
            source_call_node_id=source_call_node_id,
            workflow_id=workflow_id,
            depth=depth,
        )

        workflow_call_parent_ref.additional_properties = d
        return workflow_call_parent_ref

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
