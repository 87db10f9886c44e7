from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_category import ImageCategory, check_image_category
from ..models.resource_origin import ResourceOrigin, check_resource_origin
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoDTO")


@_attrs_define
class VideoDTO:
    """Deserialized video record, enriched for the frontend.

    Attributes:
        video_url (str): The URL of the video file (MP4).
        thumbnail_url (str): The URL of the video's first-frame thumbnail (WebP).
        width (int): The pixel width of the video.
        height (int): The pixel height of the video.
        created_at (datetime.datetime | str): The created timestamp of the video.
        updated_at (datetime.datetime | str): The updated timestamp of the video.
        is_intermediate (bool): Whether this is an intermediate video.
        starred (bool): Whether this video is starred.
        video_name (str | Unset): The unique name of the video.
        video_origin (ResourceOrigin | Unset): The origin of a resource (eg image).

            - INTERNAL: The resource was created by the application.
            - EXTERNAL: The resource was not created by the application.
            This may be a user-initiated upload, or an internal application upload (eg Canvas init image).
        video_category (ImageCategory | Unset): The category of an image.

            - GENERAL: The image is an output, init image, or otherwise an image without a specialized purpose.
            - MASK: The image is a mask image.
            - CONTROL: The image is a ControlNet control image.
            - USER: The image is a user-provide image.
            - OTHER: The image is some other type of image with a specialized purpose. To be used by external nodes.
        duration (float | Unset): The duration of the video in seconds.
        fps (float | None | Unset): The frames-per-second of the video, if known.
        deleted_at (datetime.datetime | None | str | Unset): The deleted timestamp of the video.
        session_id (None | str | Unset): The session ID that produced this video, if any.
        node_id (None | str | Unset): The node ID that produced this video, if any.
        has_workflow (bool | Unset): Whether this video has a workflow associated.
        video_subfolder (str | Unset): The subfolder where the video is stored on disk. Default: ''.
        board_id (None | str | Unset): The id of the board the video belongs to, if one exists.
        video_id (str | Unset): The unique id of the video.
    """

    video_url: str
    thumbnail_url: str
    width: int
    height: int
    created_at: datetime.datetime | str
    updated_at: datetime.datetime | str
    is_intermediate: bool
    starred: bool
    video_name: str | Unset = UNSET
    video_origin: ResourceOrigin | Unset = UNSET
    video_category: ImageCategory | Unset = UNSET
    duration: float | Unset = UNSET
    fps: float | None | Unset = UNSET
    deleted_at: datetime.datetime | None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    node_id: None | str | Unset = UNSET
    has_workflow: bool | Unset = UNSET
    video_subfolder: str | Unset = ""
    board_id: None | str | Unset = UNSET
    video_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        video_url = self.video_url

        thumbnail_url = self.thumbnail_url

        width = self.width

        height = self.height

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        is_intermediate = self.is_intermediate

        starred = self.starred

        video_name = self.video_name

        video_origin: str | Unset = UNSET
        if not isinstance(self.video_origin, Unset):
            video_origin = self.video_origin

        video_category: str | Unset = UNSET
        if not isinstance(self.video_category, Unset):
            video_category = self.video_category

        duration = self.duration

        fps: float | None | Unset
        if isinstance(self.fps, Unset):
            fps = UNSET
        else:
            fps = self.fps

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        node_id: None | str | Unset
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        has_workflow = self.has_workflow

        video_subfolder = self.video_subfolder

        board_id: None | str | Unset
        if isinstance(self.board_id, Unset):
            board_id = UNSET
        else:
            board_id = self.board_id

        video_id = self.video_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
                "thumbnail_url": thumbnail_url,
                "width": width,
                "height": height,
                "created_at": created_at,
                "updated_at": updated_at,
                "is_intermediate": is_intermediate,
                "starred": starred,
            }
        )
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if video_origin is not UNSET:
            field_dict["video_origin"] = video_origin
        if video_category is not UNSET:
            field_dict["video_category"] = video_category
        if duration is not UNSET:
            field_dict["duration"] = duration
        if fps is not UNSET:
            field_dict["fps"] = fps
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if has_workflow is not UNSET:
            field_dict["has_workflow"] = has_workflow
        if video_subfolder is not UNSET:
            field_dict["video_subfolder"] = video_subfolder
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if video_id is not UNSET:
            field_dict["video_id"] = video_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        video_url = d.pop("video_url")

        thumbnail_url = d.pop("thumbnail_url")

        width = d.pop("width")

        height = d.pop("height")

        def _parse_created_at(data: object) -> datetime.datetime | str:

            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | str:

            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        is_intermediate = d.pop("is_intermediate")

        starred = d.pop("starred")

        video_name = d.pop("video_name", UNSET)

        _video_origin = d.pop("video_origin", UNSET)
        video_origin: ResourceOrigin | Unset
        if isinstance(_video_origin, Unset):
            video_origin = UNSET
        else:
            video_origin = check_resource_origin(_video_origin)

        _video_category = d.pop("video_category", UNSET)
        video_category: ImageCategory | Unset
        if isinstance(_video_category, Unset):
            video_category = UNSET
        else:
            video_category = check_image_category(_video_category)

        duration = d.pop("duration", UNSET)

        def _parse_fps(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(float | None | Unset, data)

        fps = _parse_fps(d.pop("fps", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_node_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        node_id = _parse_node_id(d.pop("node_id", UNSET))

        has_workflow = d.pop("has_workflow", UNSET)

        video_subfolder = d.pop("video_subfolder", UNSET)

        def _parse_board_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        board_id = _parse_board_id(d.pop("board_id", UNSET))

        video_id = d.pop("video_id", UNSET)

        video_dto = cls(
            video_url=video_url,
            thumbnail_url=thumbnail_url,
            width=width,
            height=height,
            created_at=created_at,
            updated_at=updated_at,
            is_intermediate=is_intermediate,
            starred=starred,
            video_name=video_name,
            video_origin=video_origin,
            video_category=video_category,
            duration=duration,
            fps=fps,
            deleted_at=deleted_at,
            session_id=session_id,
            node_id=node_id,
            has_workflow=has_workflow,
            video_subfolder=video_subfolder,
            board_id=board_id,
            video_id=video_id,
        )

        video_dto.additional_properties = d
        return video_dto

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
