from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_field import VideoField


T = TypeVar("T", bound="VideoOutput")


@_attrs_define
class VideoOutput:
    """Output of a node that produces a video file (e.g. Wan 2.2 latents-to-video).

    Attributes:
        video (VideoField): A video primitive field
        width (int): The width of the video in pixels
        height (int): The height of the video in pixels
        type_ (Literal['video_output']):  Default: 'video_output'.
        num_frames (int | Unset): The number of frames in the video
        fps (float | Unset): The frames-per-second of the video
        duration (float | Unset): The duration of the video in seconds
        duration_seconds (float | Unset): The duration of the video in seconds
    """

    video: VideoField
    width: int
    height: int
    type_: Literal["video_output"] = "video_output"
    num_frames: int | Unset = UNSET
    fps: float | Unset = UNSET
    duration: float | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (VideoField,) = _lazy_imports()
        video = self.video.to_dict()

        width = self.width

        height = self.height

        type_ = self.type_

        num_frames = self.num_frames

        fps = self.fps

        duration = self.duration

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video": video,
                "width": width,
                "height": height,
                "type": type_,
            }
        )
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if fps is not UNSET:
            field_dict["fps"] = fps
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (VideoField,) = _parse_imports()
        d = dict(src_dict)
        video = VideoField.from_dict(d.pop("video"))

        width = d.pop("width")

        height = d.pop("height")

        type_ = cast("Literal['video_output']", d.pop("type"))
        if type_ != "video_output":
            raise ValueError(f"type must match const 'video_output', got '{type_}'")

        num_frames = d.pop("num_frames", UNSET)

        fps = d.pop("fps", UNSET)

        duration = d.pop("duration", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        video_output = cls(
            video=video,
            width=width,
            height=height,
            type_=type_,
            num_frames=num_frames,
            fps=fps,
            duration=duration,
            duration_seconds=duration_seconds,
        )

        video_output.additional_properties = d
        return video_output

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
    from ..models.video_field import VideoField  # noqa: PLC0415

    return (VideoField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.video_field import VideoField  # noqa: PLC0415

    return (VideoField,)
