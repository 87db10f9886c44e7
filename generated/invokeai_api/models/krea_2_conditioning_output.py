from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.krea_2_conditioning_field import Krea2ConditioningField


T = TypeVar("T", bound="Krea2ConditioningOutput")


@_attrs_define
class Krea2ConditioningOutput:
    """Base class for nodes that output a Krea-2 conditioning tensor.

    Attributes:
        conditioning (Krea2ConditioningField): A Krea-2 conditioning tensor primitive value
        type_ (Literal['krea2_conditioning_output']):  Default: 'krea2_conditioning_output'.
    """

    conditioning: Krea2ConditioningField
    type_: Literal["krea2_conditioning_output"] = "krea2_conditioning_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (Krea2ConditioningField,) = _lazy_imports()
        conditioning = self.conditioning.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditioning": conditioning,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (Krea2ConditioningField,) = _parse_imports()
        d = dict(src_dict)
        conditioning = Krea2ConditioningField.from_dict(d.pop("conditioning"))

        type_ = cast("Literal['krea2_conditioning_output']", d.pop("type"))
        if type_ != "krea2_conditioning_output":
            raise ValueError(f"type must match const 'krea2_conditioning_output', got '{type_}'")

        krea_2_conditioning_output = cls(
            conditioning=conditioning,
            type_=type_,
        )

        krea_2_conditioning_output.additional_properties = d
        return krea_2_conditioning_output

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
    from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415

    return (Krea2ConditioningField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415

    return (Krea2ConditioningField,)
