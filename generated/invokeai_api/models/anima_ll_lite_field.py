from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="AnimaLLLiteField")


@_attrs_define
class AnimaLLLiteField:
    """An Anima ControlNet-LLLite conditioning field (e.g. inpaint adapter).

    Attributes:
        image_name (str): The name of the conditioning image (the initial/raster image)
        control_model (ModelIdentifierField):
        mask_name (None | str | Unset): The name of the inpaint mask image (white = inpaint area)
        weight (float | Unset): The strength of the LLLite adapter Default: 1.0.
        begin_step_percent (float | Unset): When the adapter is first applied (% of total steps) Default: 0.0.
        end_step_percent (float | Unset): When the adapter is last applied (% of total steps) Default: 1.0.
    """

    image_name: str
    control_model: ModelIdentifierField
    mask_name: None | str | Unset = UNSET
    weight: float | Unset = 1.0
    begin_step_percent: float | Unset = 0.0
    end_step_percent: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ModelIdentifierField,) = _lazy_imports()
        image_name = self.image_name

        control_model = self.control_model.to_dict()

        mask_name: None | str | Unset
        if isinstance(self.mask_name, Unset):
            mask_name = UNSET
        else:
            mask_name = self.mask_name

        weight = self.weight

        begin_step_percent = self.begin_step_percent

        end_step_percent = self.end_step_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_name": image_name,
                "control_model": control_model,
            }
        )
        if mask_name is not UNSET:
            field_dict["mask_name"] = mask_name
        if weight is not UNSET:
            field_dict["weight"] = weight
        if begin_step_percent is not UNSET:
            field_dict["begin_step_percent"] = begin_step_percent
        if end_step_percent is not UNSET:
            field_dict["end_step_percent"] = end_step_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ModelIdentifierField,) = _parse_imports()
        d = dict(src_dict)
        image_name = d.pop("image_name")

        control_model = ModelIdentifierField.from_dict(d.pop("control_model"))

        def _parse_mask_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        mask_name = _parse_mask_name(d.pop("mask_name", UNSET))

        weight = d.pop("weight", UNSET)

        begin_step_percent = d.pop("begin_step_percent", UNSET)

        end_step_percent = d.pop("end_step_percent", UNSET)

        anima_ll_lite_field = cls(
            image_name=image_name,
            control_model=control_model,
            mask_name=mask_name,
            weight=weight,
            begin_step_percent=begin_step_percent,
            end_step_percent=end_step_percent,
        )

        anima_ll_lite_field.additional_properties = d
        return anima_ll_lite_field

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
    from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

    return (ModelIdentifierField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

    return (ModelIdentifierField,)
