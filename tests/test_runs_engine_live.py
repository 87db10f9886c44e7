"""Live only: the run engine over local servers, through the CLI as a user runs it, with an output folder.

    INVOKEAI_URL=unused INVOKEAI_SERVE=/path/to/scripts/serve-invokeai \\
        .venv/bin/pytest --disable-recording -s tests/test_runs_engine_live.py

- A server is SIGKILLed after it finished items whose images were not fetched yet (its image downloads
  held by `tests/faultproxy.py`): those variants are made again elsewhere, every variant ends with its
  image exactly once, exit 0, and the report says what moved.
- The client is SIGKILLed three times during a two-server run, then the same command resumes it: images =
  variants, and the items on the servers are the variants plus those moved (as reported).

The tests start their own servers (ports INVOKEAI_ENGINE_PORTS, default 9301,9302,9303; fresh roots under
/tmp) and stop every one of them by pid afterwards.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from invokeai_client import InvokeAIClient
from invokeai_client.runs.gallery import SHEET_NAME
from invokeai_client.runs.journal import Journal
from tests.faultproxy import FaultProxy
from tests.fleet_servers import LocalServer, local_servers

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parent.parent
BLUR = str(ROOT / "examples" / "workflows" / "image-blur.json")
PORTS = [int(p) for p in os.environ.get("INVOKEAI_ENGINE_PORTS", "9301,9302,9303").split(",")]
FULL_IMAGE = r"/api/v1/images/i/[^/]+/full"
VARIANTS = 30


@pytest.fixture(scope="module")
def servers() -> Iterator[list[LocalServer]]:
    with local_servers(PORTS) as started:
        yield started


def command(urls: list[str], folder: Path, radii: list[float]) -> list[str]:
    return [
        sys.executable, "-m", "invokeai_client.cli", *(a for url in urls for a in ("--url", url)), "--json",
        "run", BLUR, "--set", "Width=24", "--set", "Height=24",
        "--sweep", f"Blur Radius={json.dumps(radii)}", "--out", str(folder),
    ]  # fmt: skip


def fresh_radii() -> list[float]:
    base = round(random.uniform(1, 50), 2)  # values no run used: the node cache never answers
    return [round(base + i / 100, 2) for i in range(VARIANTS)]


def completed(folder: Path) -> int:
    if not Journal.exists(folder):
        return 0
    with Journal(folder) as journal:
        return journal.counts(VARIANTS).completed


def wait_for(
    ready: Callable[[], bool], what: str, process: subprocess.Popen[str], limit: float = 120
) -> None:
    deadline = time.monotonic() + limit
    while not ready():
        assert process.poll() is None, f"the run ended (exit {process.returncode}) before {what}"
        assert time.monotonic() < deadline, f"no {what} within {limit} s"
        time.sleep(0.02)


def check_folder(folder: Path, radii: list[float]) -> list[dict[str, str]]:
    """Every variant once in the manifest with its own value and its own image, nothing else written."""
    rows = list(csv.DictReader((folder / "manifest.csv").open()))
    assert sorted(int(r["variant"]) for r in rows) == list(range(VARIANTS))
    for row in rows:
        assert float(row["Blur Radius"]) == radii[int(row["variant"])]
        assert (folder / row["file"]).read_bytes().startswith(b"\x89PNG")
    images = sorted(p.name for p in folder.glob("*.png") if p.name != SHEET_NAME)  # not the gallery's sheet
    assert images == sorted(r["file"] for r in rows)
    assert not list(folder.glob(".invokeai-part.*"))
    return rows


def test_a_server_killed_with_images_not_yet_fetched_loses_nothing(
    servers: list[LocalServer], tmp_path: Path
) -> None:
    first, second, doomed = servers
    folder, radii = tmp_path / "out", fresh_radii()
    with FaultProxy(doomed.url, rate=0.0, timeout=60) as proxy:
        # The doomed server's first image downloads are held: its items finished, their images not fetched.
        proxy.force("hold", "GET", FULL_IMAGE, times=3)
        run = subprocess.Popen(
            command([first.url, second.url, proxy.url], folder, radii),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip
        wait_for(lambda: any(re.fullmatch(FULL_IMAGE, p) for _, p in proxy.stalled), "a held download", run)
        with InvokeAIClient(doomed.url) as direct:
            finished_there = direct.queue.get_status().queue.completed
        doomed.kill()
        out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err[-3000:]
    assert finished_there >= 1  # it had finished items when it died
    check_folder(folder, radii)
    report = json.loads(out)
    by_url = {s["url"]: s for s in report["servers"]}
    moved = [m for m in report["moves"] if m["server"] == proxy.url]
    assert moved, report["moves"]  # the dead server's variants, images and all, were made again elsewhere
    assert by_url[proxy.url]["lost_work"]
    assert (report["completed"], report["images"]) == (VARIANTS, VARIANTS)
    assert {i["server"] for i in report["items"]} <= {first.url, second.url, proxy.url}
    with Journal(folder) as journal:
        done_on_dead = [a for a in journal.attempts(("completed",)) if a.server == proxy.url]
        images = journal.images()
    # What the dead server finished and handed over counts; nothing of it counts twice.
    assert len(images) == VARIANTS
    assert len({(i.attempt, i.image_name) for i in images}) == VARIANTS
    print(f"\nengine live (server killed): moved {len(moved)}, kept {len(done_on_dead)} from the dead server")


def test_the_client_killed_three_times_resumes_to_every_image_once(
    servers: list[LocalServer], tmp_path: Path
) -> None:
    first, second = servers[:2]
    folder, radii = tmp_path / "out", fresh_radii()
    argv = command([first.url, second.url], folder, radii)
    log = tmp_path / "cli.log"

    def reached(count: int) -> Callable[[], bool]:
        return lambda: completed(folder) >= count

    for at_least in (3, 10, 18):
        with log.open("a") as sink:
            run = subprocess.Popen(argv, stdout=sink, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
        wait_for(reached(at_least), f"{at_least} variants completed", run)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=30)
    final = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
    assert final.returncode == 0, final.stderr[-3000:] + log.read_text()[-3000:]
    check_folder(folder, radii)
    report = json.loads(final.stdout)
    assert (report["completed"], report["images"]) == (VARIANTS, VARIANTS)
    with Journal(folder) as journal:
        batches = {url: journal.batch_ids(url) for url in (first.url, second.url)}
        moved = journal.attempts(("moved", "duplicate", "dropped"))
    on_servers = 0
    for url, ids in batches.items():
        with InvokeAIClient(url) as direct:
            on_servers += sum(direct.queue.get_batch_status(b).total for b in ids)
    # Each variant enqueued once, plus those moved (none, with both servers answering throughout).
    assert on_servers == VARIANTS + len(moved)
    print(f"\nengine live (client killed 3 times): {on_servers} items on the servers, {len(moved)} moved")
