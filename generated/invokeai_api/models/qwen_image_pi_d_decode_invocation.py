from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.gemma_2_encoder_field import Gemma2EncoderField
    from ..models.latents_field import LatentsField
    from ..models.metadata_field import MetadataField
    from ..models.pi_d_decoder_field import PiDDecoderField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="QwenImagePiDDecodeInvocation")


@_attrs_define
class QwenImagePiDDecodeInvocation:
    """Decode a Qwen-Image latent with the PiD pixel-diffusion decoder.

    Produces a 4x super-resolved image in a single pass. The 5D Qwen latent is
    reduced to 2D and per-channel denormalized (``z * std + mean``) before PiD.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['qwen_image_pid_decode']):  Default: 'qwen_image_pid_decode'.
            board (BoardField | None | Unset): The board to save the image to
            metadata (MetadataField | None | Unset): Optional metadata to be saved with the image
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            latents (LatentsField | None | Unset): Latents tensor
            prompt (None | str | Unset): Text prompt the latent was generated from. PiD conditions on it.
            gemma2_encoder (Gemma2EncoderField | None | Unset): Gemma-2 caption encoder. Required by PiD.
            pid_decoder (None | PiDDecoderField | Unset): PiD Qwen-Image decoder checkpoint.
            vae (None | Unset | VAEField): Qwen-Image VAE, used to read the per-channel latents_mean / latents_std. If
                omitted, the diffusers default Qwen-Image constants are used.
            num_inference_steps (int | Unset): Number of PiD distill steps. The released checkpoints are distilled for 4;
                the student schedule has only 4 transitions, so higher counts cannot add sampling steps. Default: 4.
            seed (int | Unset): Seed for the PiD decoder's noise. Default: 0.
    """

    id: str
    type_: Literal["qwen_image_pid_decode"] = "qwen_image_pid_decode"
    board: BoardField | None | Unset = UNSET
    metadata: MetadataField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    latents: LatentsField | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    gemma2_encoder: Gemma2EncoderField | None | Unset = UNSET
    pid_decoder: None | PiDDecoderField | Unset = UNSET
    vae: None | Unset | VAEField = UNSET
    num_inference_steps: int | Unset = 4
    seed: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            BoardField,
            Gemma2EncoderField,
            LatentsField,
            MetadataField,
            PiDDecoderField,
            VAEField,
        ) = _lazy_imports()
        id = self.id

        type_ = self.type_

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        latents: dict[str, Any] | None | Unset
        if isinstance(self.latents, Unset):
            latents = UNSET
        elif isinstance(self.latents, LatentsField):
            latents = self.latents.to_dict()
        else:
            latents = self.latents

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        gemma2_encoder: dict[str, Any] | None | Unset
        if isinstance(self.gemma2_encoder, Unset):
            gemma2_encoder = UNSET
        elif isinstance(self.gemma2_encoder, Gemma2EncoderField):
            gemma2_encoder = self.gemma2_encoder.to_dict()
        else:
            gemma2_encoder = self.gemma2_encoder

        pid_decoder: dict[str, Any] | None | Unset
        if isinstance(self.pid_decoder, Unset):
            pid_decoder = UNSET
        elif isinstance(self.pid_decoder, PiDDecoderField):
            pid_decoder = self.pid_decoder.to_dict()
        else:
            pid_decoder = self.pid_decoder

        vae: dict[str, Any] | None | Unset
        if isinstance(self.vae, Unset):
            vae = UNSET
        elif isinstance(self.vae, VAEField):
            vae = self.vae.to_dict()
        else:
            vae = self.vae

        num_inference_steps = self.num_inference_steps

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if board is not UNSET:
            field_dict["board"] = board
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if latents is not UNSET:
            field_dict["latents"] = latents
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if gemma2_encoder is not UNSET:
            field_dict["gemma2_encoder"] = gemma2_encoder
        if pid_decoder is not UNSET:
            field_dict["pid_decoder"] = pid_decoder
        if vae is not UNSET:
            field_dict["vae"] = vae
        if num_inference_steps is not UNSET:
            field_dict["num_inference_steps"] = num_inference_steps
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast("Literal['qwen_image_pid_decode']", d.pop("type"))
        if type_ != "qwen_image_pid_decode":
            raise ValueError(f"type must match const 'qwen_image_pid_decode', got '{type_}'")

        def _parse_board(data: object) -> BoardField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.board_field import BoardField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                board_type_0 = BoardField.from_dict(data)

                return board_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoardField | None | Unset, data)

        board = _parse_board(d.pop("board", UNSET))

        def _parse_metadata(data: object) -> MetadataField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.metadata_field import MetadataField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MetadataField.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataField | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_latents(data: object) -> LatentsField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.latents_field import LatentsField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latents_type_0 = LatentsField.from_dict(data)

                return latents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatentsField | None | Unset, data)

        latents = _parse_latents(d.pop("latents", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_gemma2_encoder(data: object) -> Gemma2EncoderField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.gemma_2_encoder_field import Gemma2EncoderField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gemma2_encoder_type_0 = Gemma2EncoderField.from_dict(data)

                return gemma2_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gemma2EncoderField | None | Unset, data)

        gemma2_encoder = _parse_gemma2_encoder(d.pop("gemma2_encoder", UNSET))

        def _parse_pid_decoder(data: object) -> None | PiDDecoderField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            from invokeai_api.models.pi_d_decoder_field import PiDDecoderField  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pid_decoder_type_0 = PiDDecoderField.from_dict(data)

                return pid_decoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PiDDecoderField | Unset, data)

        pid_decoder = _parse_pid_decoder(d.pop("pid_decoder", UNSET))

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

        num_inference_steps = d.pop("num_inference_steps", UNSET)

        seed = d.pop("seed", UNSET)

        qwen_image_pi_d_decode_invocation = cls(
            id=id,
            type_=type_,
            board=board,
            metadata=metadata,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            latents=latents,
            prompt=prompt,
            gemma2_encoder=gemma2_encoder,
            pid_decoder=pid_decoder,
            vae=vae,
            num_inference_steps=num_inference_steps,
            seed=seed,
        )

        qwen_image_pi_d_decode_invocation.additional_properties = d
        return qwen_image_pi_d_decode_invocation

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
    from ..models.board_field import BoardField  # noqa: PLC0415
    from ..models.gemma_2_encoder_field import Gemma2EncoderField  # noqa: PLC0415
    from ..models.latents_field import LatentsField  # noqa: PLC0415
    from ..models.metadata_field import MetadataField  # noqa: PLC0415
    from ..models.pi_d_decoder_field import PiDDecoderField  # noqa: PLC0415
    from ..models.vae_field import VAEField  # noqa: PLC0415

    return (
        BoardField,
        Gemma2EncoderField,
        LatentsField,
        MetadataField,
        PiDDecoderField,
        VAEField,
    )
