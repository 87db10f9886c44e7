"""Conformance with InvokeAI's own workflow library, read from the installed invokeai package.

Live-only: run with INVOKEAI_URL set and --disable-recording against a server whose package is installed
here (its default_workflows folder is found via INVOKEAI_DEFAULT_WORKFLOWS, the invokeai package in this
Python, or the repository's .invokeai venv). The files are read in place, never copied into the project.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import httpx
import pytest

from invokeai_client.form import WorkflowForm

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parent.parent
_RELATIVE = Path("app") / "services" / "workflow_records" / "default_workflows"


def _default_workflows_dir() -> Path | None:
    if os.environ.get("INVOKEAI_DEFAULT_WORKFLOWS"):
        return Path(os.environ["INVOKEAI_DEFAULT_WORKFLOWS"])
    spec = importlib.util.find_spec("invokeai")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / _RELATIVE
    found = sorted(ROOT.glob(".invokeai/venv/lib/python3*/site-packages/invokeai"))
    return found[-1] / _RELATIVE if found else None


DEFAULT_WORKFLOWS = _default_workflows_dir()
FILES = sorted(DEFAULT_WORKFLOWS.glob("*.json")) if DEFAULT_WORKFLOWS and DEFAULT_WORKFLOWS.is_dir() else []


def _installed_version() -> str | None:
    if DEFAULT_WORKFLOWS is None:
        return None
    version_file = DEFAULT_WORKFLOWS.parents[3] / "version" / "invokeai_version.py"
    if not version_file.exists():
        return None
    text = version_file.read_text()
    return text.split("=", 1)[1].strip().strip("\"'") if "=" in text else None


def test_library_is_the_servers(server_url: str) -> None:
    """The workflows read here are the ones the server under test ships."""
    if not FILES:
        pytest.skip("InvokeAI's default_workflows folder was not found (set INVOKEAI_DEFAULT_WORKFLOWS)")
    served = httpx.get(f"{server_url}/api/v1/app/version", timeout=10).json()["version"]
    installed = _installed_version()
    if installed is None:
        pytest.skip("cannot tell which InvokeAI version the default workflows came from")
    assert served == installed


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_default_workflow_loads_lists_inputs_and_builds(path: Path) -> None:
    form = WorkflowForm.from_file(path)
    definition = form.definition
    assert definition.meta["version"] == "4.0.0"
    assert definition.meta["category"] == "default"
    inputs = form.list_inputs()
    assert inputs, "every library workflow has a form"
    assert [inp.input_index for inp in inputs] == list(range(len(inputs)))
    for inp in inputs:
        assert inp.label, inp.key
        assert form.get_input(inp.key).key == inp.key
        assert inp.spec.settable, f"{inp.where} is connection-only"
        if inp.value is not None:
            inp.spec.validate(inp.value, where=inp.where)  # the GUI's own values pass our typing

    graph = form.build_graph(graph_id=f"conformance-{path.stem}")
    nodes, edges = graph["nodes"], graph["edges"]
    assert graph["id"] == f"conformance-{path.stem}"
    assert nodes
    for node_id, node in nodes.items():
        assert node["id"] == node_id
        assert {"type", "use_cache", "is_intermediate"} <= set(node)
        assert definition.node(node_id)["type"] == "invocation"
    ends = {
        (e["source"]["node_id"], e["source"]["field"], e["destination"]["node_id"], e["destination"]["field"])
        for e in edges
    }
    assert len(ends) == len(edges), "edges are deduplicated"
    for e in edges:
        assert e["source"]["node_id"] in nodes
        assert e["destination"]["node_id"] in nodes
        assert e["destination"]["field"] not in nodes[e["destination"]["node_id"]]
    form.missing_required()  # computes without error; library workflows ship without models
