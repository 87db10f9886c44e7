"""Build tiny, seeded, random-weight diffusers pipelines (SD1 and SDXL) for testing against InvokeAI.

Used by scripts/make-tiny-models; needs the InvokeAI server venv (torch, diffusers, transformers).
The weights are random, so the pipelines only ever produce noise, but they have the layout InvokeAI's model
probe expects (cross_attention_dim 768 -> sd-1, 2048 -> sdxl; DDIM scheduler, epsilon prediction) and run a
128x128 4-step text-to-image graph in about a second on CPU.

Every file is written deterministically: fixed seeds per component, tokenizer files and model_index.json
written here with sorted keys, configs saved by diffusers/transformers (which sort keys too).
tree_hash() digests all relative paths and file contents, to check that two builds are identical.
"""

from __future__ import annotations

import hashlib
import json
import string
from pathlib import Path
from typing import Any

SEED = 20251124
MAX_LENGTH = 77  # CLIP context length; InvokeAI/compel pad prompts to the tokenizer's model_max_length
BOS, EOS = "<|startoftext|>", "<|endoftext|>"


# --------------------------------------------------------------------------- tokenizer (written by hand)


# A few merges so the BPE is more than characters; each merge's result is added to the vocab.
TINY_MERGES = [("t", "h"), ("th", "e</w>"), ("a", "n"), ("an", "d</w>"), ("i", "n"), ("in", "g</w>")]


def tiny_vocab() -> dict[str, int]:
    """Single characters, alone and as word ends ("</w>"), a few merged pairs and CLIP's two special tokens.

    CLIP's BPE lower-cases text, so lowercase letters, digits and ASCII punctuation cover ordinary prompts;
    anything else becomes the unknown token (<|endoftext|>, as in the real CLIP tokenizer).
    """
    chars = string.ascii_lowercase + string.digits + string.punctuation
    tokens = list(chars) + [c + "</w>" for c in chars] + [left + right for left, right in TINY_MERGES]
    return {tok: i for i, tok in enumerate([*tokens, BOS, EOS])}


