#!/usr/bin/env python3
"""Benchmarks: invokeai-client against invokeai-py-client 1.1.1 on the same InvokeAI server, in one run.

    .venv/bin/python bench/run.py                      # everything, against http://127.0.0.1:9090
    .venv/bin/python bench/run.py --json out.json      # also write the figures as JSON
    .venv/bin/python bench/run.py --only import,single --runs 3
    .venv/bin/python bench/run.py --only fresh --fresh-runs 15   # one job per fresh process
    .venv/bin/python bench/run.py --from-json out.json # print the table of an earlier run
    .venv/bin/python bench/run.py --dry-run            # what would run; touches neither network nor disk

The peer client is installed into its own throwaway venv (.bench/peer-venv) on first use. Every figure is
the median of several runs with min and max; runs of the clients alternate, each starts on an idle queue,
and a run during which someone else enqueued on the shared server is repeated (up to --retries times).
See docs/benchmarks.md for what is measured and why.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

if TYPE_CHECKING:  # mypy runs from the repository's root, where bench/ is the package `bench`
    from bench import _fresh as fresh
    from bench import _report as report
    from bench._common import MARK
else:
    import _fresh as fresh
    import _report as report
    from _common import MARK

PEER_REQUIREMENT = "invokeai-py-client==1.1.1"
SECTIONS = ("import", "fresh", "single", "sdxl", "parse", "sweep")
IMPORTS = [  # metric, client, statement
    ("import.package", "ours", "import invokeai_client"),
    ("import.package", "peer", "import invokeai_py_client"),
    ("import.invokeai_api", "ours", "import invokeai_api"),
    ("import.classes", "ours", "from invokeai_client import InvokeAIClient, WorkflowDefinition"),
    ("import.classes", "peer", "from invokeai_py_client import InvokeAIClient, WorkflowDefinition"),
]
SWEEP_FIGURES = ("outputs", "downloads", "floor", "server_span", "cpu", "cpu_process", "maxrss_mb")
WORKERS = {  # client: (worker script, mode)
    "ours-poll": ("_ours.py", "poll"),
    "ours-events": ("_ours.py", "events"),
    "peer-sync": ("_peer.py", "sync"),
    "peer-events": ("_peer.py", "events"),
}


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Benchmark invokeai-client against invokeai-py-client 1.1.1 on one InvokeAI server.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--url", default=os.environ.get("INVOKEAI_URL") or "http://127.0.0.1:9090")
    p.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections of {SECTIONS}")
    p.add_argument("--clients", default=",".join(report.CLIENTS), help="comma-separated clients to run")
    p.add_argument("--runs", type=int, default=7, help="single-job runs per client")
    p.add_argument("--import-runs", type=int, default=9, help="fresh interpreters per import statement")
    p.add_argument("--fresh-runs", type=int, default=9, help="fresh one-job processes per client")
    p.add_argument("--sweep-runs", type=int, default=3, help="sweeps per client (each in a fresh process)")
    p.add_argument("--sweep-size", type=int, default=50, help="variants per sweep")
    p.add_argument("--sdxl-runs", type=int, default=5, help="SDXL jobs per client")
    p.add_argument("--parse-calls", type=int, default=300, help="timed parses per item and client")
    p.add_argument("--retries", type=int, default=2, help="repeats of a run the shared server disturbed")
    p.add_argument("--python", default=str(_our_python()), help="interpreter with invokeai-client installed")
    p.add_argument("--peer-venv", default=str(REPO / ".bench" / "peer-venv"), help="the peer's own venv")
    p.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    p.add_argument("--from-json", metavar="PATH", help="print the table of an earlier --json run and stop")
    p.add_argument("--dry-run", action="store_true", help="print the plan; no network, no installs")
    return p.parse_args(argv)


def _our_python() -> Path:
    venv = REPO / ".venv" / "bin" / "python"
    return venv if venv.exists() else Path(sys.executable)


# --- environment: the peer's venv and the server ---------------------------------------------------------


def peer_python(venv: Path) -> Path:
    """The peer venv's interpreter, creating the venv and installing the peer if needed."""
    python = venv / "bin" / "python"
    probe = "import importlib.metadata as m; print(m.version('invokeai-py-client'))"
    if python.exists():
        found = subprocess.run([python, "-c", probe], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip() == PEER_REQUIREMENT.split("==")[1]:
            return python
    say(f"installing {PEER_REQUIREMENT} into {venv} (its own venv, git-ignored)")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([python, "-m", "pip", "install", "-q", PEER_REQUIREMENT], check=True)
    return python


def server_version(url: str) -> str | None:
    try:
        with urllib.request.urlopen(f"{url}/api/v1/app/version", timeout=5) as answer:
            return str(json.load(answer)["version"])
    except (OSError, ValueError, KeyError):
        return None


def ensure_server(url: str) -> str:
    version = server_version(url)
    if version is not None:
        return version
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost"):
        sys.exit(f"bench: no InvokeAI answers at {url}")
    say(f"no server at {url}: starting one with scripts/serve-invokeai")
    subprocess.run([str(REPO / "scripts" / "serve-invokeai"), "--port", str(parts.port or 80)], check=True)
    version = server_version(url)
    if version is None:
        sys.exit(f"bench: scripts/serve-invokeai started, but nothing answers at {url}")
    return version


def byte_compile(pythons: dict[str, Path]) -> None:
    """Byte-compile both clients' code, as pip does when it installs a package.

    The peer comes from a wheel and runs from bytecode; ours is an editable install whose sources nothing
    compiles ahead (and PYTHONDONTWRITEBYTECODE may keep Python from caching it), so every fresh process
    would compile ~1,000 generated modules and the benchmark would measure the compiler."""
    where = "import os, invokeai_py_client as p; print(os.path.dirname(p.__file__))"
    peer_dir = subprocess.run([pythons["peer-sync"], "-c", where], capture_output=True, text=True, check=True)
    for python, paths in (
        (pythons["ours-poll"], [str(REPO / "facade"), str(REPO / "generated")]),
        (pythons["peer-sync"], [peer_dir.stdout.strip()]),
    ):
        subprocess.run([python, "-m", "compileall", "-q", *paths], check=True, stdout=subprocess.DEVNULL)


def has_sdxl_model(url: str) -> bool:
    query = "/api/v2/models/?base_models=sdxl&model_type=main"
    try:
        with urllib.request.urlopen(url + query, timeout=30) as answer:
            return bool(json.load(answer).get("models"))
    except (OSError, ValueError):
        return False


# --- workers ---------------------------------------------------------------------------------------------


class Worker:
    """One client in its own process, driven command by command (see _common.serve)."""

    def __init__(self, client: str, python: Path, url: str, log: IO[str]) -> None:
        script, mode = WORKERS[client]
        self.client = client
        self.process = subprocess.Popen(
            [str(python), "-u", str(BENCH / script), "--url", url, "--mode", mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            cwd=REPO,
        )

    def call(self, command: str, **arguments: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(json.dumps({"cmd": command, **arguments}) + "\n")
        self.process.stdin.flush()
        for line in self.process.stdout:
            if line.startswith(MARK):
                return json.loads(line[len(MARK) :])  # type: ignore[no-any-return]
        return {"error": f"the {self.client} worker exited (code {self.process.wait()}); see .bench/logs/"}

    def close(self) -> None:
        if self.process.poll() is None:
            self.call("quit")
        self.process.wait(timeout=60)


class Bench:
    def __init__(self, args: argparse.Namespace, clients: list[str], pythons: dict[str, Path]) -> None:
        self.args, self.clients, self.pythons = args, clients, pythons
        self.raw: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        self.notes: list[str] = []
        self.contended: dict[str, int] = defaultdict(int)
        logs = REPO / ".bench" / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        self.log = (logs / f"workers-{int(time.time())}.log").open("w")

    def add(self, metric: str, client: str, value: float) -> None:
        self.raw[metric][client].append(value)

    def start(self, client: str) -> Worker | None:
        worker = Worker(client, self.pythons[client], self.args.url, self.log)
        setup = worker.call("setup")
        if "error" in setup:
            self.notes.append(f"{client}: setup failed: {setup['error']}")
            worker.close()
            return None
        self.add("cold.first_job", client, setup["cold_first_job"])
        return worker

    def measured(self, worker: Worker, section: str, command: str, **arguments: Any) -> dict[str, Any] | None:
        """A run on an undisturbed server if possible; None (noted) if the command failed."""
        for _ in range(self.args.retries + 1):
            result = worker.call(command, **arguments)
            if "error" in result:
                self.notes.append(f"{worker.client}: {section} failed: {result['error']}")
                return None
            if not result.get("contended"):
                return result
            say(f"{worker.client} {section}: someone else used the server meanwhile; repeating")
        self.contended[f"{section}:{worker.client}"] += 1
        return result

    # --- sections ------------------------------------------------------------------------------------------

    def imports(self) -> None:
        for metric, client, statement in IMPORTS:
            python = self.pythons["ours-poll" if client == "ours" else "peer-sync"]
            code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
            subprocess.run([python, "-c", code], check=True, capture_output=True, cwd=REPO)  # bytecode cached
            for _ in range(self.args.import_runs):
                out = subprocess.run(
                    [python, "-c", code], check=True, capture_output=True, text=True, cwd=REPO
                )
                self.add(metric, client, float(out.stdout.strip().splitlines()[-1]))
            say(f"import: {statement[:60]} done")

    def jobs(self, sections: set[str]) -> None:
        """Single jobs, SDXL jobs and parsing, with one long-lived worker per client."""
        workers = {c: w for c in self.clients if (w := self.start(c)) is not None}
        try:
            if "single" in sections:
                self._rounds(workers, "single", self.args.runs, "single")
            if "sdxl" in sections:
                if not has_sdxl_model(self.args.url):
                    self.notes.append(
                        "sdxl: skipped, the server has no SDXL main model (scripts/make-tiny-models)"
                    )
                else:
                    ready = {c: w for c, w in workers.items() if self._ok(w, "sdxl", w.call("sdxl_setup"))}
                    self._rounds(ready, "sdxl", self.args.sdxl_runs, "sdxl")
            if "parse" in sections:
                self.parse(workers)
        finally:
            for worker in workers.values():
                self._ok(worker, "cleanup", worker.call("cleanup"))
                worker.close()

    def _ok(self, worker: Worker, section: str, result: dict[str, Any]) -> bool:
        if "error" in result:
            self.notes.append(f"{worker.client}: {section} failed: {result['error']}")
        return "error" not in result

    def _rounds(self, workers: dict[str, Worker], section: str, runs: int, command: str) -> None:
        order = list(workers)
        for run in range(runs):
            # Rotating the order spreads any drift of the server over every client alike.
            for client in order[run % len(order) :] + order[: run % len(order)]:
                result = self.measured(workers[client], section, command)
                if result is None:
                    continue
                for key in ("wall", "exec", "pickup", "completed_to_mapped"):
                    self.add(f"{section}.{key}", client, result[key])
                self.add(f"{section}.overhead", client, result["wall"] - result["exec"])
            say(f"{section}: run {run + 1}/{runs} done")

    def parse(self, workers: dict[str, Worker]) -> None:
        ours = workers.get("ours-poll") or workers.get("ours-events")
        peer = workers.get("peer-sync") or workers.get("peer-events")
        if ours is None:
            self.notes.append("parse: skipped, needs one of our workers")
            return
        items_dir = REPO / ".bench" / "items"
        items_dir.mkdir(parents=True, exist_ok=True)
        made = ours.call("make_items", dir=str(items_dir))
        if not self._ok(ours, "parse", made):
            return
        for name, path in made["paths"].items():
            for client, worker in (("ours", ours), ("peer", peer)):
                if worker is None:
                    continue
                result = worker.call("parse", path=path, count=self.args.parse_calls)
                if not self._ok(worker, "parse", result):
                    continue
                for key in ("json_loads", "typed"):
                    for value in result[key]:
                        self.add(f"parse.{name}.{key}", client, value)
                ratio = _median(result["typed"]) / _median(result["json_loads"])
                self.add(f"parse.{name}.typed_over_json", client, ratio)
                if client == "ours":
                    size, nodes = result["bytes"], result["nodes"]
                    self.notes.append(f"parse: the {name} item is {size} bytes, its graph {nodes} nodes")
        say("parse done")

    def sweeps(self) -> None:
        """Each sweep in a fresh process, so its CPU time and peak RSS are the sweep's alone."""
        count = self.args.sweep_size
        for run in range(self.args.sweep_runs):
            order = self.clients[run % len(self.clients) :] + self.clients[: run % len(self.clients)]
            for client in order:
                worker = self.start(client)
                if worker is None:
                    continue
                try:
                    result = self.measured(worker, "sweep", "sweep", count=count)
                    self._ok(worker, "cleanup", worker.call("cleanup"))
                finally:
                    worker.close()
                if result is None:
                    continue
                for key in SWEEP_FIGURES:
                    self.add(f"sweep.{key}", client, result[key])
                self.add("sweep.items_per_request", client, result["items_per_request"])
                self.add("sweep.outputs_over_floor", client, result["outputs"] / result["floor"])
                say(f"sweep {run + 1}/{self.args.sweep_runs}: {client} {result['outputs']:.2f} s")


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def machine() -> dict[str, Any]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "os": platform.platform(), "python": sys.version.split()[0]}


def show(data: dict[str, Any]) -> None:
    meta = data["meta"]
    print(
        f"\nInvokeAI {meta.get('server_version')} at {meta.get('url')}; {meta['machine']['cpus']} CPUs "
        f"({meta['machine']['cpu']}); ours {meta.get('ours')} vs {meta.get('peer')}\n"
    )
    print(report.table(data["metrics"]))
    print("\nTargets (issue 6):")
    print(report.target_lines(report.targets(data["metrics"], meta["sweep_size"])))
    for note in data.get("notes", []):
        print(f"note: {note}")
    for where, count in data.get("contended", {}).items():
        print(f"note: {count} run(s) of {where} shared the server with someone else's items")


def dry_run(args: argparse.Namespace, clients: list[str], sections: list[str]) -> None:
    peer = Path(args.peer_venv) / "bin" / "python"
    print(f"server: {args.url} (started with scripts/serve-invokeai if local and not answering)")
    print(f"ours:   {args.python} (bench/_ours.py)")
    state = "present" if peer.exists() else f"to be created: pip install {PEER_REQUIREMENT}"
    print(f"peer:   {peer} ({state})")
    print(f"clients: {', '.join(clients)}")
    plan = {
        "import": f"{len(IMPORTS)} statements x {args.import_runs} fresh interpreters",
        "fresh": fresh.plan(args.fresh_runs),
        "single": f"{args.runs} blur jobs per client (examples/workflows/image-blur.json)",
        "sdxl": f"{args.sdxl_runs} SDXL jobs per client (sdxl-text-to-image.json, 256x256, 4 steps)",
        "parse": f"a 31-node queue item and an SDXL item, {args.parse_calls} parses each",
        "sweep": f"{args.sweep_runs} sweeps of {args.sweep_size} blur radii per client, each its own process",
    }
    for section in sections:
        print(f"  {section:<7} {plan[section]}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.from_json:
        show(json.loads(Path(args.from_json).read_text()))
        return 0
    sections = [s for s in args.only.split(",") if s]
    clients = [c for c in args.clients.split(",") if c]
    unknown = [s for s in sections if s not in SECTIONS] + [c for c in clients if c not in WORKERS]
    if unknown:
        print(f"bench: unknown sections/clients: {', '.join(unknown)}", file=sys.stderr)
        return 2
    if args.dry_run:
        dry_run(args, clients, sections)
        return 0
    args.url = args.url.rstrip("/")
    ours, peer = Path(args.python), peer_python(Path(args.peer_venv))
    pythons = {c: ours if c.startswith("ours") else peer for c in WORKERS}
    version = ensure_server(args.url)
    byte_compile(pythons)
    bench = Bench(args, clients, pythons)
    started = time.monotonic()
    if "import" in sections:
        bench.imports()
    if "fresh" in sections:
        fresh.run(bench, args.fresh_runs)
    if {"single", "sdxl", "parse"} & set(sections):
        bench.jobs(set(sections))
    if "sweep" in sections:
        bench.sweeps()
    summary = report.summarize(bench.raw)
    data = {
        "meta": {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "url": args.url,
            "server_version": version,
            "machine": machine(),
            "ours": _version(ours, "invokeai-client"),
            "peer": f"invokeai-py-client {_version(peer, 'invokeai-py-client')}",
            "sweep_size": args.sweep_size,
            "seconds": round(time.monotonic() - started, 1),
            "args": {k: v for k, v in vars(args).items() if k not in ("json", "from_json", "dry_run")},
        },
        "metrics": summary,
        "targets": report.targets(summary, args.sweep_size),
        "notes": bench.notes,
        "contended": dict(bench.contended),
    }
    show(data)
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=1) + "\n")
        say(f"figures written to {args.json}")
    return 0


def _version(python: Path, distribution: str) -> str:
    code = f"import importlib.metadata as m; print(m.version({distribution!r}))"
    found = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    return found.stdout.strip() or "?"


if __name__ == "__main__":
    sys.exit(main())
