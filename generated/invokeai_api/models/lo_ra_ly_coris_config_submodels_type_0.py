from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.submodel_definition import SubmodelDefinition


T = TypeVar("T", bound="LoRALyCORISConfigSubmodelsType0")


@_attrs_define
class LoRALyCORISConfigSubmodelsType0:
    additional_properties: dict[str, SubmodelDefinition] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (SubmodelDefinition,) = _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (SubmodelDefinition,) = _parse_imports()
        d = dict(src_dict)
        lo_ra_ly_coris_config_submodels_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SubmodelDefinition.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        lo_ra_ly_coris_config_submodels_type_0.additional_properties = additional_properties
        return lo_ra_ly_coris_config_submodels_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SubmodelDefinition:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SubmodelDefinition) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@functools.cache
def _lazy_imports() -> tuple[Any, ...]:
    from ..models.submodel_definition import SubmodelDefinition  # noqa: PLC0415

    return (SubmodelDefinition,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.submodel_definition import SubmodelDefinition  # noqa: PLC0415

    return (SubmodelDefinition,)
