"""The core path on each recorded InvokeAI release (5.15.0, 6.7.0, 6.14.2): one client for all of them.

Recorded from a real server of each release (`INVOKEAI_RELEASE_URLS=... scripts/record-cassettes
tests/test_releases.py`), replayed offline; live with INVOKEAI_RELEASE_URLS and --disable-recording.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    FeatureNotAvailableError,
    NodeTypeNotAvailableError,
    WorkflowDefinition,
)
from tests._png import png_bytes
from tests._workflows import blur_with_canvas_output

ROOT = Path(__file__).resolve().parent.parent
BLUR = ROOT / "examples" / "workflows" / "image-blur.json"
SD1 = ROOT / "examples" / "workflows" / "sd1-text-to-image.json"
SDXL = ROOT / "examples" / "workflows" / "sdxl-text-to-image.json"


def _blur(client: Any, radius: float) -> Any:
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(BLUR))
    wf.get_input_value("Width").value = 32
    wf.get_input_value("Height").value = 32
    wf.get_input_value("Blur Radius").value = radius
    return wf


def test_single_job_waits_maps_and_downloads(release_client: Any, request: pytest.FixtureRequest) -> None:
    wf = _blur(release_client, 2.25)
    submission = wf.submit_sync()
    assert len(submission.item_ids) == 1  # 5.x answers carry no ids: found on the queue's list
    item = wf.wait_for_completion_sync(timeout=120)
    assert item.item_id == submission.item_ids[0]
    names = [n for m in wf.map_outputs_to_images(item, include_intermediate=False) for n in m.image_names]
    assert len(names) == 1
    data = release_client.board_repo.get_board_handle("none").download_image(names[0])
    assert data.startswith(b"\x89PNG")


def test_sweep_in_one_request(release_client: Any) -> None:
    wf = _blur(release_client, 1.0)
    submission = wf.submit_sync(sweep={"Blur Radius": [1.5, 2.5, 3.5]})
    assert len(submission.item_ids) == 3
    items = list(wf.wait_for_all_sync(timeout=120))
    assert sorted(i.item_id for i in items) == submission.item_ids
    assert {str(i.status) for i in items} == {"completed"}
    radii = {m.item_id: m.field_values["blur.radius"] for i in items for m in wf.map_outputs_to_images(i)}
    assert sorted(radii.values()) == [1.5, 2.5, 3.5]


def test_boards_and_upload(release_client: Any, request: pytest.FixtureRequest) -> None:
    name = f"releases {request.node.name}"
    board = release_client.board_repo.get_or_create_board(name)
    try:
        assert board.board_id in {b.board_id for b in release_client.board_repo.list_boards()}
        image = board.upload_image_data(png_bytes(5, 3), file_name="release.png")
        assert (image.width, image.height) == (5, 3)
        assert board.get_image_count() == 1
        assert board.latest_image().image_name == image.image_name
    finally:
        release_client.board_repo.delete_board(board.board_id, delete_images=True)


def test_models_and_a_model_workflow(release_client: Any) -> None:
    names = {m.name for m in release_client.dnn_model_repo.list_models()}
    assert {"tiny-sd1", "tiny-sdxl"} <= names
    sdxl = release_client.workflow_repo.create_workflow(WorkflowDefinition.from_file(SDXL))
    assert sdxl.sync_dnn_model(by_name=True, by_base=True)
    wf = release_client.workflow_repo.create_workflow(WorkflowDefinition.from_file(SD1))
    wf.sync_dnn_model(by_name=True, by_base=True)
    for label, value in (("Width", 64), ("Height", 64), ("Steps", 2), ("Seed", 11)):
        wf.get_input_value(label).value = value
    wf.submit_sync()
    item = wf.wait_for_completion_sync(timeout=120)
    assert [n for m in wf.map_outputs_to_images(item) for n in m.image_names]


def test_queue_status_and_version(
    release_client: Any, release_url: str, request: pytest.FixtureRequest
) -> None:
    status = release_client.queue.get_status()
    assert status.queue.total >= 0
    assert release_client.version() == request.node.callspec.params["release_url"]
    assert release_client.queue.latest(2)


def test_node_types_the_release_lacks_are_named_before_sending(release_client: Any) -> None:
    from invokeai_api import _releases

    data = blur_with_canvas_output("To canvas")
    wf = release_client.workflow_repo.create_workflow(WorkflowDefinition.from_dict(data))
    version = release_client.version()
    if _releases.node_type("canvas_output").covers(version):
        assert wf.lacking_nodes() == []
        return
    (lacking,) = wf.lacking_nodes()
    assert (lacking.node_id, lacking.label, lacking.node_type) == ("to-canvas", "To canvas", "canvas_output")
    with pytest.raises(NodeTypeNotAvailableError) as caught:
        wf.submit_sync()
    message = str(caught.value)
    assert "'to-canvas' (To canvas): type 'canvas_output' needs InvokeAI >=" in message
    assert f"InvokeAI {version}" in message
    assert wf.last_submission is None


def test_login_where_the_release_has_no_multi_user_mode(release_client: Any) -> None:
    from invokeai_api import _releases

    version = release_client.version()
    if _releases.operation("POST", "/api/v1/auth/login").covers(version):
        pytest.skip(f"InvokeAI {version} has multi-user mode (tests/test_auth_live.py covers it)")
    with pytest.raises(FeatureNotAvailableError, match=rf"logging in .* needs InvokeAI >= 6\.12.*{version}"):
        release_client.login("someone@example.com", "not-sent")
