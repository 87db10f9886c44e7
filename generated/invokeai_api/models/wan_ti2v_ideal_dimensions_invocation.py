from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_ti2v_ideal_dimensions_invocation_rounding import (
    WanTI2VIdealDimensionsInvocationRounding,
    check_wan_ti2v_ideal_dimensions_invocation_rounding,
)
from ..models.wan_ti2v_ideal_dimensions_invocation_target_resolution import (
    WanTI2VIdealDimensionsInvocationTargetResolution,
    check_wan_ti2v_ideal_dimensions_invocation_target_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WanTI2VIdealDimensionsInvocation")


@_attrs_define
class WanTI2VIdealDimensionsInvocation:
    """Ideal dimensions for the Wan 2.2 TI2V-5B model.

    Use this node for TI2V-5B only. For the A14B models (I2V-A14B / T2V-A14B) use
    "Wan 2.2 I2V Ideal Dimensions" instead — those need multiples of 16, and this
    node's multiples-of-32 dims would overshoot their pixel grid.

    Identical to the A14B node but snaps each dimension to a multiple of 32 instead
    of 16: the Wan 2.2-VAE used by TI2V-5B applies 16x spatial compression and the
    transformer adds a 2x patch on top, so pixel dims must divide by 32 for the
    patchify step. Wire from ``Image Primitive``'s width/height outputs and into
    the matching ``wan_denoise`` inputs.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['wan_ti2v_ideal_dimensions']):  Default: 'wan_ti2v_ideal_dimensions'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            width (int | Unset): Source image width in pixels. Default: 1024.
            height (int | Unset): Source image height in pixels. Default: 1024.
            target_resolution (WanTI2VIdealDimensionsInvocationTargetResolution | Unset): Short-side resolution preset. 480p
                and 720p are Wan 2.2's native training resolutions; 1080p works but is extrapolation and costs ~2.25x the memory
                of 720p. Default: '720p'.
            rounding (WanTI2VIdealDimensionsInvocationRounding | Unset): How to snap each dimension to a multiple of 32.
                'floor' rounds down — safest for VRAM, guaranteed not to exceed the unsnapped target. 'ceiling' rounds up.
                'nearest' minimizes aspect-ratio drift (default). Default: 'nearest'.
    """

    id: str
    type_: Literal["wan_ti2v_ideal_dimensions"] = "wan_ti2v_ideal_dimensions"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    width: int | Unset = 1024
    height: int | Unset = 1024
    target_resolution: WanTI2VIdealDimensionsInvocationTargetResolution | Unset = "720p"
    rounding: WanTI2VIdealDimensionsInvocationRounding | Unset = "nearest"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        width = self.width

        height = self.height

        target_resolution: str | Unset = UNSET
        if not isinstance(self.target_resolution, Unset):
            target_resolution = self.target_resolution

        rounding: str | Unset = UNSET
        if not isinstance(self.rounding, Unset):
            rounding = self.rounding

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
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if target_resolution is not UNSET:
            field_dict["target_resolution"] = target_resolution
        if rounding is not UNSET:
            field_dict["rounding"] = rounding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['wan_ti2v_ideal_dimensions']", d.pop("type"))
        if type_ != "wan_ti2v_ideal_dimensions":
            raise ValueError(f"type must match const 'wan_ti2v_ideal_dimensions', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _target_resolution = d.pop("target_resolution", UNSET)
        target_resolution: WanTI2VIdealDimensionsInvocationTargetResolution | Unset
        if isinstance(_target_resolution, Unset):
            target_resolution = UNSET
        else:
            target_resolution = check_wan_ti2v_ideal_dimensions_invocation_target_resolution(_target_resolution)

        _rounding = d.pop("rounding", UNSET)
        rounding: WanTI2VIdealDimensionsInvocationRounding | Unset
        if isinstance(_rounding, Unset):
            rounding = UNSET
        else:
            rounding = check_wan_ti2v_ideal_dimensions_invocation_rounding(_rounding)

        wan_ti2v_ideal_dimensions_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            width=width,
            height=height,
            target_resolution=target_resolution,
            rounding=rounding,
        )

        wan_ti2v_ideal_dimensions_invocation.additional_properties = d
        return wan_ti2v_ideal_dimensions_invocation

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
