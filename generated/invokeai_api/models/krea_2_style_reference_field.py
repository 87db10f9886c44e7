from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.krea_2_style_reference_field_value_mode import (
    Krea2StyleReferenceFieldValueMode,
    check_krea_2_style_reference_field_value_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Krea2StyleReferenceField")


@_attrs_define
class Krea2StyleReferenceField:
    """Style-reference conditioning for Krea-2 shared-KV reference attention.

    Carries the VAE-encoded reference latents plus the tuning parameters that shape how strongly, and in
    which frequency bands, the reference influences the target. The reference must be encoded at exactly
    the denoise node's resolution, so the dims travel with it for an early, legible mismatch error.

    Only ``style_strength`` is meant for everyday use; it modulates several of the others. The remainder
    are exposed for tuning and should be left at their defaults.

        Attributes:
            reference_latents_name (str): Name of the saved [1, 16, 1, H/8, W/8] reference latents.
            width (int): Image width the reference was encoded at (must match denoise width).
            height (int): Image height the reference was encoded at (must match denoise height).
            style_strength (float | Unset): Overall style strength. 0 makes the denoise node skip the reference entirely.
                Default: 1.0.
            blocks (str | Unset): Transformer blocks the reference is injected into. Default: '7-27'.
            ref_k_strength (float | Unset): Multiplier on the reference key path. Default: 1.06.
            adain_strength (float | Unset): Reference statistics applied to the target Q/K. Default: 0.85.
            value_mode (Krea2StyleReferenceFieldValueMode | Unset): How the reference value vectors are constructed.
                Default: 'target_adain_plus_ref'.
            value_adain_strength (float | Unset): Reference statistics applied to the target value path. Has no effect while
                ref_value_mix is 1.0. Default: 0.65.
            ref_value_mix (float | Unset): How much raw reference value signal is kept. Default: 1.0.
            high_scale_start (float | Unset): High-frequency reference key scale at step 0. Default: 1.04.
            high_scale_end (float | Unset): High-frequency reference key scale at the last step. Default: 0.0.
            low_scale_start (float | Unset): Low-frequency reference key scale at step 0. Default: 1.0.
            low_scale_end (float | Unset): Low-frequency reference key scale at the last step. Default: 1.1.
            beta (float | Unset): Exponent of the high-to-low frequency falloff curve. Default: 2.5.
    """

    reference_latents_name: str
    width: int
    height: int
    style_strength: float | Unset = 1.0
    blocks: str | Unset = "7-27"
    ref_k_strength: float | Unset = 1.06
    adain_strength: float | Unset = 0.85
    value_mode: Krea2StyleReferenceFieldValueMode | Unset = "target_adain_plus_ref"
    value_adain_strength: float | Unset = 0.65
    ref_value_mix: float | Unset = 1.0
    high_scale_start: float | Unset = 1.04
    high_scale_end: float | Unset = 0.0
    low_scale_start: float | Unset = 1.0
    low_scale_end: float | Unset = 1.1
    beta: float | Unset = 2.5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        reference_latents_name = self.reference_latents_name

        width = self.width

        height = self.height

        style_strength = self.style_strength

        blocks = self.blocks

        ref_k_strength = self.ref_k_strength

        adain_strength = self.adain_strength

        value_mode: str | Unset = UNSET
        if not isinstance(self.value_mode, Unset):
            value_mode = self.value_mode

        value_adain_strength = self.value_adain_strength

        ref_value_mix = self.ref_value_mix

        high_scale_start = self.high_scale_start

        high_scale_end = self.high_scale_end

        low_scale_start = self.low_scale_start

        low_scale_end = self.low_scale_end

        beta = self.beta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_latents_name": reference_latents_name,
                "width": width,
                "height": height,
            }
        )
        if style_strength is not UNSET:
            field_dict["style_strength"] = style_strength
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if ref_k_strength is not UNSET:
            field_dict["ref_k_strength"] = ref_k_strength
        if adain_strength is not UNSET:
            field_dict["adain_strength"] = adain_strength
        if value_mode is not UNSET:
            field_dict["value_mode"] = value_mode
        if value_adain_strength is not UNSET:
            field_dict["value_adain_strength"] = value_adain_strength
        if ref_value_mix is not UNSET:
            field_dict["ref_value_mix"] = ref_value_mix
        if high_scale_start is not UNSET:
            field_dict["high_scale_start"] = high_scale_start
        if high_scale_end is not UNSET:
            field_dict["high_scale_end"] = high_scale_end
        if low_scale_start is not UNSET:
            field_dict["low_scale_start"] = low_scale_start
        if low_scale_end is not UNSET:
            field_dict["low_scale_end"] = low_scale_end
        if beta is not UNSET:
            field_dict["beta"] = beta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        reference_latents_name = d.pop("reference_latents_name")

        width = d.pop("width")

        height = d.pop("height")

        style_strength = d.pop("style_strength", UNSET)

        blocks = d.pop("blocks", UNSET)

        ref_k_strength = d.pop("ref_k_strength", UNSET)

        adain_strength = d.pop("adain_strength", UNSET)

        _value_mode = d.pop("value_mode", UNSET)
        value_mode: Krea2StyleReferenceFieldValueMode | Unset
        if isinstance(_value_mode, Unset):
            value_mode = UNSET
        else:
            value_mode = check_krea_2_style_reference_field_value_mode(_value_mode)

        value_adain_strength = d.pop("value_adain_strength", UNSET)

        ref_value_mix = d.pop("ref_value_mix", UNSET)

        high_scale_start = d.pop("high_scale_start", UNSET)

        high_scale_end = d.pop("high_scale_end", UNSET)

        low_scale_start = d.pop("low_scale_start", UNSET)

        low_scale_end = d.pop("low_scale_end", UNSET)

        beta = d.pop("beta", UNSET)

        krea_2_style_reference_field = cls(
            reference_latents_name=reference_latents_name,
            width=width,
            height=height,
            style_strength=style_strength,
            blocks=blocks,
            ref_k_strength=ref_k_strength,
            adain_strength=adain_strength,
            value_mode=value_mode,
            value_adain_strength=value_adain_strength,
            ref_value_mix=ref_value_mix,
            high_scale_start=high_scale_start,
            high_scale_end=high_scale_end,
            low_scale_start=low_scale_start,
            low_scale_end=low_scale_end,
            beta=beta,
        )

        krea_2_style_reference_field.additional_properties = d
        return krea_2_style_reference_field

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
