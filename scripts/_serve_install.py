"""Releases and installing them, for scripts/serve-invokeai: which torch and web-stack pins a release gets,
its venv under .invokeai/, and the install itself (uv through one shared cache, else pip).
Standard library only, like the script that imports it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

DEFAULT_VERSION = "6.14.2"
OLDEST_VERSION = (5, 0, 0)
# torch/torchvision per release: a release takes the last row at or below it. From each release's own
# requirements (pyproject.toml at its tag): 5.0.x pin torch 2.2.2; 5.1-5.3.0 pin 2.4.1, 5.3.1 leaves torch to
# diffusers and 5.4-5.9 say torch<2.5; 5.10-5.11 torch~=2.6.0; 5.12-6.13.0 torch~=2.7.0; 6.13.5 on allow
# torch>=2.7,<3 (their lock file still has 2.7.1, so 6.13.x stays on it and shares its files with 6.x).
# 6.14 runs on 2.14.1 (a plain install would take the newest torch). The CUDA builds run fine on CPU.
TORCH_PAIRS: list[tuple[tuple[int, ...], str, str]] = [
    ((5, 0, 0), "2.2.2", "0.17.2"),
    ((5, 1, 0), "2.4.1", "0.19.1"),
    ((5, 10, 0), "2.6.0", "0.21.0"),
    ((5, 12, 0), "2.7.1", "0.22.1"),
    ((6, 14, 0), "2.14.1", "0.29.1"),
]
# The web stack, only where a plain install breaks the server (rows as above). 6.14: a plain install
# (starlette 1.10, fastapi 0.141) answers socket.io's polling transport with HTTP 500, so it gets the
# versions of InvokeAI's own lock file. Older releases work as a plain install resolves them (checked:
# 5.0.0 to 6.12.0, polling and websocket); 5.0-5.9 pin fastapi, python-socketio and uvicorn themselves.
WEB_PINS: list[tuple[tuple[int, ...], list[str]]] = [
    ((5, 0, 0), []),
    (
        (6, 14, 0),
        ["starlette==0.48.0", "python-engineio==4.13.3", "python-socketio==5.16.3", "uvicorn==0.49.0"],
    ),
]
REPO = Path(__file__).resolve().parent.parent
STATE_DIR = REPO / ".invokeai"
UV_CACHE = STATE_DIR / "uv-cache"
TOOLS_VENV = STATE_DIR / "tools"
Row = TypeVar("Row", bound=tuple[Any, ...])


def say(msg: str) -> None:
    print(f"serve-invokeai: {msg}", flush=True)


def fail(msg: str, code: int = 1) -> NoReturn:
    print(f"serve-invokeai: error: {msg}", file=sys.stderr, flush=True)
    sys.exit(code)


# --------------------------------------------------------------------------- releases


def parse_version(text: str) -> tuple[int, ...]:
    """(6, 12, 0) from "6.12.0", "6.12.0.post1" or "6.13.5.rc1": the leading numbers only."""
    match = re.match(r"^(\d+)\.(\d+)\.(\d+)", text.strip())
    if not match:
        raise ValueError(f"not a release number: {text!r}")
    return tuple(int(part) for part in match.groups())


def same_release(served: str, wanted: str) -> bool:
    """Whether a server's version string (e.g. "6.12.0.post1") is the release `wanted`."""
    try:
        return parse_version(served) == parse_version(wanted)
    except ValueError:
        return served == wanted


class Release:
    """One InvokeAI release: what to install and where its venv is."""

    def __init__(self, version: str) -> None:
        if not re.fullmatch(r"\d+\.\d+\.\d+([.-]?[A-Za-z0-9]+)*", version):
            fail(f"--version {version!r} is not a release number like 6.14.2")
        self.version = version
        self.key = parse_version(version)
        if self.key < OLDEST_VERSION:
            fail(f"InvokeAI {version} is older than 5.0.0, which this script does not support")
        self.venv = STATE_DIR / "venv" if version == DEFAULT_VERSION else STATE_DIR / f"venv-{version}"
        self.python = self.venv / "bin" / "python"
        self.invokeai_web = self.venv / "bin" / "invokeai-web"

    def row(self, rows: Sequence[Row]) -> Row:
        """The last of `rows` (each starting with a release key) at or below this release."""
        return [r for r in rows if r[0] <= self.key][-1]

    @property
    def torch_pair(self) -> tuple[str, str]:
        _, torch, torchvision = self.row(TORCH_PAIRS)
        return torch, torchvision

    @property
    def pins(self) -> list[str]:
        torch, torchvision = self.torch_pair
        return [
            f"invokeai=={self.version}",
            f"torch=={torch}",
            f"torchvision=={torchvision}",
            *self.row(WEB_PINS)[1],
        ]

    @property
    def pythons(self) -> tuple[tuple[int, int], ...]:
        """The Python minor versions to create the venv with, preferred first (5.0-5.9: <3.12)."""
        return ((3, 11),) if self.key < (5, 10, 0) else ((3, 11), (3, 12))


