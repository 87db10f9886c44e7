from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pi_d_decoder_field import PiDDecoderField


T = TypeVar("T", bound="PiDDecoderOutput")


@_attrs_define
class PiDDecoderOutput:
    """
    Attributes:
        pid_decoder (PiDDecoderField): Field for a PiD (Pixel Diffusion Decoder) checkpoint.
        type_ (Literal['pid_decoder_output']):  Default: 'pid_decoder_output'.
    """

    pid_decoder: PiDDecoderField
    type_: Literal["pid_decoder_output"] = "pid_decoder_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (PiDDecoderField,) = _lazy_imports()
        pid_decoder = self.pid_decoder.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pid_decoder": pid_decoder,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (PiDDecoderField,) = _parse_imports()
        d = dict(src_dict)
        pid_decoder = PiDDecoderField.from_dict(d.pop("pid_decoder"))

        type_ = cast("Literal['pid_decoder_output']", d.pop("type"))
        if type_ != "pid_decoder_output":
            raise ValueError(f"type must match const 'pid_decoder_output', got '{type_}'")

        pi_d_decoder_output = cls(
            pid_decoder=pid_decoder,
            type_=type_,
        )

        pi_d_decoder_output.additional_properties = d
        return pi_d_decoder_output

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
    from ..models.pi_d_decoder_field import PiDDecoderField  # noqa: PLC0415

    return (PiDDecoderField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.pi_d_decoder_field import PiDDecoderField  # noqa: PLC0415

    return (PiDDecoderField,)
