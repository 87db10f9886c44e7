from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_model_panel_control import ExternalModelPanelControl


T = TypeVar("T", bound="ExternalModelPanelSchema")


@_attrs_define
class ExternalModelPanelSchema:
    """
    Attributes:
        prompts (list[ExternalModelPanelControl] | Unset):
        image (list[ExternalModelPanelControl] | Unset):
        generation (list[ExternalModelPanelControl] | Unset):
    """

    prompts: list[ExternalModelPanelControl] | Unset = UNSET
    image: list[ExternalModelPanelControl] | Unset = UNSET
    generation: list[ExternalModelPanelControl] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ExternalModelPanelControl,) = _lazy_imports()
        prompts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompts, Unset):
            prompts = []
            for prompts_item_data in self.prompts:
                prompts_item = prompts_item_data.to_dict()
                prompts.append(prompts_item)

        image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = []
            for image_item_data in self.image:
                image_item = image_item_data.to_dict()
                image.append(image_item)

        generation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generation, Unset):
            generation = []
            for generation_item_data in self.generation:
                generation_item = generation_item_data.to_dict()
                generation.append(generation_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if image is not UNSET:
            field_dict["image"] = image
        if generation is not UNSET:
            field_dict["generation"] = generation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ExternalModelPanelControl,) = _parse_imports()
        d = dict(src_dict)
        _prompts = d.pop("prompts", UNSET)
        prompts: list[ExternalModelPanelControl] | Unset = UNSET
        if _prompts is not UNSET:
            prompts = []
            for prompts_item_data in _prompts:
                prompts_item = ExternalModelPanelControl.from_dict(prompts_item_data)

                prompts.append(prompts_item)

        _image = d.pop("image", UNSET)
        image: list[ExternalModelPanelControl] | Unset = UNSET
        if _image is not UNSET:
            image = []
            for image_item_data in _image:
                image_item = ExternalModelPanelControl.from_dict(image_item_data)

                image.append(image_item)

        _generation = d.pop("generation", UNSET)
        generation: list[ExternalModelPanelControl] | Unset = UNSET
        if _generation is not UNSET:
            generation = []
            for generation_item_data in _generation:
                generation_item = ExternalModelPanelControl.from_dict(generation_item_data)

                generation.append(generation_item)

        external_model_panel_schema = cls(
            prompts=prompts,
            image=image,
            generation=generation,
        )

        external_model_panel_schema.additional_properties = d
        return external_model_panel_schema

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
    from ..models.external_model_panel_control import ExternalModelPanelControl  # noqa: PLC0415

    return (ExternalModelPanelControl,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.external_model_panel_control import ExternalModelPanelControl  # noqa: PLC0415

    return (ExternalModelPanelControl,)
