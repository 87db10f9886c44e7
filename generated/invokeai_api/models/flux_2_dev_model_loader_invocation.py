from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_2_dev_model_loader_invocation_max_seq_length import (
    Flux2DevModelLoaderInvocationMaxSeqLength,
    check_flux_2_dev_model_loader_invocation_max_seq_length,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="Flux2DevModelLoaderInvocation")


@_attrs_define
class Flux2DevModelLoaderInvocation:
    """Load a FLUX.2 [dev] transformer plus its Mistral text encoder and VAE.

    FLUX.2 [dev] is a 32B guidance-distilled rectified flow transformer that uses
    Mistral Small 3.1 (24B) as its sole text encoder, sharing the 32-channel
    AutoencoderKLFlux2 VAE with FLUX.2 Klein.

    When the transformer is a Diffusers-format checkpoint, both VAE and Mistral
    encoder can be extracted directly from the main model. For single-file
    safetensors or GGUF transformers, you must supply standalone VAE and
    Mistral encoder models, or point at a Diffusers FLUX.2 [dev] checkout for
    sub-model extraction.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            model (ModelIdentifierField):
            type_ (Literal['flux2_dev_model_loader']):  Default: 'flux2_dev_model_loader'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            vae_model (ModelIdentifierField | None | Unset): Standalone FLUX.2 VAE (AutoencoderKLFlux2). If not provided,
                the VAE is extracted from the Diffusers source model.
            mistral_encoder_model (ModelIdentifierField | None | Unset): Standalone Mistral text encoder. Required when the
                transformer is a single-file safetensors or GGUF without a sibling Diffusers source.
            mistral_source_model (ModelIdentifierField | None | Unset): Diffusers FLUX.2 [dev] model to extract VAE and/or
                Mistral encoder from. Use this if you don't have separate VAE / Mistral encoder models. Ignored if both are
                provided separately.
            max_seq_len (Flux2DevModelLoaderInvocationMaxSeqLength | Unset): Max sequence length for the Mistral encoder.
                FLUX.2 [dev] uses 512 by default. Default: 512.
    """

    id: str
    model: ModelIdentifierField
    type_: Literal["flux2_dev_model_loader"] = "flux2_dev_model_loader"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    vae_model: ModelIdentifierField | None | Unset = UNSET
    mistral_encoder_model: ModelIdentifierField | None | Unset = UNSET
    mistral_source_model: ModelIdentifierField | None | Unset = UNSET
    max_seq_len: Flux2DevModelLoaderInvocationMaxSeqLength | Unset = 512
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ModelIdentifierField,) = _lazy_imports()
        id = self.id

        model = self.model.to_dict()

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        vae_model: dict[str, Any] | None | Unset
        if isinstance(self.vae_model, Unset):
            vae_model = UNSET
        elif isinstance(self.vae_model, ModelIdentifierField):
            vae_model = self.vae_model.to_dict()
        else:
            vae_model = self.vae_model

        mistral_encoder_model: dict[str, Any] | None | Unset
        if isinstance(self.mistral_encoder_model, Unset):
            mistral_encoder_model = UNSET
        elif isinstance(self.mistral_encoder_model, ModelIdentifierField):
            mistral_encoder_model = self.mistral_encoder_model.to_dict()
        else:
            mistral_encoder_model = self.mistral_encoder_model

        mistral_source_model: dict[str, Any] | None | Unset
        if isinstance(self.mistral_source_model, Unset):
            mistral_source_model = UNSET
        elif isinstance(self.mistral_source_model, ModelIdentifierField):
            mistral_source_model = self.mistral_source_model.to_dict()
        else:
            mistral_source_model = self.mistral_source_model

        max_seq_len: int | Unset = UNSET
        if not isinstance(self.max_seq_len, Unset):
            max_seq_len = self.max_seq_len

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if vae_model is not UNSET:
            field_dict["vae_model"] = vae_model
        if mistral_encoder_model is not UNSET:
            field_dict["mistral_encoder_model"] = mistral_encoder_model
        if mistral_source_model is not UNSET:
            field_dict["mistral_source_model"] = mistral_source_model
        if max_seq_len is not UNSET:
            field_dict["max_seq_len"] = max_seq_len

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ModelIdentifierField,) = _parse_imports()
        d = dict(src_dict)
        id = d.pop("id")

        model = ModelIdentifierField.from_dict(d.pop("model"))

        type_ = cast("Literal['flux2_dev_model_loader']", d.pop("type"))
        if type_ != "flux2_dev_model_loader":
            raise ValueError(f"type must match const 'flux2_dev_model_loader', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_vae_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vae_model_type_0 = ModelIdentifierField.from_dict(data)

                return vae_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        vae_model = _parse_vae_model(d.pop("vae_model", UNSET))

        def _parse_mistral_encoder_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mistral_encoder_model_type_0 = ModelIdentifierField.from_dict(data)

                return mistral_encoder_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        mistral_encoder_model = _parse_mistral_encoder_model(d.pop("mistral_encoder_model", UNSET))

        def _parse_mistral_source_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mistral_source_model_type_0 = ModelIdentifierField.from_dict(data)

                return mistral_source_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        mistral_source_model = _parse_mistral_source_model(d.pop("mistral_source_model", UNSET))

        _max_seq_len = d.pop("max_seq_len", UNSET)
        max_seq_len: Flux2DevModelLoaderInvocationMaxSeqLength | Unset
        if isinstance(_max_seq_len, Unset):
            max_seq_len = UNSET
        else:
            max_seq_len = check_flux_2_dev_model_loader_invocation_max_seq_length(_max_seq_len)

        flux_2_dev_model_loader_invocation = cls(
            id=id,
            model=model,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            vae_model=vae_model,
            mistral_encoder_model=mistral_encoder_model,
            mistral_source_model=mistral_source_model,
            max_seq_len=max_seq_len,
        )

        flux_2_dev_model_loader_invocation.additional_properties = d
        return flux_2_dev_model_loader_invocation

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
    from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

    return (ModelIdentifierField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

    return (ModelIdentifierField,)
