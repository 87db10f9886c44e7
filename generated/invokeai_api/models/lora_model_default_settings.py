from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoraModelDefaultSettings")


@_attrs_define
class LoraModelDefaultSettings:
    """
    Attributes:
        weight (float | None | Unset): Default weight for this model
        weight_min (float | None | Unset): Minimum weight slider value for this model
        weight_max (float | None | Unset): Maximum weight slider value for this model
    """

    weight: float | None | Unset = UNSET
    weight_min: float | None | Unset = UNSET
    weight_max: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        weight_min: float | None | Unset
        if isinstance(self.weight_min, Unset):
            weight_min = UNSET
        else:
            weight_min = self.weight_min

        weight_max: float | None | Unset
        if isinstance(self.weight_max, Unset):
            weight_max = UNSET
        else:
            weight_max = self.weight_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_min is not UNSET:
            field_dict["weight_min"] = weight_min
        if weight_max is not UNSET:
            field_dict["weight_max"] = weight_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_weight_min(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(float | None | Unset, data)

        weight_min = _parse_weight_min(d.pop("weight_min", UNSET))

        def _parse_weight_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(float | None | Unset, data)

        weight_max = _parse_weight_max(d.pop("weight_max", UNSET))

        lora_model_default_settings = cls(
            weight=weight,
            weight_min=weight_min,
            weight_max=weight_max,
        )

        lora_model_default_settings.additional_properties = d
        return lora_model_default_settings

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
