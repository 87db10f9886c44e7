"""scripts/demo's choice of server (scripts/_demo_server.py): what it uses, starts or leaves alone.

Nothing here installs or starts InvokeAI: the choice is tested on made-up ports, the probe on a plain web
server, and the script itself with --dry-run; the live test runs the demo on INVOKEAI_URL.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.faultproxy import free_port, serve_directory

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("_demo_server", ROOT / "scripts" / "_demo_server.py")
assert _spec is not None
assert _spec.loader is not None
demo_server: Any = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = demo_server  # dataclasses look their module up there
_spec.loader.exec_module(demo_server)
Found = demo_server.Found


class World:
    """Made-up ports: what answers on each (anything not listed is taken by another program)."""

    def __init__(self, **ports: Any) -> None:
        self.ports = {int(port.lstrip("p")): found for port, found in ports.items()}
        self.asked_models: list[int] = []

    def look(self, port: int, *, models: bool = True) -> Any:
        if models:
            self.asked_models.append(port)
        what, version, tiny = self.ports.get(port, ("other", None, False))
        return Found(port, what, version, tiny and models)


NOTHING, OURS, OTHER = ("nothing", None, False), ("ours", "6.14.2", False), ("other", None, False)
THEIRS, THEIRS_WITH_TINY = ("invokeai", "6.10.0", False), ("invokeai", "6.14.2", True)


def choose(world: World, spare: range = range(9091, 9095)) -> Any:
    return demo_server.choose(9090, world.look, spare)


def test_a_free_port_gets_our_own_server() -> None:
    plan = choose(World(p9090=NOTHING))
    assert (plan.port, plan.start, plan.add_tiny_models, plan.root) == (9090, True, True, None)
    assert plan.reason == "nothing answers on port 9090: starting our own InvokeAI there"


def test_our_own_server_is_used_and_given_the_tiny_models() -> None:
    plan = choose(World(p9090=OURS))
    assert (plan.port, plan.start, plan.add_tiny_models) == (9090, True, True)
    assert "our InvokeAI 6.14.2 is running on port 9090" in plan.reason


def test_someone_elses_invokeai_with_the_tiny_models_is_used_as_it_is() -> None:
    plan = choose(World(p9090=THEIRS_WITH_TINY))
    assert (plan.port, plan.start, plan.add_tiny_models) == (9090, False, False)
    assert plan.reason == "InvokeAI 6.14.2 on port 9090 has the tiny models: using it as it is"


def test_someone_elses_invokeai_without_them_is_left_alone() -> None:
    world = World(p9090=THEIRS, p9091=NOTHING, p9093=NOTHING)
    plan = choose(world)
    assert (plan.port, plan.start, plan.add_tiny_models) == (9091, True, True)
    assert plan.root == str(ROOT / ".invokeai" / "root-9091")  # never the root a server of ours may hold
    assert plan.reason == (
        "InvokeAI 6.10.0 on port 9090 was not started by scripts/serve-invokeai and has no tiny-sdxl model, "
        "so it is left alone (to run the demo on it with its own SDXL model: "
        "INVOKEAI_URL=http://127.0.0.1:9090 scripts/demo); starting our own InvokeAI on port 9091"
    )
    assert world.asked_models == [9090]  # spare ports are only asked whether they are ours


def test_our_server_on_a_spare_port_is_preferred_to_starting_another() -> None:
    plan = choose(World(p9090=OTHER, p9091=NOTHING, p9092=THEIRS_WITH_TINY, p9093=OURS))
    assert (plan.port, plan.start, plan.add_tiny_models, plan.root) == (9093, True, True, None)
    assert plan.reason == (
        "port 9090 is taken by a program that is not InvokeAI, so it is left alone; "
        "our InvokeAI 6.14.2 is on port 9093: using it"
    )


def test_no_port_left_is_an_error_that_says_what_to_do() -> None:
    with pytest.raises(demo_server.DemoServerError, match=r"ports 9091-9094 are taken too: set INVOKEAI_"):
        choose(World(p9090=OTHER, p9092=THEIRS))


def test_dry_run_commands() -> None:
    plan = choose(World(p9090=OTHER, p9091=NOTHING))
    assert plan.serve_command() == [
        str(ROOT / "scripts" / "serve-invokeai"),
        *("--port", "9091", "--root", str(ROOT / ".invokeai" / "root-9091")),
    ]
    assert plan.tiny_models_command("py") == [
        "py",
        str(ROOT / "scripts" / "make-tiny-models"),
        *("--url", "http://127.0.0.1:9091"),
    ]


@pytest.fixture
def web_server(tmp_path: Path) -> Iterator[int]:
    """A plain web server (what a user might run on 9090): pages, but no InvokeAI API."""
    (tmp_path / "index.html").write_text("<html><body>not InvokeAI</body></html>")
    with serve_directory(tmp_path) as url:
        yield int(url.rsplit(":", 1)[1])


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_look_tells_a_web_server_from_a_free_port(web_server: int) -> None:
    assert demo_server.look(web_server) == Found(web_server, "other")
    nobody = free_port()
    assert demo_server.look(nobody) == Found(nobody, "nothing")


def run_demo(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("INVOKEAI_URL", "INVOKEAI_PORT")}
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), *args],
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def test_demo_beside_a_web_server_says_it_starts_its_own(web_server: int) -> None:
    done = run_demo("--dry-run", INVOKEAI_PORT=str(web_server))
    assert done.returncode == 0, done.stderr
    said = done.stdout.splitlines()[0]
    assert said.startswith(f"demo: port {web_server} is taken by a program that is not InvokeAI, so it is ")
    # A developer's own server from an earlier run may sit on a port above; a fresh machine has none.
    started_or_found = r"starting our own InvokeAI on port \d+|our InvokeAI \S+ is on port \d+: using it"
    assert re.search(f"; ({started_or_found})$", said)
    assert "would run: " in done.stdout


def test_demo_rejects_a_bad_port() -> None:
    done = run_demo("--dry-run", INVOKEAI_PORT="nine")
    assert (done.returncode, done.stderr.strip()) == (1, "demo: INVOKEAI_PORT='nine' is not a port number")


@pytest.mark.live
def test_demo_runs_on_the_server_it_is_given(tmp_path: Path) -> None:
    url = os.environ["INVOKEAI_URL"]
    out = tmp_path / "demo.png"
    done = run_demo("--out", str(out), INVOKEAI_URL=url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"demo: using {url} as it is (nothing is installed on it)")
    assert out.read_bytes().startswith(b"\x89PNG")
    # The same server found by its port, as a user's own InvokeAI would be, is used as it is.
    port = urlsplit(url).port
    if urlsplit(url).hostname == "127.0.0.1" and port:
        said = run_demo("--dry-run", INVOKEAI_PORT=str(port)).stdout
        assert "has the tiny models: using it as it is" in said or "our InvokeAI" in said
