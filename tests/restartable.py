"""A local InvokeAI server that a live test stops and starts again on a port of its own, with
scripts/serve-invokeai (or the one INVOKEAI_SERVE names: a checkout that has the server installed).

InvokeAI 6.14.2 answers requests and runs queue items before its start-up has finished; the last step
VACUUMs the database on the connection the queue processor shares, and fails if an item is executing then
("cannot VACUUM from within a transaction"): the server exits, sometimes before it ever answered (then
serve-invokeai itself fails). Items left pending across a restart trigger it; when it happens, the server is
started again, as an operator would.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from tests.fleet_servers import SERVE


class RestartableServer:
    """The server on `port`, started on a root the test names, stopped by the pid serve-invokeai keeps."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    def serve(self, *args: str) -> str:
        command = [str(SERVE), "--port", str(self.port), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=240, check=True).stdout

    def running(self) -> bool:
        command = [str(SERVE), "--port", str(self.port), "--status"]
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0  # 3: not running

    def stop(self) -> None:
        self.serve("--stop")

    def start_and_stay_up(
        self, root: Path, note: Callable[[str], None] = lambda _: None, tries: int = 3, settle: float = 30.0
    ) -> None:
        """Start the server on `root` and see it stay up for `settle` seconds, starting it again (at most
        `tries` starts) when its start-up fails as described above."""
        failed = ""
        for attempt in range(1, tries + 1):
            try:
                self.serve("--root", str(root))
            except subprocess.CalledProcessError as exc:
                failed = exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else str(exc)
                note(f"exited before answering (try {attempt})")
                continue
            note("started again" if attempt == 1 else f"started again (try {attempt})")
            up_until = time.monotonic() + settle
            while time.monotonic() < up_until and self.running():
                time.sleep(1.0)
            if time.monotonic() >= up_until:
                return
            failed = "it exited during start-up"
            note("exited during start-up")
        raise AssertionError(f"the server on port {self.port} did not stay up after {tries} starts: {failed}")
