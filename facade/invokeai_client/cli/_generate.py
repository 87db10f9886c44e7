"""`invokeai-client generate "a red fox" --model tiny-sdxl [--sweep seed=1,2,3] [--out DIR]`: a preset
(`client.generate`) run through the run engine (`_resumable.run_sweep`), journaled and resumable as `run`.

--sweep keys are the preset's argument names (seed, steps, cfg_scale, width, height, prompt, ...) or its
form labels. Resuming a run in --out takes the seed (when --seed is not given: it was picked at random) and
an uploaded --image file's name from the run's journal, so the same command finds the same run.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invokeai_client import errors

from ._convert import Converter, split_assignment, split_sweep
from ._output import Output

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.presets.handle import PresetHandle

__all__ = ["add_arguments", "check_sweep_keys", "generate"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """`generate`'s own options (the run options are added beside them)."""
    p.add_argument("prompt", help="the prompt")
    p.add_argument("--model", required=True, help="a main model's name or key (SD1, SDXL or FLUX)")
    p.add_argument("--negative-prompt", help="the negative prompt (SD1, SDXL)")
    p.add_argument("--width", type=int, help="image width (default: the model's native size)")
    p.add_argument("--height", type=int, help="image height (default: the model's native size)")
    p.add_argument("--steps", type=int, help="denoising steps (default 30)")
    p.add_argument("--cfg-scale", type=float, help="CFG scale (SD1, SDXL; default 7.5)")
    p.add_argument("--guidance", type=float, help="FLUX guidance (default 4)")
    p.add_argument("--scheduler", help="scheduler (SD1, SDXL; default dpmpp_3m_k)")
    p.add_argument("--seed", type=int, help="seed (default: random, shown and journaled)")
    p.add_argument("--image", metavar="NAME_OR_FILE", help="image-to-image from this image or file")
    p.add_argument("--strength", type=float, help="image-to-image strength, 0..1 (default 0.75)")
    p.add_argument(
        "--sweep", action="append", default=[], metavar="ARG=V1,V2,...",
        help="one queue item per value of a preset argument (seed, steps, cfg_scale, width, ...); a JSON "
        "list for values with commas; several --sweep multiply",
    )  # fmt: skip


def check_sweep_keys(args: argparse.Namespace) -> None:
    """Every --sweep names a preset argument (by name or label); asks no server."""
    from invokeai_client.presets.arguments import LABELS

    known = {name.casefold() for name in LABELS} | {label.casefold() for label in LABELS.values()}
    for text in args.sweep:
        key = split_assignment(text, "--sweep")[0]
        if key.casefold() not in known:
            raise errors.InputNotFoundError(
                f"--sweep {key!r}: not a preset argument; sweep one of {', '.join(LABELS)}"
            )
    if args.strength is not None and args.image is None:
        raise errors.ValidationError("--strength is for image-to-image: give --image too")


def generate(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    from ._resumable import run_sweep

    wf, sweep = fill(client, args, out)
    args.no_sync_models = True  # the preset found its model; nothing to match
    out.note(
        f"{wf.preset.base} {wf.preset.mode} with {wf.get_input('model').value['name']!r}, seed {wf.seed}"
    )
    return run_sweep(wf, sweep, args, out)


def fill(
    client: InvokeAIClient, args: argparse.Namespace, out: Output
) -> tuple[PresetHandle, dict[int | str, list[Any]]]:
    """The preset from the command line, and its --sweep (values converted by the inputs' types)."""
    from ._run import _board as board_for_run

    journaled = _journaled(args)
    board, upload_board = board_for_run(client, args) if args.board else (None, None)
    convert = Converter(client, upload_board, note=out.note)
    seed = args.seed if args.seed is not None else journaled.get("seed")
    options: dict[str, Any] = {
        "model": args.model, "width": args.width, "height": args.height, "steps": args.steps,
        "cfg_scale": args.cfg_scale, "guidance": args.guidance, "scheduler": args.scheduler, "seed": seed,
        "negative_prompt": args.negative_prompt, "board": board,
    }  # fmt: skip
    if args.image is None:
        wf = client.generate.text_to_image(args.prompt, **options)
    else:
        image = args.image
        if Path(image).expanduser().is_file() and journaled.get("image"):
            image = journaled["image"]  # uploaded when the run began: the same image, not a new upload
        elif Path(image).expanduser().is_file():
            image = convert.image(image, "--image")["image_name"]
        wf = client.generate.image_to_image(image, args.prompt, strength=args.strength, **options)
    sweep: dict[int | str, list[Any]] = {}
    for text in args.sweep:
        key, raw = split_assignment(text, "--sweep")
        inp = wf.get_input(key)
        if inp.key in {wf.get_input(k).key for k in sweep}:
            raise errors.ValidationError(f"{inp.where} is swept twice: give all its values in one --sweep")
        sweep[key] = [convert.item(inp, value) for value in split_sweep(raw)]
    return wf, sweep


def _journaled(args: argparse.Namespace) -> dict[str, Any]:
    """The seed and init image of the run in --out (to resume it), when there is one and not --fresh."""
    from invokeai_client.runs.journal import Journal

    if args.out is None or args.fresh or not Journal.exists(args.out):
        return {}
    with Journal(args.out) as journal:
        spec = journal.spec()
    inputs = {
        node.get("id"): (node.get("data") or {}).get("inputs") or {}
        for node in ((spec or {}).get("workflow") or {}).get("nodes", [])
    }
    found: dict[str, Any] = {}
    seed = (inputs.get("seed") or {}).get("value", {}).get("value")
    if isinstance(seed, int):
        found["seed"] = seed
    image = (inputs.get("initial_image_resize") or {}).get("image", {}).get("value")
    if isinstance(image, dict) and isinstance(image.get("image_name"), str):
        found["image"] = image["image_name"]
    return found
