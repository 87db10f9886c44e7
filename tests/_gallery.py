"""Helpers for the gallery tests: a run's folder made with the journal's own API (no server: for states a
recording cannot easily make, failed and missing variants, hostile values), the page's cells as parsed,
and headless Chromium run on a page (started and stopped by its process group)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from invokeai_client.runs.journal import ImageRecord, Journal
from invokeai_client.runs.spec import RunSpec
from tests._png import png_bytes

OFFLINE = "http://invokeai.test"  # nothing sends a request there
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def datum(key: str, items: list[Any]) -> dict[str, Any]:
    node, name = key.split(".")
    return {"node_path": node, "field_name": name, "items": items}


def made_run(
    folder: Path,
    groups: list[list[dict[str, Any]]],
    labels: dict[str, str],
    *,
    name: str = "made run",
    states: dict[int, str] | None = None,
    runs: int = 1,
) -> RunSpec:
    """A run's folder as the engine leaves it, every variant completed with a PNG of its own colour but
    those `states` names: failed (with an error), missing (journaled, its file gone) or unfinished
    (still queued)."""
    spec = RunSpec(workflow={"name": name, "nodes": [], "edges": []}, groups=groups, runs=runs, labels=labels)
    states = states or {}
    with Journal(folder) as journal:
        journal.set_spec(spec.to_dict())
        journal.record_intent("batch-1", OFFLINE, list(range(spec.total)))
        journal.record_enqueued("batch-1", [100 + v for v in range(spec.total)])
        for attempt in journal.attempts(("queued",)):
            state = states.get(attempt.variant, "completed")
            if state == "unfinished":
                continue
            if state == "failed":
                journal.finish(
                    attempt.id, "failed", error=f"RuntimeError: variant {attempt.variant} <b>broke</b>"
                )
                continue
            journal.finish(attempt.id, "completed")
            file = f"image-{attempt.variant}.png"
            data = png_bytes(16, 16, colour(attempt.variant))
            if state != "missing":
                (folder / file).write_bytes(data)
            sha = hashlib.sha256(data).hexdigest()
            record = ImageRecord(OFFLINE, file, attempt.id, "save", file, len(data), sha, time.time())
            journal.record_image(record)
    return spec


def colour(variant: int) -> tuple[int, int, int]:
    """A colour per variant, far from the page's greys."""
    return ((37 * variant + 200) % 256, (91 * variant + 30) % 256, (53 * variant + 120) % 256)


class Cells(HTMLParser):
    """The page's cells in document order: each one's attributes, its caption's text, its images' src."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.cells: list[dict[str, Any]] = []
        self.tags: list[str] = []
        self.depth = 0
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if tag == "figure" and "iai-cell" in (found.get("class") or ""):
            self.cells.append({"attrs": found, "text": "", "src": [], "href": []})
            self.depth = 1
        elif self.depth:
            if tag == "img":
                self.cells[-1]["src"].append(found.get("src"))
            if tag == "a":
                self.cells[-1]["href"].append(found.get("href"))
            if tag == "figure":
                self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag == "figure":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.cells[-1]["text"] += data + " "


def chromium(page: Path, profile: Path, *args: str, fragment: str = "", timeout: float = 90) -> str:
    """Run headless Chromium on `page` with a fresh profile; its stdout. The browser's whole process
    group is ended if it outlives `timeout`."""
    assert CHROMIUM is not None
    url = page.resolve().as_uri() + fragment
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, url]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    finally:
        # Helpers it started (zygote, renderer) may outlive it: its group goes with it.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, f"chromium exited {process.returncode}: {err[-2000:]}"
    return out
