from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.external_model_source import ExternalModelSource
    from ..models.hf_model_source import HFModelSource
    from ..models.local_model_source import LocalModelSource
    from ..models.model_install_download_progress_event_parts_item import ModelInstallDownloadProgressEventPartsItem
    from ..models.url_model_source import URLModelSource


T = TypeVar("T", bound="ModelInstallDownloadProgressEvent")


@_attrs_define
class ModelInstallDownloadProgressEvent:
    """Event model for model_install_download_progress

    Attributes:
        timestamp (int): The timestamp of the event
        id (int): The ID of the install job
        source (ExternalModelSource | HFModelSource | LocalModelSource | str | URLModelSource): Source of the model;
            local path, repo_id or url
        local_path (str): Where model is downloading to
        bytes_ (int): Number of bytes downloaded so far
        total_bytes (int): Total size of download, including all files
        parts (list[ModelInstallDownloadProgressEventPartsItem]): Progress of downloading URLs that comprise the model,
            if any
    """

    timestamp: int
    id: int
    source: ExternalModelSource | HFModelSource | LocalModelSource | str | URLModelSource
    local_path: str
    bytes_: int
    total_bytes: int
    parts: list[ModelInstallDownloadProgressEventPartsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            ExternalModelSource,
            HFModelSource,
            LocalModelSource,
            ModelInstallDownloadProgressEventPartsItem,
            URLModelSource,
        ) = _lazy_imports()
        timestamp = self.timestamp

        id = self.id

        source: dict[str, Any] | str
        if isinstance(self.source, LocalModelSource):
            source = self.source.to_dict()
        elif isinstance(self.source, HFModelSource):
            source = self.source.to_dict()
        elif isinstance(self.source, URLModelSource):
            source = self.source.to_dict()
        elif isinstance(self.source, ExternalModelSource):
            source = self.source.to_dict()
        else:
            source = self.source

        local_path = self.local_path

        bytes_ = self.bytes_

        total_bytes = self.total_bytes

        parts = []
        for parts_item_data in self.parts:
            parts_item = parts_item_data.to_dict()
            parts.append(parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "id": id,
                "source": source,
                "local_path": local_path,
                "bytes": bytes_,
                "total_bytes": total_bytes,
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ModelInstallDownloadProgressEventPartsItem,) = _parse_imports()
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        id = d.pop("id")

        def _parse_source(
            data: object,
        ) -> ExternalModelSource | HFModelSource | LocalModelSource | str | URLModelSource:
            if isinstance(data, dict):
                match data.get("type"):
                    case "external":
                        from invokeai_api.models.external_model_source import ExternalModelSource as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "hf":
                        from invokeai_api.models.hf_model_source import HFModelSource as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "local":
                        from invokeai_api.models.local_model_source import LocalModelSource as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case "url":
                        from invokeai_api.models.url_model_source import URLModelSource as _member  # noqa: PLC0415

                        return _member.from_dict(data)
                    case _:
                        pass

            from invokeai_api.models.external_model_source import ExternalModelSource  # noqa: PLC0415
            from invokeai_api.models.hf_model_source import HFModelSource  # noqa: PLC0415
            from invokeai_api.models.local_model_source import LocalModelSource  # noqa: PLC0415
            from invokeai_api.models.url_model_source import URLModelSource  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = LocalModelSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_1 = HFModelSource.from_dict(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_2 = URLModelSource.from_dict(data)

                return source_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_3 = ExternalModelSource.from_dict(data)

                return source_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalModelSource | HFModelSource | LocalModelSource | str | URLModelSource, data)

        source = _parse_source(d.pop("source"))

        local_path = d.pop("local_path")

        bytes_ = d.pop("bytes")

        total_bytes = d.pop("total_bytes")

        parts = []
        _parts = d.pop("parts")
        for parts_item_data in _parts:
            parts_item = ModelInstallDownloadProgressEventPartsItem.from_dict(parts_item_data)

            parts.append(parts_item)

        model_install_download_progress_event = cls(
            timestamp=timestamp,
            id=id,
            source=source,
            local_path=local_path,
            bytes_=bytes_,
            total_bytes=total_bytes,
            parts=parts,
        )

        model_install_download_progress_event.additional_properties = d
        return model_install_download_progress_event

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
    from ..models.external_model_source import ExternalModelSource  # noqa: PLC0415
    from ..models.hf_model_source import HFModelSource  # noqa: PLC0415
    from ..models.local_model_source import LocalModelSource  # noqa: PLC0415
    from ..models.model_install_download_progress_event_parts_item import ModelInstallDownloadProgressEventPartsItem  # noqa: PLC0415
    from ..models.url_model_source import URLModelSource  # noqa: PLC0415

    return (
        ExternalModelSource,
        HFModelSource,
        LocalModelSource,
        ModelInstallDownloadProgressEventPartsItem,
        URLModelSource,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.model_install_download_progress_event_parts_item import ModelInstallDownloadProgressEventPartsItem  # noqa: PLC0415

    return (ModelInstallDownloadProgressEventPartsItem,)
