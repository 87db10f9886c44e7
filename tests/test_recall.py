"""From an image back to its recipe (`client.workflows.from_image`, `invokeai-client recall`).

Recorded on 6.14.2 with the tiny models (`scripts/record-cassettes tests/test_recall.py`), replayed offline.
Each case makes its image, recalls it, checks the handle holds the values that made it, runs it again and
compares the new image's stored graph with the original's node by node, field by field. The server's node
cache is emptied before each run: an identical graph would otherwise be answered with the cached image.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import NotFoundError, RecalledWorkflow, RecipeNotAvailableError, WorkflowDefinition
from invokeai_client.cli import build_parser, main
from tests._graphs import (
    assert_same_graph,
    clear_node_cache,
    enqueue_graph_only,
    image_of,
    sd1_graph_with_metadata,
)
from tests._png import png_bytes

ROOT = Path(__file__).resolve().parent.parent
SD1 = ROOT / "examples" / "workflows" / "sd1-text-to-image.json"


def _sd1_sweep(client: Any, seeds: list[int]) -> dict[int, str]:
    """examples/workflows/sd1-text-to-image.json, small, swept over `seeds`: seed -> image name."""
    wf = client.workflows.create_workflow(WorkflowDefinition.from_file(SD1))
    wf.sync_dnn_model(by_name=True, by_base=True)
    wf.set_input_values({"Width": 64, "Height": 64, "Steps": 2, "Positive Prompt": "a lighthouse"})
    clear_node_cache(client)
    wf.enqueue(sweep={"Seed": seeds})
    items = wf.wait_all(timeout=300)
    return {i.session.graph.to_dict()["nodes"]["noise"]["seed"]: image_of(wf, i) for i in items}


def _rerun(wf: RecalledWorkflow) -> str:
    """Run the recalled handle again (on a cleared node cache); the new image's name."""
    clear_node_cache(wf.client)
    wf.enqueue()
    return image_of(wf, wf.wait(timeout=300))


def test_a_sweep_variant_of_an_exported_workflow_is_recalled_with_its_values(client: Any) -> None:
    images = _sd1_sweep(client, [101, 202])
    original = images[202]

    wf = client.workflows.from_image(original)
    assert wf.from_workflow
    assert wf.name == "SD1.5 Text to Image"
    # The form holds the variant's seed, not the workflow's saved 42; the rest as the sweep sent them.
    assert wf.get_input_value("Seed").value == 202
    assert [wf.get_input_value(k).value for k in ("Width", "Height", "Steps")] == [64, 64, 2]
    assert wf.get_input_value("Positive Prompt").value == "a lighthouse"
    assert wf.changed["noise.seed"] == 202
    assert wf.differences() == []  # the graph it would send is the image's own
    assert wf.metadata is None  # the example workflow writes no core_metadata

    again = _rerun(wf)
    assert again != original
    assert_same_graph(wf.recipe.graph or {}, client.workflows.get_recipe(again).graph or {})


def test_a_recalled_handle_takes_changes_like_any_handle(client: Any) -> None:
    images = _sd1_sweep(client, [303])
    wf = client.workflows.from_image(images[303])
    wf.get_input_value("Seed").value = 304
    wf.node("denoise").cfg_scale = 4.5  # a field on the form, set through its node
    wf.node("decode").fp32 = True  # a field on no form
    assert sorted(wf.differences()) == [
        "node 'decode' (l2i) field 'fp32': False != True",
        "node 'denoise' (denoise_latents) field 'cfg_scale': 7.0 != 4.5",
        "node 'noise' (noise) field 'seed': 303 != 304",
    ]
    again = _rerun(wf)
    stored = client.workflows.get_recipe(again).graph
    assert (stored["nodes"]["noise"]["seed"], stored["nodes"]["denoise"]["cfg_scale"]) == (304, 4.5)
    assert stored["nodes"]["decode"]["fp32"] is True


