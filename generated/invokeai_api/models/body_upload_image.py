from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="BodyUploadImage")


@_attrs_define
class BodyUploadImage:
    """
    Attributes:
        file (File):
        resize_to (None | str | Unset): Dimensions to resize the image to, must be stringified tuple of 2 integers. Max
            total pixel count: 16777216
        metadata (None | str | Unset): The metadata to associate with the image, must be a stringified JSON dict
    """

    file: File
    resize_to: None | str | Unset = UNSET
    metadata: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        file = self.file.to_tuple()

        resize_to: None | str | Unset
        if isinstance(self.resize_to, Unset):
            resize_to = UNSET
        else:
            resize_to = self.resize_to

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if resize_to is not UNSET:
            field_dict["resize_to"] = resize_to
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:

        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.resize_to, Unset):
            if isinstance(self.resize_to, str):
                files.append(("resize_to", (None, str(self.resize_to).encode(), "text/plain")))
            else:
                files.append(("resize_to", (None, str(self.resize_to).encode(), "text/plain")))

        if not isinstance(self.metadata, Unset):
            if isinstance(self.metadata, str):
                files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))
            else:
                files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        def _parse_resize_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        resize_to = _parse_resize_to(d.pop("resize_to", UNSET))

        def _parse_metadata(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        body_upload_image = cls(
            file=file,
            resize_to=resize_to,
            metadata=metadata,
        )

        body_upload_image.additional_properties = d
        return body_upload_image

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
