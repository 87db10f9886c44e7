"""SDXL draft, FLUX refine: a multi-stage workflow with a board input per stage, outputs kept in memory.

Loads examples/workflows/sdxl-flux-refine.json and prints its full input table (index, label, node, field,
kind, value) and output table (which nodes save images, and which board input steers each). One board
is applied across both stages by setting every board input on the form; models are matched to installed
ones; after the run, every output image is downloaded into memory (a dict of name -> PNG bytes), and
written to --out only if asked.

The FLUX stage needs FLUX weights. On a server without them the example prints the tables, matches the
SDXL model, then stops with exit code 4 and one line naming the missing models.

    python examples/pipelines/sdxl-flux-refine.py --prompt "a castle" --board "refine runs" --out out/
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

from invokeai_client.resources.images import safe_file_name

WORKFLOW = Path(__file__).resolve().parents[1] / "workflows" / "sdxl-flux-refine.json"
SDXL_PROMPT, FLUX_PROMPT, SEED = "Positive Prompt", "FLUX Prompt", "Seed"  # looked up by label


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("--prompt", help="prompt for both stages (default: the workflow's)")
    p.add_argument("--seed", type=int, help="default: the workflow's")
    p.add_argument("--board", default=_common.DEFAULT_BOARD, help="one board for every stage")
    p.add_argument("--out", help="also write the images to this folder")
    p.add_argument("--timeout", type=float, default=1800, help="seconds to wait for the job")
    return _common.run(p, argv, refine)


def refine(args: Any) -> int:
    client, version = _common.connect(args)
    with client:
        wf = client.workflow_repo.create_workflow_from_file(WORKFLOW)
        print(f"InvokeAI {version} at {client.base_url}; workflow {wf.name!r}")

        board = client.board_repo.get_or_create_board(args.board)
        board_inputs = [inp for inp in wf.list_inputs() if inp.spec.kind == "board"]
        values: dict[int | str, Any] = {inp.input_index: board.board_id for inp in board_inputs}
        if args.prompt is not None:
            values.update({SDXL_PROMPT: args.prompt, FLUX_PROMPT: args.prompt})
        if args.seed is not None:
            values[SEED] = args.seed
        wf.set_input_values(values)
        print(f"board {board.board_name!r} set on inputs {[inp.input_index for inp in board_inputs]}")

        for change in wf.sync_dnn_model(by_name=True, by_base=True):
            print(f"model: {change.label} -> {change.after['name']} (matched by {change.matched_by})")

        print(f"inputs:\n  {'#':>2}  {'label':<18} {'node.field':<40} {'kind':<8} value")
        for inp in wf.list_inputs():
            value = _common.short(inp.value, 40)
            print(f"  {inp.input_index:>2}  {inp.label:<18} {inp.key:<40} {inp.spec.kind:<8} {value}")
        print(f"outputs:\n  {'node':<14} {'type':<16} {'label':<16} board input")
        for out in wf.list_outputs():
            steer = "-" if out.board_input_index is None else str(out.board_input_index)
            print(f"  {out.node_id:<14} {out.node_type:<16} {out.label:<16} {steer}")
        _common.require_models(wf)  # without FLUX weights, this is as far as it goes

        started = time.monotonic()
        submission = wf.submit_sync()
        print(f"queued item {submission.item_ids[0]} (batch {submission.batch_id})")
        item = wf.wait_for_completion_sync(timeout=args.timeout)
        print(f"item {item.item_id} {item.status} in {time.monotonic() - started:.1f} s")

        images: dict[str, bytes] = {}
        for output in wf.map_outputs_to_images(item, include_intermediate=False):
            for name in output.image_names:
                images[name] = board.download_image(name)
                print(f"{output.label} ({output.node_id}): {name}, {len(images[name])} bytes in memory")
        if args.out:
            folder = Path(args.out)
            folder.mkdir(parents=True, exist_ok=True)
            for name, data in images.items():
                (folder / safe_file_name(name)).write_bytes(data)  # names come from the server
            print(f"wrote {len(images)} images to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
