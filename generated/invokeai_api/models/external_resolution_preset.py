from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExternalResolutionPreset")


@_attrs_define
class ExternalResolutionPreset:
    """
    Attributes:
        label (str): Display label, e.g. '1:1 (1K)'
        aspect_ratio (str): Aspect ratio string, e.g. '1:1'
        image_size (str): Image size preset, e.g. '1K'
        width (int):
        height (int):
    """

    label: str
    aspect_ratio: str
    image_size: str
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        label = self.label

        aspect_ratio = self.aspect_ratio

        image_size = self.image_size

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        label = d.pop("label")

        aspect_ratio = d.pop("aspect_ratio")

        image_size = d.pop("image_size")

        width = d.pop("width")

        height = d.pop("height")

        external_resolution_preset = cls(
            label=label,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            width=width,
            height=height,
        )

        external_resolution_preset.additional_properties = d
        return external_resolution_preset

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
