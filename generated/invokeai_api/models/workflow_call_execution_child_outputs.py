from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_call_execution_child_outputs_additional_property import (
        WorkflowCallExecutionChildOutputsAdditionalProperty,
    )


T = TypeVar("T", bound="WorkflowCallExecutionChildOutputs")


@_attrs_define
class WorkflowCallExecutionChildOutputs:
    """Workflow return values keyed by child queue item id."""

    additional_properties: dict[str, WorkflowCallExecutionChildOutputsAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        (WorkflowCallExecutionChildOutputsAdditionalProperty,) = _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (WorkflowCallExecutionChildOutputsAdditionalProperty,) = _parse_imports()
        d = dict(src_dict)
        workflow_call_execution_child_outputs = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = WorkflowCallExecutionChildOutputsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        workflow_call_execution_child_outputs.additional_properties = additional_properties
        return workflow_call_execution_child_outputs

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> WorkflowCallExecutionChildOutputsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: WorkflowCallExecutionChildOutputsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    from ..models.workflow_call_execution_child_outputs_additional_property import (
        WorkflowCallExecutionChildOutputsAdditionalProperty,  # noqa: PLC0415
    )

    return (WorkflowCallExecutionChildOutputsAdditionalProperty,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.workflow_call_execution_child_outputs_additional_property import (
        WorkflowCallExecutionChildOutputsAdditionalProperty,  # noqa: PLC0415
    )

    return (WorkflowCallExecutionChildOutputsAdditionalProperty,)
