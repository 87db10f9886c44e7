from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_record_list_item_dto import WorkflowRecordListItemDTO


T = TypeVar("T", bound="PaginatedResultsWorkflowRecordListItemDTO")


@_attrs_define
class PaginatedResultsWorkflowRecordListItemDTO:
    """
    Attributes:
        page (int): Current Page
        pages (int): Total number of pages
        per_page (int): Number of items per page
        total (int): Total number of items in result
        items (list[WorkflowRecordListItemDTO]): Items
    """

    page: int
    pages: int
    per_page: int
    total: int
    items: list[WorkflowRecordListItemDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (WorkflowRecordListItemDTO,) = _lazy_imports()
        page = self.page

        pages = self.pages

        per_page = self.per_page

        total = self.total

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "pages": pages,
                "per_page": per_page,
                "total": total,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (WorkflowRecordListItemDTO,) = _parse_imports()
        d = dict(src_dict)
        page = d.pop("page")

        pages = d.pop("pages")

        per_page = d.pop("per_page")

        total = d.pop("total")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = WorkflowRecordListItemDTO.from_dict(items_item_data)

            items.append(items_item)

        paginated_results_workflow_record_list_item_dto = cls(
            page=page,
            pages=pages,
            per_page=per_page,
            total=total,
            items=items,
        )

        paginated_results_workflow_record_list_item_dto.additional_properties = d
        return paginated_results_workflow_record_list_item_dto

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
    from ..models.workflow_record_list_item_dto import WorkflowRecordListItemDTO  # noqa: PLC0415

    return (WorkflowRecordListItemDTO,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.workflow_record_list_item_dto import WorkflowRecordListItemDTO  # noqa: PLC0415

    return (WorkflowRecordListItemDTO,)
