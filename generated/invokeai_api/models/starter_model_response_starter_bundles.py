from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.starter_model import StarterModel
    from ..models.starter_model_bundle import StarterModelBundle


T = TypeVar("T", bound="StarterModelResponseStarterBundles")


@_attrs_define
class StarterModelResponseStarterBundles:
    additional_properties: dict[str, list[StarterModel] | StarterModelBundle] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            StarterModel,
            StarterModelBundle,
        ) = _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, StarterModelBundle):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = []
                for additional_property_type_1_item_data in prop:
                    additional_property_type_1_item = additional_property_type_1_item_data.to_dict()
                    field_dict[prop_name].append(additional_property_type_1_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        starter_model_response_starter_bundles = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> list[StarterModel] | StarterModelBundle:

                from invokeai_api.models.starter_model import StarterModel  # noqa: PLC0415
                from invokeai_api.models.starter_model_bundle import StarterModelBundle  # noqa: PLC0415

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = StarterModelBundle.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, list):
                    raise TypeError()
                additional_property_type_1 = []
                _additional_property_type_1 = data
                for additional_property_type_1_item_data in _additional_property_type_1:
                    additional_property_type_1_item = StarterModel.from_dict(additional_property_type_1_item_data)

                    additional_property_type_1.append(additional_property_type_1_item)

                return additional_property_type_1

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        starter_model_response_starter_bundles.additional_properties = additional_properties
        return starter_model_response_starter_bundles

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[StarterModel] | StarterModelBundle:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[StarterModel] | StarterModelBundle) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    from ..models.starter_model import StarterModel  # noqa: PLC0415
    from ..models.starter_model_bundle import StarterModelBundle  # noqa: PLC0415

    return (
        StarterModel,
        StarterModelBundle,
    )
