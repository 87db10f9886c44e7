from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.krea_2_style_reference_field import Krea2StyleReferenceField


T = TypeVar("T", bound="Krea2StyleReferenceOutput")


@_attrs_define
class Krea2StyleReferenceOutput:
    """Output of a Krea-2 style-reference encoder.

    Attributes:
        style_reference (Krea2StyleReferenceField): Style-reference conditioning for Krea-2 shared-KV reference
            attention.

            Carries the VAE-encoded reference latents plus the tuning parameters that shape how strongly, and in
            which frequency bands, the reference influences the target. The reference must be encoded at exactly
            the denoise node's resolution, so the dims travel with it for an early, legible mismatch error.

            Only ``style_strength`` is meant for everyday use; it modulates several of the others. The remainder
            are exposed for tuning and should be left at their defaults.
        type_ (Literal['krea2_style_reference_output']):  Default: 'krea2_style_reference_output'.
    """

    style_reference: Krea2StyleReferenceField
    type_: Literal["krea2_style_reference_output"] = "krea2_style_reference_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (Krea2StyleReferenceField,) = _lazy_imports()
        style_reference = self.style_reference.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "style_reference": style_reference,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (Krea2StyleReferenceField,) = _parse_imports()
        d = dict(src_dict)
        style_reference = Krea2StyleReferenceField.from_dict(d.pop("style_reference"))

        type_ = cast("Literal['krea2_style_reference_output']", d.pop("type"))
        if type_ != "krea2_style_reference_output":
            raise ValueError(f"type must match const 'krea2_style_reference_output', got '{type_}'")

        krea_2_style_reference_output = cls(
            style_reference=style_reference,
            type_=type_,
        )

        krea_2_style_reference_output.additional_properties = d
        return krea_2_style_reference_output

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
    from ..models.krea_2_style_reference_field import Krea2StyleReferenceField  # noqa: PLC0415

    return (Krea2StyleReferenceField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.krea_2_style_reference_field import Krea2StyleReferenceField  # noqa: PLC0415

    return (Krea2StyleReferenceField,)
