from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_return_output_values import WorkflowReturnOutputValues


T = TypeVar("T", bound="WorkflowReturnOutput")


@_attrs_define
class WorkflowReturnOutput:
    """The explicit named values returned from a callable workflow.

    Attributes:
        values (WorkflowReturnOutputValues): The workflow return values, keyed by return name.
        type_ (Literal['workflow_return_output']):  Default: 'workflow_return_output'.
    """

    values: WorkflowReturnOutputValues
    type_: Literal["workflow_return_output"] = "workflow_return_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (WorkflowReturnOutputValues,) = _lazy_imports()
        values = self.values.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (WorkflowReturnOutputValues,) = _parse_imports()
        d = dict(src_dict)
        values = WorkflowReturnOutputValues.from_dict(d.pop("values"))

        type_ = cast("Literal['workflow_return_output']", d.pop("type"))
        if type_ != "workflow_return_output":
            raise ValueError(f"type must match const 'workflow_return_output', got '{type_}'")

        workflow_return_output = cls(
            values=values,
            type_=type_,
        )

        workflow_return_output.additional_properties = d
        return workflow_return_output

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
    from ..models.workflow_return_output_values import WorkflowReturnOutputValues  # noqa: PLC0415

    return (WorkflowReturnOutputValues,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.workflow_return_output_values import WorkflowReturnOutputValues  # noqa: PLC0415

    return (WorkflowReturnOutputValues,)
