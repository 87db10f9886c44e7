"""Which local InvokeAI server scripts/demo runs on, when INVOKEAI_URL does not name one.

The port is INVOKEAI_PORT, else 9090 (as for scripts/serve-invokeai). What answers there decides:

- nothing: our own server is started there (scripts/serve-invokeai) and given the tiny models;
- our own server (started by scripts/serve-invokeai from this checkout): used, tiny models added if missing;
- someone else's InvokeAI that has the tiny SDXL model: used as it is;
- someone else's InvokeAI without it, or a program that is not InvokeAI: left alone, and the demo runs on
  our own server on the next ports up (one already running there, else a new one with its own root).

A server this checkout did not start is never changed: models are installed only into our own. To run the
demo on your own InvokeAI with its own models, set INVOKEAI_URL (scripts/demo then installs nothing).
"""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from invokeai_client import InvokeAIClient, InvokeAIError, RetryPolicy

ROOT = Path(__file__).resolve().parent.parent
SERVE = ROOT / "scripts" / "serve-invokeai"
MAKE_TINY = ROOT / "scripts" / "make-tiny-models"
HOST = "127.0.0.1"
DEFAULT_PORT = 9090
SPARE_PORTS = 20  # how far up from the port to look for our own server or a free port
TINY_SDXL = {"name": "tiny-sdxl", "base": "sdxl", "type": "main"}


class DemoServerError(Exception):
    """No server the demo may use, and none it may start."""


@dataclass(frozen=True)
class Found:
    """What answers on a local port: "nothing", "ours", "invokeai" (someone else's) or "other"."""

    port: int
    what: str
    version: str | None = None
    tiny: bool = False  # has the tiny SDXL model (only asked of someone else's InvokeAI)


@dataclass(frozen=True)
class Plan:
    port: int
    reason: str
    start: bool = False  # run scripts/serve-invokeai: starts our server, or waits for one starting
    add_tiny_models: bool = False
    root: str | None = None  # --root for a server started off the usual port

    @property
    def url(self) -> str:
        return url_for(self.port)

    def serve_command(self) -> list[str]:
        return [str(SERVE), "--port", str(self.port), *(["--root", self.root] if self.root else [])]

    def tiny_models_command(self, python: str) -> list[str]:
        return [python, str(MAKE_TINY), "--url", self.url]


def url_for(port: int) -> str:
    return f"http://{HOST}:{port}"


def requested_port() -> int:
    text = os.environ.get("INVOKEAI_PORT") or str(DEFAULT_PORT)
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise DemoServerError(f"INVOKEAI_PORT={text!r} is not a port number")
    return int(text)


def look(port: int, *, models: bool = True) -> Found:
    """Probe a local port without changing anything there; `models`: ask someone else's InvokeAI for the
    tiny model too."""
    if _port_free(port):
        return Found(port, "nothing")
    with InvokeAIClient(url_for(port), retry=RetryPolicy.disabled(), timeout=5) as client:
        try:
            version = client.version()
        except InvokeAIError:
            return Found(port, "other")
        if _started_by_us(port):
            return Found(port, "ours", version)
        if not models:
            return Found(port, "invokeai", version)
        try:
            tiny = bool(client.dnn_model_repo.find_models(**TINY_SDXL))
        # A multi-user server may want a login; an older release answers with fields missing that these
        # bindings require (KeyError). Either way there is no tiny model the demo could use.
        except (InvokeAIError, KeyError):
            tiny = False
        return Found(port, "invokeai", version, tiny)


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        if probe.connect_ex((HOST, port)) == 0:
            return False
    with socket.socket() as probe:
        # As uvicorn binds: a port held on another address is not free, TIME_WAIT leftovers are.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def _started_by_us(port: int) -> bool:
    # serve-invokeai knows which servers it started (its pid files); it prints the bare pid only for those,
    # so any other answer, including a changed format, counts as someone else's server and is left alone.
    result = subprocess.run(
        [str(SERVE), "--port", str(port), "--status"], capture_output=True, text=True, timeout=60
    )
    lines = dict(line.partition(": ")[::2] for line in result.stdout.splitlines())
    return result.returncode == 0 and lines.get("pid", "").isdigit()


def choose(port: int, look: Callable[..., Found] = look, spare: Sequence[int] | None = None) -> Plan:
    """The server to run the demo on, given what answers on `port` and, if needed, the ports above it."""
    found = look(port)
    if found.what == "nothing":
        return Plan(port, f"nothing answers on port {port}: starting our own InvokeAI there", True, True)
    if found.what == "ours":
        reason = f"our InvokeAI {found.version} is running on port {port} (scripts/serve-invokeai): using it"
        return Plan(port, reason, True, True)
    if found.what == "invokeai" and found.tiny:
        reason = f"InvokeAI {found.version} on port {port} has the tiny models: using it as it is"
        return Plan(port, reason)
    if found.what == "invokeai":
        why = (
            f"InvokeAI {found.version} on port {port} was not started by scripts/serve-invokeai and has no "
            f"tiny-sdxl model, so it is left alone (to run the demo on it with its own SDXL model: "
            f"INVOKEAI_URL={url_for(port)} scripts/demo)"
        )
    else:
        why = f"port {port} is taken by a program that is not InvokeAI, so it is left alone"
    spare = list(spare if spare is not None else range(port + 1, min(port + 1 + SPARE_PORTS, 65536)))
    looked = []
    for other in spare:  # a server of ours from an earlier run first: starting another would be wasteful
        seen = look(other, models=False)
        if seen.what == "ours":
            return Plan(other, f"{why}; our InvokeAI {seen.version} is on port {other}: using it", True, True)
        looked.append(seen)
    for seen in looked:
        if seen.what == "nothing":
            reason = f"{why}; starting our own InvokeAI on port {seen.port}"
            return Plan(seen.port, reason, True, True, root=str(ROOT / ".invokeai" / f"root-{seen.port}"))
    raise DemoServerError(
        f"{why}; ports {spare[0]}-{spare[-1]} are taken too: set INVOKEAI_PORT to a free port, "
        "or INVOKEAI_URL to a server to use"
    )


def prepare(plan: Plan, *, dry_run: bool = False) -> None:
    """Start the chosen server and add the tiny models, as the plan says; say each step first."""
    print(f"demo: {plan.reason}", flush=True)
    if dry_run:
        if plan.start:
            print(f"demo: would run: {' '.join(plan.serve_command())}")
        if plan.add_tiny_models:
            print(f"demo: would run: {' '.join(plan.tiny_models_command('<server venv python>'))}")
        return
    if plan.start:
        _run(plan.serve_command())
    if plan.add_tiny_models:
        # Asked only now: the server venv exists once serve-invokeai has run.
        python = _run([str(SERVE), "--print-python"], capture=True).strip()
        _run(plan.tiny_models_command(python))


def _run(command: list[str], *, capture: bool = False) -> str:
    result = subprocess.run(command, stdout=subprocess.PIPE if capture else None, text=True)
    if result.returncode != 0:
        raise DemoServerError(f"{Path(command[0]).name} failed (exit {result.returncode}); see above")
    return result.stdout or ""
