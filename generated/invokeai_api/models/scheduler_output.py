from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduler_output_scheduler import SchedulerOutputScheduler, check_scheduler_output_scheduler

T = TypeVar("T", bound="SchedulerOutput")


@_attrs_define
class SchedulerOutput:
    """
    Attributes:
        scheduler (SchedulerOutputScheduler): Scheduler to use during inference
        type_ (Literal['scheduler_output']):  Default: 'scheduler_output'.
    """

    scheduler: SchedulerOutputScheduler
    type_: Literal["scheduler_output"] = "scheduler_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        scheduler: str = self.scheduler

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduler": scheduler,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        scheduler = check_scheduler_output_scheduler(d.pop("scheduler"))

        type_ = cast("Literal['scheduler_output']", d.pop("type"))
        if type_ != "scheduler_output":
            raise ValueError(f"type must match const 'scheduler_output', got '{type_}'")

        scheduler_output = cls(
            scheduler=scheduler,
            type_=type_,
        )

        scheduler_output.additional_properties = d
        return scheduler_output

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
