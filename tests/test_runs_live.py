"""Runs killed and resumed, live: `invokeai-client run ... --out DIR` as a real process, SIGKILLed at five
moments, then started again with the same command until it finishes.

    INVOKEAI_URL=http://127.0.0.1:9301 .venv/bin/pytest --disable-recording -s tests/test_runs_live.py

The CLI talks to the server through `tests/faultproxy.py`, which holds chosen requests so that a kill
lands exactly where it should: with an enqueue request never sent on, with an enqueue the server did but
whose answer never arrived, and with an image download half written. The other kills come while the run
waits, once some variants are done.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from invokeai_client.runs.journal import Journal
from tests.faultproxy import FaultProxy

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parent.parent
BLUR = str(ROOT / "examples" / "workflows" / "image-blur.json")
VARIANTS = 40
ENQUEUE = r"/api/v1/queue/default/enqueue_batch"
FULL_IMAGE = r"/api/v1/images/i/[^/]+/full"


def start(command: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as sink:
        return subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, cwd=ROOT)


def kill_when(
    process: subprocess.Popen[bytes], ready: Callable[[], bool], what: str, limit: float = 60
) -> None:
    deadline = time.monotonic() + limit
    while not ready():
        assert process.poll() is None, f"the run ended (exit {process.returncode}) before {what}"
        assert time.monotonic() < deadline, f"no {what} within {limit} s"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)


def completed(folder: Path) -> int:
    if not Journal.exists(folder):
        return 0
    with Journal(folder) as journal:
        return journal.counts(VARIANTS).completed


def test_kill_five_times_then_resume(server_url: str, client: Any, tmp_path: Path) -> None:
    folder, log = tmp_path / "out", tmp_path / "cli.log"
    base = round(random.uniform(1, 50), 2)  # fresh values: the server's node cache never answers
    radii = [round(base + i / 100, 2) for i in range(VARIANTS)]
    with FaultProxy(server_url, rate=0.0, timeout=120) as proxy:
        command = [
            *(sys.executable, "-m", "invokeai_client.cli", "--url", proxy.url, "run", BLUR),
            *("--set", "Width=24", "--set", "Height=24", "--sweep", f"Blur Radius={json.dumps(radii)}"),
            *("--out", str(folder), "--chunk-size", "10"),
        ]

        def stalled(path: str) -> Callable[[], bool]:
            seen = len(proxy.stalled)
            return lambda: any(re.fullmatch(path, p) for _, p in proxy.stalled[seen:])

        # 1. The first enqueue never reaches the server: killed while sending.
        proxy.force("blackhole", "POST", ENQUEUE)
        kill_when(start(command, log), stalled(ENQUEUE), "the first enqueue held")
        # 2. The next enqueue lands on the server, and its answer never arrives.
        proxy.force("hold", "POST", ENQUEUE)
        kill_when(start(command, log), stalled(ENQUEUE), "the second enqueue held")
        # 3. While waiting, some variants downloaded.
        kill_when(start(command, log), lambda: completed(folder) >= 8, "8 variants completed")
        # 4. In the middle of a download: half an image written.
        proxy.force("hold", "GET", FULL_IMAGE)
        kill_when(start(command, log), stalled(FULL_IMAGE), "a download held")
        assert list(folder.glob(".*.part")), "the held download left no partial file to clean up"
        # 5. Waiting again, later in the sweep (further chunks enqueued meanwhile).
        kill_when(start(command, log), lambda: completed(folder) >= 25, "25 variants completed")

        final = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
    assert final.returncode == 0, final.stdout + final.stderr + log.read_text()
    assert f"{VARIANTS} of {VARIANTS} variant(s) completed, {VARIANTS} image(s)" in final.stdout

    with Journal(folder) as journal:
        batches = journal.batch_ids(journal.servers()[0])
        counts = journal.counts(VARIANTS)
        lost = journal.attempts(("lost", "canceled"))
    assert (counts.completed, counts.failed, counts.active, counts.images) == (VARIANTS, 0, 0, VARIANTS)
    # The first batch never landed (lost, its variants sent again); every other was asked about, not resent.
    assert {a.batch_id for a in lost} == {batches[0]}
    on_server = sum(client.queue.get_batch_status(b).total for b in batches)
    assert on_server == VARIANTS

    images = sorted(p.name for p in folder.glob("*.png"))
    assert len(images) == VARIANTS
    assert not list(folder.glob(".*.part"))
    rows = list(csv.DictReader((folder / "manifest.csv").open()))
    assert [int(r["variant"]) for r in rows] == list(range(VARIANTS))
    assert [float(r["Blur Radius"]) for r in rows] == radii
    assert sorted(r["file"] for r in rows) == images
    for row in rows:
        data = (folder / row["file"]).read_bytes()
        assert data.startswith(b"\x89PNG")
        assert b"invokeai_graph" in data  # the file as the server made it, its metadata intact
        assert (len(data), hashlib.sha256(data).hexdigest()) == (int(row["size"]), row["sha256"])
    lines = (folder / "manifest.jsonl").read_text().splitlines()
    assert [json.loads(line)["variant"] for line in lines] == list(range(VARIANTS))
