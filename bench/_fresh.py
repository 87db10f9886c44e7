"""The `fresh` section of bench/run.py: one job per fresh process, as scheduled jobs and the CLI run.

Each run starts a new interpreter (bench/_fresh_ours.py or bench/_fresh_peer.py) that imports its client,
loads examples/workflows/image-blur.json, sets a new Blur Radius, submits, waits, maps the outputs and exits.
The process's wall time (spawn to reaped, read here) less the server's span for its queue item
(created_at -> completed_at) is what the client costs; the job's own timestamps split that into phases.
Standard library only, like the rest of bench/ that run.py imports.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:  # mypy runs from the repository's root, where bench/ is the package `bench`
    from bench import _common as common
    from bench.run import Bench
else:
    import _common as common

JOBS = {  # client: (job script, mode)
    "ours-poll": ("_fresh_ours.py", "poll"),
    "ours-events": ("_fresh_ours.py", "events"),
    "peer-sync": ("_fresh_peer.py", "sync"),
    "peer-events": ("_fresh_peer.py", "events"),
}
# phase: (from, to) among the job's stamps, the driver's spawn/exit and the item's created/completed.
PHASES = {
    "startup": ("spawn", "start"),  # fork + exec + interpreter + site, before the job's first line
    "import": ("start", "imported"),
    "client": ("imported", "client"),
    "workflow": ("client", "loaded"),  # read the file, make the handle, set two inputs
    "to_created": ("loaded", "created"),  # submit until the server has written the queue item
    "noticed": ("completed", "waited"),  # server done until the wait returned
    "map": ("waited", "mapped"),
    "exit": ("mapped", "exit"),  # close the client, interpreter shutdown, reaped
}


def run(bench: Bench, runs: int) -> None:
    """`runs` fresh processes per client, the clients alternating in an order rotated every round."""
    url = bench.args.url
    work = common.REPO / ".bench" / "fresh"
    work.mkdir(parents=True, exist_ok=True)
    rooted = work / "image-blur-rooted.json"  # the peer needs the form's root named "root"
    rooted.write_text(json.dumps(common.rooted_form(json.loads(common.BLUR_WORKFLOW.read_text()))))
    clients = [c for c in bench.clients if c in JOBS]
    boards = {c: _create_board(url, common.board_name(f"fresh-{c}")) for c in clients}
    try:
        for number in range(runs):
            for client in clients[number % len(clients) :] + clients[: number % len(clients)]:
                script, mode = JOBS[client]
                options = {"url": url, "mode": mode, "board": boards[client]}
                if client.startswith("peer"):
                    options["workflow"] = str(rooted)
                job = common.REPO / "bench" / script
                command = [str(bench.pythons[client]), str(job), json.dumps(options)]
                result = _measured(bench, client, command)
                if result is not None:
                    for key, value in figures(result).items():
                        bench.add(f"fresh.{key}", client, value)
            say(f"fresh: run {number + 1}/{runs} done")
    finally:
        for board_id in boards.values():
            _delete_board(url, board_id)


def figures(result: dict[str, Any]) -> dict[str, float]:
    """One job's wall time, server span, overhead and its phases (seconds)."""
    at = {**result["stamps"], "spawn": result["spawn"], "exit": result["exit"]}
    at["created"] = common.epoch(result["item"]["created_at"])
    at["completed"] = common.epoch(result["item"]["completed_at"])
    out = {name: at[end] - at[begin] for name, (begin, end) in PHASES.items()}
    out["wall"] = at["exit"] - at["spawn"]
    out["span"] = at["completed"] - at["created"]
    out["overhead"] = out["wall"] - out["span"]
    # Not part of the overhead: how long submit went on after the item existed (it delays only short jobs).
    out["submit_tail"] = at["submitted"] - at["created"]
    return out


def _measured(bench: Bench, client: str, command: list[str]) -> dict[str, Any] | None:
    """One job on an undisturbed queue if possible (repeated up to --retries times); None if it failed."""
    result: dict[str, Any] | None = None
    for _ in range(bench.args.retries + 1):
        with common.Watch(bench.args.url, expected_items=1) as watch:
            spawn = time.time()
            done = subprocess.run(command, capture_output=True, text=True, cwd=common.REPO, timeout=600)
            exit_ = time.time()
        lines = [line for line in done.stdout.splitlines() if line.startswith(common.MARK)]
        if done.returncode != 0 or not lines:
            failure = done.stderr.strip()[-300:]
            bench.notes.append(f"{client}: fresh job failed ({done.returncode}): {failure}")
            return None
        result = {**json.loads(lines[-1][len(common.MARK) :]), "spawn": spawn, "exit": exit_}
        if not watch.contended:
            return result
        say(f"{client} fresh: someone else used the server meanwhile; repeating")
    bench.contended[f"fresh:{client}"] += 1
    return result


def _create_board(url: str, name: str) -> str:
    request = urllib.request.Request(f"{url}/api/v1/boards/?board_name={quote(name)}", method="POST")
    with urllib.request.urlopen(request, timeout=30) as answer:
        return str(json.load(answer)["board_id"])


def _delete_board(url: str, board_id: str) -> None:
    request = urllib.request.Request(
        f"{url}/api/v1/boards/{quote(board_id)}?include_images=true", method="DELETE"
    )
    with urllib.request.urlopen(request, timeout=60):
        pass


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def plan(runs: int) -> str:
    return f"{runs} fresh processes per client, one blur job each (import, client, submit, wait, map)"
