"""FLUX image to image: upload a source image to a board, set the form by index, run, save the results.

Loads examples/workflows/flux-image-to-image.json, uploads --source (or a generated gradient) to the
board, sets the image, prompt, steps, denoising start and board through the form's indexes, points the
model fields at installed FLUX models, submits, waits, maps the outputs and saves them.

FLUX weights are large. On a server without them the example does everything up to submission (the
source image is uploaded), then stops with exit code 4 and one line naming the missing models.

    python examples/pipelines/flux-image-to-image.py --source photo.png --prompt "an oil painting" --out out/
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

WORKFLOW = Path(__file__).resolve().parents[1] / "workflows" / "flux-image-to-image.json"

# Form indexes in the GUI's order, checked against their labels before use.
IMAGE, PROMPT, FLUX_MODEL, T5_ENCODER, CLIP_EMBED, VAE, DENOISING_START, STEPS, SEED, BOARD = range(10)
EXPECTED_LABELS = {
    IMAGE: "Input Image",
    PROMPT: "FLUX Prompt",
    FLUX_MODEL: "FLUX Model",
    DENOISING_START: "Denoising Start",
    STEPS: "Steps",
    SEED: "Seed",
    BOARD: "Board",
}


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("--source", type=Path, help="image to start from (default: a generated gradient)")
    p.add_argument("--prompt", help="default: the workflow's")
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--denoising-start", type=float, default=0.6, help="0 repaints all, 1 keeps the source")
    p.add_argument("--seed", type=int, help="default: the workflow's")
    p.add_argument("--board", default=_common.DEFAULT_BOARD, help="board name (created if missing)")
    p.add_argument("--out", default="out/", help="folder for the results (default: out/)")
    p.add_argument("--timeout", type=float, default=1800, help="seconds to wait for the job")
    return _common.run(p, argv, generate)


def generate(args: Any) -> int:
    client, version = _common.connect(args)
    with client:
        wf = client.workflow_repo.create_workflow_from_file(WORKFLOW)
        for index, label in EXPECTED_LABELS.items():
            if wf.get_input(index).label != label:
                raise _common.ExampleError(f"{WORKFLOW.name}: input {index} is no longer {label!r}")
        print(f"InvokeAI {version} at {client.base_url}; workflow {wf.name!r}")

        board = client.board_repo.get_or_create_board(args.board)
        if args.source is not None:
            source = board.upload_image(args.source)
        else:
            source = board.upload_image_data(_common.png_bytes(256, 256), file_name="flux-source.png")
        print(f"uploaded {source.image_name} ({source.width}x{source.height}) to board {board.board_name!r}")

        values: dict[int | str, Any] = {
            IMAGE: source.image_name,
            STEPS: args.steps,
            DENOISING_START: args.denoising_start,
            BOARD: board.board_id,
        }
        if args.prompt is not None:
            values[PROMPT] = args.prompt
        if args.seed is not None:
            values[SEED] = args.seed
        wf.set_input_values(values)

        for change in wf.sync_dnn_model(by_name=True, by_base=True):
            print(f"model: {change.label} -> {change.after['name']} (matched by {change.matched_by})")
        print("inputs:")
        _common.show_inputs(wf)
        _common.require_models(wf)  # without FLUX weights, this is as far as it goes

        started = time.monotonic()
        submission = wf.submit_sync()
        print(f"queued item {submission.item_ids[0]} (batch {submission.batch_id})")
        item = wf.wait_for_completion_sync(timeout=args.timeout)
        print(f"item {item.item_id} {item.status} in {time.monotonic() - started:.1f} s")

        for output in wf.map_outputs_to_images(item, include_intermediate=False):
            for name in output.image_names:
                saved = board.download_image_to(name, args.out)
                print(f"saved {saved} ({output.label}, board {output.board_id})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
