from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..models.model_variant_type import ModelVariantType, check_model_variant_type
from ..models.scheduler_prediction_type import SchedulerPredictionType, check_scheduler_prediction_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.main_model_default_settings import MainModelDefaultSettings


T = TypeVar("T", bound="MainCheckpointSD2Config")


@_attrs_define
class MainCheckpointSD2Config:
    """
    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        name (str): Name of the model.
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        type_ (Literal['main']):  Default: 'main'.
        config_path (None | str): Path to the config for this model, if any.
        format_ (Literal['checkpoint']):  Default: 'checkpoint'.
        base (Literal['sd-2']):  Default: 'sd-2'.
        file_size (int | Unset): The size of the model in bytes.
        description (None | str | Unset): Model description
        source_api_response (None | str | Unset): The original API response from the source, as stringified JSON.
        source_url (None | str | Unset): Optional URL for the model (e.g. download page or model page).
        cover_image (None | str | Unset): Url for image to preview model
        trigger_phrases (list[str] | None | Unset): Set of trigger phrases for this model
        default_settings (MainModelDefaultSettings | None | Unset): Default settings for this model
        prediction_type (SchedulerPredictionType | Unset): Scheduler prediction type.
        variant (ModelVariantType | None | Unset):
    """

    key: str
    hash_: str
    path: str
    name: str
    source: str
    source_type: ModelSourceType
    config_path: None | str
    type_: Literal["main"] = "main"
    format_: Literal["checkpoint"] = "checkpoint"
    base: Literal["sd-2"] = "sd-2"
    file_size: int | Unset = UNSET
    description: None | str | Unset = UNSET
    source_api_response: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    cover_image: None | str | Unset = UNSET
    trigger_phrases: list[str] | None | Unset = UNSET
    default_settings: MainModelDefaultSettings | None | Unset = UNSET
    prediction_type: SchedulerPredictionType | Unset = UNSET
    variant: ModelVariantType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (MainModelDefaultSettings,) = _lazy_imports()
        key = self.key

        hash_ = self.hash_

        path = self.path

        name = self.name

        source = self.source

        source_type: str = self.source_type

        type_ = self.type_

        config_path: None | str
        config_path = self.config_path

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
        elif isinstance(self.default_settings, MainModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        prediction_type: str | Unset = UNSET
        if not isinstance(self.prediction_type, Unset):
            prediction_type = self.prediction_type

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, str):
            variant = self.variant
        else:
            variant = self.variant

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
                "type": type_,
                "config_path": config_path,
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
        if trigger_phrases is not UNSET:
            field_dict["trigger_phrases"] = trigger_phrases
        if default_settings is not UNSET:
            field_dict["default_settings"] = default_settings
        if prediction_type is not UNSET:
            field_dict["prediction_type"] = prediction_type
        if variant is not UNSET:
            field_dict["variant"] = variant

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

        type_ = cast("Literal['main']", d.pop("type"))
        if type_ != "main":
            raise ValueError(f"type must match const 'main', got '{type_}'")

        def _parse_config_path(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        config_path = _parse_config_path(d.pop("config_path"))

        format_ = cast("Literal['checkpoint']", d.pop("format"))
        if format_ != "checkpoint":
            raise ValueError(f"format must match const 'checkpoint', got '{format_}'")

        base = cast("Literal['sd-2']", d.pop("base"))
        if base != "sd-2":
            raise ValueError(f"base must match const 'sd-2', got '{base}'")

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

        def _parse_default_settings(data: object) -> MainModelDefaultSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = MainModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MainModelDefaultSettings | None | Unset, data)

        default_settings = _parse_default_settings(d.pop("default_settings", UNSET))

        _prediction_type = d.pop("prediction_type", UNSET)
        prediction_type: SchedulerPredictionType | Unset
        if isinstance(_prediction_type, Unset):
            prediction_type = UNSET
        else:
            prediction_type = check_scheduler_prediction_type(_prediction_type)

        def _parse_variant(data: object) -> ModelVariantType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = check_model_variant_type(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelVariantType | None | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        main_checkpoint_sd2_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            name=name,
            source=source,
            source_type=source_type,
            type_=type_,
            config_path=config_path,
            format_=format_,
            base=base,
            file_size=file_size,
            description=description,
            source_api_response=source_api_response,
            source_url=source_url,
            cover_image=cover_image,
            trigger_phrases=trigger_phrases,
            default_settings=default_settings,
            prediction_type=prediction_type,
            variant=variant,
        )

        main_checkpoint_sd2_config.additional_properties = d
        return main_checkpoint_sd2_config

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
