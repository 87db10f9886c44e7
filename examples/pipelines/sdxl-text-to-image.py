"""SDXL text to image: a GUI-exported workflow run through its form, the image saved to disk.

Loads examples/workflows/sdxl-text-to-image.json, points its model field at an installed SDXL model,
lists the form's inputs, sets them by index (the constants below), chooses the board through the form's
Board input, submits, waits, maps the outputs to images and downloads the first through the board handle.

    python examples/pipelines/sdxl-text-to-image.py --prompt "a red fox" --out out/
    python examples/pipelines/sdxl-text-to-image.py --width 256 --height 256 --steps 4   # tiny test models
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

WORKFLOW = Path(__file__).resolve().parents[1] / "workflows" / "sdxl-text-to-image.json"

# Form indexes in the GUI's order. They move when someone edits the form, so they are checked first.
POSITIVE, NEGATIVE, MODEL, WIDTH, HEIGHT, SEED, STEPS, CFG_SCALE, SCHEDULER, BOARD = range(10)
EXPECTED_LABELS = {
    POSITIVE: "Positive Prompt",
    MODEL: "Model",
    WIDTH: "Width",
    HEIGHT: "Height",
    SEED: "Seed",
    STEPS: "Steps",
    BOARD: "Board",
}


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("--prompt", help="positive prompt (default: the workflow's)")
    p.add_argument("--negative", help="negative prompt (default: the workflow's)")
    p.add_argument("--width", type=int, help="default: the workflow's (1024)")
    p.add_argument("--height", type=int, help="default: the workflow's (1024)")
    p.add_argument("--steps", type=int, help="default: the workflow's (30)")
    p.add_argument("--seed", type=int, help="default: the workflow's")
    p.add_argument("--board", default=_common.DEFAULT_BOARD, help="board name (created if missing)")
    p.add_argument("--out", default="out/", help="folder for the image (default: out/)")
    p.add_argument("--timeout", type=float, default=600, help="seconds to wait for the job")
    return _common.run(p, argv, generate)


def generate(args: Any) -> int:
    client, version = _common.connect(args)
    with client:
        wf = client.workflow_repo.create_workflow_from_file(WORKFLOW)
        for index, label in EXPECTED_LABELS.items():
            if wf.get_input(index).label != label:
                raise _common.ExampleError(f"{WORKFLOW.name}: input {index} is no longer {label!r}")
        print(f"InvokeAI {version} at {client.base_url}; workflow {wf.name!r}")

        for change in wf.sync_dnn_model(by_name=True, by_base=True):
            print(f"model: {change.label} -> {change.after['name']} (matched by {change.matched_by})")
        _common.require_models(wf)

        board = client.board_repo.get_or_create_board(args.board)
        values: dict[int | str, Any] = {BOARD: board.board_id}
        for index, value in (
            (POSITIVE, args.prompt),
            (NEGATIVE, args.negative),
            (WIDTH, args.width),
            (HEIGHT, args.height),
            (STEPS, args.steps),
            (SEED, args.seed),
        ):
            if value is not None:
                values[index] = value
        wf.set_input_values(values)  # validated all together: a bad value names its input
        print("inputs:")
        _common.show_inputs(wf)

        started = time.monotonic()
        submission = wf.submit_sync()
        print(f"queued item {submission.item_ids[0]} (batch {submission.batch_id})")
        item = wf.wait_for_completion_sync(timeout=args.timeout)
        print(f"item {item.item_id} {item.status} in {time.monotonic() - started:.1f} s")

        outputs = wf.map_outputs_to_images(item, include_intermediate=False)
        for output in outputs:
            print(
                f"output: {output.label} ({output.node_id}) -> board {output.board_id}: {output.image_names}"
            )
        if not outputs:
            raise _common.ExampleError(f"item {item.item_id} completed but saved no image")
        first = outputs[0].image_names[0]
        saved = board.download_image_to(first, args.out)
        print(f"saved {saved} ({saved.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
