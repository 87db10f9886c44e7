"""Run examples/workflows/sdxl-text-to-image.json on an InvokeAI server and save its image (scripts/demo).

The server is --url or INVOKEAI_URL, used as it is; else a local one chosen (and started if need be) by
_demo_server.py, which says why it chose it.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

import _demo_server

from invokeai_client import InvokeAIClient, InvokeAIError, ProgressBar, WorkflowDefinition

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / "examples" / "workflows" / "sdxl-text-to-image.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--url",
        default=os.environ.get("INVOKEAI_URL"),
        help="a server to use as it is (default: INVOKEAI_URL; else a local one: scripts/_demo_server.py)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="say which server would be used and what would be started"
    )
    parser.add_argument("--prompt", default="a lighthouse on a rocky coast at dawn, oil painting")
    parser.add_argument("--out", default=str(ROOT / "out" / "demo.png"))
    parser.add_argument("--seed", type=int, help="default: random, so the node cache cannot answer")
    args = parser.parse_args(argv)
    if args.url:
        print(f"demo: using {args.url} as it is (nothing is installed on it)")
    else:
        plan = _demo_server.choose(_demo_server.requested_port())
        _demo_server.prepare(plan, dry_run=args.dry_run)
        args.url = plan.url
    if args.dry_run:
        return 0

    # events=True: progress and completion arrive over socket.io (polling takes over if it cannot connect).
    with InvokeAIClient.from_url(args.url, events=True) as client:
        wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(WORKFLOW))
        changes = wf.sync_dnn_model(by_name=True, by_base=True)
        model = wf.get_input_value("Model").value
        tiny = model is not None and str(model.get("name", "")).startswith("tiny-")
        wf.set_input_values(
            {
                "Positive Prompt": args.prompt,
                "Seed": args.seed if args.seed is not None else random.randrange(2**32),
                # Tiny test models make noise at any size: keep them quick. Real ones keep saved settings.
                **({"Width": 256, "Height": 256, "Steps": 4} if tiny else {}),
            }
        )
        print(f"InvokeAI {client.version()} at {args.url}; workflow {wf.name!r}; inputs in the GUI's order:")
        for inp in wf.list_inputs():
            value = inp.value.get("name", inp.value) if isinstance(inp.value, dict) else inp.value
            print(f"  [{inp.input_index}] {inp.label:<16} {inp.spec.kind:<8} {value!r}")
        for change in changes:
            after = change.after
            print(f"  model: {change.label} -> {after['name']} ({after['base']}, by {change.matched_by})")

        started = time.monotonic()
        with ProgressBar() as bar:
            submission = wf.submit_sync(on_progress=bar)
            item = wf.wait_for_completion_sync(timeout=600)
        (output,) = wf.map_outputs_to_images(item, include_intermediate=False)
        board = client.board_repo.get_board_handle(output.board_id)
        saved = board.download_image_to(output.image_names[0], args.out)
        print(f"queue item {submission.item_ids[0]} {item.status} in {time.monotonic() - started:.1f} s")
        print(f"saved {saved}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (InvokeAIError, _demo_server.DemoServerError) as exc:
        print(f"\ndemo: {exc}", file=sys.stderr)
        sys.exit(1)
