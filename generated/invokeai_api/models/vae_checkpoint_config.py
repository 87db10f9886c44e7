from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_model_type import BaseModelType, check_base_model_type
from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..models.vae_checkpoint_config_format import VAECheckpointConfigFormat, check_vae_checkpoint_config_format
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vae_checkpoint_config_submodels_type_0 import VAECheckpointConfigSubmodelsType0


T = TypeVar("T", bound="VAECheckpointConfig")


@_attrs_define
class VAECheckpointConfig:
    """Model config for standalone VAE models.

    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        name (str): Name of the model.
        type_ (Literal['vae']):  Default: 'vae'.
        format_ (VAECheckpointConfigFormat): Format of the provided checkpoint model Default: 'checkpoint'.
        base (BaseModelType): An enumeration of base model architectures. For example, Stable Diffusion 1.x, Stable
            Diffusion 2.x, FLUX, etc.

            Every model config must have a base architecture type.

            Not all models are associated with a base architecture. For example, CLIP models are their own thing, not
            related
            to any particular model architecture. To simplify internal APIs and make it easier to work with models, we use a
            fallback/null value `BaseModelType.Any` for these models, instead of making the model base optional.
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        config_path (str): path to the checkpoint model config file
        file_size (int | Unset): The size of the model in bytes.
        description (None | str | Unset): Model description
        source_api_response (None | str | Unset): The original API response from the source, as stringified JSON.
        cover_image (None | str | Unset): Url for image to preview model
        submodels (None | Unset | VAECheckpointConfigSubmodelsType0): Loadable submodels in this model
        usage_info (None | str | Unset): Usage information for this model
        converted_at (float | None | Unset): When this model was last converted to diffusers
    """

    key: str
    hash_: str
    path: str
    name: str
    base: BaseModelType
    source: str
    source_type: ModelSourceType
    config_path: str
    type_: Literal["vae"] = "vae"
    format_: VAECheckpointConfigFormat = "checkpoint"
    file_size: int | Unset = UNSET
    description: None | str | Unset = UNSET
    source_api_response: None | str | Unset = UNSET
    cover_image: None | str | Unset = UNSET
    submodels: None | Unset | VAECheckpointConfigSubmodelsType0 = UNSET
    usage_info: None | str | Unset = UNSET
    converted_at: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (VAECheckpointConfigSubmodelsType0,) = _lazy_imports()
        key = self.key

        hash_ = self.hash_

        path = self.path

        name = self.name

        type_ = self.type_

        format_: str = self.format_

        base: str = self.base

        source = self.source

        source_type: str = self.source_type

        config_path = self.config_path

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
        elif isinstance(self.submodels, VAECheckpointConfigSubmodelsType0):
            submodels = self.submodels.to_dict()
        else:
            submodels = self.submodels

        usage_info: None | str | Unset
        if isinstance(self.usage_info, Unset):
            usage_info = UNSET
        else:
            usage_info = self.usage_info

        converted_at: float | None | Unset
        if isinstance(self.converted_at, Unset):
            converted_at = UNSET
        else:
            converted_at = self.converted_at

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
                "config_path": config_path,
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
        if converted_at is not UNSET:
            field_dict["converted_at"] = converted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        key = d.pop("key")

        hash_ = d.pop("hash")

        path = d.pop("path")

        name = d.pop("name")

        type_ = cast("Literal['vae']", d.pop("type"))
        if type_ != "vae":
            raise ValueError(f"type must match const 'vae', got '{type_}'")

        format_ = check_vae_checkpoint_config_format(d.pop("format"))

        base = check_base_model_type(d.pop("base"))

        source = d.pop("source")

        source_type = check_model_source_type(d.pop("source_type"))

        config_path = d.pop("config_path")

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

        def _parse_submodels(data: object) -> None | Unset | VAECheckpointConfigSubmodelsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.vae_checkpoint_config_submodels_type_0 import VAECheckpointConfigSubmodelsType0  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submodels_type_0 = VAECheckpointConfigSubmodelsType0.from_dict(data)

                return submodels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VAECheckpointConfigSubmodelsType0, data)

        submodels = _parse_submodels(d.pop("submodels", UNSET))

        def _parse_usage_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        usage_info = _parse_usage_info(d.pop("usage_info", UNSET))

        def _parse_converted_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(float | None | Unset, data)

        converted_at = _parse_converted_at(d.pop("converted_at", UNSET))

        vae_checkpoint_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            name=name,
            type_=type_,
            format_=format_,
            base=base,
            source=source,
            source_type=source_type,
            config_path=config_path,
            file_size=file_size,
            description=description,
            source_api_response=source_api_response,
            cover_image=cover_image,
            submodels=submodels,
            usage_info=usage_info,
            converted_at=converted_at,
        )

        vae_checkpoint_config.additional_properties = d
        return vae_checkpoint_config

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
    from ..models.vae_checkpoint_config_submodels_type_0 import VAECheckpointConfigSubmodelsType0  # noqa: PLC0415

    return (VAECheckpointConfigSubmodelsType0,)
