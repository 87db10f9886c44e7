from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow import Workflow
    from ..models.workflow_call_compatibility import WorkflowCallCompatibility


T = TypeVar("T", bound="WorkflowRecordWithThumbnailDTO")


@_attrs_define
class WorkflowRecordWithThumbnailDTO:
    """
    Attributes:
        workflow_id (str): The id of the workflow.
        name (str): The name of the workflow.
        created_at (datetime.datetime | str): The created timestamp of the workflow.
        updated_at (datetime.datetime | str): The updated timestamp of the workflow.
        workflow (Workflow):
        opened_at (datetime.datetime | None | str | Unset): The opened timestamp of the workflow.
        user_id (str | Unset): The id of the user who owns this workflow.
        is_public (bool | Unset): Whether this workflow is shared with all users.
        thumbnail_url (None | str | Unset): The URL of the workflow thumbnail.
        call_saved_workflow_compatibility (None | Unset | WorkflowCallCompatibility): Whether this workflow is currently
            callable by call_saved_workflow.
        is_published (bool | None | Unset): Whether the workflow is published or not.
    """

    workflow_id: str
    name: str
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    workflow: Workflow
    opened_at: datetime.datetime | None | str | Unset = UNSET
    user_id: str | Unset = UNSET
    is_public: bool | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    call_saved_workflow_compatibility: None | Unset | WorkflowCallCompatibility = UNSET
    is_published: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            Workflow,
            WorkflowCallCompatibility,
        ) = _lazy_imports()
        workflow_id = self.workflow_id

        name = self.name

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        workflow = self.workflow.to_dict()

        opened_at: None | str | Unset
        if isinstance(self.opened_at, Unset):
            opened_at = UNSET
        elif isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        user_id = self.user_id

        is_public = self.is_public

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        call_saved_workflow_compatibility: dict[str, Any] | None | Unset
        if isinstance(self.call_saved_workflow_compatibility, Unset):
            call_saved_workflow_compatibility = UNSET
        elif isinstance(self.call_saved_workflow_compatibility, WorkflowCallCompatibility):
            call_saved_workflow_compatibility = self.call_saved_workflow_compatibility.to_dict()
        else:
            call_saved_workflow_compatibility = self.call_saved_workflow_compatibility

        is_published: bool | None | Unset
        if isinstance(self.is_published, Unset):
            is_published = UNSET
        else:
            is_published = self.is_published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
                "workflow": workflow,
            }
        )
        if opened_at is not UNSET:
            field_dict["opened_at"] = opened_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if call_saved_workflow_compatibility is not UNSET:
            field_dict["call_saved_workflow_compatibility"] = call_saved_workflow_compatibility
        if is_published is not UNSET:
            field_dict["is_published"] = is_published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (Workflow,) = _parse_imports()
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        name = d.pop("name")

        def _parse_created_at(data: object) -> datetime.datetime | str:

            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | str:

            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        workflow = Workflow.from_dict(d.pop("workflow"))

        def _parse_opened_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        opened_at = _parse_opened_at(d.pop("opened_at", UNSET))

        user_id = d.pop("user_id", UNSET)

        is_public = d.pop("is_public", UNSET)

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        def _parse_call_saved_workflow_compatibility(data: object) -> None | Unset | WorkflowCallCompatibility:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.workflow_call_compatibility import WorkflowCallCompatibility  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_saved_workflow_compatibility_type_0 = WorkflowCallCompatibility.from_dict(data)

                return call_saved_workflow_compatibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCallCompatibility, data)

        call_saved_workflow_compatibility = _parse_call_saved_workflow_compatibility(
            d.pop("call_saved_workflow_compatibility", UNSET)
        )

        def _parse_is_published(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(bool | None | Unset, data)

        is_published = _parse_is_published(d.pop("is_published", UNSET))

        workflow_record_with_thumbnail_dto = cls(
            workflow_id=workflow_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            workflow=workflow,
            opened_at=opened_at,
            user_id=user_id,
            is_public=is_public,
            thumbnail_url=thumbnail_url,
            call_saved_workflow_compatibility=call_saved_workflow_compatibility,
            is_published=is_published,
        )

        workflow_record_with_thumbnail_dto.additional_properties = d
        return workflow_record_with_thumbnail_dto

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
    from ..models.workflow import Workflow  # noqa: PLC0415
    from ..models.workflow_call_compatibility import WorkflowCallCompatibility  # noqa: PLC0415

    return (
        Workflow,
        WorkflowCallCompatibility,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.workflow import Workflow  # noqa: PLC0415

    return (Workflow,)
