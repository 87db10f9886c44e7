#!/usr/bin/env python3
"""Fleet benchmarks (docs/benchmarks.md, "Several servers"): one run, cases interleaved.

    URLS=http://127.0.0.1:9201,http://127.0.0.1:9202,http://127.0.0.1:9203
    .venv/bin/python bench/fleet.py --urls $URLS --json /tmp/fleet.json [--only throughput,depth,...]

- throughput: the same 100-variant model-free sweep (image-blur, 'Blur Radius') on 1, 2 and 3 servers,
  rounds in alternating order; wall time, variants per second, split per server, client CPU per variant.
- depth: one server, 50 items queued as one batch vs the fleet's few at a time: the server's own
  seconds per item (completed_at - started_at) and the wall time.
- placement: an SDXL sweep over the servers where only some have the tiny models (the rest get nothing,
  and the report says why); and a blur sweep while the last server is busy with someone else's heavier
  items (it gets fewer).
- failover: three fresh servers (ports --failover-ports, started and stopped here by pid), one SIGKILLed
  at 20 variants done, one SIGSTOPped for 30 s at 40 done: every variant, duplicates confirmed on the server.
The servers behind --urls must be idle and the first ones must have the tiny models for `placement`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from invokeai_client import FleetClient, FleetWorkflow, InvokeAIClient  # noqa: E402
from invokeai_client.runs.report import FleetProgress, FleetReport  # noqa: E402
from tests.fleet_servers import local_servers  # noqa: E402

BLUR = REPO / "examples" / "workflows" / "image-blur.json"
SDXL = REPO / "examples" / "workflows" / "sdxl-text-to-image.json"
_radius = iter(range(1, 10**6))


def radii(count: int) -> list[float]:
    """Fresh values each time, so that no run finds another's results anywhere."""
    return [next(_radius) / 7 for _ in range(count)]


