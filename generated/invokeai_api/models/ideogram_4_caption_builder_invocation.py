from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ideogram_4_region import Ideogram4Region


T = TypeVar("T", bound="Ideogram4CaptionBuilderInvocation")


@_attrs_define
class Ideogram4CaptionBuilderInvocation:
    """Assembles the Ideogram 4 structured JSON caption at generation time.

    The caption is built here (not in the graph builder) so the batch-injectable global `prompt` — which
    dynamic prompts and prompt batching vary — is folded into the encoded caption. The regions and color
    palette are fixed per generation and supplied as inputs. If the prompt is already a JSON object it is
    passed through verbatim; otherwise it is always wrapped in the structured JSON schema (never bare
    plain text — Ideogram's safety filter false-positives far more on plain text).

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['ideogram4_caption_builder']):  Default: 'ideogram4_caption_builder'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            prompt (str | Unset): The global prompt (becomes `high_level_description`, or is used verbatim if it is already
                a JSON caption). Default: ''.
            regions (list[Ideogram4Region] | Unset): Regional descriptions and bounding boxes assembled from Canvas Regional
                Guidance layers.
            color_palette (list[str] | Unset): Optional color palette as hex colors (#RRGGBB).
    """

    id: str
    type_: Literal["ideogram4_caption_builder"] = "ideogram4_caption_builder"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    prompt: str | Unset = ""
    regions: list[Ideogram4Region] | Unset = UNSET
    color_palette: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (Ideogram4Region,) = _lazy_imports()
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        prompt = self.prompt

        regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.to_dict()
                regions.append(regions_item)

        color_palette: list[str] | Unset = UNSET
        if not isinstance(self.color_palette, Unset):
            color_palette = self.color_palette

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if regions is not UNSET:
            field_dict["regions"] = regions
        if color_palette is not UNSET:
            field_dict["color_palette"] = color_palette

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (Ideogram4Region,) = _parse_imports()
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['ideogram4_caption_builder']", d.pop("type"))
        if type_ != "ideogram4_caption_builder":
            raise ValueError(f"type must match const 'ideogram4_caption_builder', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        prompt = d.pop("prompt", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[Ideogram4Region] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = Ideogram4Region.from_dict(regions_item_data)

                regions.append(regions_item)

        color_palette = cast(list[str], d.pop("color_palette", UNSET))

        ideogram_4_caption_builder_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            prompt=prompt,
            regions=regions,
            color_palette=color_palette,
        )

        ideogram_4_caption_builder_invocation.additional_properties = d
        return ideogram_4_caption_builder_invocation

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
    from ..models.ideogram_4_region import Ideogram4Region  # noqa: PLC0415

    return (Ideogram4Region,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.ideogram_4_region import Ideogram4Region  # noqa: PLC0415

    return (Ideogram4Region,)
