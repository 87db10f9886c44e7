from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.z_image_control_field import ZImageControlField


T = TypeVar("T", bound="ZImageControlOutput")


@_attrs_define
class ZImageControlOutput:
    """Z-Image Control output containing control configuration.

    Attributes:
        control (ZImageControlField): A Z-Image control conditioning field for spatial control (Canny, HED, Depth, Pose,
            MLSD).
        type_ (Literal['z_image_control_output']):  Default: 'z_image_control_output'.
    """

    control: ZImageControlField
    type_: Literal["z_image_control_output"] = "z_image_control_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ZImageControlField,) = _lazy_imports()
        control = self.control.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "control": control,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ZImageControlField,) = _parse_imports()
        d = dict(src_dict)
        control = ZImageControlField.from_dict(d.pop("control"))

        type_ = cast("Literal['z_image_control_output']", d.pop("type"))
        if type_ != "z_image_control_output":
            raise ValueError(f"type must match const 'z_image_control_output', got '{type_}'")

        z_image_control_output = cls(
            control=control,
            type_=type_,
        )

        z_image_control_output.additional_properties = d
        return z_image_control_output

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
    from ..models.z_image_control_field import ZImageControlField  # noqa: PLC0415

    return (ZImageControlField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.z_image_control_field import ZImageControlField  # noqa: PLC0415

    return (ZImageControlField,)
