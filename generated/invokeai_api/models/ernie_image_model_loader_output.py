from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mistral_3_encoder_field import Mistral3EncoderField
    from ..models.prompt_enhancer_field import PromptEnhancerField
    from ..models.transformer_field import TransformerField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="ErnieImageModelLoaderOutput")


@_attrs_define
class ErnieImageModelLoaderOutput:
    """ERNIE-Image model loader output.

    Attributes:
        transformer (TransformerField):
        text_encoder (Mistral3EncoderField): Field for Mistral3 text encoder used by ERNIE-Image models.
        vae (VAEField):
        prompt_enhancer (None | PromptEnhancerField): Optional prompt-enhancer (Ministral3ForCausalLM)
        type_ (Literal['ernie_image_model_loader_output']):  Default: 'ernie_image_model_loader_output'.
    """

    transformer: TransformerField
    text_encoder: Mistral3EncoderField
    vae: VAEField
    prompt_enhancer: None | PromptEnhancerField
    type_: Literal["ernie_image_model_loader_output"] = "ernie_image_model_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            Mistral3EncoderField,
            PromptEnhancerField,
            TransformerField,
            VAEField,
        ) = _lazy_imports()
        transformer = self.transformer.to_dict()

        text_encoder = self.text_encoder.to_dict()

        vae = self.vae.to_dict()

        prompt_enhancer: dict[str, Any] | None
        if isinstance(self.prompt_enhancer, PromptEnhancerField):
            prompt_enhancer = self.prompt_enhancer.to_dict()
        else:
            prompt_enhancer = self.prompt_enhancer

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transformer": transformer,
                "text_encoder": text_encoder,
                "vae": vae,
                "prompt_enhancer": prompt_enhancer,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            Mistral3EncoderField,
            TransformerField,
            VAEField,
        ) = _parse_imports()
        d = dict(src_dict)
        transformer = TransformerField.from_dict(d.pop("transformer"))

        text_encoder = Mistral3EncoderField.from_dict(d.pop("text_encoder"))

        vae = VAEField.from_dict(d.pop("vae"))

        def _parse_prompt_enhancer(data: object) -> None | PromptEnhancerField:
            if data is None:
                return data

            from invokeai_api.models.prompt_enhancer_field import PromptEnhancerField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_enhancer_type_0 = PromptEnhancerField.from_dict(data)

                return prompt_enhancer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptEnhancerField, data)

        prompt_enhancer = _parse_prompt_enhancer(d.pop("prompt_enhancer"))

        type_ = cast("Literal['ernie_image_model_loader_output']", d.pop("type"))
        if type_ != "ernie_image_model_loader_output":
            raise ValueError(f"type must match const 'ernie_image_model_loader_output', got '{type_}'")

        ernie_image_model_loader_output = cls(
            transformer=transformer,
            text_encoder=text_encoder,
            vae=vae,
            prompt_enhancer=prompt_enhancer,
            type_=type_,
        )

        ernie_image_model_loader_output.additional_properties = d
        return ernie_image_model_loader_output

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
    from ..models.mistral_3_encoder_field import Mistral3EncoderField  # noqa: PLC0415
    from ..models.prompt_enhancer_field import PromptEnhancerField  # noqa: PLC0415
    from ..models.transformer_field import TransformerField  # noqa: PLC0415
    from ..models.vae_field import VAEField  # noqa: PLC0415

    return (
        Mistral3EncoderField,
        PromptEnhancerField,
        TransformerField,
        VAEField,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.mistral_3_encoder_field import Mistral3EncoderField  # noqa: PLC0415
    from ..models.transformer_field import TransformerField  # noqa: PLC0415
    from ..models.vae_field import VAEField  # noqa: PLC0415

    return (
        Mistral3EncoderField,
        TransformerField,
        VAEField,
    )
