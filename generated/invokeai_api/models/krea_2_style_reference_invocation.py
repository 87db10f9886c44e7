from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.krea_2_style_reference_invocation_fit import (
    Krea2StyleReferenceInvocationFit,
    check_krea_2_style_reference_invocation_fit,
)
from ..models.krea_2_style_reference_invocation_value_mode import (
    Krea2StyleReferenceInvocationValueMode,
    check_krea_2_style_reference_invocation_value_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="Krea2StyleReferenceInvocation")


@_attrs_define
class Krea2StyleReferenceInvocation:
    """Encode a reference image into Krea-2 style-reference conditioning.

    Transfers the *look* of the reference image -- palette, texture, rendering -- while the prompt keeps
    driving the content. No adapter model or LoRA is involved.

    ``width`` and ``height`` must match the Krea-2 denoise node. Everything below ``style_strength`` is
    for tuning and should be left at its default; ``style_strength`` already modulates several of them.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['krea2_style_reference']):  Default: 'krea2_style_reference'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            image (ImageField | None | Unset): Reference image whose style should be transferred.
            vae (None | Unset | VAEField): VAE
            width (int | Unset): Width to encode the reference at (must match the denoise node's width). Default: 1024.
            height (int | Unset): Height to encode the reference at (must match the denoise node's height). Default: 1024.
            fit (Krea2StyleReferenceInvocationFit | Unset): How to reconcile the reference's aspect ratio with the target
                size. 'crop' scales to cover and center-crops, 'contain' letterboxes on white, 'stretch' distorts. Default:
                'crop'.
            style_strength (float | Unset): Overall style strength. 1.0 is the recommended setting. 0 makes the denoise node
                ignore the reference entirely - no capture pass, no retained keys/values - though this node still encodes it;
                disconnect the node to skip that too. Default: 1.0.
            blocks (str | Unset): Transformer blocks to inject the reference into, e.g. '7-27'. Styling the earliest blocks
                damages composition. Default: '7-27'.
            ref_k_strength (float | Unset): Multiplier on the reference key path. This is the knob that makes the style
                visible without raising low_scale_end (which would also let reference content leak in). Default: 1.06.
            adain_strength (float | Unset): How strongly the reference's query/key statistics are applied to the target.
                Default: 0.85.
            value_mode (Krea2StyleReferenceInvocationValueMode | Unset): How the reference value vectors are built. Default:
                'target_adain_plus_ref'.
            value_adain_strength (float | Unset): Reference statistics applied to the target value path. Has no effect while
                ref_value_mix is 1.0. Default: 0.65.
            ref_value_mix (float | Unset): How much raw reference value signal is kept. Higher usually preserves style
                material. Default: 1.0.
            high_scale_start (float | Unset): Scale on the reference key's high-frequency bands at the first step. Default:
                1.04.
            high_scale_end (float | Unset): Scale on the reference key's high-frequency bands at the last step. 0 decays
                them away, which is what keeps reference content from leaking in. Default: 0.0.
            low_scale_start (float | Unset): Scale on the reference key's low-frequency bands at the first step. Default:
                1.0.
            low_scale_end (float | Unset): Scale on the reference key's low-frequency bands at the last step. Raising this
                strengthens the style but also invites content leakage and quality loss. Default: 1.1.
            beta (float | Unset): Exponent of the high-to-low frequency falloff curve. Default: 2.5.
    """

    id: str
    type_: Literal["krea2_style_reference"] = "krea2_style_reference"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    image: ImageField | None | Unset = UNSET
    vae: None | Unset | VAEField = UNSET
    width: int | Unset = 1024
    height: int | Unset = 1024
    fit: Krea2StyleReferenceInvocationFit | Unset = "crop"
    style_strength: float | Unset = 1.0
    blocks: str | Unset = "7-27"
    ref_k_strength: float | Unset = 1.06
    adain_strength: float | Unset = 0.85
    value_mode: Krea2StyleReferenceInvocationValueMode | Unset = "target_adain_plus_ref"
    value_adain_strength: float | Unset = 0.65
    ref_value_mix: float | Unset = 1.0
    high_scale_start: float | Unset = 1.04
    high_scale_end: float | Unset = 0.0
    low_scale_start: float | Unset = 1.0
    low_scale_end: float | Unset = 1.1
    beta: float | Unset = 2.5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            ImageField,
            VAEField,
        ) = _lazy_imports()
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        vae: dict[str, Any] | None | Unset
        if isinstance(self.vae, Unset):
            vae = UNSET
        elif isinstance(self.vae, VAEField):
            vae = self.vae.to_dict()
        else:
            vae = self.vae

        width = self.width

        height = self.height

        fit: str | Unset = UNSET
        if not isinstance(self.fit, Unset):
            fit = self.fit

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
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if image is not UNSET:
            field_dict["image"] = image
        if vae is not UNSET:
            field_dict["vae"] = vae
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if fit is not UNSET:
            field_dict["fit"] = fit
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
        id = d.pop("id")

        type_ = cast("Literal['krea2_style_reference']", d.pop("type"))
        if type_ != "krea2_style_reference":
            raise ValueError(f"type must match const 'krea2_style_reference', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.image_field import ImageField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = ImageField.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_vae(data: object) -> None | Unset | VAEField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.vae_field import VAEField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vae_type_0 = VAEField.from_dict(data)

                return vae_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VAEField, data)

        vae = _parse_vae(d.pop("vae", UNSET))

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _fit = d.pop("fit", UNSET)
        fit: Krea2StyleReferenceInvocationFit | Unset
        if isinstance(_fit, Unset):
            fit = UNSET
        else:
            fit = check_krea_2_style_reference_invocation_fit(_fit)

        style_strength = d.pop("style_strength", UNSET)

        blocks = d.pop("blocks", UNSET)

        ref_k_strength = d.pop("ref_k_strength", UNSET)

        adain_strength = d.pop("adain_strength", UNSET)

        _value_mode = d.pop("value_mode", UNSET)
        value_mode: Krea2StyleReferenceInvocationValueMode | Unset
        if isinstance(_value_mode, Unset):
            value_mode = UNSET
        else:
            value_mode = check_krea_2_style_reference_invocation_value_mode(_value_mode)

        value_adain_strength = d.pop("value_adain_strength", UNSET)

        ref_value_mix = d.pop("ref_value_mix", UNSET)

        high_scale_start = d.pop("high_scale_start", UNSET)

        high_scale_end = d.pop("high_scale_end", UNSET)

        low_scale_start = d.pop("low_scale_start", UNSET)

        low_scale_end = d.pop("low_scale_end", UNSET)

        beta = d.pop("beta", UNSET)

        krea_2_style_reference_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            image=image,
            vae=vae,
            width=width,
            height=height,
            fit=fit,
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

        krea_2_style_reference_invocation.additional_properties = d
        return krea_2_style_reference_invocation

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
    from ..models.image_field import ImageField  # noqa: PLC0415
    from ..models.vae_field import VAEField  # noqa: PLC0415

    return (
        ImageField,
        VAEField,
    )
