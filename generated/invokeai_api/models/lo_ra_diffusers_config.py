from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_model_type import BaseModelType, check_base_model_type
from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lo_ra_diffusers_config_submodels_type_0 import LoRADiffusersConfigSubmodelsType0
    from ..models.lora_model_default_settings import LoraModelDefaultSettings


T = TypeVar("T", bound="LoRADiffusersConfig")


@_attrs_define
class LoRADiffusersConfig:
    """Model config for LoRA/Diffusers models.

    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        name (str): Name of the model.
        type_ (Literal['lora']):  Default: 'lora'.
        format_ (Literal['diffusers']):  Default: 'diffusers'.
        base (BaseModelType): An enumeration of base model architectures. For example, Stable Diffusion 1.x, Stable
            Diffusion 2.x, FLUX, etc.

            Every model config must have a base architecture type.

            Not all models are associated with a base architecture. For example, CLIP models are their own thing, not
            related
            to any particular model architecture. To simplify internal APIs and make it easier to work with models, we use a
            fallback/null value `BaseModelType.Any` for these models, instead of making the model base optional.
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        file_size (int | Unset): The size of the model in bytes.
        description (None | str | Unset): Model description
        source_api_response (None | str | Unset): The original API response from the source, as stringified JSON.
        cover_image (None | str | Unset): Url for image to preview model
        submodels (LoRADiffusersConfigSubmodelsType0 | None | Unset): Loadable submodels in this model
        usage_info (None | str | Unset): Usage information for this model
        trigger_phrases (list[str] | None | Unset): Set of trigger phrases for this model
        default_settings (LoraModelDefaultSettings | None | Unset): Default settings for this model
    """

    key: str
    hash_: str
    path: str
    name: str
    base: BaseModelType
    source: str
    source_type: ModelSourceType
    type_: Literal["lora"] = "lora"
    format_: Literal["diffusers"] = "diffusers"
    file_size: int | Unset = UNSET
    description: None | str | Unset = UNSET
    source_api_response: None | str | Unset = UNSET
    cover_image: None | str | Unset = UNSET
    submodels: LoRADiffusersConfigSubmodelsType0 | None | Unset = UNSET
    usage_info: None | str | Unset = UNSET
    trigger_phrases: list[str] | None | Unset = UNSET
    default_settings: LoraModelDefaultSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            LoRADiffusersConfigSubmodelsType0,
            LoraModelDefaultSettings,
        ) = _lazy_imports()
        key = self.key

        hash_ = self.hash_

        path = self.path

        name = self.name

        type_ = self.type_

        format_ = self.format_

        base: str = self.base

        source = self.source

        source_type: str = self.source_type

        file_size = self.file_size

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_api_response: None | str | Unset
        if isinstance(self.source_api_response, Unset):
            source_api_response = UNSET
        else:
            source_api_response = self.source_api_response

        cover_image: None | str | Unset
        if isinstance(self.cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = self.cover_image

        submodels: dict[str, Any] | None | Unset
        if isinstance(self.submodels, Unset):
            submodels = UNSET
        elif isinstance(self.submodels, LoRADiffusersConfigSubmodelsType0):
            submodels = self.submodels.to_dict()
        else:
            submodels = self.submodels

        usage_info: None | str | Unset
        if isinstance(self.usage_info, Unset):
            usage_info = UNSET
        else:
            usage_info = self.usage_info

        trigger_phrases: list[str] | None | Unset
        if isinstance(self.trigger_phrases, Unset):
            trigger_phrases = UNSET
        elif isinstance(self.trigger_phrases, list):
            trigger_phrases = self.trigger_phrases

        else:
            trigger_phrases = self.trigger_phrases

        default_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_settings, Unset):
            default_settings = UNSET
        elif isinstance(self.default_settings, LoraModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "hash": hash_,
                "path": path,
                "name": name,
                "type": type_,
                "format": format_,
                "base": base,
                "source": source,
                "source_type": source_type,
            }
        )
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if description is not UNSET:
            field_dict["description"] = description
        if source_api_response is not UNSET:
            field_dict["source_api_response"] = source_api_response
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image
        if submodels is not UNSET:
            field_dict["submodels"] = submodels
        if usage_info is not UNSET:
            field_dict["usage_info"] = usage_info
        if trigger_phrases is not UNSET:
            field_dict["trigger_phrases"] = trigger_phrases
        if default_settings is not UNSET:
            field_dict["default_settings"] = default_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        key = d.pop("key")

        hash_ = d.pop("hash")

        path = d.pop("path")

        name = d.pop("name")

        type_ = cast("Literal['lora']", d.pop("type"))
        if type_ != "lora":
            raise ValueError(f"type must match const 'lora', got '{type_}'")

        format_ = cast("Literal['diffusers']", d.pop("format"))
        if format_ != "diffusers":
            raise ValueError(f"format must match const 'diffusers', got '{format_}'")

        base = check_base_model_type(d.pop("base"))

        source = d.pop("source")

        source_type = check_model_source_type(d.pop("source_type"))

        file_size = d.pop("file_size", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source_api_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response", UNSET))

        def _parse_cover_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        cover_image = _parse_cover_image(d.pop("cover_image", UNSET))

        def _parse_submodels(data: object) -> LoRADiffusersConfigSubmodelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.lo_ra_diffusers_config_submodels_type_0 import LoRADiffusersConfigSubmodelsType0  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submodels_type_0 = LoRADiffusersConfigSubmodelsType0.from_dict(data)

                return submodels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LoRADiffusersConfigSubmodelsType0 | None | Unset, data)

        submodels = _parse_submodels(d.pop("submodels", UNSET))

        def _parse_usage_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        usage_info = _parse_usage_info(d.pop("usage_info", UNSET))

        def _parse_trigger_phrases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, list):
                    raise TypeError()
                trigger_phrases_type_0 = cast(list[str], data)

                return trigger_phrases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        trigger_phrases = _parse_trigger_phrases(d.pop("trigger_phrases", UNSET))

        def _parse_default_settings(data: object) -> LoraModelDefaultSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.lora_model_default_settings import LoraModelDefaultSettings  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = LoraModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LoraModelDefaultSettings | None | Unset, data)

        default_settings = _parse_default_settings(d.pop("default_settings", UNSET))

        lo_ra_diffusers_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            name=name,
            type_=type_,
            format_=format_,
            base=base,
            source=source,
            source_type=source_type,
            file_size=file_size,
            description=description,
            source_api_response=source_api_response,
            cover_image=cover_image,
            submodels=submodels,
            usage_info=usage_info,
            trigger_phrases=trigger_phrases,
            default_settings=default_settings,
        )

        lo_ra_diffusers_config.additional_properties = d
        return lo_ra_diffusers_config

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
    from ..models.lo_ra_diffusers_config_submodels_type_0 import LoRADiffusersConfigSubmodelsType0  # noqa: PLC0415
    from ..models.lora_model_default_settings import LoraModelDefaultSettings  # noqa: PLC0415

    return (
        LoRADiffusersConfigSubmodelsType0,
        LoraModelDefaultSettings,
    )
