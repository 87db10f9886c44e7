"""The repository itself: nothing a run writes is committed, examples write under out/, the suite has a
per-test timeout, and the licence the package metadata names is there."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What runs write: images, journals, manifests, logs, locks, half-written downloads.
RUN_FILE = re.compile(r"\.(png|jpe?g|webp|sqlite|db|part|log|lock)$|(^|/)manifest\.(csv|jsonl)$")


def _tracked() -> list[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listing = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    return listing.stdout.splitlines()


def test_no_file_a_run_writes_is_committed() -> None:
    assert [path for path in _tracked() if RUN_FILE.search(path)] == []


def test_examples_save_under_out_by_default() -> None:
    defaults = []
    for script in sorted((ROOT / "examples").rglob("*.py")):
        for match in re.finditer(r'add_argument\(\s*"--out"[^)]*?default="([^"]*)"', script.read_text()):
            defaults.append((script.name, match.group(1)))
    assert defaults, "no example has an --out default: the pattern above no longer matches them"
    # A trailing separator: download_image_to treats the path as a folder even before it exists.
    assert all(default == "out/" for _, default in defaults), defaults


def test_the_suite_fails_a_test_that_hangs(pytestconfig: pytest.Config) -> None:
    assert float(pytestconfig.getini("timeout")) > 0


def test_licence_matches_the_package_metadata() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert (ROOT / "CHANGELOG.md").is_file()
