from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source_type import ModelSourceType, check_model_source_type
from ..models.pi_d_decoder_variant_type import PiDDecoderVariantType, check_pi_d_decoder_variant_type

T = TypeVar("T", bound="PiDDecoderCheckpointFLUXConfig")


@_attrs_define
class PiDDecoderCheckpointFLUXConfig:
    """PiD decoder for the FLUX.1 backbone (16-channel latent).

    Attributes:
        key (str): A unique key for this model.
        hash_ (str): The hash of the model file(s).
        path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
        file_size (int): The size of the model in bytes.
        name (str): Name of the model.
        description (None | str): Model description
        source (str): The original source of the model (path, URL or repo_id).
        source_type (ModelSourceType): Model source type.
        source_api_response (None | str): The original API response from the source, as stringified JSON.
        source_url (None | str): Optional URL for the model (e.g. download page or model page).
        cover_image (None | str): Url for image to preview model
        config_path (None | str): Path to the config for this model, if any.
        type_ (Literal['pid_decoder']):  Default: 'pid_decoder'.
        format_ (Literal['checkpoint']):  Default: 'checkpoint'.
        base (Literal['flux']):  Default: 'flux'.
        variant (PiDDecoderVariantType): PiD (Pixel Diffusion Decoder) resolution presets distributed by NVIDIA.

            Supported backbones are FLUX.1, FLUX.2, SD3, SDXL and Qwen-Image. Not every backbone ships both
            presets: FLUX.1 / FLUX.2 / SD3 have both the 2K and the 2K-to-4K preset, while SDXL and Qwen-Image
            ship only the 2K-to-4K preset. The presets differ only in target output resolution; the underlying
            (legacy) network is the same. NVIDIA's checkpoint filenames encode this as e.g.
            `PiD_res2k_sr4x_official_flux_distill_4step` vs `PiD_res2kto4k_sr4x_official_flux_distill_4step`.
    """

    key: str
    hash_: str
    path: str
    file_size: int
    name: str
    description: None | str
    source: str
    source_type: ModelSourceType
    source_api_response: None | str
    source_url: None | str
    cover_image: None | str
    config_path: None | str
    variant: PiDDecoderVariantType
    type_: Literal["pid_decoder"] = "pid_decoder"
    format_: Literal["checkpoint"] = "checkpoint"
    base: Literal["flux"] = "flux"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        key = self.key

        hash_ = self.hash_

        path = self.path

        file_size = self.file_size

        name = self.name

        description: None | str
        description = self.description

        source = self.source

        source_type: str = self.source_type

        source_api_response: None | str
        source_api_response = self.source_api_response

        source_url: None | str
        source_url = self.source_url

        cover_image: None | str
        cover_image = self.cover_image

        config_path: None | str
        config_path = self.config_path

        type_ = self.type_

        format_ = self.format_

        base = self.base

        variant: str = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "hash": hash_,
                "path": path,
                "file_size": file_size,
                "name": name,
                "description": description,
                "source": source,
                "source_type": source_type,
                "source_api_response": source_api_response,
                "source_url": source_url,
                "cover_image": cover_image,
                "config_path": config_path,
                "type": type_,
                "format": format_,
                "base": base,
                "variant": variant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        key = d.pop("key")

        hash_ = d.pop("hash")

        path = d.pop("path")

        file_size = d.pop("file_size")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        source = d.pop("source")

        source_type = check_model_source_type(d.pop("source_type"))

        def _parse_source_api_response(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response"))

        def _parse_source_url(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        source_url = _parse_source_url(d.pop("source_url"))

        def _parse_cover_image(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        cover_image = _parse_cover_image(d.pop("cover_image"))

        def _parse_config_path(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

        config_path = _parse_config_path(d.pop("config_path"))

        type_ = cast("Literal['pid_decoder']", d.pop("type"))
        if type_ != "pid_decoder":
            raise ValueError(f"type must match const 'pid_decoder', got '{type_}'")

        format_ = cast("Literal['checkpoint']", d.pop("format"))
        if format_ != "checkpoint":
            raise ValueError(f"format must match const 'checkpoint', got '{format_}'")

        base = cast("Literal['flux']", d.pop("base"))
        if base != "flux":
            raise ValueError(f"base must match const 'flux', got '{base}'")

        variant = check_pi_d_decoder_variant_type(d.pop("variant"))

        pi_d_decoder_checkpoint_flux_config = cls(
            key=key,
            hash_=hash_,
            path=path,
            file_size=file_size,
            name=name,
            description=description,
            source=source,
            source_type=source_type,
            source_api_response=source_api_response,
            source_url=source_url,
            cover_image=cover_image,
            config_path=config_path,
            type_=type_,
            format_=format_,
            base=base,
            variant=variant,
        )

        pi_d_decoder_checkpoint_flux_config.additional_properties = d
        return pi_d_decoder_checkpoint_flux_config

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
