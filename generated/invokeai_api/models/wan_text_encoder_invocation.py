from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_t5_encoder_field import WanT5EncoderField


T = TypeVar("T", bound="WanTextEncoderInvocation")


@_attrs_define
class WanTextEncoderInvocation:
    """Encodes a text prompt for Wan 2.2 using the UMT5-XXL encoder.

    Output is the encoder's last hidden state (shape: [seq_len=512, 4096]) plus
    an attention mask marking valid (non-padding) tokens. The Wan transformer
    consumes these directly as ``encoder_hidden_states``.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['wan_text_encoder']):  Default: 'wan_text_encoder'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            prompt (None | str | Unset): Text prompt for Wan 2.2.
            wan_t5_encoder (None | Unset | WanT5EncoderField): UMT5-XXL tokenizer and text encoder for Wan 2.2
    """

    id: str
    type_: Literal["wan_text_encoder"] = "wan_text_encoder"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    prompt: None | str | Unset = UNSET
    wan_t5_encoder: None | Unset | WanT5EncoderField = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (WanT5EncoderField,) = _lazy_imports()
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        wan_t5_encoder: dict[str, Any] | None | Unset
        if isinstance(self.wan_t5_encoder, Unset):
            wan_t5_encoder = UNSET
        elif isinstance(self.wan_t5_encoder, WanT5EncoderField):
            wan_t5_encoder = self.wan_t5_encoder.to_dict()
        else:
            wan_t5_encoder = self.wan_t5_encoder

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
        if wan_t5_encoder is not UNSET:
            field_dict["wan_t5_encoder"] = wan_t5_encoder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['wan_text_encoder']", d.pop("type"))
        if type_ != "wan_text_encoder":
            raise ValueError(f"type must match const 'wan_text_encoder', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_wan_t5_encoder(data: object) -> None | Unset | WanT5EncoderField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.wan_t5_encoder_field import WanT5EncoderField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wan_t5_encoder_type_0 = WanT5EncoderField.from_dict(data)

                return wan_t5_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanT5EncoderField, data)

        wan_t5_encoder = _parse_wan_t5_encoder(d.pop("wan_t5_encoder", UNSET))

        wan_text_encoder_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            prompt=prompt,
            wan_t5_encoder=wan_t5_encoder,
        )

        wan_text_encoder_invocation.additional_properties = d
        return wan_text_encoder_invocation

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
    from ..models.wan_t5_encoder_field import WanT5EncoderField  # noqa: PLC0415

    return (WanT5EncoderField,)
