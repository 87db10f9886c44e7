from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_2_dev_model_loader_output_max_seq_length import (
    Flux2DevModelLoaderOutputMaxSeqLength,
    check_flux_2_dev_model_loader_output_max_seq_length,
)

if TYPE_CHECKING:
    from ..models.mistral_encoder_field import MistralEncoderField
    from ..models.transformer_field import TransformerField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="Flux2DevModelLoaderOutput")


@_attrs_define
class Flux2DevModelLoaderOutput:
    """FLUX.2 [dev] model loader output.

    Attributes:
        transformer (TransformerField):
        mistral_encoder (MistralEncoderField): Field for the Mistral text encoder used by FLUX.2 [dev].

            The "tokenizer" submodel actually points to the multimodal processor (AutoProcessor /
            Mistral3Processor), which wraps the tokenizer plus the chat template needed by FLUX.2.
        vae (VAEField):
        max_seq_len (Flux2DevModelLoaderOutputMaxSeqLength): Max sequence length for the Mistral encoder.
        type_ (Literal['flux2_dev_model_loader_output']):  Default: 'flux2_dev_model_loader_output'.
    """

    transformer: TransformerField
    mistral_encoder: MistralEncoderField
    vae: VAEField
    max_seq_len: Flux2DevModelLoaderOutputMaxSeqLength
    type_: Literal["flux2_dev_model_loader_output"] = "flux2_dev_model_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            MistralEncoderField,
            TransformerField,
            VAEField,
        ) = _lazy_imports()
        transformer = self.transformer.to_dict()

        mistral_encoder = self.mistral_encoder.to_dict()

        vae = self.vae.to_dict()

        max_seq_len: int = self.max_seq_len

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transformer": transformer,
                "mistral_encoder": mistral_encoder,
                "vae": vae,
                "max_seq_len": max_seq_len,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            MistralEncoderField,
            TransformerField,
            VAEField,
        ) = _parse_imports()
        d = dict(src_dict)
        transformer = TransformerField.from_dict(d.pop("transformer"))

        mistral_encoder = MistralEncoderField.from_dict(d.pop("mistral_encoder"))

        vae = VAEField.from_dict(d.pop("vae"))

        max_seq_len = check_flux_2_dev_model_loader_output_max_seq_length(d.pop("max_seq_len"))

        type_ = cast("Literal['flux2_dev_model_loader_output']", d.pop("type"))
        if type_ != "flux2_dev_model_loader_output":
            raise ValueError(f"type must match const 'flux2_dev_model_loader_output', got '{type_}'")

        flux_2_dev_model_loader_output = cls(
            transformer=transformer,
            mistral_encoder=mistral_encoder,
            vae=vae,
            max_seq_len=max_seq_len,
            type_=type_,
        )

        flux_2_dev_model_loader_output.additional_properties = d
        return flux_2_dev_model_loader_output

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
    from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
    from ..models.transformer_field import TransformerField  # noqa: PLC0415
    from ..models.vae_field import VAEField  # noqa: PLC0415

    return (
        MistralEncoderField,
        TransformerField,
        VAEField,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
    from ..models.transformer_field import TransformerField  # noqa: PLC0415
    from ..models.vae_field import VAEField  # noqa: PLC0415

    return (
        MistralEncoderField,
        TransformerField,
        VAEField,
    )
