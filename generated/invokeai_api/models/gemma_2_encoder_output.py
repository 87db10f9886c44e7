from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gemma_2_encoder_field import Gemma2EncoderField


T = TypeVar("T", bound="Gemma2EncoderOutput")


@_attrs_define
class Gemma2EncoderOutput:
    """
    Attributes:
        gemma2_encoder (Gemma2EncoderField): Field for the Gemma-2 text encoder used by PiD decoders.
        type_ (Literal['gemma2_encoder_output']):  Default: 'gemma2_encoder_output'.
    """

    gemma2_encoder: Gemma2EncoderField
    type_: Literal["gemma2_encoder_output"] = "gemma2_encoder_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (Gemma2EncoderField,) = _lazy_imports()
        gemma2_encoder = self.gemma2_encoder.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gemma2_encoder": gemma2_encoder,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (Gemma2EncoderField,) = _parse_imports()
        d = dict(src_dict)
        gemma2_encoder = Gemma2EncoderField.from_dict(d.pop("gemma2_encoder"))

        type_ = cast("Literal['gemma2_encoder_output']", d.pop("type"))
        if type_ != "gemma2_encoder_output":
            raise ValueError(f"type must match const 'gemma2_encoder_output', got '{type_}'")

        gemma_2_encoder_output = cls(
            gemma2_encoder=gemma2_encoder,
            type_=type_,
        )

        gemma_2_encoder_output.additional_properties = d
        return gemma_2_encoder_output

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
    from ..models.gemma_2_encoder_field import Gemma2EncoderField  # noqa: PLC0415

    return (Gemma2EncoderField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.gemma_2_encoder_field import Gemma2EncoderField  # noqa: PLC0415

    return (Gemma2EncoderField,)