def write_tokenizer(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    vocab = tiny_vocab()
    (directory / "vocab.json").write_text(
        json.dumps(vocab, indent=1, sort_keys=True, ensure_ascii=True) + "\n"
    )
    merges = "#version: 0.2\n" + "".join(f"{left} {right}\n" for left, right in TINY_MERGES)
    (directory / "merges.txt").write_text(merges)
    special = {"bos_token": BOS, "eos_token": EOS, "unk_token": EOS, "pad_token": EOS}
    config = {
        **special,
        "tokenizer_class": "CLIPTokenizer",
        "model_max_length": MAX_LENGTH,
        "do_lower_case": True,
        "errors": "replace",
        "add_prefix_space": False,
        "clean_up_tokenization_spaces": False,
    }
    (directory / "tokenizer_config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    (directory / "special_tokens_map.json").write_text(json.dumps(special, indent=2, sort_keys=True) + "\n")


# --------------------------------------------------------------------------- components


def _text_encoder(hidden: int, with_projection: bool, seed: int) -> Any:
    import torch
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    vocab = tiny_vocab()
    config = CLIPTextConfig(
        vocab_size=len(vocab),
        hidden_size=hidden,
        intermediate_size=64,
        num_hidden_layers=1,
        num_attention_heads=4,
        max_position_embeddings=MAX_LENGTH,
        projection_dim=hidden,
        hidden_act="quick_gelu",
        bos_token_id=vocab[BOS],
        eos_token_id=vocab[EOS],
        pad_token_id=vocab[EOS],
    )
    torch.manual_seed(seed)
    model_class = CLIPTextModelWithProjection if with_projection else CLIPTextModel
    return model_class(config).eval()


def _unet(sdxl: bool, seed: int) -> Any:
    import torch
    from diffusers import UNet2DConditionModel

    common = {
        "sample_size": 16,  # 128 px / 8; informational only
        "in_channels": 4,
        "out_channels": 4,
        "block_out_channels": (32, 64),
        "layers_per_block": 1,
        "attention_head_dim": (2, 4),
        "norm_num_groups": 32,
    }
    torch.manual_seed(seed)
    if not sdxl:
        return UNet2DConditionModel(
            **common,
            down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
            up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
            cross_attention_dim=768,
        ).eval()
    return UNet2DConditionModel(
        **common,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=2048,  # 768 + 1280: both text encoders' hidden states side by side
        addition_embed_type="text_time",
        addition_time_embed_dim=8,
        projection_class_embeddings_input_dim=1280 + 6 * 8,  # pooled text embeds + 6 size/crop numbers
        use_linear_projection=True,
    ).eval()


def _vae(sdxl: bool, seed: int) -> Any:
    import torch
    from diffusers import AutoencoderKL

    torch.manual_seed(seed)
    return AutoencoderKL(
        in_channels=3,
        out_channels=3,
        latent_channels=4,
        down_block_types=("DownEncoderBlock2D",) * 4,  # 4 blocks -> 3 downsamplings -> scale factor 8
        up_block_types=("UpDecoderBlock2D",) * 4,
        block_out_channels=(8, 8, 8, 8),
        layers_per_block=1,
        norm_num_groups=8,
        sample_size=128,
        scaling_factor=0.13025 if sdxl else 0.18215,
    ).eval()


def _scheduler() -> Any:
    from diffusers import DDIMScheduler

    return DDIMScheduler(
        num_train_timesteps=1000,
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        clip_sample=False,
        set_alpha_to_one=False,
        steps_offset=1,
        prediction_type="epsilon",
    )


# --------------------------------------------------------------------------- pipelines


def build(kind: str, out: Path) -> None:
    """Write the tiny pipeline `kind` ("sd1" or "sdxl") into the (new or empty) directory `out`."""
    import diffusers
    import torch

    if kind not in ("sd1", "sdxl"):
        raise ValueError(f"unknown kind {kind!r}")
    sdxl = kind == "sdxl"
    torch.use_deterministic_algorithms(True)
    out.mkdir(parents=True, exist_ok=True)
    seed = SEED + (1000 if sdxl else 0)

    components: dict[str, list[str | None]] = {
        "scheduler": ["diffusers", "DDIMScheduler"],
        "tokenizer": ["transformers", "CLIPTokenizer"],
        "text_encoder": ["transformers", "CLIPTextModel"],
        "unet": ["diffusers", "UNet2DConditionModel"],
        "vae": ["diffusers", "AutoencoderKL"],
        "feature_extractor": [None, None],
        "image_encoder": [None, None],
    }
    _scheduler().save_pretrained(out / "scheduler")
    write_tokenizer(out / "tokenizer")
    _text_encoder(768, False, seed + 1).save_pretrained(out / "text_encoder")
    _unet(sdxl, seed + 2).save_pretrained(out / "unet")
    _vae(sdxl, seed + 3).save_pretrained(out / "vae")
    if sdxl:
        write_tokenizer(out / "tokenizer_2")
        _text_encoder(1280, True, seed + 4).save_pretrained(out / "text_encoder_2")
        components["tokenizer_2"] = ["transformers", "CLIPTokenizer"]
        components["text_encoder_2"] = ["transformers", "CLIPTextModelWithProjection"]
        index = {"_class_name": "StableDiffusionXLPipeline", "force_zeros_for_empty_prompt": True}
    else:
        components["safety_checker"] = [None, None]
        index = {"_class_name": "StableDiffusionPipeline", "requires_safety_checker": False}
    index.update(components, _diffusers_version=diffusers.__version__)
    (out / "model_index.json").write_text(json.dumps(index, indent=2, sort_keys=True) + "\n")


def smoke_test(kind: str, path: Path) -> tuple[int, ...]:
    """Load the saved pipeline with diffusers and run one tiny denoising step; returns the image shape."""
    import torch
    from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline

    pipeline_class = StableDiffusionXLPipeline if kind == "sdxl" else StableDiffusionPipeline
    pipe = pipeline_class.from_pretrained(str(path))
    pipe.set_progress_bar_config(disable=True)
    with torch.no_grad():
        images = pipe(
            "a tiny test",
            num_inference_steps=1,
            height=64,
            width=64,
            output_type="np",
            generator=torch.Generator().manual_seed(0),
        ).images
    return tuple(images.shape)


def tree_hash(root: Path) -> str:
    """sha256 over every file's relative path and bytes, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def tree_size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
