"""What both benchmark workers share. Standard library only: the peer's worker runs in the peer's own venv.

A worker is a long-lived process that reads one JSON command per line on stdin and answers each with one
line `@@bench {json}` on stdout (anything else a library prints there is ignored by bench/run.py).
"""

from __future__ import annotations

import copy
import json
import random
import resource
import sys
import time
import traceback
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MARK = "@@bench "
REPO = Path(__file__).resolve().parent.parent
BLUR_WORKFLOW = REPO / "examples" / "workflows" / "image-blur.json"
SDXL_WORKFLOW = REPO / "examples" / "workflows" / "sdxl-text-to-image.json"
SDXL_SIZE, SDXL_STEPS = 256, 4
IDLE_TIMEOUT = 600.0

Handler = Callable[[dict[str, Any]], dict[str, Any]]


def serve(handlers: dict[str, Handler]) -> None:
    """Answer commands from stdin until `quit` or end of input; a failing command answers its error."""
    for line in sys.stdin:
        if not line.strip():
            continue
        command = json.loads(line)
        name = command.pop("cmd")
        if name == "quit":
            answer({"ok": True})
            return
        try:
            result = handlers[name](command)
        except Exception as exc:  # reported to run.py, which records the failure and goes on
            traceback.print_exc(file=sys.stderr)
            result = {"error": f"{type(exc).__name__}: {exc}"[:500]}
        answer(result)


def answer(result: dict[str, Any]) -> None:
    sys.stdout.write(MARK + json.dumps(result) + "\n")
    sys.stdout.flush()


# --- the server, watched without either client ---------------------------------------------------------


def queue_status(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"{url}/api/v1/queue/default/status", timeout=30) as response:
        return json.load(response)["queue"]  # type: ignore[no-any-return]


def wait_idle(url: str, timeout: float = IDLE_TIMEOUT) -> int:
    """Wait until nothing is pending or running (other people share the server); the queue's item total."""
    deadline = time.monotonic() + timeout
    while True:
        queue = queue_status(url)
        if queue["pending"] == 0 and queue["in_progress"] == 0 and queue.get("waiting", 0) == 0:
            return int(queue["total"])
        if time.monotonic() > deadline:
            raise TimeoutError(f"the queue at {url} stayed busy for {timeout:g} s")
        time.sleep(0.25)


class Watch:
    """Around one measurement: start on an idle queue, and afterwards tell whether anyone else enqueued
    meanwhile (their items would have shared the server with ours)."""

    def __init__(self, url: str, expected_items: int) -> None:
        self.url, self.expected = url, expected_items
        self.contended = False

    def __enter__(self) -> Watch:
        self.before = wait_idle(self.url)
        return self

    def __exit__(self, *exc: object) -> None:
        self.contended = int(queue_status(self.url)["total"]) - self.before != self.expected


def epoch(value: Any) -> float:
    """A server timestamp (UTC "2026-11-24 14:14:49.370", or a client's datetime of it) in epoch seconds."""
    stamp = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.timestamp()


def item_times(created: Any, started: Any, completed: Any, mapped_at: float) -> dict[str, float]:
    """The server's own figures for one queue item, and how long after completion the client had it."""
    return {
        "pickup": epoch(started) - epoch(created),
        "exec": epoch(completed) - epoch(started),
        "completed_to_mapped": mapped_at - epoch(completed),
    }


def server_floor(times: list[tuple[Any, Any]]) -> dict[str, float]:
    """Sum of the items' own run times, and the span from the first start to the last completion."""
    starts = [epoch(s) for s, _ in times]
    ends = [epoch(c) for _, c in times]
    return {
        "floor": sum(e - s for s, e in zip(starts, ends, strict=True)),
        "server_span": max(ends) - min(starts),
    }


def usage() -> dict[str, float]:
    """CPU seconds (user + system, all threads) and peak RSS in MB of this process so far (Linux: KB)."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu": ru.ru_utime + ru.ru_stime, "maxrss_mb": ru.ru_maxrss / 1024}


# --- inputs that differ every time, so the node cache never answers ---------------------------------------

_rng = random.Random()


def radius() -> float:
    return round(_rng.uniform(1.0, 30.0), 6)


def sweep_radii(count: int) -> list[float]:
    base = _rng.uniform(1.0, 20.0)
    return [round(base + i * 0.01 + _rng.uniform(0, 1e-4), 6) for i in range(count)]


def seed() -> int:
    return _rng.randrange(1 << 31)


def board_name(client: str) -> str:
    return f"bench-{client}-{_rng.randrange(1 << 32):08x}"


def rooted_form(workflow: dict[str, Any]) -> dict[str, Any]:
    """The same workflow with its form's root element renamed "root".

    The peer starts its form walk at an element called "root"; the GUI names the root otherwise in many
    exports (ours: "container-blur"), which would leave the peer with no inputs at all."""
    data = copy.deepcopy(workflow)
    form = data["form"]
    old = form["rootElementId"]
    if old != "root":
        elements = form["elements"]
        elements["root"] = elements.pop(old)
        elements["root"]["id"] = "root"
        for element in elements.values():
            if element.get("parentId") == old:
                element["parentId"] = "root"
        form["rootElementId"] = "root"
    return data


def chain_graph(length: int = 28) -> dict[str, Any]:
    """A graph of `length` chained integer additions plus blank image -> blur -> save (length + 3 nodes)."""
    nodes: dict[str, Any] = {
        f"add{i}": {"id": f"add{i}", "type": "add", "a": seed() if i == 0 else 0, "b": i + 1}
        for i in range(length)
    }
    edges = [
        {
            "source": {"node_id": f"add{i - 1}", "field": "value"},
            "destination": {"node_id": f"add{i}", "field": "a"},
        }
        for i in range(1, length)
    ]
    nodes["blank"] = {"id": "blank", "type": "blank_image", "width": 64, "height": 64}
    nodes["blur"] = {"id": "blur", "type": "img_blur", "radius": radius()}
    nodes["save"] = {"id": "save", "type": "save_image", "is_intermediate": True}
    for source, destination in (("blank", "blur"), ("blur", "save")):
        edges.append(
            {
                "source": {"node_id": source, "field": "image"},
                "destination": {"node_id": destination, "field": "image"},
            }
        )
    return {"id": f"bench-chain-{seed()}", "nodes": nodes, "edges": edges}


def time_calls(function: Callable[[], object], count: int) -> list[float]:
    """Seconds per call, `count` calls after one untimed warm-up call."""
    function()
    times = []
    for _ in range(count):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times
