from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.tensor_field import TensorField


T = TypeVar("T", bound="FluxFillConditioningField")


@_attrs_define
class FluxFillConditioningField:
    """A FLUX Fill conditioning field.

    Attributes:
        image (ImageField): An image primitive field
        mask (TensorField): A tensor primitive field.
    """

    image: ImageField
    mask: TensorField
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            ImageField,
            TensorField,
        ) = _lazy_imports()
        image = self.image.to_dict()

        mask = self.mask.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "mask": mask,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            ImageField,
            TensorField,
        ) = _parse_imports()
        d = dict(src_dict)
        image = ImageField.from_dict(d.pop("image"))

        mask = TensorField.from_dict(d.pop("mask"))

        flux_fill_conditioning_field = cls(
            image=image,
            mask=mask,
        )

        flux_fill_conditioning_field.additional_properties = d
        return flux_fill_conditioning_field

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
    from ..models.image_field import ImageField  # noqa: PLC0415
    from ..models.tensor_field import TensorField  # noqa: PLC0415

    return (
        ImageField,
        TensorField,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.image_field import ImageField  # noqa: PLC0415
    from ..models.tensor_field import TensorField  # noqa: PLC0415

    return (
        ImageField,
        TensorField,
    )
