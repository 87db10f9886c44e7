from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_2_variant_type import Flux2VariantType, check_flux_2_variant_type
from ..models.model_repo_variant import ModelRepoVariant, check_model_repo_variant
from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.main_model_default_settings import MainModelDefaultSettings


T = TypeVar("T", bound="MainDiffusersFlux2Config")


@_attrs_define
class MainDiffusersFlux2Config:
    """Model config for FLUX.2 models in diffusers format (FLUX.2 Klein and FLUX.2 [dev]).

    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        file_size (int): The size of the model in bytes.
        name (str): Name of the model.
        description (None | str): Model description
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        source_api_response (None | str): The original API response from the source, as stringified JSON.
        cover_image (None | str): Url for image to preview model
        type_ (Literal['main']):  Default: 'main'.
        trigger_phrases (list[str] | None): Set of trigger phrases for this model
        default_settings (MainModelDefaultSettings | None): Default settings for this model
        format_ (Literal['diffusers']):  Default: 'diffusers'.
        repo_variant (ModelRepoVariant): Various hugging face variants on the diffusers format.
        base (Literal['flux2']):  Default: 'flux2'.
        variant (Flux2VariantType): FLUX.2 model variants.
        source_url (None | str | Unset): Optional URL for the model (e.g. download page or model page).
    """

    key: str
    hash_: str
    path: str
    file_size: int
    name: str
    description: None | str
    source: str
    source_type: ModelSourceType
    source_api_response: None | str
    cover_image: None | str
    trigger_phrases: list[str] | None
    default_settings: MainModelDefaultSettings | None
    repo_variant: ModelRepoVariant
    variant: Flux2VariantType
    type_: Literal["main"] = "main"
    format_: Literal["diffusers"] = "diffusers"
    base: Literal["flux2"] = "flux2"
    source_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (MainModelDefaultSettings,) = _lazy_imports()
        key = self.key

        hash_ = self.hash_

        path = self.path

        file_size = self.file_size

        name = self.name

        description: None | str
        description = self.description

        source = self.source

        source_type: str = self.source_type

        source_api_response: None | str
        source_api_response = self.source_api_response

        cover_image: None | str
        cover_image = self.cover_image

        type_ = self.type_

        trigger_phrases: list[str] | None
        if isinstance(self.trigger_phrases, list):
            trigger_phrases = self.trigger_phrases

        else:
            trigger_phrases = self.trigger_phrases

        default_settings: dict[str, Any] | None
        if isinstance(self.default_settings, MainModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        format_ = self.format_

        repo_variant: str = self.repo_variant

        base = self.base

        variant: str = self.variant

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "hash": hash_,
                "path": path,
                "file_size": file_size,
                "name": name,
                "description": description,
                "source": source,
                "source_type": source_type,
                "source_api_response": source_api_response,
                "cover_image": cover_image,
                "type": type_,
                "trigger_phrases": trigger_phrases,
                "default_settings": default_settings,
                "format": format_,
                "repo_variant": repo_variant,
                "base": base,
                "variant": variant,
            }
        )
        if source_url is not UNSET:
            field_dict["source_url"] = source_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        key = d.pop("key")

        hash_ = d.pop("hash")

        path = d.pop("path")

        file_size = d.pop("file_size")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        source = d.pop("source")

        source_type = check_model_source_type(d.pop("source_type"))

        def _parse_source_api_response(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response"))

        def _parse_cover_image(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        cover_image = _parse_cover_image(d.pop("cover_image"))

        type_ = cast("Literal['main']", d.pop("type"))
        if type_ != "main":
            raise ValueError(f"type must match const 'main', got '{type_}'")

        def _parse_trigger_phrases(data: object) -> list[str] | None:
            if data is None:
                return data

            try:
                if not isinstance(data, list):
                    raise TypeError()
                trigger_phrases_type_0 = cast(list[str], data)

                return trigger_phrases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        trigger_phrases = _parse_trigger_phrases(d.pop("trigger_phrases"))

        def _parse_default_settings(data: object) -> MainModelDefaultSettings | None:
            if data is None:
                return data

            from invokeai_api.models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = MainModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MainModelDefaultSettings | None, data)

        default_settings = _parse_default_settings(d.pop("default_settings"))

        format_ = cast("Literal['diffusers']", d.pop("format"))
        if format_ != "diffusers":
            raise ValueError(f"format must match const 'diffusers', got '{format_}'")

        repo_variant = check_model_repo_variant(d.pop("repo_variant"))

        base = cast("Literal['flux2']", d.pop("base"))
        if base != "flux2":
            raise ValueError(f"base must match const 'flux2', got '{base}'")

        variant = check_flux_2_variant_type(d.pop("variant"))

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("source_url", UNSET))

        main_diffusers_flux_2_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            file_size=file_size,
            name=name,
            description=description,
            source=source,
            source_type=source_type,
            source_api_response=source_api_response,
            cover_image=cover_image,
            type_=type_,
            trigger_phrases=trigger_phrases,
            default_settings=default_settings,
            format_=format_,
            repo_variant=repo_variant,
            base=base,
            variant=variant,
            source_url=source_url,
        )

        main_diffusers_flux_2_config.additional_properties = d
        return main_diffusers_flux_2_config

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
    from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

    return (MainModelDefaultSettings,)
