from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField
    from ..models.transformer_field import TransformerField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="Krea2ModelLoaderOutput")


@_attrs_define
class Krea2ModelLoaderOutput:
    """Krea-2 base model loader output.

    Attributes:
        transformer (TransformerField):
        qwen3_vl_encoder (Qwen3VLEncoderField): Field for the Qwen3-VL text encoder used by Krea-2 models.
        vae (VAEField):
        type_ (Literal['krea2_model_loader_output']):  Default: 'krea2_model_loader_output'.
    """

    transformer: TransformerField
    qwen3_vl_encoder: Qwen3VLEncoderField
    vae: VAEField
    type_: Literal["krea2_model_loader_output"] = "krea2_model_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            Qwen3VLEncoderField,
            TransformerField,
            VAEField,
        ) = _lazy_imports()
        transformer = self.transformer.to_dict()

        qwen3_vl_encoder = self.qwen3_vl_encoder.to_dict()

        vae = self.vae.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transformer": transformer,
                "qwen3_vl_encoder": qwen3_vl_encoder,
                "vae": vae,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            Qwen3VLEncoderField,
            TransformerField,
            VAEField,
        ) = _parse_imports()
        d = dict(src_dict)
        transformer = TransformerField.from_dict(d.pop("transformer"))

        qwen3_vl_encoder = Qwen3VLEncoderField.from_dict(d.pop("qwen3_vl_encoder"))

        vae = VAEField.from_dict(d.pop("vae"))

        type_ = cast("Literal['krea2_model_loader_output']", d.pop("type"))
        if type_ != "krea2_model_loader_output":
            raise ValueError(f"type must match const 'krea2_model_loader_output', got '{type_}'")

        krea_2_model_loader_output = cls(
            transformer=transformer,
            qwen3_vl_encoder=qwen3_vl_encoder,
            vae=vae,
            type_=type_,
        )

        krea_2_model_loader_output.additional_properties = d
        return krea_2_model_loader_output

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
    from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField  # noqa: PLC0415
    from ..models.transformer_field import TransformerField  # noqa: PLC0415
    from ..models.vae_field import VAEField  # noqa: PLC0415

    return (
        Qwen3VLEncoderField,
        TransformerField,
        VAEField,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField  # noqa: PLC0415
    from ..models.transformer_field import TransformerField  # noqa: PLC0415
    from ..models.vae_field import VAEField  # noqa: PLC0415

    return (
        Qwen3VLEncoderField,
        TransformerField,
        VAEField,
    )
