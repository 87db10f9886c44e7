from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="WanModelLoaderInvocation")


@_attrs_define
class WanModelLoaderInvocation:
    """Loads a Wan 2.2 model, outputting its submodels.

    Components can be mixed and matched, mirroring the Qwen Image loader pattern:

    - Transformer(s):
        * Diffusers main: emits ``transformer/`` and (for A14B) ``transformer_2/``
          from the same model record.
        * Single-file main (GGUF or safetensors checkpoint): emits the file as the
          primary transformer; for A14B the second-expert file must be wired to
          ``Transformer (Low Noise)``.
    - VAE: standalone Wan VAE > main (if Diffusers) > Component Source (Diffusers).
    - UMT5-XXL encoder: standalone Wan T5 encoder > main (if Diffusers) >
      Component Source (Diffusers).

    The Component Source slot lets users supply a Diffusers Wan main model purely
    for VAE / encoder extraction when the actual transformer is in a single-file
    format. Together, the standalone VAE + standalone encoder let a single-file
    transformer run without a full ~30 GB Diffusers install.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            model (ModelIdentifierField):
            type_ (Literal['wan_model_loader']):  Default: 'wan_model_loader'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            transformer_low_noise_model (ModelIdentifierField | None | Unset): Optional second single-file transformer for
                the A14B low-noise expert. Only relevant when the main model is a single-file GGUF or safetensors checkpoint and
                the variant is A14B; ignored when the main is a Diffusers A14B (both experts are pulled from transformer/ and
                transformer_2/ already) or when the variant is TI2V-5B.
            vae_model (ModelIdentifierField | None | Unset): Standalone Wan VAE model. If not set, the VAE is loaded from
                the main model (when in Diffusers format) or from the Component Source.
            wan_t5_encoder_model (ModelIdentifierField | None | Unset): Standalone Wan UMT5-XXL encoder. If not set, the
                encoder is loaded from the main model (when in Diffusers format) or from the Component Source.
            component_source (ModelIdentifierField | None | Unset): Diffusers Wan main model to extract VAE and/or encoder
                from. Use this if you don't have separate VAE/encoder models. Ignored for any submodel that is provided
                separately.
    """

    id: str
    model: ModelIdentifierField
    type_: Literal["wan_model_loader"] = "wan_model_loader"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    transformer_low_noise_model: ModelIdentifierField | None | Unset = UNSET
    vae_model: ModelIdentifierField | None | Unset = UNSET
    wan_t5_encoder_model: ModelIdentifierField | None | Unset = UNSET
    component_source: ModelIdentifierField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ModelIdentifierField,) = _lazy_imports()
        id = self.id

        model = self.model.to_dict()

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        transformer_low_noise_model: dict[str, Any] | None | Unset
        if isinstance(self.transformer_low_noise_model, Unset):
            transformer_low_noise_model = UNSET
        elif isinstance(self.transformer_low_noise_model, ModelIdentifierField):
            transformer_low_noise_model = self.transformer_low_noise_model.to_dict()
        else:
            transformer_low_noise_model = self.transformer_low_noise_model

        vae_model: dict[str, Any] | None | Unset
        if isinstance(self.vae_model, Unset):
            vae_model = UNSET
        elif isinstance(self.vae_model, ModelIdentifierField):
            vae_model = self.vae_model.to_dict()
        else:
            vae_model = self.vae_model

        wan_t5_encoder_model: dict[str, Any] | None | Unset
        if isinstance(self.wan_t5_encoder_model, Unset):
            wan_t5_encoder_model = UNSET
        elif isinstance(self.wan_t5_encoder_model, ModelIdentifierField):
            wan_t5_encoder_model = self.wan_t5_encoder_model.to_dict()
        else:
            wan_t5_encoder_model = self.wan_t5_encoder_model

        component_source: dict[str, Any] | None | Unset
        if isinstance(self.component_source, Unset):
            component_source = UNSET
        elif isinstance(self.component_source, ModelIdentifierField):
            component_source = self.component_source.to_dict()
        else:
            component_source = self.component_source

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
        if transformer_low_noise_model is not UNSET:
            field_dict["transformer_low_noise_model"] = transformer_low_noise_model
        if vae_model is not UNSET:
            field_dict["vae_model"] = vae_model
        if wan_t5_encoder_model is not UNSET:
            field_dict["wan_t5_encoder_model"] = wan_t5_encoder_model
        if component_source is not UNSET:
            field_dict["component_source"] = component_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ModelIdentifierField,) = _parse_imports()
        d = dict(src_dict)
        id = d.pop("id")

        model = ModelIdentifierField.from_dict(d.pop("model"))

        type_ = cast("Literal['wan_model_loader']", d.pop("type"))
        if type_ != "wan_model_loader":
            raise ValueError(f"type must match const 'wan_model_loader', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_transformer_low_noise_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_low_noise_model_type_0 = ModelIdentifierField.from_dict(data)

                return transformer_low_noise_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        transformer_low_noise_model = _parse_transformer_low_noise_model(d.pop("transformer_low_noise_model", UNSET))

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

        def _parse_wan_t5_encoder_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wan_t5_encoder_model_type_0 = ModelIdentifierField.from_dict(data)

                return wan_t5_encoder_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        wan_t5_encoder_model = _parse_wan_t5_encoder_model(d.pop("wan_t5_encoder_model", UNSET))

        def _parse_component_source(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                component_source_type_0 = ModelIdentifierField.from_dict(data)

                return component_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        component_source = _parse_component_source(d.pop("component_source", UNSET))

        wan_model_loader_invocation = cls(
            id=id,
            model=model,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            transformer_low_noise_model=transformer_low_noise_model,
            vae_model=vae_model,
            wan_t5_encoder_model=wan_t5_encoder_model,
            component_source=component_source,
        )

        wan_model_loader_invocation.additional_properties = d
        return wan_model_loader_invocation

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
