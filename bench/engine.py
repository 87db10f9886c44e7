#!/usr/bin/env python3
"""The run engine's figures (docs/benchmarks.md, "One engine"): journaled runs with images fetched as items
finish, on local servers this script starts and stops by pid.

    INVOKEAI_SERVE=/path/to/scripts/serve-invokeai .venv/bin/python bench/engine.py --ports 9301,9302,9303 \\
        --json /tmp/engine.json [--only throughput,scale,failover] [--trials 10]

- throughput: the same model-free sweep (image-blur) of 30 and of 100 variants on 1, 2 and 3 servers, the
  server counts interleaved; wall time, speed-up over one server, start-up cost (the first round: preparing
  every server and the first enqueue), client CPU per variant.
- scale: 100 and 1,000 variants over two servers, each in a process of its own: peak RSS and CPU per variant.
- failover: a 30-variant run over three servers, one SIGKILLed before, while or after it finishes its
  items (trials cycle through the three, the moment read from its queue's counts), then started again for
  the next trial: every variant's image exactly once, duplicates reported.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from invokeai_client import FleetClient, Run  # noqa: E402
from tests.fleet_servers import LocalServer, local_servers  # noqa: E402

BLUR = REPO / "examples" / "workflows" / "image-blur.json"
_radius = iter(range(1, 10**7))


def radii(count: int) -> list[float]:
    """Fresh values each time, so that no run finds another's results in a node cache."""
    return [next(_radius) / 7 for _ in range(count)]


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def one_run(urls: list[str], count: int, folder: Path) -> dict[str, Any]:
    """A journaled run of `count` variants over `urls` into `folder`: its figures."""
    with FleetClient.from_urls(urls) as fleet:
        wf = fleet.workflows.create_workflow_from_file(BLUR)
        wf.set_input_values({"Width": 32, "Height": 32})
        for node in wf.definition.invocation_nodes():
            node["data"]["useCache"] = False
        started, cpu_before = time.monotonic(), cpu()
        with Run.start(wf, folder, sweep={"Blur Radius": radii(count)}) as run:
            results = run.client.run(run._round())  # the first round: prepare every server, enqueue
            startup = time.monotonic() - started
            results += list(run.iter_results(timeout=1800))
            report = run.report(results)
            counts = run.counts()
        elapsed = time.monotonic() - started
    images = len(list(folder.glob("*.png")))
    return {
        "servers": len(urls),
        "variants": count,
        "elapsed": round(elapsed, 2),
        "startup": round(startup, 3),
        "completed": counts.completed,
        "images": images,
        "client_cpu_ms_per_variant": round(1000 * (cpu() - cpu_before) / count, 2),
        "per_server": {s.url: s.completed for s in report.servers},
        "moves": len(report.moves),
        "move_reasons": sorted({f"{m.server}: {m.reason}" for m in report.moves}),
        "duplicates": counts.duplicates,
    }


def throughput(servers: list[LocalServer], sizes: list[int]) -> dict[str, Any]:
    urls = [s.url for s in servers]
    out: dict[str, Any] = {"load_before": loadavg(), "runs": []}
    for size in sizes:
        for rotation, counts in enumerate(([1, 2, 3], [3, 1, 2], [2, 3, 1])):
            for n in counts:
                with tempfile.TemporaryDirectory(prefix="bench-engine-") as folder:
                    figures = one_run(urls[:n], size, Path(folder))
                figures["round"] = rotation
                print(json.dumps(figures), flush=True)
                out["runs"].append(figures)
    for size in sizes:
        by_n: dict[int, list[float]] = {}
        for r in out["runs"]:
            if r["variants"] == size:
                by_n.setdefault(r["servers"], []).append(r["elapsed"])
        best = {n: min(v) for n, v in by_n.items()}
        out[f"speedup_{size}"] = {n: round(best[1] / t, 2) for n, t in best.items()}
    out["load_after"] = loadavg()
    return out


def scale(servers: list[LocalServer], sizes: list[int]) -> list[dict[str, Any]]:
    urls = ",".join(s.url for s in servers[:2])
    found = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-engine-") as folder:
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(size), "--urls", urls, "--folder", folder],
                capture_output=True, text=True, check=True, timeout=3600,
            )  # fmt: skip
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        print(json.dumps(figures), flush=True)
        found.append(figures)
    return found


