"""Graphs built from workflows follow the GUI's buildNodesGraph rules (offline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.form import WorkflowForm
from invokeai_client.workflow.graph import build_graph, is_executable, missing_required

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "workflows"
EXAMPLES = ROOT / "examples" / "workflows"


@pytest.fixture
def rules() -> WorkflowDefinition:
    return WorkflowDefinition.from_file(DATA / "connectors-batch-boards.json")


def edge(source: str, out: str, target: str, into: str) -> dict[str, Any]:
    return {"source": {"node_id": source, "field": out}, "destination": {"node_id": target, "field": into}}


def test_only_executable_invocations_become_nodes(rules: WorkflowDefinition) -> None:
    graph = build_graph(rules, id="g-1")
    assert graph["id"] == "g-1"
    # No notes, connectors, batch or generator nodes.
    assert list(graph["nodes"]) == [
        "n1",
        "add1",
        "add2",
        "custom",
        "save_auto",
        "save_none",
        "save_board",
        "save_unset",
    ]
    assert not is_executable(rules.node("batch"))
    assert not is_executable(rules.node("gen"))
    assert not is_executable(rules.node("conn-a"))
    assert is_executable(rules.node("custom"))


def test_connectors_are_resolved_and_edges_deduplicated(rules: WorkflowDefinition) -> None:
    edges = build_graph(rules, id="g")["edges"]
    # n1 -> conn-a -> conn-b -> add1.a and the direct n1 -> add1.a are one edge; the collapsed edge is
    # UI-only; the dangling connector and the batch node's edges go nowhere.
    assert edges == [edge("n1", "value", "add1", "a"), edge("add1", "value", "custom", "count")]


def test_connected_inputs_are_left_out_and_literals_kept(rules: WorkflowDefinition) -> None:
    nodes = build_graph(rules, id="g")["nodes"]
    assert nodes["add1"] == {"type": "add", "id": "add1", "b": 10, "use_cache": True, "is_intermediate": True}
    # The dangling connector gives nothing, so add2.a keeps its value; the batch node's edge is batch data.
    assert nodes["add2"] == {
        "type": "add",
        "id": "add2",
        "a": 7,
        "b": 0,
        "use_cache": True,
        "is_intermediate": True,
    }


def test_fields_the_node_type_lacks_are_dropped_but_custom_nodes_keep_theirs(
    rules: WorkflowDefinition,
) -> None:
    nodes = build_graph(rules, id="g")["nodes"]
    assert "c" not in nodes["add1"]  # add has no input c (any more)
    assert nodes["custom"] == {
        "type": "my_custom_node",
        "id": "custom",
        "strength": 0.5,
        "style": "watercolor",
        "use_cache": True,
        "is_intermediate": True,
    }


def test_board_values(rules: WorkflowDefinition) -> None:
    nodes = build_graph(rules, id="g")["nodes"]
    assert "board" not in nodes["save_auto"]
    assert "board" not in nodes["save_none"]
    assert nodes["save_board"]["board"] == {"board_id": "b-1"}
    assert "board" not in nodes["save_unset"]
    # With an auto-add board (the GUI's setting), "auto" and unset boards go there; "none" stays as it is.
    nodes = build_graph(rules, id="g", auto_board="b-auto")["nodes"]
    assert nodes["save_auto"]["board"] == {"board_id": "b-auto"}
    assert nodes["save_unset"]["board"] == {"board_id": "b-auto"}
    assert "board" not in nodes["save_none"]
    assert nodes["save_board"]["board"] == {"board_id": "b-1"}
    assert "board" not in build_graph(rules, id="g", auto_board="none")["nodes"]["save_auto"]


def test_values_override_saved_ones(rules: WorkflowDefinition) -> None:
    values = {("add1", "b"): 11, ("save_none", "board"): "b-2", ("add2", "a"): None, ("add1", "a"): 99}
    nodes = build_graph(rules, values, id="g")["nodes"]
    assert nodes["add1"]["b"] == 11
    assert "a" not in nodes["add1"]  # still connected: the edge wins
    assert nodes["save_none"]["board"] == {"board_id": "b-2"}
    assert "a" not in nodes["add2"]  # None leaves the input out (server default)
    assert rules.node("add1")["data"]["inputs"]["b"]["value"] == 10  # the definition is untouched


def test_is_intermediate_and_use_cache_come_from_the_node() -> None:
    wf = WorkflowDefinition.from_file(DATA / "v3-nested-form.json")
    nodes = build_graph(wf, id="g")["nodes"]
    assert (nodes["blank"]["is_intermediate"], nodes["blank"]["use_cache"]) == (True, True)
    assert (nodes["blur"]["is_intermediate"], nodes["blur"]["use_cache"]) == (False, False)


def test_graph_ids_default_to_the_id_maker() -> None:
    wf = WorkflowDefinition.from_file(EXAMPLES / "image-blur.json")
    assert build_graph(wf)["id"].startswith("test-")  # conftest makes ids deterministic
    assert build_graph(wf)["id"] != build_graph(wf)["id"]


def test_sdxl_example_graph() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sdxl-text-to-image.json")
    model = {"key": "k-1", "hash": "h", "name": "tiny-sdxl", "base": "sdxl", "type": "main"}
    form.set_input_value("Model", model)
    form.set_input_value("Positive Prompt", "a red fox")
    form.set_input_value("Board", "b-9")
    graph = form.build_graph("g")
    nodes = graph["nodes"]
    assert set(nodes) == {"model_loader", "positive_prompt", "negative_prompt", "noise", "denoise", "decode"}
    assert nodes["model_loader"] == {
        "type": "sdxl_model_loader",
        "id": "model_loader",
        "model": model,
        "use_cache": True,
        "is_intermediate": True,
    }
    assert nodes["positive_prompt"]["prompt"] == "a red fox"
    assert "clip" not in nodes["positive_prompt"]
    assert "clip2" not in nodes["positive_prompt"]
    assert nodes["denoise"]["cfg_scale"] == 7
    assert nodes["denoise"]["scheduler"] == "euler"
    assert not {"unet", "noise", "positive_conditioning", "negative_conditioning"} & set(nodes["denoise"])
    assert nodes["decode"]["board"] == {"board_id": "b-9"}
    assert nodes["decode"]["is_intermediate"] is False
    assert edge("model_loader", "clip2", "negative_prompt", "clip2") in graph["edges"]
    assert len(graph["edges"]) == 10
    assert form.missing_required() == []


def test_missing_required(rules: WorkflowDefinition) -> None:
    wf = WorkflowDefinition.from_file(EXAMPLES / "sdxl-image-to-image.json")
    missing = missing_required(wf)
    assert [(m.node_id, m.field_name, m.input_index, m.connection_only) for m in missing] == [
        ("model_loader", "model", 6, False),
        ("resize", "image", 0, False),
    ]
    assert str(missing[1]) == "input 0 Resize Image -> Input Image (resize.image) needs a value"
    assert (
        missing_required(
            wf, {("model_loader", "model"): {"key": "k"}, ("resize", "image"): {"image_name": "a"}}
        )
        == []
    )
    # A required connection without an edge.
    data = wf.to_dict()
    data["edges"] = [e for e in data["edges"] if e["targetHandle"] != "unet"]
    unconnected = missing_required(WorkflowDefinition.from_dict(data))
    assert ("denoise", "unet", None, True) in [
        (m.node_id, m.field_name, m.input_index, m.connection_only) for m in unconnected
    ]
    assert "denoise.unet) needs a connection" in str(next(m for m in unconnected if m.field_name == "unet"))
    assert missing_required(rules) == []  # custom nodes are not checked


def test_every_example_builds() -> None:
    for path in sorted(EXAMPLES.glob("*.json")):
        form = WorkflowForm.from_file(path)
        graph = form.build_graph("g")
        assert graph["nodes"], path.name
        node_ids = set(graph["nodes"])
        for e in graph["edges"]:
            assert {e["source"]["node_id"], e["destination"]["node_id"]} <= node_ids
            assert e["destination"]["field"] not in graph["nodes"][e["destination"]["node_id"]]
        assert all(n["id"] == key for key, n in graph["nodes"].items())
