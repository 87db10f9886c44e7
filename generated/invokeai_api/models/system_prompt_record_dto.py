from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:

        name = self.name

        content = self.content

        id = self.id

        user_id = self.user_id

        is_public = self.is_public

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

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

        return system_prompt_record_dto
