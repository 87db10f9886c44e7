"""bench/run.py still starts, plans, and reports, offline. The benchmark itself never runs in tests."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

REPO = Path(__file__).resolve().parent.parent
RUN = REPO / "bench" / "run.py"
UNREACHABLE = "http://127.0.0.1:9"  # nothing listens on the discard port: any request would fail loudly


def bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(RUN), *args], capture_output=True, text=True, cwd=REPO, timeout=60
    )


def test_help_names_the_options() -> None:
    result = bench("--help")
    assert result.returncode == 0, result.stderr
    for option in ("--url", "--json", "--sweep-size", "--dry-run", "--from-json", "--only"):
        assert option in result.stdout


def test_dry_run_plans_every_section_without_installing_or_connecting(tmp_path: Path) -> None:
    venv = tmp_path / "peer-venv"
    result = bench("--dry-run", "--url", UNREACHABLE, "--peer-venv", str(venv), "--sweep-size", "12")
    assert result.returncode == 0, result.stderr
    for section in ("import", "fresh", "single", "sdxl", "parse", "sweep"):
        assert f"  {section} " in result.stdout
    assert "sweeps of 12 blur radii" in result.stdout
    assert "pip install invokeai-py-client==1.1.1" in result.stdout
    assert not venv.exists()


def test_unknown_section_is_a_usage_error() -> None:
    result = bench("--dry-run", "--only", "import,warp")
    assert result.returncode == 2
    assert "warp" in result.stderr


def test_from_json_prints_ratios_and_targets(tmp_path: Path) -> None:
    from bench import _report as report

    raw = {
        "single.wall": {"ours-events": [0.5, 0.6, 0.7], "peer-sync": [1.2, 1.0, 1.4]},
        "import.package": {"ours": [0.01], "peer": [0.2]},
        "sweep.maxrss_mb": {"ours-poll": [90.0]},
    }
    summary = report.summarize(raw)
    figures = {
        "meta": {
            "url": UNREACHABLE,
            "server_version": "6.14.2",
            "sweep_size": 50,
            "machine": {"cpus": 2, "cpu": "x"},
        },
        "metrics": summary,
        "notes": ["a note"],
    }
    path = tmp_path / "figures.json"
    path.write_text(json.dumps(figures))
    result = bench("--from-json", str(path))
    assert result.returncode == 0, result.stderr
    wall = next(line for line in result.stdout.splitlines() if line.startswith("single job: submit"))
    assert "ours-events" in wall
    assert "peer-sync: 0.50x" in wall  # median 0.6 / median 1.2
    assert "met  single job: wall <= 0.6x peer-sync" in result.stdout
    assert "MISS sweep: peak RSS < 80 MB" in result.stdout
    assert "met  import: ours / peer <= 0.4" in result.stdout
    assert "note: a note" in result.stdout


def test_our_worker_starts() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "_ours.py"), "--help"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "--mode" in result.stdout


def test_fresh_phases_add_up_to_the_overhead() -> None:
    # bench/_common would shadow examples/_common for the tests that run the examples: both undone after.
    saved: dict[str, ModuleType] = {
        name: sys.modules.pop(name) for name in ("_common", "_fresh") if name in sys.modules
    }
    sys.path.insert(0, str(REPO / "bench"))
    try:
        if TYPE_CHECKING:  # mypy runs from the repository's root, where bench/ is the package `bench`
            from bench import _fresh as fresh
        else:
            import _fresh as fresh
    finally:
        sys.path.remove(str(REPO / "bench"))
        for name in ("_common", "_fresh"):
            sys.modules.pop(name, None)
        sys.modules.update(saved)
    spawn = datetime(2027, 1, 15, 8, 0, 0, tzinfo=UTC).timestamp()
    at = {"start": 0.01, "imported": 0.05, "client": 0.06, "loaded": 0.07, "submitted": 0.1}
    at |= {"waited": 0.62, "mapped": 0.621, "closed": 0.622}
    item = {"created_at": "2027-01-15 08:00:00.080", "completed_at": "2027-01-15 08:00:00.600"}
    stamps = {name: spawn + seconds for name, seconds in at.items()}
    figures = fresh.figures({"stamps": stamps, "item": item, "spawn": spawn, "exit": spawn + 0.64})
    assert figures["wall"] == pytest.approx(0.64)
    assert figures["span"] == pytest.approx(0.52)
    assert figures["noticed"] == pytest.approx(0.02)
    assert figures["to_created"] == pytest.approx(0.01)
    assert sum(figures[phase] for phase in fresh.PHASES) == pytest.approx(figures["overhead"])
