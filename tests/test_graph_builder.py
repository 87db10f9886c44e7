"""The graph builder checks as the workflow editor does, exports the editor's format, and turns workflows
into code that rebuilds them (offline)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import InvalidValueError, WorkflowDefinition
from invokeai_client.errors import InputNotFoundError, ValidationError
from invokeai_client.graph import Graph, GraphError, UnknownFieldError, nodes, workflow_to_code
from invokeai_client.workflow.form import WorkflowForm
from invokeai_client.workflow.graph import build_graph
from invokeai_client.workflow.sweeps import sweep_batch_data

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "workflows"
MODEL = {"key": "k-sdxl", "hash": "h", "name": "tiny-sdxl", "base": "sdxl", "type": "main"}
# InvokeAI ships its workflow library in the package; a server install here has it.
BUNDLED = next(
    iter(sorted(ROOT.parent.glob("main/.invokeai/venv/lib/python3*/site-packages/invokeai/app/services/"
                                 "workflow_records/default_workflows"))),
    None,
)  # fmt: skip


def sdxl() -> tuple[Graph, dict[str, Any]]:
    g = Graph()
    loader = g.add(nodes.SDXLModelLoader(model=MODEL))
    positive = nodes.SDXLCompelPrompt(prompt="a fox", style="a fox", clip=loader.clip, clip2=loader.clip2)
    negative = nodes.SDXLCompelPrompt(prompt="", clip=loader.clip, clip2=loader.clip2)
    noise = nodes.Noise(seed=1, width=128, height=128)
    denoise = nodes.DenoiseLatents(
        positive_conditioning=positive.conditioning,
        negative_conditioning=negative.conditioning,
        unet=loader.unet,
        noise=noise.noise,
        steps=4,
    )
    decode = g.add(nodes.LatentsToImage(latents=denoise.latents, vae=loader.vae))
    return g, {"loader": loader, "positive": positive, "noise": noise, "denoise": denoise, "decode": decode}


# --- building and checking ---------------------------------------------------------------------------------


def test_nodes_reached_through_handles_are_added_with_ids_from_their_types() -> None:
    g, n = sdxl()
    assert [node.id for node in g] == [
        "sdxl_model_loader", "sdxl_compel_prompt", "sdxl_compel_prompt_2", "noise", "denoise_latents", "l2i",
    ]  # fmt: skip
    assert len(g.edges) == 10
    assert g.problems() == []
    assert n["noise"] in g


def test_a_bad_value_names_node_field_and_what_is_allowed() -> None:
    with pytest.raises(InvalidValueError, match=r"node noise \(noise\) input 'seed'.*>= 0"):
        nodes.Noise(seed=-1)
    with pytest.raises(InvalidValueError, match=r"'width'.*multiple of 8"):
        nodes.Noise(width=100)
    with pytest.raises(InvalidValueError, match=r"scheduler.*one of 'ddim'"):
        nodes.DenoiseLatents(scheduler="nope")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"'unet' takes no value: connect"):
        nodes.DenoiseLatents(unet={"unet": {}})  # type: ignore[arg-type]
    denoise = nodes.DenoiseLatents(noise=nodes.Noise().noise)
    with pytest.raises(InvalidValueError):
        denoise["noise"] = {"latents_name": "x"}
    assert denoise["noise"].field == "noise"  # a failed assignment leaves the input as it was
    with pytest.raises(UnknownFieldError, match=r"has no input 'sed'; its inputs: .*seed"):
        nodes.Noise().set(sed=1)
    with pytest.raises(UnknownFieldError, match=r"has no output 'latent'; its outputs: height, noise, width"):
        nodes.Noise().output("latent")


def test_connection_types_are_checked_as_the_editor_checks_them() -> None:
    g, n = sdxl()
    n["denoise"]["unet"] = n["loader"].vae  # VAEField into UNetField
    n["denoise"]["steps"] = n["noise"].width  # integer output into an integer input: fine
    n["denoise"]["cfg_scale"] = n["noise"].width  # integer into float (or a list of floats): fine
    n["positive"]["prompt"] = n["noise"].width  # integer into string: fine
    (problem,) = g.problems()
    assert problem == (
        "node denoise_latents (denoise_latents) input 'unet' takes UNetField; "
        "sdxl_model_loader.vae gives VAEField"
    )
    with pytest.raises(GraphError) as caught:
        g.check()
    assert caught.value.problems == [problem]
    with pytest.raises(GraphError):
        g.to_workflow("bad")


def test_one_connection_per_input_but_a_collect_nodes_item() -> None:
    a, b = nodes.Integer(value=1), nodes.Integer(value=2)
    with pytest.raises(InvalidValueError, match="takes one connection, not 2: gather"):
        nodes.Add(a=[a.value, b.value])  # type: ignore[arg-type]
    g = Graph()
    collect = g.add(nodes.Collect(item=[a.value, b.value]))
    assert [e.source for e in g.edges] == ["integer", "integer_2"]
    assert g.problems() == []
    collect["item"] = [a.value, nodes.String(value="x").value]
    g.add(collect)
    assert g.problems() == [
        "node collect (collect) input 'item' mixes IntegerField and StringField (from string.value): "
        "a collect node gathers one type"
    ]


def test_cycles_and_required_inputs() -> None:
    g = Graph()
    first = g.add(nodes.Add(a=1))
    second = g.add(nodes.Add(a=first.value))
    first["b"] = second.value
    assert g.problems() == ["the connections make a cycle: add -> add_2 -> add"]
    g2 = Graph()
    g2.add(nodes.DenoiseLatents())
    missing = g2.problems()
    assert (
        "node denoise_latents (denoise_latents) input 'unet' (UNet) is required and needs a connection"
        in missing
    )
    assert g2.problems(required=False) == []
    g2.to_workflow("saved unfinished, as the editor allows")
    with pytest.raises(GraphError, match="is required"):
        g2.to_graph()


def test_dynamic_nodes_by_type_name() -> None:
    g = Graph()
    noise = g.node("noise", seed=5, node_label="My noise")
    blur = g.node("img_blur", radius=1.5, image={"image_name": "x.png"})
    assert noise.noise.field == "noise"
    assert blur["image"] == {"image_name": "x.png"}
    with pytest.raises(AttributeError):
        _ = noise.latents
    with pytest.raises(ValidationError, match="unknown node type 'no_such_node'"):
        g.node("no_such_node")


# --- export -------------------------------------------------------------------------------------------------


def test_to_workflow_loads_back_with_its_form_in_order() -> None:
    g, n = sdxl()
    exported = g.to_workflow(
        "code", form=[(n["noise"], "seed"), (n["positive"], "prompt"), (n["decode"], "board")]
    )
    assert exported["meta"] == {"version": "3.0.0", "category": "user"}
    assert json.loads(json.dumps(exported)) == exported
    back = WorkflowDefinition.from_dict(exported)
    form = WorkflowForm(back)
    assert [(i.input_index, i.key, i.value) for i in form.list_inputs()] == [
        (0, "noise.seed", 1), (1, "sdxl_compel_prompt.prompt", "a fox"), (2, "l2i.board", None),
    ]  # fmt: skip
    assert build_graph(back, id="g") == g.to_graph("g")
    positions = {node["id"]: node["position"]["x"] for node in exported["nodes"]}
    assert positions["sdxl_model_loader"] < positions["sdxl_compel_prompt"] < positions["denoise_latents"]


def test_form_entries_are_checked() -> None:
    g, n = sdxl()
    with pytest.raises(ValidationError, match="connection-only input cannot be on the form"):
        g.to_workflow("x", form=[(n["denoise"], "unet")])
    with pytest.raises(ValidationError, match="has no input 'sed'"):
        g.to_workflow("x", form=[(n["noise"], "sed")])
    with pytest.raises(ValidationError, match="not in the graph"):
        g.to_workflow("x", form=[(nodes.Noise(), "seed")])


# --- any field of a loaded workflow ------------------------------------------------------------------------


def test_any_node_field_of_a_loaded_workflow_by_id_or_label() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sdxl-text-to-image.json")
    form.node("denoise").denoising_start = 0.25  # not on the form
    form.node("Positive Prompt").style = "oil"  # by label
    graph = form.build_graph("g")
    assert graph["nodes"]["denoise"]["denoising_start"] == 0.25
    assert graph["nodes"]["positive_prompt"]["style"] == "oil"
    assert form.get_input("denoise.denoising_start").value == 0.25
    with pytest.raises(
        InvalidValueError,
        match=r"node 'Denoise - SD1.5, SDXL' input 'denoising_start' \(denoise.denoising_start\).*<= 1",
    ):
        form.node("denoise").denoising_start = 3
    with pytest.raises(InputNotFoundError, match=r"has no input 'stepz'; its inputs: .*steps"):
        form.node("denoise").stepz = 3
    with pytest.raises(InvalidValueError, match=r"is connected to noise\.noise"):
        form.node("denoise").noise = None
    with pytest.raises(
        InputNotFoundError, match="no node with id or label 'denoize'; did you mean 'denoise'"
    ):
        form.node("denoize")


def test_sweeps_reach_fields_on_no_form() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sdxl-text-to-image.json")
    data, variants = sweep_batch_data(form, {"denoise.denoising_start": [0.0, 0.5], "Seed": [1, 2]})
    assert variants == 4
    assert [d["node_path"] + "." + d["field_name"] for group in data for d in group] == [
        "denoise.denoising_start", "noise.seed",
    ]  # fmt: skip
    with pytest.raises(InvalidValueError, match=r"sweep value 1"):
        sweep_batch_data(form, {"denoise.denoising_start": [0.0, 5.0]})


# --- graph to code -----------------------------------------------------------------------------------------


def _same_graph(code_graph: dict[str, Any], original: dict[str, Any]) -> None:
    """Equal nodes and edges; inputs the saved workflow lacks (older node versions) may be at defaults."""
    from invokeai_client.graph._templates import template

    assert set(code_graph["nodes"]) == set(original["nodes"])
    for node_id, ours in code_graph["nodes"].items():
        theirs = original["nodes"][node_id]
        found = template(ours["type"])
        extra = {k: v for k, v in ours.items() if k not in theirs}
        assert found is not None
        assert all(found.inputs[k].default == v for k, v in extra.items()), (node_id, extra)
        assert {k: v for k, v in ours.items() if k in theirs} == theirs, node_id
    key = lambda e: json.dumps(e, sort_keys=True)  # noqa: E731
    assert sorted(code_graph["edges"], key=key) == sorted(original["edges"], key=key)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_code_of_a_workflow_rebuilds_its_graph(path: Path) -> None:
    namespace: dict[str, Any] = {}
    exec(workflow_to_code(path), namespace)
    graph, form = namespace["graph"], namespace["form"]
    original = WorkflowDefinition.from_file(path)
    _same_graph(build_graph(graph.to_definition("x", form), id="g"), build_graph(original, id="g"))
    assert [i.key for i in WorkflowForm(graph.to_definition("x", form)).list_inputs()] == [
        i.key for i in WorkflowForm(original).list_inputs()
    ]


@pytest.mark.skipif(BUNDLED is None, reason="no InvokeAI install with its bundled workflows here")
def test_code_of_invokeais_bundled_workflows_rebuilds_their_graphs() -> None:
    assert BUNDLED is not None
    paths = sorted(BUNDLED.glob("*.json"))
    assert len(paths) == 26
    for path in paths:
        namespace: dict[str, Any] = {}
        exec(workflow_to_code(path), namespace)
        original = WorkflowDefinition.from_file(path)
        _same_graph(build_graph(namespace["graph"].to_definition(), id="g"), build_graph(original, id="g"))


def test_code_of_a_queue_items_graph() -> None:
    g, _ = sdxl()
    sent = g.to_graph("g")
    namespace: dict[str, Any] = {}
    exec(workflow_to_code(sent), namespace)
    assert namespace["graph"].to_graph("g") == sent


def test_cli_code_prints_a_script(tmp_path: Path) -> None:
    out = tmp_path / "wf.py"
    command = [sys.executable, "-m", "invokeai_client.cli", "code", str(EXAMPLES / "sd1-text-to-image.json")]
    subprocess.run([*command, "--output", str(out)], check=True, capture_output=True)
    printed = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    assert printed == out.read_text()
    assert "graph = Graph()" in printed
    assert "nodes.MainModelLoader(" in printed