def no_cache(wf: Any) -> Any:
    for node in wf.definition.invocation_nodes():
        node["data"]["useCache"] = False
    return wf


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def server_cpu(pids: list[int]) -> float:
    """CPU seconds the server processes (and their threads) have used so far, from /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def summary(report: FleetReport) -> dict[str, Any]:
    return {
        "elapsed": round(report.elapsed, 2),
        "completed": len(report.results),
        "images": report.images,
        "moves": len(report.moves),
        "duplicates": len(report.duplicates),
        "servers": {s.url: {"enqueued": s.enqueued, "completed": s.completed, "reason": s.reason,
                            "pace": None if s.pace is None else round(s.pace, 3), "lost": s.lost_work}
                    for s in report.servers},
    }  # fmt: skip


def blur_sweep(urls: list[str], count: int, **run: Any) -> tuple[FleetReport, float]:
    with FleetClient.from_urls(urls) as fleet:
        wf = no_cache(fleet.workflows.create_workflow_from_file(BLUR))
        before = cpu()
        report = wf.run(sweep={"Blur Radius": radii(count)}, **run)
        return report, cpu() - before


def throughput(urls: list[str], rounds: int, count: int, pids: list[int]) -> dict[str, Any]:
    cases: dict[int, list[dict[str, Any]]] = {n: [] for n in (1, 2, 3) if n <= len(urls)}
    for number in range(rounds):
        order = sorted(cases) if number % 2 == 0 else sorted(cases, reverse=True)
        for n in order:
            servers_before = server_cpu(pids[:n]) if pids else 0.0
            report, spent = blur_sweep(urls[:n], count)
            assert len(report.results) == count, summary(report)
            entry = {
                **summary(report),
                "cpu_per_variant_ms": round(1000 * spent / count, 2),
                "load": loadavg(),
            }
            if pids:
                used = server_cpu(pids[:n]) - servers_before
                entry["server_cpu_per_variant_s"] = round(used / count, 3)
                entry["server_cores_busy"] = round(used / report.elapsed, 2)
            cases[n].append(entry)
            print(
                f"throughput {n} server(s): {report.elapsed:.1f} s, "
                f"cpu {entry['cpu_per_variant_ms']} ms/variant"
            )
    out: dict[str, Any] = {}
    base = statistics.median(e["elapsed"] for e in cases[1])
    for n, entries in cases.items():
        wall = statistics.median(e["elapsed"] for e in entries)
        out[str(n)] = {
            "median_elapsed": wall,
            "variants_per_s": round(count / wall, 2),
            "speedup": round(base / wall, 2),
            "cpu_per_variant_ms": statistics.median(e["cpu_per_variant_ms"] for e in entries),
            "server_cores_busy": [e.get("server_cores_busy") for e in entries],
            "server_cpu_per_variant_s": [e.get("server_cpu_per_variant_s") for e in entries],
            "runs": entries,
        }
    return out


def item_seconds(items: list[Any]) -> float:
    from datetime import datetime

    def seconds(item: Any) -> float:
        start, end = (datetime.fromisoformat(str(t)) for t in (item.started_at, item.completed_at))
        return (end - start).total_seconds()

    return round(statistics.median(seconds(i) for i in items), 3)


def depth(url: str, rounds: int, count: int) -> dict[str, Any]:
    results: dict[str, list[dict[str, float]]] = {"batch_of_50": [], "few_at_a_time": []}
    for _ in range(rounds):
        with InvokeAIClient(url) as client:
            wf = no_cache(client.workflows.create_workflow_from_file(BLUR))
            started = time.monotonic()
            wf.enqueue(sweep={"Blur Radius": radii(count)})
            items = wf.wait_all(timeout=600)
            wall = time.monotonic() - started
            results["batch_of_50"].append({"elapsed": round(wall, 2), "item_s": item_seconds(items)})
        report, _ = blur_sweep([url], count)
        results["few_at_a_time"].append(
            {"elapsed": round(report.elapsed, 2), "item_s": item_seconds([r.item for r in report.results])}
        )
        print(f"depth: {results['batch_of_50'][-1]} vs {results['few_at_a_time'][-1]}")
    return {k: {"median_elapsed": statistics.median(e["elapsed"] for e in v),
                "median_item_s": statistics.median(e["item_s"] for e in v), "runs": v}
            for k, v in results.items()}  # fmt: skip


def placement(urls: list[str]) -> dict[str, Any]:
    from invokeai_client.resources.models import model_identifier

    out: dict[str, Any] = {}
    with InvokeAIClient(urls[0]) as first:
        model = next(m for m in first.models.list_models() if m.name == "tiny-sdxl")
    with FleetClient.from_urls(urls) as fleet:
        wf: FleetWorkflow = no_cache(fleet.workflows.create_workflow_from_file(SDXL))
        # The key is the first server's; the others find the same model by hash, or have none.
        wf.set_input_values({"Model": model_identifier(model), "Width": 128, "Height": 128, "Steps": 2})
        report = wf.run(sweep={"Seed": list(range(1, 13))})
        out["model"] = summary(report)
        print(f"placement by model: {out['model']['servers']}")
    busy = urls[-1]
    with InvokeAIClient(busy) as someone_else:
        heavy = no_cache(someone_else.workflows.create_workflow_from_file(BLUR))
        heavy.set_input_values({"Width": 1536, "Height": 1536})
        heavy.enqueue(sweep={"Blur Radius": [40.0 + r for r in range(6)]})
        try:
            report, _ = blur_sweep(urls, 60)
        finally:
            heavy.cancel_batch()
        out["busy"] = {**summary(report), "busy_server": busy, "heavy_items": 6}
        print(f"placement with a busy server: {out['busy']['servers']}")
    return out


def failover(ports: list[int], count: int, frozen_for: float) -> dict[str, Any]:
    with local_servers(ports) as servers:
        killed, frozen = servers[:2]
        marks: dict[str, Any] = {}

        def on_progress(progress: FleetProgress) -> None:
            if progress.done >= 20 and "killed" not in marks:
                killed.kill()
                marks["killed"] = progress.done
            if progress.done >= 40 and "frozen" not in marks:
                frozen.pause()
                marks["frozen"] = progress.done
                marks["timer"] = threading.Timer(frozen_for, frozen.resume)
                marks["timer"].start()

        report, _ = blur_sweep([s.url for s in servers], count, on_progress=on_progress)
        marks.pop("timer").join()
        with InvokeAIClient(frozen.url) as direct:
            confirmed = sum(
                str(direct.queue.get_item(d.item_id).status) == "completed"
                for d in report.duplicates
                if d.server == frozen.url
            )
        variants_once = sorted(r.variant for r in report.results) == list(range(count))
        return {**summary(report), "marks": marks, "every_variant_once": variants_once,
                "duplicates_confirmed_on_server": confirmed, "frozen_for_s": frozen_for}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--urls", default=os.environ.get("INVOKEAI_URLS", ""))
    parser.add_argument("--only", default="throughput,depth,placement,failover")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--variants", type=int, default=100)
    parser.add_argument("--failover-ports", default="9204,9205,9206")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--pids", default="", help="the --urls servers' pids, in order (their CPU use)")
    args = parser.parse_args()
    urls = [u for u in args.urls.split(",") if u]
    only = set(args.only.split(","))
    figures: dict[str, Any] = {"load_before": loadavg(), "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    if "throughput" in only:
        pids = [int(p) for p in args.pids.split(",") if p]
        figures["throughput"] = throughput(urls, args.rounds, args.variants, pids)
    if "depth" in only:
        figures["depth"] = depth(urls[0], args.rounds, 50)
    if "placement" in only:
        figures["placement"] = placement(urls)
    if "failover" in only:
        ports = [int(p) for p in args.failover_ports.split(",")]
        figures["failover"] = failover(ports, args.variants, 30.0)
    figures["load_after"] = loadavg()
    text = json.dumps(figures, indent=2, default=str)
    if args.json:
        args.json.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
