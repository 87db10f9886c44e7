from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowCallFrame")


@_attrs_define
class WorkflowCallFrame:
    """Represents one workflow-call frame in a nested call chain.

    Attributes:
        prepared_call_node_id (str): The prepared exec node id for the call site.
        source_call_node_id (str): The source graph node id for the call site.
        workflow_id (str): The saved workflow being called.
        depth (int): The 1-based depth of this call frame.
    """

    prepared_call_node_id: str
    source_call_node_id: str
    workflow_id: str
    depth: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        prepared_call_node_id = self.prepared_call_node_id

        source_call_node_id = self.source_call_node_id

        workflow_id = self.workflow_id

        depth = self.depth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        prepared_call_node_id = d.pop("prepared_call_node_id")

        source_call_node_id = d.pop("source_call_node_id")

        workflow_id = d.pop("workflow_id")

        depth = d.pop("depth")

        workflow_call_frame = cls(
            prepared_call_node_id=prepared_call_node_id,
            source_call_node_id=source_call_node_id,
            workflow_id=workflow_id,
            depth=depth,
        )

        workflow_call_frame.additional_properties = d
        return workflow_call_frame

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
