from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownConfig")


@_attrs_define
class UnknownConfig:
    """Model config for unknown models, used as a fallback when we cannot positively identify a model.

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
        base (Literal['unknown']):  Default: 'unknown'.
        type_ (Literal['unknown']):  Default: 'unknown'.
        format_ (Literal['unknown']):  Default: 'unknown'.
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
    base: Literal["unknown"] = "unknown"
    type_: Literal["unknown"] = "unknown"
    format_: Literal["unknown"] = "unknown"
    source_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

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

        base = self.base

        type_ = self.type_

        format_ = self.format_

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
                "base": base,
                "type": type_,
                "format": format_,
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

        base = cast("Literal['unknown']", d.pop("base"))
        if base != "unknown":
            raise ValueError(f"base must match const 'unknown', got '{base}'")

        type_ = cast("Literal['unknown']", d.pop("type"))
        if type_ != "unknown":
            raise ValueError(f"type must match const 'unknown', got '{type_}'")

        format_ = cast("Literal['unknown']", d.pop("format"))
        if format_ != "unknown":
            raise ValueError(f"format must match const 'unknown', got '{format_}'")

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("source_url", UNSET))

        unknown_config = cls(
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
            base=base,
            type_=type_,
            format_=format_,
            source_url=source_url,
        )

        unknown_config.additional_properties = d
        return unknown_config

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
