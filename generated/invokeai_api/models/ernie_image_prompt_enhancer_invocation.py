from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_enhancer_field import PromptEnhancerField


T = TypeVar("T", bound="ErnieImagePromptEnhancerInvocation")


@_attrs_define
class ErnieImagePromptEnhancerInvocation:
    """Rewrites a prompt for ERNIE-Image generation using the pipeline's bundled prompt-enhancer
    (Ministral3ForCausalLM), sized for the intended output dimensions.

    If no prompt-enhancer is connected — the pipeline may not ship one — the prompt is passed
    through unchanged.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['ernie_image_prompt_enhancer']):  Default: 'ernie_image_prompt_enhancer'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            prompt (None | str | Unset): Text prompt to rewrite.
            prompt_enhancer (None | PromptEnhancerField | Unset): The prompt-enhancer model. If not connected, the prompt is
                passed through unchanged.
            width (int | Unset): Target width the prompt is rewritten for. Default: 1024.
            height (int | Unset): Target height the prompt is rewritten for. Default: 1024.
            temperature (float | Unset):  Default: 0.6.
            top_p (float | Unset):  Default: 0.95.
    """

    id: str
    type_: Literal["ernie_image_prompt_enhancer"] = "ernie_image_prompt_enhancer"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    prompt: None | str | Unset = UNSET
    prompt_enhancer: None | PromptEnhancerField | Unset = UNSET
    width: int | Unset = 1024
    height: int | Unset = 1024
    temperature: float | Unset = 0.6
    top_p: float | Unset = 0.95
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (PromptEnhancerField,) = _lazy_imports()
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        prompt_enhancer: dict[str, Any] | None | Unset
        if isinstance(self.prompt_enhancer, Unset):
            prompt_enhancer = UNSET
        elif isinstance(self.prompt_enhancer, PromptEnhancerField):
            prompt_enhancer = self.prompt_enhancer.to_dict()
        else:
            prompt_enhancer = self.prompt_enhancer

        width = self.width

        height = self.height

        temperature = self.temperature

        top_p = self.top_p

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
        if prompt_enhancer is not UNSET:
            field_dict["prompt_enhancer"] = prompt_enhancer
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['ernie_image_prompt_enhancer']", d.pop("type"))
        if type_ != "ernie_image_prompt_enhancer":
            raise ValueError(f"type must match const 'ernie_image_prompt_enhancer', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_prompt_enhancer(data: object) -> None | PromptEnhancerField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.prompt_enhancer_field import PromptEnhancerField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_enhancer_type_0 = PromptEnhancerField.from_dict(data)

                return prompt_enhancer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptEnhancerField | Unset, data)

        prompt_enhancer = _parse_prompt_enhancer(d.pop("prompt_enhancer", UNSET))

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        temperature = d.pop("temperature", UNSET)

        top_p = d.pop("top_p", UNSET)

        ernie_image_prompt_enhancer_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            prompt=prompt,
            prompt_enhancer=prompt_enhancer,
            width=width,
            height=height,
            temperature=temperature,
            top_p=top_p,
        )

        ernie_image_prompt_enhancer_invocation.additional_properties = d
        return ernie_image_prompt_enhancer_invocation

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
    from ..models.prompt_enhancer_field import PromptEnhancerField  # noqa: PLC0415

    return (PromptEnhancerField,)