def one_process(size: int, urls: list[str], folder: Path) -> None:
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures = one_run(urls, size, folder)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures["peak_rss_mb"] = round(peak / 1024, 1)
    figures["rss_growth_kb_per_variant"] = round((peak - base_rss) / size, 2)
    print(json.dumps(figures))


PHASES = ("before", "while", "after")


def _queue_counts(url: str) -> dict[str, int] | None:
    import httpx

    try:
        answer = httpx.get(f"{url}/api/v1/queue/default/status", timeout=2.0).json()
    except (httpx.HTTPError, ValueError):
        return None
    queue: dict[str, int] = answer["queue"]
    return queue


def _killer(doomed: LocalServer, phase: str, stop: threading.Event, seen: dict[str, Any]) -> None:
    """Kill the server at the trial's moment, judged from its own queue (50 ms polls).

    before: the run's items are in its queue and none has finished; while: 2 or more finished and more to
    go; after: it finished every item it was given (their images may not be fetched yet).
    """
    base = _queue_counts(doomed.url) or {}
    done_before = base.get("completed", 0) + base.get("failed", 0)
    while not stop.wait(0.05):
        counts = _queue_counts(doomed.url)
        if counts is None:
            continue
        finished = counts["completed"] + counts["failed"] - done_before
        waiting = counts["pending"] + counts["in_progress"]
        due = {
            "before": waiting > 0 and finished == 0,
            "while": waiting > 0 and finished >= 2,
            "after": waiting == 0 and finished > 0,
        }[phase]
        if due:
            doomed.kill()
            seen.update(finished_before_kill=finished, waiting_at_kill=waiting)
            return


def failover(servers: list[LocalServer], trials: int, seed: int) -> list[dict[str, Any]]:
    """Trials cycle through the kill moments (before, while, after the doomed server finishes items)."""
    found = []
    for trial in range(trials):
        first, second, doomed = servers
        phase = PHASES[(trial + seed) % len(PHASES)]
        stop = threading.Event()
        seen: dict[str, Any] = {}
        watcher = threading.Thread(target=_killer, args=(doomed, phase, stop, seen), daemon=True)
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix="bench-engine-") as folder:
            watcher.start()
            try:
                figures = one_run([first.url, second.url, doomed.url], 30, Path(folder))
            finally:
                stop.set()
                watcher.join()
        figures.update(trial=trial, phase=phase, killed=not doomed.alive, **seen)
        figures["run_s"] = round(time.monotonic() - started, 2)
        print(json.dumps(figures), flush=True)
        found.append(figures)
        if not doomed.alive:
            # The next trial gets a fresh third server (the killed one's port, started again).
            from tests import fleet_servers

            servers[2] = _restart(fleet_servers, doomed)
    return found


def _restart(fleet_servers: Any, dead: LocalServer) -> LocalServer:
    subprocess.run(
        [str(fleet_servers.SERVE), "--port", str(dead.port), "--stop"], capture_output=True, check=False
    )
    # A fresh root: the killed server's database may hold a half-written image record, which the restarted
    # server trips over (seen: save_image "'NoneType' object is not subscriptable", then it exits).
    shutil.rmtree(dead.root, ignore_errors=True)
    dead.root.mkdir()
    process = fleet_servers._start(dead.port, dead.root, dead.version)
    output, _ = process.communicate(timeout=300)
    import re

    found = re.search(r"pid (\d+)", output)
    if process.returncode != 0 or not found:
        raise RuntimeError(f"server on port {dead.port} did not start again:\n{output[-2000:]}")
    dead.pid, dead.alive = int(found.group(1)), True
    return dead


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ports", default="9301,9302,9303")
    parser.add_argument("--only", default="throughput,scale,failover")
    parser.add_argument("--sizes", default="30,100")
    parser.add_argument("--scale-sizes", default="100,1000")
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--json")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_process(args.one, args.urls.split(","), Path(args.folder))
        return
    only = set(args.only.split(","))
    results: dict[str, Any] = {"cores": os.cpu_count(), "load_at_start": loadavg()}
    with local_servers([int(p) for p in args.ports.split(",")]) as servers:
        if "throughput" in only:
            results["throughput"] = throughput(servers, [int(s) for s in args.sizes.split(",")])
        if "scale" in only:
            results["scale"] = scale(servers, [int(s) for s in args.scale_sizes.split(",")])
        if "failover" in only:
            results["failover"] = failover(servers, args.trials, args.seed)
    results["load_at_end"] = loadavg()
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n")


if __name__ == "__main__":
    main()
