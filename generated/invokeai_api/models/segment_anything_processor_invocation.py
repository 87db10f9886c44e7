from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_anything_processor_invocation_type import (
    SegmentAnythingProcessorInvocationType,
    check_segment_anything_processor_invocation_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.image_field import ImageField
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="SegmentAnythingProcessorInvocation")


@_attrs_define
class SegmentAnythingProcessorInvocation:
    """Applies segment anything processing to image

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (SegmentAnythingProcessorInvocationType):  Default: 'segment_anything_processor'.
        board (BoardField | None | Unset): The board to save the image to
        metadata (MetadataField | None | Unset): Optional metadata to be saved with the image
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        image (ImageField | Unset): An image primitive field
        detect_resolution (int | Unset): Pixel resolution for detection Default: 512.
        image_resolution (int | Unset): Pixel resolution for output image Default: 512.
    """

    id: str
    type_: SegmentAnythingProcessorInvocationType = "segment_anything_processor"
    board: BoardField | None | Unset = UNSET
    metadata: MetadataField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    image: ImageField | Unset = UNSET
    detect_resolution: int | Unset = 512
    image_resolution: int | Unset = 512
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            BoardField,
            ImageField,
            MetadataField,
        ) = _lazy_imports()
        id = self.id

        type_: str = self.type_

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        detect_resolution = self.detect_resolution

        image_resolution = self.image_resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if board is not UNSET:
            field_dict["board"] = board
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if image is not UNSET:
            field_dict["image"] = image
        if detect_resolution is not UNSET:
            field_dict["detect_resolution"] = detect_resolution
        if image_resolution is not UNSET:
            field_dict["image_resolution"] = image_resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ImageField,) = _parse_imports()
        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_segment_anything_processor_invocation_type(d.pop("type"))

        def _parse_board(data: object) -> BoardField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.board_field import BoardField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                board_type_0 = BoardField.from_dict(data)

                return board_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoardField | None | Unset, data)

        board = _parse_board(d.pop("board", UNSET))

        def _parse_metadata(data: object) -> MetadataField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.metadata_field import MetadataField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MetadataField.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataField | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        _image = d.pop("image", UNSET)
        image: ImageField | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = ImageField.from_dict(_image)

        detect_resolution = d.pop("detect_resolution", UNSET)

        image_resolution = d.pop("image_resolution", UNSET)

        segment_anything_processor_invocation = cls(
            id=id,
            type_=type_,
            board=board,
            metadata=metadata,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            image=image,
            detect_resolution=detect_resolution,
            image_resolution=image_resolution,
        )

        segment_anything_processor_invocation.additional_properties = d
        return segment_anything_processor_invocation

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
    from ..models.board_field import BoardField  # noqa: PLC0415
    from ..models.image_field import ImageField  # noqa: PLC0415
    from ..models.metadata_field import MetadataField  # noqa: PLC0415

    return (
        BoardField,
        ImageField,
        MetadataField,
    )


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.image_field import ImageField  # noqa: PLC0415

    return (ImageField,)
