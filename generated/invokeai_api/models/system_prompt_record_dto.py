from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SystemPromptRecordDTO")


@_attrs_define
class SystemPromptRecordDTO:
    """
    Attributes:
        name (str): The name of the system prompt.
        content (str): The system prompt content.
        id (str): The system prompt ID.
        user_id (str): The owning user id ('system' for built-in defaults, and for everything created in single-user
            mode).
        is_public (bool): Whether the prompt is shared with all users.
        created_at (datetime.datetime): When the system prompt was created.
        updated_at (datetime.datetime): When the system prompt was last updated.
    """

    name: str
    content: str
    id: str
    user_id: str
    is_public: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        name = self.name

        content = self.content

        id = self.id

        user_id = self.user_id

        is_public = self.is_public

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "content": content,
                "id": id,
                "user_id": user_id,
                "is_public": is_public,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        name = d.pop("name")

        content = d.pop("content")

        id = d.pop("id")

        user_id = d.pop("user_id")

        is_public = d.pop("is_public")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        system_prompt_record_dto = cls(
            name=name,
            content=content,
            id=id,
            user_id=user_id,
            is_public=is_public,
            created_at=created_at,
            updated_at=updated_at,
        )

        system_prompt_record_dto.additional_properties = d
        return system_prompt_record_dto

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