# --------------------------------------------------------------------------- install


def installed_version(release: Release) -> str | None:
    """The invokeai version installed in the release's venv, or None if there is no usable install."""
    if not (release.invokeai_web.exists() and release.python.exists()):
        return None
    probe = "import importlib.metadata as m; print(m.version('invokeai'))"
    try:
        out = subprocess.run([str(release.python), "-c", probe], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def base_python(release: Release) -> str:
    """A Python that the release supports, to create its venv with (3.11 preferred)."""
    wanted = release.pythons
    if sys.version_info[:2] == wanted[0]:
        return sys.executable
    for major, minor in wanted:
        found = shutil.which(f"python{major}.{minor}")
        if found:
            return found
    if sys.version_info[:2] in wanted:
        return sys.executable
    names = " or ".join(f"{major}.{minor}" for major, minor in wanted)
    fail(
        f"InvokeAI {release.version} needs Python {names}; this is {sys.version.split()[0]} and "
        f"no python{wanted[0][0]}.{wanted[0][1]} is on PATH"
    )


def find_uv() -> str:
    """uv from PATH, else from a small tool venv under .invokeai/ (pip-installed there on first use)."""
    found = shutil.which("uv")
    if found:
        return found
    uv = TOOLS_VENV / "bin" / "uv"
    if not uv.exists():
        say(f"uv is not on PATH; installing it into {TOOLS_VENV}")
        if not (TOOLS_VENV / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(TOOLS_VENV)], check=True)
        subprocess.run([str(TOOLS_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "uv"], check=True)
    return str(uv)


def uv_env() -> dict[str, str]:
    # One cache for every release, hardlinked into the venvs: identical files (torch, CUDA libs) once on disk.
    return {**os.environ, "UV_CACHE_DIR": str(UV_CACHE), "UV_LINK_MODE": "hardlink"}


def install_with_uv(release: Release) -> bool:
    uv = find_uv()
    env = uv_env()
    if not release.python.exists():
        python = base_python(release)
        say(f"creating {release.venv} with {python} (uv venv)")
        # --seed: pip in the venv (the fallback installer, and for adding tools by hand later).
        cmd = [uv, "venv", "--seed", "--python", python, str(release.venv)]
        if release.venv.exists():
            cmd.insert(2, "--clear")  # a venv left without its python by an interrupted run
        if subprocess.run(cmd, env=env).returncode != 0:
            return False
    cmd = [uv, "pip", "install", "--python", str(release.python), *release.pins]
    say("running: " + " ".join(cmd))
    return subprocess.run(cmd, env=env).returncode == 0  # uv's own output goes straight to the terminal


def install_with_pip(release: Release) -> bool:
    if not release.python.exists():
        python = base_python(release)
        say(f"creating {release.venv} with {python}")
        subprocess.run([python, "-m", "venv", str(release.venv)], check=True)
    probe = subprocess.run([str(release.python), "-m", "pip", "--version"], capture_output=True)
    if probe.returncode != 0:  # a venv made by uv without --seed
        subprocess.run([str(release.python), "-m", "ensurepip", "--upgrade"], check=True)
    cmd = [str(release.python), "-m", "pip", "install", *release.pins]
    say("running: " + " ".join(cmd))
    return subprocess.run(cmd).returncode == 0


def ensure_installed(release: Release, installer: str) -> None:
    version = installed_version(release)
    if version == release.version:
        return
    if version:
        say(f"{release.venv} has invokeai {version}; installing {release.version} over it")
    print(
        f"\n*** Installing InvokeAI {release.version} into {release.venv} with {installer}\n"
        "*** A venv is about 6-7 GB (torch, CUDA libraries, diffusers...); with uv, files already in\n"
        f"*** {UV_CACHE} are hardlinked, not copied. It is done once and reused.\n",
        flush=True,
    )
    started = time.monotonic()
    ok = install_with_uv(release) if installer == "uv" else install_with_pip(release)
    if not ok and installer == "uv":
        say("uv failed (see its output above); falling back to pip")
        ok = install_with_pip(release)
    if not ok:
        fail(f"installing failed (see the output above); the venv is left in {release.venv} for a retry")
    version = installed_version(release)
    if version != release.version:
        fail(
            f"after installing, invokeai {release.version} is still not usable in {release.venv} "
            f"(found {version})"
        )
    say(f"installed InvokeAI {version} in {time.monotonic() - started:.0f} s")
