from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_model_type import BaseModelType, check_base_model_type
from ..models.clip_embed_diffusers_config_format import (
    CLIPEmbedDiffusersConfigFormat,
    check_clip_embed_diffusers_config_format,
)
from ..models.clip_embed_diffusers_config_type import (
    CLIPEmbedDiffusersConfigType,
    check_clip_embed_diffusers_config_type,
)
from ..models.clip_variant_type import ClipVariantType, check_clip_variant_type
from ..models.model_repo_variant import ModelRepoVariant, check_model_repo_variant
from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clip_embed_diffusers_config_submodels_type_0 import CLIPEmbedDiffusersConfigSubmodelsType0


T = TypeVar("T", bound="CLIPEmbedDiffusersConfig")


@_attrs_define
class CLIPEmbedDiffusersConfig:
    """Model config for Clip Embeddings.

    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        name (str): Name of the model.
        base (BaseModelType): An enumeration of base model architectures. For example, Stable Diffusion 1.x, Stable
            Diffusion 2.x, FLUX, etc.

            Every model config must have a base architecture type.

            Not all models are associated with a base architecture. For example, CLIP models are their own thing, not
            related
            to any particular model architecture. To simplify internal APIs and make it easier to work with models, we use a
            fallback/null value `BaseModelType.Any` for these models, instead of making the model base optional.
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        format_ (CLIPEmbedDiffusersConfigFormat):  Default: 'diffusers'.
        type_ (CLIPEmbedDiffusersConfigType):  Default: 'clip_embed'.
        description (None | str | Unset): Model description
        source_api_response (None | str | Unset): The original API response from the source, as stringified JSON.
        cover_image (None | str | Unset): Url for image to preview model
        submodels (CLIPEmbedDiffusersConfigSubmodelsType0 | None | Unset): Loadable submodels in this model
        repo_variant (ModelRepoVariant | None | Unset):  Default: ''.
        variant (ClipVariantType | Unset): Variant type. Default: 'large'.
    """

    key: str
    hash_: str
    path: str
    name: str
    base: BaseModelType
    source: str
    source_type: ModelSourceType
    format_: CLIPEmbedDiffusersConfigFormat = "diffusers"
    type_: CLIPEmbedDiffusersConfigType = "clip_embed"
    description: None | str | Unset = UNSET
    source_api_response: None | str | Unset = UNSET
    cover_image: None | str | Unset = UNSET
    submodels: CLIPEmbedDiffusersConfigSubmodelsType0 | None | Unset = UNSET
    repo_variant: ModelRepoVariant | None | Unset = ""
    variant: ClipVariantType | Unset = "large"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (CLIPEmbedDiffusersConfigSubmodelsType0,) = _lazy_imports()
        key = self.key

        hash_ = self.hash_

        path = self.path

        name = self.name

        base: str = self.base

        source = self.source

        source_type: str = self.source_type

        format_: str = self.format_

        type_: str = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_api_response: None | str | Unset
        if isinstance(self.source_api_response, Unset):
            source_api_response = UNSET
        else:
            source_api_response = self.source_api_response

        cover_image: None | str | Unset
        if isinstance(self.cover_image, Unset):
            cover_image = UNSET
        else:
            cover_image = self.cover_image

        submodels: dict[str, Any] | None | Unset
        if isinstance(self.submodels, Unset):
            submodels = UNSET
        elif isinstance(self.submodels, CLIPEmbedDiffusersConfigSubmodelsType0):
            submodels = self.submodels.to_dict()
        else:
            submodels = self.submodels

        repo_variant: None | str | Unset
        if isinstance(self.repo_variant, Unset):
            repo_variant = UNSET
        elif isinstance(self.repo_variant, str):
            repo_variant = self.repo_variant
        else:
            repo_variant = self.repo_variant

        variant: str | Unset = UNSET
        if not isinstance(self.variant, Unset):
            variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "hash": hash_,
                "path": path,
                "name": name,
                "base": base,
                "source": source,
                "source_type": source_type,
                "format": format_,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source_api_response is not UNSET:
            field_dict["source_api_response"] = source_api_response
        if cover_image is not UNSET:
            field_dict["cover_image"] = cover_image
        if submodels is not UNSET:
            field_dict["submodels"] = submodels
        if repo_variant is not UNSET:
            field_dict["repo_variant"] = repo_variant
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        key = d.pop("key")

        hash_ = d.pop("hash")

        path = d.pop("path")

        name = d.pop("name")

        base = check_base_model_type(d.pop("base"))

        source = d.pop("source")

        source_type = check_model_source_type(d.pop("source_type"))

        format_ = check_clip_embed_diffusers_config_format(d.pop("format"))

        type_ = check_clip_embed_diffusers_config_type(d.pop("type"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source_api_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response", UNSET))

        def _parse_cover_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        cover_image = _parse_cover_image(d.pop("cover_image", UNSET))

        def _parse_submodels(data: object) -> CLIPEmbedDiffusersConfigSubmodelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.clip_embed_diffusers_config_submodels_type_0 import (
                CLIPEmbedDiffusersConfigSubmodelsType0,  # noqa: PLC0415
            )

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submodels_type_0 = CLIPEmbedDiffusersConfigSubmodelsType0.from_dict(data)

                return submodels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CLIPEmbedDiffusersConfigSubmodelsType0 | None | Unset, data)

        submodels = _parse_submodels(d.pop("submodels", UNSET))

        def _parse_repo_variant(data: object) -> ModelRepoVariant | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            try:
                if not isinstance(data, str):
                    raise TypeError()
                repo_variant_type_0 = check_model_repo_variant(data)

                return repo_variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelRepoVariant | None | Unset, data)

        repo_variant = _parse_repo_variant(d.pop("repo_variant", UNSET))

        _variant = d.pop("variant", UNSET)
        variant: ClipVariantType | Unset
        if isinstance(_variant, Unset):
            variant = UNSET
        else:
            variant = check_clip_variant_type(_variant)

        clip_embed_diffusers_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            name=name,
            base=base,
            source=source,
            source_type=source_type,
            format_=format_,
            type_=type_,
            description=description,
            source_api_response=source_api_response,
            cover_image=cover_image,
            submodels=submodels,
            repo_variant=repo_variant,
            variant=variant,
        )

        clip_embed_diffusers_config.additional_properties = d
        return clip_embed_diffusers_config

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
    from ..models.clip_embed_diffusers_config_submodels_type_0 import CLIPEmbedDiffusersConfigSubmodelsType0  # noqa: PLC0415

    return (CLIPEmbedDiffusersConfigSubmodelsType0,)
