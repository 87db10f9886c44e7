from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SystemPromptWithoutId")


@_attrs_define
class SystemPromptWithoutId:
    """
    Attributes:
        name (str): The name of the system prompt.
        content (str): The system prompt content.
    """

    name: str
    content: str

    def to_dict(self) -> dict[str, Any]:

        name = self.name

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        name = d.pop("name")

        content = d.pop("content")

        system_prompt_without_id = cls(
            name=name,
            content=content,
        )

        return system_prompt_without_id
