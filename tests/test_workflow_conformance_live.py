"""Conformance with InvokeAI's own workflow library, read from the installed invokeai package.

Live-only: run with INVOKEAI_URL set and --disable-recording against a server whose package is installed
here (its default_workflows folder is found via INVOKEAI_DEFAULT_WORKFLOWS, the invokeai package in this
Python, or the repository's .invokeai venv). The files are read in place, never copied into the project.
"""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from invokeai_client import (
    BadRequestError,
    MissingInputError,
    NodeTypeNotAvailableError,
    UnprocessableEntityError,
    UnresolvedModelError,
    WorkflowDefinition,
    WorkflowHandle,
)
from invokeai_client.workflow.form import WorkflowForm
from invokeai_client.workflow.values import load_catalog, spec_for
from tests._png import png_bytes

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
_NO_LIBRARY = "InvokeAI's default_workflows folder was not found (set INVOKEAI_DEFAULT_WORKFLOWS)"
# Without the library (offline, or no invokeai installed here) one skipped case stands for the files, so
# collection never meets an empty parameter set.
WORKFLOW_FILES = [pytest.param(p, id=p.stem) for p in FILES] or [
    pytest.param(None, id="no-library", marks=pytest.mark.skip(reason=_NO_LIBRARY))
]


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
        pytest.skip(_NO_LIBRARY)
    served = httpx.get(f"{server_url}/api/v1/app/version", timeout=10).json()["version"]
    installed = _installed_version()
    if installed is None:
        pytest.skip("cannot tell which InvokeAI version the default workflows came from")
    assert served == installed


@pytest.mark.parametrize("path", WORKFLOW_FILES)
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


def _fill_images(wf: WorkflowHandle, client: Any, uploaded: list[str]) -> None:
    """Give every unset required image input a small uploaded image."""
    for missing in wf.missing_required():
        spec = spec_for(missing.node_type, missing.field_name)
        if spec.kind != "image" or missing.connection_only:
            continue
        if not uploaded:
            image = client.images.upload_image_data(png_bytes(64, 64), is_intermediate=True)
            uploaded.append(image.image_name)
        one = {"image_name": uploaded[0]}
        value = [one] if spec.cardinality == "collection" else one
        wf.definition.node(missing.node_id)["data"]["inputs"][missing.field_name]["value"] = value


def _outcome(wf: WorkflowHandle, client: Any, uploaded: list[str]) -> tuple[str, str]:
    try:
        wf.sync_dnn_model(by_name=True, by_base=True)
        _fill_images(wf, client, uploaded)
        wf.submit_sync()
    except UnresolvedModelError as exc:
        return "model not installed", str(exc)
    except MissingInputError as exc:
        return "missing input", str(exc)
    except NodeTypeNotAvailableError as exc:
        return "node type not on this release", str(exc)
    except (UnprocessableEntityError, BadRequestError) as exc:
        return "refused", str(exc)
    wf.cancel_sync()
    statuses = {item.status for item in wf.wait_for_all_sync(timeout=300)}
    return "accepted", ",".join(sorted(statuses))


@pytest.mark.parametrize("path", WORKFLOW_FILES)
def test_default_workflow_is_accepted_or_its_gap_reported_before_sending(path: Path, client: Any) -> None:
    """Resolved to installed models (and given an image where one is required), a library workflow is
    accepted at enqueue. What cannot be had here (a FLUX, SD3 or Wan model, a video) is reported by the
    client itself before sending, naming the input."""
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(path))
    uploaded: list[str] = []
    try:
        outcome, detail = _outcome(wf, client, uploaded)
    finally:
        for name in uploaded:
            client.images.delete_image(name)
    print(f"{path.stem}: {outcome}")
    if outcome == "accepted":
        assert set(detail.split(",")) <= {"completed", "failed", "canceled"}
    elif outcome == "model not installed":
        assert "is not installed" in detail
        assert re.search(r"\(\S+\.\w+\)", detail), "names node and field"
    elif outcome == "node type not on this release":
        assert wf.last_submission is None
        assert re.search(r"node '[^']+' \(.+\): type '\w+' needs InvokeAI", detail), detail
    elif outcome == "missing input":
        assert wf.last_submission is None
        assert re.search(r"input \d+ .*needs a", detail)
    else:
        # Refused by the server: only for a value the server checks itself (a file path that must exist),
        # or node types no covered release knows; the message then names the form input.
        unknown = {n["data"]["type"] for n in wf.definition.invocation_nodes()} - set(
            load_catalog().invocations
        )
        assert unknown or re.search(r"input \d+ '", detail), detail


def test_multi_controlnet_names_the_node_types_the_release_lacks_first(client: Any) -> None:
    """InvokeAI's own "Multi ControlNet (Canny & Depth)" on a release without its processors: the lacking
    node types are the first thing said, with its unset inputs in the same error (issue 17, item 13)."""
    path = (DEFAULT_WORKFLOWS or Path("/nonexistent")) / "Multi ControlNet (Canny & Depth).json"
    if not path.is_file():
        pytest.skip(_NO_LIBRARY)
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(path))
    lacking = wf.lacking_nodes()
    if not lacking:
        pytest.skip("this server's release has every node type of the workflow")
    assert wf.missing_required(), "shipped without models or images: inputs are unset too"
    with pytest.raises(NodeTypeNotAvailableError) as caught:
        wf.enqueue()
    message = str(caught.value)
    for node in lacking:
        assert f"type {node.node_type!r} needs" in message
    assert f"It also leaves {len(wf.missing_required())} required input(s) unset" in message
    assert wf.last_submission is None
