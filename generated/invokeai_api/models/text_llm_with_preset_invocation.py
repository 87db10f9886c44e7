from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField
    from ..models.system_prompt_field import SystemPromptField


T = TypeVar("T", bound="TextLLMWithPresetInvocation")


@_attrs_define
class TextLLMWithPresetInvocation:
    """Run a text language model using a saved system prompt from the System Prompts library.

    Behaves identically to the Text LLM node, but the system prompt is selected from a
    DB-backed preset instead of being typed inline. Useful when you maintain a curated
    library of expansion strategies and want to reuse them across workflows.

    Note: the field stores the preset's id, not its text. A workflow exported from one install
    only resolves on another if that install has a prompt with the same id -- true for the
    seeded defaults (fixed UUIDs), not for user-created prompts. `StylePresetField` has the
    same limitation.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['text_llm_with_preset']):  Default: 'text_llm_with_preset'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            prompt (str | Unset): Input text prompt. Default: ''.
            system_prompt (None | SystemPromptField | Unset): The saved system prompt to use as the LLM's instruction.
            text_llm_model (ModelIdentifierField | None | Unset): The text language model to use for text generation
            max_tokens (int | Unset): Maximum number of tokens to generate. Default: 300.
            seed (int | Unset): Seed for random number generation Default: 0.
    """

    id: str
    type_: Literal["text_llm_with_preset"] = "text_llm_with_preset"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    prompt: str | Unset = ""
    system_prompt: None | SystemPromptField | Unset = UNSET
    text_llm_model: ModelIdentifierField | None | Unset = UNSET
    max_tokens: int | Unset = 300
    seed: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            ModelIdentifierField,
            SystemPromptField,
        ) = _lazy_imports()
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        prompt = self.prompt

        system_prompt: dict[str, Any] | None | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        elif isinstance(self.system_prompt, SystemPromptField):
            system_prompt = self.system_prompt.to_dict()
        else:
            system_prompt = self.system_prompt

        text_llm_model: dict[str, Any] | None | Unset
        if isinstance(self.text_llm_model, Unset):
            text_llm_model = UNSET
        elif isinstance(self.text_llm_model, ModelIdentifierField):
            text_llm_model = self.text_llm_model.to_dict()
        else:
            text_llm_model = self.text_llm_model

        max_tokens = self.max_tokens

        seed = self.seed

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
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if text_llm_model is not UNSET:
            field_dict["text_llm_model"] = text_llm_model
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['text_llm_with_preset']", d.pop("type"))
        if type_ != "text_llm_with_preset":
            raise ValueError(f"type must match const 'text_llm_with_preset', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        prompt = d.pop("prompt", UNSET)

        def _parse_system_prompt(data: object) -> None | SystemPromptField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.system_prompt_field import SystemPromptField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_prompt_type_0 = SystemPromptField.from_dict(data)

                return system_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SystemPromptField | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        def _parse_text_llm_model(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_llm_model_type_0 = ModelIdentifierField.from_dict(data)

                return text_llm_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        text_llm_model = _parse_text_llm_model(d.pop("text_llm_model", UNSET))

        max_tokens = d.pop("max_tokens", UNSET)

        seed = d.pop("seed", UNSET)

        text_llm_with_preset_invocation = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            prompt=prompt,
            system_prompt=system_prompt,
            text_llm_model=text_llm_model,
            max_tokens=max_tokens,
            seed=seed,
        )

        text_llm_with_preset_invocation.additional_properties = d
        return text_llm_with_preset_invocation

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
    from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415
    from ..models.system_prompt_field import SystemPromptField  # noqa: PLC0415

    return (
        ModelIdentifierField,
        SystemPromptField,
    )
