from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_category import WorkflowCategory, check_workflow_category
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowMeta")


@_attrs_define
class WorkflowMeta:
    """
    Attributes:
        version (str): The version of the workflow schema.
        category (WorkflowCategory | Unset):
    """

    version: str
    category: WorkflowCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        version = self.version

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        version = d.pop("version")

        _category = d.pop("category", UNSET)
        category: WorkflowCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_workflow_category(_category)

        workflow_meta = cls(
            version=version,
            category=category,
        )

        workflow_meta.additional_properties = d
        return workflow_meta

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