def test_a_graph_with_core_metadata_sent_without_a_workflow(client: Any) -> None:
    # As the GUI's generation tabs send it: a graph with a core_metadata node and no workflow.
    sent = client.workflows.from_graph(sd1_graph_with_metadata(client, seed=404))
    clear_node_cache(client)
    (item,) = client.queue.wait_for_items(enqueue_graph_only(sent), timeout=300)
    original = image_of(sent, item)

    wf = client.workflows.from_image(original)
    assert not wf.from_workflow
    assert wf.recipe.workflow is None
    assert wf.list_inputs() == []
    meta = wf.metadata
    assert meta is not None
    assert (meta.generation_mode, meta.positive_prompt, meta.negative_prompt) == (
        "txt2img",
        "a red fox",
        "blurry",
    )
    assert (meta.model_name, meta.width, meta.height, meta.seed) == ("tiny-sd1", 64, 64, 404)
    assert (meta.steps, meta.cfg_scale, meta.scheduler) == (2, 6.5, "euler")
    assert wf.node("noise").seed == 404  # every node field, by node id
    assert wf.differences() == []

    again = _rerun(wf)
    assert again != original
    rerun = client.workflows.get_recipe(again)
    assert_same_graph(wf.recipe.graph or {}, rerun.graph or {})
    assert rerun.metadata == meta


def test_a_graph_built_in_code_through_this_client(client: Any) -> None:
    sent = client.workflows.from_graph(sd1_graph_with_metadata(client, seed=505), name="fox in code")
    clear_node_cache(client)
    sent.enqueue()
    original = image_of(sent, sent.wait(timeout=300))

    wf = client.workflows.from_image(original)
    assert wf.from_workflow
    assert wf.name == "fox in code"
    assert wf.metadata is not None
    assert wf.metadata.seed == 505
    assert wf.differences() == []
    again = _rerun(wf)
    assert_same_graph(wf.recipe.graph or {}, client.workflows.get_recipe(again).graph or {})


def test_an_unknown_image_is_named(client: Any) -> None:
    with pytest.raises(NotFoundError, match=r"no image named 'no-such-image\.png'"):
        client.workflows.from_image("no-such-image.png")


def test_an_uploaded_image_has_no_recipe(client: Any) -> None:
    uploaded = client.boards.get_board_handle("none").upload_image_data(png_bytes(4, 4), file_name="r.png")
    try:
        recipe = client.workflows.get_recipe(uploaded.image_name)
        assert (recipe.graph, recipe.workflow, recipe.metadata, recipe.source) == (None, None, None, "none")
        with pytest.raises(RecipeNotAvailableError) as caught:
            client.workflows.from_image(uploaded.image_name)
        message = str(caught.value)
        assert f"image {uploaded.image_name!r} has no graph stored" in message
        assert f"InvokeAI {client.version()}" in message
        assert "uploaded" in message
    finally:
        client.images.delete_image(uploaded.image_name)


def test_cli_recall_prints_values_and_commands(
    client: Any, server_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sent = client.workflows.from_graph(sd1_graph_with_metadata(client, seed=606, prompt="a fox, at dusk"))
    clear_node_cache(client)
    (item,) = client.queue.wait_for_items(enqueue_graph_only(sent), timeout=300)
    original = image_of(sent, item)

    assert main(["--json", "recall", original, "--url", server_url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"] == "graph"
    assert report["metadata"]["seed"] == 606
    assert report["node_fields"]["noise (noise)"] == {"seed": 606, "width": 64, "height": 64}
    # The preset that makes the same image, as a command the parser takes.
    preset = (
        "invokeai-client generate 'a fox, at dusk' --model tiny-sd1 --width 64 --height 64 --steps 2 "
        "--cfg-scale 6.5 --scheduler euler --seed 606 --negative-prompt blurry"
    )
    # The server's URL is part of the commands unless it is the default one.
    url = "" if server_url == "http://127.0.0.1:9090" else f" --url {server_url}"
    assert report["commands"]["generate"] == preset + url
    assert build_parser().parse_args(shlex.split(preset + url)[1:]).seed == 606
    assert report["commands"]["rerun"] == f"invokeai-client recall {original} --run{url}"

    assert main(["recall", original, "--url", server_url]) == 0
    shown = capsys.readouterr().out
    assert "positive_prompt" in shown
    assert "a fox, at dusk" in shown
    assert f"re-run it: invokeai-client recall {original} --run{url}" in shown

    clear_node_cache(client)
    out = tmp_path / "again"
    assert main(["--json", "recall", original, "--run", "--out", str(out), "--url", server_url]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["completed"], result["variants"]) == (1, 1)
    (image,) = result["items"][0]["images"]
    assert image["image_name"] != original
    assert Path(image["path"]).is_file()
    assert (out / "manifest.csv").is_file()
    assert_same_graph(
        client.workflows.get_recipe(original).graph, client.workflows.get_recipe(image["image_name"]).graph
    )


def test_cli_recall_of_an_unknown_image(server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["recall", "no-such-image.png", "--url", server_url]) == 1
    assert "no image named 'no-such-image.png'" in capsys.readouterr().err
