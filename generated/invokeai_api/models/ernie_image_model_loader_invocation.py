from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="ErnieImageModelLoaderInvocation")


@_attrs_define
class ErnieImageModelLoaderInvocation:
    """Loads an ERNIE-Image diffusers pipeline and emits its submodels.

    The transformer, VAE, text encoder, and (optional) prompt enhancer are all expected to
    live inside the same diffusers pipeline directory under their conventional subfolders
    (`transformer/`, `vae/`, `text_encoder/`, `tokenizer/`, `pe/`, `pe_tokenizer/`).

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            model (ModelIdentifierField):
            type_ (Literal['ernie_image_model_loader']):  Default: 'ernie_image_model_loader'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            use_prompt_enhancer (bool | Unset): If true and the pipeline ships with a prompt-enhancer submodel, expose it on
                the output. Default: True.
    """

    id: str
    model: ModelIdentifierField
    type_: Literal["ernie_image_model_loader"] = "ernie_image_model_loader"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    use_prompt_enhancer: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (ModelIdentifierField,) = _lazy_imports()
        id = self.id

        model = self.model.to_dict()

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        use_prompt_enhancer = self.use_prompt_enhancer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model": model,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if use_prompt_enhancer is not UNSET:
            field_dict["use_prompt_enhancer"] = use_prompt_enhancer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (ModelIdentifierField,) = _parse_imports()
        d = dict(src_dict)
        id = d.pop("id")

        model = ModelIdentifierField.from_dict(d.pop("model"))

        type_ = cast("Literal['ernie_image_model_loader']", d.pop("type"))
        if type_ != "ernie_image_model_loader":
            raise ValueError(f"type must match const 'ernie_image_model_loader', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        use_prompt_enhancer = d.pop("use_prompt_enhancer", UNSET)

        ernie_image_model_loader_invocation = cls(
            id=id,
            model=model,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            use_prompt_enhancer=use_prompt_enhancer,
        )

        ernie_image_model_loader_invocation.additional_properties = d
        return ernie_image_model_loader_invocation

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

    return (ModelIdentifierField,)


@functools.cache
def _parse_imports() -> tuple[Any, ...]:
    from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

    return (ModelIdentifierField,)
