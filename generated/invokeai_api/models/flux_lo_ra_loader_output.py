from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clip_field import CLIPField
    from ..models.t5_encoder_field import T5EncoderField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="FluxLoRALoaderOutput")


@_attrs_define
class FluxLoRALoaderOutput:
    """FLUX LoRA Loader Output

    Attributes:
        transformer (None | TransformerField): Transformer
        type_ (Literal['flux_lora_loader_output']):  Default: 'flux_lora_loader_output'.
        clip (CLIPField | None | Unset): CLIP (tokenizer, text encoder, LoRAs) and skipped layer count
        t5_encoder (None | T5EncoderField | Unset): T5 tokenizer and text encoder
    """

    transformer: None | TransformerField
    type_: Literal["flux_lora_loader_output"] = "flux_lora_loader_output"
    clip: CLIPField | None | Unset = UNSET
    t5_encoder: None | T5EncoderField | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            CLIPField,
            T5EncoderField,
            TransformerField,
        ) = _lazy_imports()
        transformer: dict[str, Any] | None
        if isinstance(self.transformer, TransformerField):
            transformer = self.transformer.to_dict()
        else:
            transformer = self.transformer

        type_ = self.type_

        clip: dict[str, Any] | None | Unset
        if isinstance(self.clip, Unset):
            clip = UNSET
        elif isinstance(self.clip, CLIPField):
            clip = self.clip.to_dict()
        else:
            clip = self.clip

        t5_encoder: dict[str, Any] | None | Unset
        if isinstance(self.t5_encoder, Unset):
            t5_encoder = UNSET
        elif isinstance(self.t5_encoder, T5EncoderField):
            t5_encoder = self.t5_encoder.to_dict()
        else:
            t5_encoder = self.t5_encoder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transformer": transformer,
                "type": type_,
            }
        )
        if clip is not UNSET:
            field_dict["clip"] = clip
        if t5_encoder is not UNSET:
            field_dict["t5_encoder"] = t5_encoder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_transformer(data: object) -> None | TransformerField:
            if data is None:
                return data

            from invokeai_api.models.transformer_field import TransformerField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = TransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformerField, data)

        transformer = _parse_transformer(d.pop("transformer"))

        type_ = cast("Literal['flux_lora_loader_output']", d.pop("type"))
        if type_ != "flux_lora_loader_output":
            raise ValueError(f"type must match const 'flux_lora_loader_output', got '{type_}'")

        def _parse_clip(data: object) -> CLIPField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.clip_field import CLIPField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clip_type_0 = CLIPField.from_dict(data)

                return clip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CLIPField | None | Unset, data)

        clip = _parse_clip(d.pop("clip", UNSET))

        def _parse_t5_encoder(data: object) -> None | T5EncoderField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.t5_encoder_field import T5EncoderField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                t5_encoder_type_0 = T5EncoderField.from_dict(data)

                return t5_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | T5EncoderField | Unset, data)

        t5_encoder = _parse_t5_encoder(d.pop("t5_encoder", UNSET))

        flux_lo_ra_loader_output = cls(
            transformer=transformer,
            type_=type_,
            clip=clip,
            t5_encoder=t5_encoder,
        )

        flux_lo_ra_loader_output.additional_properties = d
        return flux_lo_ra_loader_output

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
    from ..models.clip_field import CLIPField  # noqa: PLC0415
    from ..models.t5_encoder_field import T5EncoderField  # noqa: PLC0415
    from ..models.transformer_field import TransformerField  # noqa: PLC0415

    return (
        CLIPField,
        T5EncoderField,
        TransformerField,
    )
