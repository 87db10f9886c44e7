from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ideogram4Region")


@_attrs_define
class Ideogram4Region:
    """A single region of an Ideogram 4 structured caption (description + optional bounding box).

    Attributes:
        prompt (str): The region's description (becomes the element's `desc`).
        bbox (list[int] | None | Unset): Normalized bounding box [y_min, x_min, y_max, x_max] (0–1000), or null for a
            region with no drawn content.
    """

    prompt: str
    bbox: list[int] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        prompt = self.prompt

        bbox: list[int] | None | Unset
        if isinstance(self.bbox, Unset):
            bbox = UNSET
        elif isinstance(self.bbox, list):
            bbox = self.bbox

        else:
            bbox = self.bbox

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if bbox is not UNSET:
            field_dict["bbox"] = bbox

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_bbox(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, list):
                    raise TypeError()
                bbox_type_0 = cast(list[int], data)

                return bbox_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        bbox = _parse_bbox(d.pop("bbox", UNSET))

        ideogram_4_region = cls(
            prompt=prompt,
            bbox=bbox,
        )

        ideogram_4_region.additional_properties = d
        return ideogram_4_region

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
