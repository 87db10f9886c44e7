from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_identifier_kind import FieldIdentifierKind, check_field_identifier_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldIdentifier")


@_attrs_define
class FieldIdentifier:
    """
    Attributes:
        kind (FieldIdentifierKind): The kind of field
        node_id (str): The ID of the node
        field_name (str): The name of the field
        user_label (None | str | Unset): The user label of the field, if any
    """

    kind: FieldIdentifierKind
    node_id: str
    field_name: str
    user_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        kind: str = self.kind

        node_id = self.node_id

        field_name = self.field_name

        user_label: None | str | Unset
        if isinstance(self.user_label, Unset):
            user_label = UNSET
        else:
            user_label = self.user_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "node_id": node_id,
                "field_name": field_name,
            }
        )
        if user_label is not UNSET:
            field_dict["user_label"] = user_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        kind = check_field_identifier_kind(d.pop("kind"))

        node_id = d.pop("node_id")

        field_name = d.pop("field_name")

        def _parse_user_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        user_label = _parse_user_label(d.pop("user_label", UNSET))

        field_identifier = cls(
            kind=kind,
            node_id=node_id,
            field_name=field_name,
            user_label=user_label,
        )

        field_identifier.additional_properties = d
        return field_identifier

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
