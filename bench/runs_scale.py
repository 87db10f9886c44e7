#!/usr/bin/env python3
"""Runs at scale: peak RSS and client CPU of a journaled run (`invokeai_client.Run`) as the sweep grows.

    .venv/bin/python bench/runs_scale.py --url http://127.0.0.1:9301 --variants 100,1000 --json scale.json

Each size runs in a fresh process: a model-free sweep (examples/workflows/image-blur.json, an 8x8 image,
one Blur Radius per variant, values never used before so the node cache never answers the blur) into a
new folder, every image downloaded and journaled, the manifest written. The child reports its own peak
RSS (`ru_maxrss`) and CPU time (user + system, `getrusage`) at the end; the parent prints them per
variant, and the marginal CPU per variant between the smallest and largest size (start-up and imports
cancel out). See docs/benchmarks.md ("Runs at scale").
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parent process never loads the client: only the child that runs does
    from invokeai_client.workflow.sweeps import Sweep

REPO = Path(__file__).resolve().parent.parent
BLUR = REPO / "examples" / "workflows" / "image-blur.json"


def child(url: str, variants: int, folder: Path) -> dict[str, float]:
    from invokeai_client import InvokeAIClient, Run

    started = time.monotonic()
    base = random.uniform(1, 100)
    with InvokeAIClient.from_url(url) as client:
        wf = client.workflows.create_workflow_from_file(BLUR)
        wf.set_input_values({"Width": 8, "Height": 8})
        sweep: Sweep = {"Blur Radius": [round(base + n / 1000, 3) for n in range(variants)]}
        with Run.start(wf, folder, sweep=sweep) as run:
            finished = sum(1 for _ in run.iter_results())
            counts = run.counts()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "variants": variants,
        "finished": finished,
        "completed": counts.completed,
        "images": counts.images,
        "wall_s": round(time.monotonic() - started, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "user_s": round(usage.ru_utime, 3),
        "sys_s": round(usage.ru_stime, 3),
        "maxrss_mb": round(usage.ru_maxrss / 1024, 1),
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--url", default=os.environ.get("INVOKEAI_URL", "http://127.0.0.1:9090"))
    p.add_argument("--variants", default="100,1000", help="comma-separated sweep sizes")
    p.add_argument("--json", help="also write the figures here")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    p.add_argument("--folder", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        print(json.dumps(child(args.url, args.child, Path(args.folder))))
        return 0

    sizes = [int(v) for v in args.variants.split(",")]
    print(f"load before: {Path('/proc/loadavg').read_text().split()[:3]}", file=sys.stderr)
    figures = []
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"runs-scale-{size}-"))
        try:
            command = [
                sys.executable,
                __file__,
                "--url",
                args.url,
                "--child",
                str(size),
                "--folder",
                str(folder),
            ]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        figure = json.loads(done.stdout.strip().splitlines()[-1])
        figure["load_after"] = Path("/proc/loadavg").read_text().split()[0]
        figures.append(figure)
        print(json.dumps(figure), file=sys.stderr)

    print(f"{'variants':>9} {'wall s':>8} {'CPU s':>7} {'CPU/variant ms':>15} {'peak RSS MB':>12}")
    for f in figures:
        per = 1000 * f["cpu_s"] / f["variants"]
        print(
            f"{f['variants']:>9} {f['wall_s']:>8.1f} {f['cpu_s']:>7.2f} {per:>15.2f} {f['maxrss_mb']:>12.1f}"
        )
    if len(figures) > 1:
        small, large = figures[0], figures[-1]
        marginal = 1000 * (large["cpu_s"] - small["cpu_s"]) / (large["variants"] - small["variants"])
        ratio = large["maxrss_mb"] / small["maxrss_mb"]
        sizes_text = f"{large['variants']} / {small['variants']}"
        print(f"marginal CPU per variant {marginal:.2f} ms; peak RSS {sizes_text}: {ratio:.3f}x")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
