from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="FLUXReduxCheckpointConfig")


@_attrs_define
class FLUXReduxCheckpointConfig:
    """Model config for FLUX Tools Redux model.

    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        file_size (int): The size of the model in bytes.
        name (str): Name of the model.
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        type_ (Literal['flux_redux']):  Default: 'flux_redux'.
        format_ (Literal['checkpoint']):  Default: 'checkpoint'.
        base (Literal['flux']):  Default: 'flux'.
        description (None | str | Unset): Model description
        source_api_response (None | str | Unset): The original API response from the source, as stringified JSON.
        source_url (None | str | Unset): Optional URL for the model (e.g. download page or model page).
        cover_image (None | str | Unset): Url for image to preview model
    """

    key: str
    hash_: str
    path: str
    file_size: int
    name: str
    source: str
    source_type: ModelSourceType
    type_: Literal["flux_redux"] = "flux_redux"
    format_: Literal["checkpoint"] = "checkpoint"
    base: Literal["flux"] = "flux"
    description: None | str | Unset = UNSET
    source_api_response: None | str | Unset = UNSET
    source_url: None | str | Unset = UNSET
    cover_image: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        key = self.key

        hash_ = self.hash_

        path = self.path

        file_size = self.file_size

        name = self.name

        source = self.source

        source_type: str = self.source_type

        type_ = self.type_

        format_ = self.format_

        base = self.base

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "hash": hash_,
                "path": path,
                "file_size": file_size,
                "name": name,
                "source": source,
                "source_type": source_type,
                "type": type_,
                "format": format_,
                "base": base,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source_api_response is not UNSET:
            field_dict["source_api_response"] = source_api_response
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        key = d.pop("key")

        hash_ = d.pop("hash")

        path = d.pop("path")

        file_size = d.pop("file_size")

        name = d.pop("name")

        source = d.pop("source")

        source_type = check_model_source_type(d.pop("source_type"))

        type_ = cast("Literal['flux_redux']", d.pop("type"))
        if type_ != "flux_redux":
            raise ValueError(f"type must match const 'flux_redux', got '{type_}'")

        format_ = cast("Literal['checkpoint']", d.pop("format"))
        if format_ != "checkpoint":
            raise ValueError(f"format must match const 'checkpoint', got '{format_}'")

        base = cast("Literal['flux']", d.pop("base"))
        if base != "flux":
            raise ValueError(f"base must match const 'flux', got '{base}'")

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

        flux_redux_checkpoint_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            file_size=file_size,
            name=name,
            source=source,
            source_type=source_type,
            type_=type_,
            format_=format_,
            base=base,
            description=description,
            source_api_response=source_api_response,
            source_url=source_url,
            cover_image=cover_image,
        )

        flux_redux_checkpoint_config.additional_properties = d
        return flux_redux_checkpoint_config

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
