from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_return_value_field import WorkflowReturnValueField


T = TypeVar("T", bound="WorkflowReturnValueOutput")


@_attrs_define
class WorkflowReturnValueOutput:
    """A named workflow return value.

    Attributes:
        value (WorkflowReturnValueField): One named workflow return value.
        type_ (Literal['workflow_return_value_output']):  Default: 'workflow_return_value_output'.
    """

    value: WorkflowReturnValueField
    type_: Literal["workflow_return_value_output"] = "workflow_return_value_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (WorkflowReturnValueField,) = _lazy_imports()
        value = self.value.to_dict()

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
        (WorkflowReturnValueField,) = _parse_imports()
        d = dict(src_dict)
        value = WorkflowReturnValueField.from_dict(d.pop("value"))

        type_ = cast("Literal['workflow_return_value_output']", d.pop("type"))
        if type_ != "workflow_return_value_output":
            raise ValueError(f"type must match const 'workflow_return_value_output', got '{type_}'")

        workflow_return_value_output = cls(
            value=value,
            type_=type_,
        )

        workflow_return_value_output.additional_properties = d
        return workflow_return_value_output

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
    from ..models.workflow_return_value_field import WorkflowReturnValueField  # noqa: PLC0415

    return (WorkflowReturnValueField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.workflow_return_value_field import WorkflowReturnValueField  # noqa: PLC0415

    return (WorkflowReturnValueField,)
