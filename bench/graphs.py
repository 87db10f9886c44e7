#!/usr/bin/env python3
"""Graphs in code: import times, and building and checking a 300-node graph (offline, no server).

    .venv/bin/python bench/graphs.py [--repeat 5] [--json graphs.json]

- import: `import invokeai_client` and `from invokeai_client.graph import Graph, nodes` in fresh processes
  (median of --repeat, minus a bare interpreter's start), bytecode caches allowed (as an install has them);
- build: 60 SD1 text-to-image pipelines of 5 nodes sharing one model loader (301 nodes, 600 edges):
  making the nodes, `check()`, `to_workflow()`, `to_graph()` (the enqueue graph, via the workflow), and
  `to_code()`; median milliseconds of --repeat.
See docs/graphs.md ("Measured").
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
MODEL = {"key": "k", "hash": "h", "name": "tiny-sd1", "base": "sd-1", "type": "main"}


def fresh_import(statement: str, repeat: int) -> float:
    """Median ms a fresh interpreter takes to run `statement`, less an empty one's start."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # installed packages have their bytecode cached

    def once(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=REPO)
        return (time.perf_counter() - started) * 1000

    once(statement)  # writes the bytecode caches
    base = statistics.median(once("pass") for _ in range(repeat))
    return statistics.median(once(statement) for _ in range(repeat)) - base


def build(pipelines: int) -> Any:
    from invokeai_client.graph import Graph, nodes

    g = Graph()
    loader = g.add(nodes.MainModelLoader(model=MODEL))
    for n in range(pipelines):
        positive = nodes.Compel(prompt=f"a red fox {n}", clip=loader.clip)
        negative = nodes.Compel(prompt="blurry", clip=loader.clip)
        noise = nodes.Noise(seed=n, width=128, height=128)
        denoise = nodes.DenoiseLatents(
            positive_conditioning=positive.conditioning,
            negative_conditioning=negative.conditioning,
            unet=loader.unet,
            noise=noise.noise,
            steps=4,
        )
        g.add(nodes.LatentsToImage(latents=denoise.latents, vae=loader.vae))
    return g


def timed(action: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pipelines", type=int, default=60, help="pipelines of 5 nodes (plus one loader)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    figures: dict[str, Any] = {
        "import invokeai_client (ms)": fresh_import("import invokeai_client", args.repeat),
        "import graph + nodes (ms)": fresh_import(
            "from invokeai_client.graph import Graph, nodes; nodes.Noise", args.repeat
        ),
    }
    g = build(args.pipelines)
    figures["nodes"], figures["edges"] = len(g), len(g.edges)
    figures["build (ms)"] = timed(lambda: build(args.pipelines), args.repeat)
    figures["check (ms)"] = timed(g.check, args.repeat)
    figures["to_workflow (ms)"] = timed(lambda: g.to_workflow("bench"), args.repeat)
    figures["to_graph (ms)"] = timed(lambda: g.to_graph("bench"), args.repeat)
    figures["to_code (ms)"] = timed(g.to_code, args.repeat)
    for name, value in figures.items():
        print(f"{name:32} {value:10.1f}" if isinstance(value, float) else f"{name:32} {value:10}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
