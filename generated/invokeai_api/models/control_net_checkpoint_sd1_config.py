from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings


T = TypeVar("T", bound="ControlNetCheckpointSD1Config")


@_attrs_define
class ControlNetCheckpointSD1Config:
    """
    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        name (str): Name of the model.
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        config_path (None | str): Path to the config for this model, if any.
        type_ (Literal['controlnet']):  Default: 'controlnet'.
        format_ (Literal['checkpoint']):  Default: 'checkpoint'.
        base (Literal['sd-1']):  Default: 'sd-1'.
        file_size (int | Unset): The size of the model in bytes.
        description (None | str | Unset): Model description
        source_api_response (None | str | Unset): The original API response from the source, as stringified JSON.
        source_url (None | str | Unset): Optional URL for the model (e.g. download page or model page).
        cover_image (None | str | Unset): Url for image to preview model
        default_settings (ControlAdapterDefaultSettings | None | Unset):
    """

    key: str
    hash_: str
    path: str
    name: str
    source: str
    source_type: ModelSourceType
    config_path: None | str
    type_: Literal["controlnet"] = "controlnet"
    format_: Literal["checkpoint"] = "checkpoint"
    base: Literal["sd-1"] = "sd-1"
    file_size: int | Unset = UNSET
    description: None | str | Unset = UNSET
    source_api_response: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    cover_image: None | str | Unset = UNSET
    default_settings: ControlAdapterDefaultSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ControlAdapterDefaultSettings,) = _lazy_imports()
        key = self.key

        hash_ = self.hash_

        path = self.path

        name = self.name

        source = self.source

        source_type: str = self.source_type

        config_path: None | str
        config_path = self.config_path

        type_ = self.type_

        format_ = self.format_

        base = self.base

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

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        cover_image: None | str | Unset
        if isinstance(self.cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = self.cover_image

        default_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_settings, Unset):
            default_settings = UNSET
        elif isinstance(self.default_settings, ControlAdapterDefaultSettings):
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
                "source": source,
                "source_type": source_type,
                "config_path": config_path,
                "type": type_,
                "format": format_,
                "base": base,
            }
        )
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if description is not UNSET:
            field_dict["description"] = description
        if source_api_response is not UNSET:
            field_dict["source_api_response"] = source_api_response
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image
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

        source = d.pop("source")

        source_type = check_model_source_type(d.pop("source_type"))

        def _parse_config_path(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        config_path = _parse_config_path(d.pop("config_path"))

        type_ = cast("Literal['controlnet']", d.pop("type"))
        if type_ != "controlnet":
            raise ValueError(f"type must match const 'controlnet', got '{type_}'")

        format_ = cast("Literal['checkpoint']", d.pop("format"))
        if format_ != "checkpoint":
            raise ValueError(f"format must match const 'checkpoint', got '{format_}'")

        base = cast("Literal['sd-1']", d.pop("base"))
        if base != "sd-1":
            raise ValueError(f"base must match const 'sd-1', got '{base}'")

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

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("source_url", UNSET))

        def _parse_cover_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        cover_image = _parse_cover_image(d.pop("cover_image", UNSET))

        def _parse_default_settings(data: object) -> ControlAdapterDefaultSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = ControlAdapterDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlAdapterDefaultSettings | None | Unset, data)

        default_settings = _parse_default_settings(d.pop("default_settings", UNSET))

        control_net_checkpoint_sd1_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            name=name,
            source=source,
            source_type=source_type,
            config_path=config_path,
            type_=type_,
            format_=format_,
            base=base,
            file_size=file_size,
            description=description,
            source_api_response=source_api_response,
            source_url=source_url,
            cover_image=cover_image,
            default_settings=default_settings,
        )

        control_net_checkpoint_sd1_config.additional_properties = d
        return control_net_checkpoint_sd1_config

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
    from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415

    return (ControlAdapterDefaultSettings,)
