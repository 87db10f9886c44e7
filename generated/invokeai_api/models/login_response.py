from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_dto import UserDTO


T = TypeVar("T", bound="LoginResponse")


@_attrs_define
class LoginResponse:
    """Response from successful login.

    Attributes:
        token (str): JWT access token
        user (UserDTO): User data transfer object.
        expires_in (int): Token expiration time in seconds
    """

    token: str
    user: UserDTO
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (UserDTO,) = _lazy_imports()
        token = self.token

        user = self.user.to_dict()

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "user": user,
                "expires_in": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UserDTO,) = _parse_imports()
        d = dict(src_dict)
        token = d.pop("token")

        user = UserDTO.from_dict(d.pop("user"))

        expires_in = d.pop("expires_in")

        login_response = cls(
            token=token,
            user=user,
            expires_in=expires_in,
        )

        login_response.additional_properties = d
        return login_response

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
    from ..models.user_dto import UserDTO  # noqa: PLC0415

    return (UserDTO,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.user_dto import UserDTO  # noqa: PLC0415

    return (UserDTO,)
