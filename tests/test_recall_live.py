"""From an image back to its recipe on each release (5.15.0, 6.7.0, 6.14.2), and from an image made by
the server's own GUI workflow (InvokeAI's bundled "Text to Image - SD1.5", read from the installed
package, never copied here). Live only:

    INVOKEAI_RELEASE_URLS="5.15.0=http://...,6.7.0=http://...,6.14.2=http://..." INVOKEAI_URL=http://... \\
        pytest -m live --disable-recording tests/test_recall_live.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from invokeai_client import NotFoundError, RecipeNotAvailableError, WorkflowDefinition
from tests._graphs import (
    assert_same_graph,
    clear_node_cache,
    enqueue_graph_only,
    image_of,
    sd1_graph_with_metadata,
)
from tests._png import png_bytes
from tests.test_workflow_conformance_live import DEFAULT_WORKFLOWS, _installed_version

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parent.parent
BLUR = ROOT / "examples" / "workflows" / "image-blur.json"
GUI_SD1 = "Text to Image - SD1.5.json"


def _rerun_equal(wf: Any) -> str:
    """Re-run a recalled handle (node cache emptied) and check the new image's stored graph is the
    original's; the new image's name."""
    assert wf.differences() == []
    clear_node_cache(wf.client)
    wf.enqueue()
    again = image_of(wf, wf.wait(timeout=300))
    assert again != wf.image_name
    assert_same_graph(wf.recipe.graph, wf.client.workflows.get_recipe(again).graph)
    return again


def test_a_sweep_variant_is_recalled_and_rerun_on_each_release(release_client: Any) -> None:
    wf = release_client.workflows.create_workflow(WorkflowDefinition.from_file(BLUR))
    wf.set_input_values({"Width": 24, "Height": 24})
    clear_node_cache(release_client)
    wf.enqueue(sweep={"Blur Radius": [1.25, 2.75]})
    items = wf.wait_all(timeout=300)
    by_radius = {i.session.graph.to_dict()["nodes"]["blur"]["radius"]: image_of(wf, i) for i in items}

    recalled = release_client.workflows.from_image(by_radius[2.75])
    assert recalled.from_workflow
    assert recalled.get_input_value("Blur Radius").value == 2.75  # the variant's, not the saved 8.0
    assert recalled.recipe.server_version == release_client.version()
    _rerun_equal(recalled)


def test_a_graph_with_core_metadata_is_recalled_and_rerun_on_each_release(release_client: Any) -> None:
    sent = release_client.workflows.from_graph(sd1_graph_with_metadata(release_client, seed=77))
    clear_node_cache(release_client)
    (item,) = release_client.queue.wait_for_items(enqueue_graph_only(sent), timeout=300)
    recalled = release_client.workflows.from_image(image_of(sent, item))
    assert not recalled.from_workflow
    meta = recalled.metadata
    assert meta is not None
    assert (meta.seed, meta.model_name, meta.width, meta.steps, meta.scheduler) == (
        77,
        "tiny-sd1",
        64,
        2,
        "euler",
    )
    _rerun_equal(recalled)


def test_bad_images_are_named_on_each_release(release_client: Any) -> None:
    with pytest.raises(NotFoundError, match=r"no image named 'no-such-image\.png'"):
        release_client.workflows.from_image("no-such-image.png")
    board = release_client.boards.get_board_handle("none")
    uploaded = board.upload_image_data(png_bytes(4, 4), file_name="recall.png")
    try:
        with pytest.raises(RecipeNotAvailableError) as caught:
            release_client.workflows.from_image(uploaded.image_name)
        assert uploaded.image_name in str(caught.value)
        assert f"InvokeAI {release_client.version()}" in str(caught.value)
    finally:
        release_client.images.delete_image(uploaded.image_name)


def test_an_image_of_the_servers_own_gui_workflow(client: Any) -> None:
    if DEFAULT_WORKFLOWS is None or not (DEFAULT_WORKFLOWS / GUI_SD1).is_file():
        pytest.skip("InvokeAI's default_workflows folder was not found (set INVOKEAI_DEFAULT_WORKFLOWS)")
    if _installed_version() not in (None, client.version()):
        pytest.skip(
            f"the installed library is InvokeAI {_installed_version()}'s, the server {client.version()}"
        )
    wf = client.workflows.create_workflow(WorkflowDefinition.from_file(DEFAULT_WORKFLOWS / GUI_SD1))
    wf.sync_dnn_model(by_name=True, by_base=True)
    ids = {n["data"].get("type"): n["id"] for n in wf.definition.nodes if n["type"] == "invocation"}
    wf.set_input_values({f"{ids['noise']}.width": 64, f"{ids['noise']}.height": 64})
    wf.node(ids["denoise_latents"]).steps = 2
    clear_node_cache(client)
    wf.enqueue()
    original = image_of(wf, wf.wait(timeout=300))

    recalled = client.workflows.from_image(original)
    assert recalled.from_workflow
    assert recalled.name == wf.name
    assert [i.key for i in recalled.list_inputs()] == [i.key for i in wf.list_inputs()]
    # Its "Random Seed" node draws a seed per run: the graph is the same, the seed the server drew is not
    # a field of it (an edge feeds noise.seed).
    _rerun_equal(recalled)
