"""The live conformance tests over InvokeAI's workflow library collect cleanly without it (offline)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_library_conformance_tests_collect_without_an_empty_parameter_set(tmp_path: Path) -> None:
    """Offline, without InvokeAI's workflow library at hand, its tests skip as such (issue 17, item 16)."""
    test_file = Path(__file__).resolve().parent / "test_workflow_conformance_live.py"
    env = {**os.environ, "INVOKEAI_DEFAULT_WORKFLOWS": str(tmp_path / "absent")}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", str(test_file)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "empty parameter set" not in run.stdout
    assert "no-library" in run.stdout or "default_workflows folder was not found" in run.stdout
