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
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import InvokeAIClient, Run
from invokeai_client.runs.gallery import SHEET_NAME
from invokeai_client.runs.journal import Journal
from invokeai_client.workflow.sweeps import Sweep
from tests.faultproxy import FaultProxy
from tests.restartable import RestartableServer

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
    process: subprocess.Popen[bytes],
    ready: Callable[[], bool],
    what: str,
    limit: float = 60,
    sig: signal.Signals = signal.SIGKILL,
) -> int:
    deadline = time.monotonic() + limit
    while not ready():
        assert process.poll() is None, f"the run ended (exit {process.returncode}) before {what}"
        assert time.monotonic() < deadline, f"no {what} within {limit} s"
        time.sleep(0.01)
    process.send_signal(sig)
    return process.wait(timeout=30)


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
        assert list(folder.glob(".invokeai-part.*")), "the held download left no partial file to clean up"
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
    # The first batch never landed (lost, its variants sent again), nor did any other whose variants were
    # sent again (a kill between journaling a batch and sending it); every other was asked about, not resent.
    lost_batches = {a.batch_id for a in lost}
    assert batches[0] in lost_batches
    assert [client.queue.get_batch_status(b).total for b in sorted(lost_batches)] == [0] * len(lost_batches)
    on_server = sum(client.queue.get_batch_status(b).total for b in batches)
    assert on_server == VARIANTS

    images = sorted(p.name for p in folder.glob("*.png") if p.name != SHEET_NAME)  # not the gallery's sheet
    assert len(images) == VARIANTS
    assert not list(folder.glob(".invokeai-part.*"))
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


def test_ctrl_c_says_how_to_resume_and_cancels_only_when_asked(
    server_url: str, client: Any, tmp_path: Path
) -> None:
    base = round(random.uniform(1, 50), 2)
    sweep = f"Blur Radius={json.dumps([round(base + i / 100, 2) for i in range(12)])}"
    for cancel in (False, True):
        folder, log = tmp_path / f"out-{cancel}", tmp_path / f"cli-{cancel}.log"
        command = [
            *(
                sys.executable,
                "-m",
                "invokeai_client.cli",
                "--url",
                server_url,
                "run",
                BLUR,
                "--sweep",
                sweep,
            ),
            *("--set", "Width=24", "--set", "Height=24", "--out", str(folder)),
            *(["--cancel-on-interrupt"] if cancel else []),
        ]

        def two_completed(f: Path = folder) -> bool:
            return completed(f) >= 2

        code = kill_when(start(command, log), two_completed, "2 completed", sig=signal.SIGINT)
        said = log.read_text()
        assert code == 130, said
        assert f"resume with: invokeai-client --url {server_url} run " in said
        with Journal(folder) as journal:
            (batch,) = journal.batch_ids(server_url)
        status = client.queue.get_batch_status(batch)
        if cancel:
            assert "canceled" in said
            assert status.canceled > 0
        else:
            assert "keep running on the server" in said
            assert status.canceled == 0
        final = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
        assert final.returncode == 0, final.stdout + final.stderr
        assert "12 of 12 variant(s) completed, 12 image(s)" in final.stdout
        with Journal(folder) as journal:
            batches = journal.batch_ids(server_url)
        on_server = sum(client.queue.get_batch_status(b).total for b in batches)
        assert on_server == 12 + status.canceled  # only the canceled ones were enqueued again


# --- a server restarted mid-run ------------------------------------------------------------------------

# A server of its own, stopped and started by the test (tests/restartable.py).
RESTARTED = RestartableServer(int(os.environ.get("INVOKEAI_RESTART_PORT", "9302")))


@pytest.fixture
def restart_root(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / f"root-{RESTARTED.port}"
    RESTARTED.start_and_stay_up(root)
    try:
        yield root
    finally:
        RESTARTED.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_a_server_restart_cancels_a_variant_that_is_enqueued_again(
    restart_root: Path, tmp_path: Path
) -> None:
    url = RESTARTED.url
    base = round(random.uniform(1, 50), 2)
    # Variant 0 is slow (an 8192x8192 blur, about 12 s on a CPU): it is running when the server stops.
    sweep: Sweep = [
        {
            "Width": [8192, 32, 32, 32],
            "Height": [8192, 32, 32, 32],
            "Blur Radius": [300.0, base, base + 1, base + 2],
        }
    ]
    failures: list[BaseException] = []
    with (
        InvokeAIClient.from_url(url) as client,
        Run.start(client.workflows.create_workflow_from_file(BLUR), tmp_path / "out", sweep=sweep) as run,
    ):
        starts: list[str] = []

        def restart() -> None:
            try:
                with InvokeAIClient.from_url(url) as probe:
                    deadline = time.monotonic() + 120
                    while True:
                        attempts = run_attempts(tmp_path / "out")
                        item_id = attempts[0].item_id if attempts else None
                        if item_id is not None and probe.queue.get_item(item_id).status == "in_progress":
                            break
                        assert time.monotonic() < deadline, "variant 0 never started"
                        time.sleep(0.2)
                time.sleep(1.0)
                RESTARTED.stop()
                time.sleep(2.0)
                RESTARTED.start_and_stay_up(restart_root, note=starts.append)
            except BaseException as exc:  # seen by the test once the run is over
                failures.append(exc)

        restarter = threading.Thread(target=restart)
        restarter.start()
        try:
            results = list(run.iter_results(timeout=400))
        finally:
            restarter.join()
        assert not failures, failures
        assert sorted(r.variant for r in results) == [0, 1, 2, 3]
        assert all(r.status == "completed" for r in results)
        attempts = run.journal.attempts(("completed", "canceled", "lost", "failed"))
        assert [(a.variant, a.state) for a in attempts if a.variant == 0] == [
            (0, "canceled"),
            (0, "completed"),
        ]
        canceled = [a.variant for a in attempts if a.state != "completed"]
        assert all(a.state == "canceled" for a in attempts if a.state != "completed")
        if any(event.startswith("exited") for event in starts):
            # A start-up that exited (tests/restartable.py) cancels, at the next start, what it was running.
            assert canceled[0] == 0, (canceled, starts)
        else:
            assert canceled == [0], starts  # only the one the restart lost
        total = sum(client.queue.get_batch_status(b).total for b in run.journal.batch_ids(url))
        assert total == 4 + len(canceled)  # four variants, each canceled one enqueued again once
        assert run.counts().images == 4


def run_attempts(folder: Path) -> list[Any]:
    with Journal(folder) as journal:
        return (
            journal.attempts_of_batch(journal.batch_ids(journal.servers()[0])[0]) if journal.servers() else []
        )
