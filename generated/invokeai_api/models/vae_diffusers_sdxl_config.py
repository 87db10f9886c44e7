from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_repo_variant import ModelRepoVariant, check_model_repo_variant
from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VAEDiffusersSDXLConfig")


@_attrs_define
class VAEDiffusersSDXLConfig:
    """
    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        name (str): Name of the model.
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        format_ (Literal['diffusers']):  Default: 'diffusers'.
        type_ (Literal['vae']):  Default: 'vae'.
        base (Literal['sdxl']):  Default: 'sdxl'.
        file_size (int | Unset): The size of the model in bytes.
        description (None | str | Unset): Model description
        source_api_response (None | str | Unset): The original API response from the source, as stringified JSON.
        source_url (None | str | Unset): Optional URL for the model (e.g. download page or model page).
        cover_image (None | str | Unset): Url for image to preview model
        repo_variant (ModelRepoVariant | Unset): Various hugging face variants on the diffusers format.
        cpu_only (bool | None | Unset): Whether this model should run on CPU only
    """

    key: str
    hash_: str
    path: str
    name: str
    source: str
    source_type: ModelSourceType
    format_: Literal["diffusers"] = "diffusers"
    type_: Literal["vae"] = "vae"
    base: Literal["sdxl"] = "sdxl"
    file_size: int | Unset = UNSET
    description: None | str | Unset = UNSET
    source_api_response: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    cover_image: None | str | Unset = UNSET
    repo_variant: ModelRepoVariant | Unset = UNSET
    cpu_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        key = self.key

        hash_ = self.hash_

        path = self.path

        name = self.name

        source = self.source

        source_type: str = self.source_type

        format_ = self.format_

        type_ = self.type_

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

        repo_variant: str | Unset = UNSET
        if not isinstance(self.repo_variant, Unset):
            repo_variant = self.repo_variant

        cpu_only: bool | None | Unset
        if isinstance(self.cpu_only, Unset):
            cpu_only = UNSET
        else:
            cpu_only = self.cpu_only

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
                "format": format_,
                "type": type_,
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
        if repo_variant is not UNSET:
            field_dict["repo_variant"] = repo_variant
        if cpu_only is not UNSET:
            field_dict["cpu_only"] = cpu_only

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

        format_ = cast("Literal['diffusers']", d.pop("format"))
        if format_ != "diffusers":
            raise ValueError(f"format must match const 'diffusers', got '{format_}'")

        type_ = cast("Literal['vae']", d.pop("type"))
        if type_ != "vae":
            raise ValueError(f"type must match const 'vae', got '{type_}'")

        base = cast("Literal['sdxl']", d.pop("base"))
        if base != "sdxl":
            raise ValueError(f"base must match const 'sdxl', got '{base}'")

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

        _repo_variant = d.pop("repo_variant", UNSET)
        repo_variant: ModelRepoVariant | Unset
        if isinstance(_repo_variant, Unset):
            repo_variant = UNSET
        else:
            repo_variant = check_model_repo_variant(_repo_variant)

        def _parse_cpu_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(bool | None | Unset, data)

        cpu_only = _parse_cpu_only(d.pop("cpu_only", UNSET))

        vae_diffusers_sdxl_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            name=name,
            source=source,
            source_type=source_type,
            format_=format_,
            type_=type_,
            base=base,
            file_size=file_size,
            description=description,
            source_api_response=source_api_response,
            source_url=source_url,
            cover_image=cover_image,
            repo_variant=repo_variant,
            cpu_only=cpu_only,
        )

        vae_diffusers_sdxl_config.additional_properties = d
        return vae_diffusers_sdxl_config

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
