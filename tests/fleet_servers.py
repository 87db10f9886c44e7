"""Local InvokeAI servers for fleet tests and benchmarks: started together, each on its own port and fresh
root under /tmp, and stopped by pid (the pid scripts/serve-invokeai recorded), roots removed.

    with local_servers([9204, 9205, 9206]) as servers:
        servers[0].kill()                  # SIGKILL
        servers[1].pause(); servers[1].resume()

INVOKEAI_SERVE names the serve-invokeai script (default: this repository's); its installs stay where the
script keeps them.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVE = Path(os.environ.get("INVOKEAI_SERVE") or ROOT / "scripts" / "serve-invokeai")


@dataclass
class LocalServer:
    port: int
    root: Path
    version: str
    pid: int | None = None
    alive: bool = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def kill(self) -> None:
        """SIGKILL: the server vanishes mid-item, as a crashed host does."""
        if self.pid is not None and self.alive:
            os.kill(self.pid, signal.SIGKILL)
            self.alive = False

    def pause(self) -> None:
        """SIGSTOP: connections are accepted by the kernel and never answered."""
        if self.pid is not None and self.alive:
            os.kill(self.pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self.pid is not None and self.alive:
            os.kill(self.pid, signal.SIGCONT)


def _start(port: int, root: Path, version: str) -> subprocess.Popen[str]:
    command = [str(SERVE), "--port", str(port), "--root", str(root)]
    if version:
        command += ["--version", version]
    env = {**os.environ, "INVOKEAI_NODE_CACHE_SIZE": "0"}
    return subprocess.Popen(
        command, cwd=SERVE.parent.parent, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )


@contextmanager
def local_servers(ports: Sequence[int], versions: Sequence[str] | None = None) -> Iterator[list[LocalServer]]:
    """Start a server per port (in parallel), yield them, then stop each by pid and remove its root."""
    versions = list(versions or [""] * len(ports))
    servers = [
        LocalServer(port, Path(tempfile.mkdtemp(prefix=f"fleet-root-{port}-")), version)
        for port, version in zip(ports, versions, strict=True)
    ]
    try:
        starting = [_start(s.port, s.root, s.version) for s in servers]
        for server, process in zip(servers, starting, strict=True):
            output, _ = process.communicate(timeout=300)
            found = re.search(r"pid (\d+)", output)
            if found:
                server.pid = int(found.group(1))
            if process.returncode != 0 or server.pid is None:
                raise RuntimeError(f"server on port {server.port} did not start:\n{output[-2000:]}")
        yield servers
    finally:
        for server in servers:
            server.resume()  # a stopped process cannot handle SIGTERM
            if server.pid is not None:
                # Also for a killed one: the script then only forgets the pid it recorded.
                command = [str(SERVE), "--port", str(server.port), "--stop"]
                if server.version:
                    command += ["--version", server.version]
                subprocess.run(command, cwd=SERVE.parent.parent, capture_output=True, check=False, timeout=60)
            shutil.rmtree(server.root, ignore_errors=True)
