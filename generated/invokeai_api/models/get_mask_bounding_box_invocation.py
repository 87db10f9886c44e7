from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.color_field import ColorField
    from ..models.image_field import ImageField


T = TypeVar("T", bound="GetMaskBoundingBoxInvocation")


@_attrs_define
class GetMaskBoundingBoxInvocation:
    """Gets the bounding box of the given mask image.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['get_image_mask_bounding_box']):  Default: 'get_image_mask_bounding_box'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        mask (ImageField | None | Unset): The mask to crop.
        margin (int | Unset): Margin to add to the bounding box. Default: 0.
        mask_color (ColorField | Unset): A color primitive field
    """

    id: str
    type_: Literal["get_image_mask_bounding_box"] = "get_image_mask_bounding_box"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    mask: ImageField | None | Unset = UNSET
    margin: int | Unset = 0
    mask_color: ColorField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            ColorField,
            ImageField,
        ) = _lazy_imports()
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        mask: dict[str, Any] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, ImageField):
            mask = self.mask.to_dict()
        else:
            mask = self.mask

        margin = self.margin

        mask_color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mask_color, Unset):
            mask_color = self.mask_color.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if mask is not UNSET:
            field_dict["mask"] = mask
        if margin is not UNSET:
            field_dict["margin"] = margin
        if mask_color is not UNSET:
            field_dict["mask_color"] = mask_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ColorField,) = _parse_imports()
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['get_image_mask_bounding_box']", d.pop("type"))
        if type_ != "get_image_mask_bounding_box":
            raise ValueError(f"type must match const 'get_image_mask_bounding_box', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_mask(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.image_field import ImageField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mask_type_0 = ImageField.from_dict(data)

                return mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

        margin = d.pop("margin", UNSET)

        _mask_color = d.pop("mask_color", UNSET)
        mask_color: ColorField | Unset
        if isinstance(_mask_color, Unset):
            mask_color = UNSET
        else:
            mask_color = ColorField.from_dict(_mask_color)

        get_mask_bounding_box_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            mask=mask,
            margin=margin,
            mask_color=mask_color,
        )

        get_mask_bounding_box_invocation.additional_properties = d
        return get_mask_bounding_box_invocation

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
    from ..models.color_field import ColorField  # noqa: PLC0415
    from ..models.image_field import ImageField  # noqa: PLC0415

    return (
        ColorField,
        ImageField,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.color_field import ColorField  # noqa: PLC0415

    return (ColorField,)
