from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowReturnGetOutput")


@_attrs_define
class WorkflowReturnGetOutput:
    """A value extracted from named workflow return values.

    Attributes:
        value (Any): The extracted workflow return value.
        type_ (Literal['workflow_return_get_output']):  Default: 'workflow_return_get_output'.
    """

    value: Any
    type_: Literal["workflow_return_get_output"] = "workflow_return_get_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        value = self.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        value = d.pop("value")

        type_ = cast("Literal['workflow_return_get_output']", d.pop("type"))
        if type_ != "workflow_return_get_output":
            raise ValueError(f"type must match const 'workflow_return_get_output', got '{type_}'")

        workflow_return_get_output = cls(
            value=value,
            type_=type_,
        )

        workflow_return_get_output.additional_properties = d
        return workflow_return_get_output

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
