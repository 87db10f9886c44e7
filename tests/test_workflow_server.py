"""Our own workflows run on a real InvokeAI with the tiny models: submit, sweep, wait, map outputs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    BoardHandle,
    JobFailedError,
    MissingInputError,
    UnprocessableEntityError,
    UnresolvedBoardError,
    WorkflowDefinition,
    WorkflowHandle,
)
from tests._png import png_bytes

WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"


def load(client: Any, name: str) -> WorkflowHandle:
    return client.workflow_repo.create_workflow(WorkflowDefinition.from_file(WORKFLOWS / f"{name}.json"))  # type: ignore[no-any-return]


def small_sdxl(client: Any, name: str, seed: int) -> WorkflowHandle:
    wf = load(client, name)
    wf.set_input_values({"Width": 256, "Height": 256, "Steps": 4, "Seed": seed})
    return wf


@pytest.fixture
def board(client: Any, request: pytest.FixtureRequest) -> Iterator[BoardHandle]:
    handle = client.board_repo.create_board(f"test {request.node.name}")
    yield handle
    client.board_repo.delete_board(handle.board_id, delete_images=True)


def test_sdxl_text_to_image_runs_and_maps_its_output(client: Any, board: BoardHandle) -> None:
    wf = small_sdxl(client, "sdxl-text-to-image", seed=1001)
    changes = wf.sync_dnn_model(by_name=True, by_base=True)
    assert [(c.node_id, c.field_name, c.after["name"], c.matched_by) for c in changes] == [
        ("model_loader", "model", "tiny-sdxl", "base")
    ]
    wf.get_input_value("Board").value = board.board_id

    submission = wf.submit_sync()
    assert len(submission.item_ids) == 1
    item = wf.wait_for_completion_sync(timeout=120)
    assert item.status == "completed"

    (mapping,) = wf.map_outputs_to_images(item, include_intermediate=False)
    assert (mapping.node_id, mapping.node_type, mapping.board_id) == ("decode", "l2i", board.board_id)
    assert mapping.input_index == wf.get_input("Board").input_index
    assert mapping.is_intermediate is False
    (name,) = mapping.image_names
    latest = board.latest_image()
    assert latest is not None
    assert latest.image_name == name
    assert board.download_image(name).startswith(b"\x89PNG")


def test_sd1_text_to_image_runs(client: Any) -> None:
    wf = small_sdxl(client, "sd1-text-to-image", seed=2002)
    wf.sync_dnn_model(by_base=True)
    wf.submit_sync()
    item = wf.wait_for_completion_sync(timeout=120)
    images = [
        name for m in wf.map_outputs_to_images(item, include_intermediate=False) for name in m.image_names
    ]
    assert len(images) == 1
    client.images.delete_image(images[0])


def test_sdxl_image_to_image_uses_an_uploaded_image(client: Any, board: BoardHandle) -> None:
    source = board.upload_image_data(png_bytes(64, 64, (200, 30, 30)), file_name="source.png")
    wf = load(client, "sdxl-image-to-image")
    wf.set_input_values(
        {"Input Image": source.image_name, "Width": 256, "Height": 256, "Steps": 4, "Seed": 3003}
    )
    wf.set_input_value("Board", board.board_name)  # a board's name resolves to its id at submission
    wf.sync_dnn_model(by_base=True)
    wf.submit_sync()
    item = wf.wait_for_completion_sync(timeout=120)
    mappings = {m.node_id: m for m in wf.map_outputs_to_images(item)}
    # Every image the run made is reported; the resize step's is an intermediate one.
    assert mappings["resize"].is_intermediate
    assert source.image_name not in mappings["resize"].image_names
    assert not mappings["decode"].is_intermediate
    assert mappings["decode"].board_id == board.board_id
    assert board.get_image_count() == 2  # the source and the result


def test_sweep_goes_in_one_request_and_items_say_their_values(client: Any, board: BoardHandle) -> None:
    wf = load(client, "image-blur")
    wf.set_input_values({"Board": board.board_id, "Width": 40, "Height": 40})
    radii, widths = [1.0, 2.0, 3.0], [32, 48]
    submission = wf.submit_sync(sweep={"Blur Radius": radii, "Width": widths})  # 3 x 2 product
    assert (submission.enqueued, submission.variants) == (6, 6)
    items = wf.wait_for_all_sync(timeout=120)
    assert sorted(i.item_id for i in items) == submission.item_ids
    seen = set()
    for item in items:
        (mapping,) = wf.map_outputs_to_images(item, include_intermediate=False)
        seen.add((mapping.field_values["blur.radius"], mapping.field_values["blank.width"]))
        assert mapping.board_id == board.board_id
    assert seen == {(r, w) for r in radii for w in widths}
    assert board.get_image_count() == 6


def test_zipped_sweep_pairs_values(client: Any, board: BoardHandle) -> None:
    wf = load(client, "image-blur")
    wf.set_input_value("Board", board.board_id)
    submission = wf.submit_sync(sweep=[{"Width": [24, 36], "Height": [20, 30]}])
    assert submission.enqueued == 2
    items = wf.wait_for_all_sync(timeout=120)
    sizes = set()
    for item in items:
        (mapping,) = wf.map_outputs_to_images(item, include_intermediate=False)
        image = client.images.get_image(mapping.image_names[0])
        sizes.add((image.width, image.height))
    assert sizes == {(24, 20), (36, 30)}


def test_missing_model_is_reported_before_sending(client: Any) -> None:
    wf = load(client, "sdxl-text-to-image")
    with pytest.raises(MissingInputError, match=r"input 2 .*model_loader\.model.* needs a value") as caught:
        wf.submit_sync()
    assert len(caught.value.missing) == 1
    assert wf.last_submission is None


def test_unknown_board_name_is_reported_before_sending(client: Any) -> None:
    wf = load(client, "image-blur")
    wf.set_input_value("Board", "test no board has this name")
    with pytest.raises(UnresolvedBoardError, match=r"input 4 'Board' \(save\.board\)"):
        wf.submit_sync()
    assert wf.last_submission is None


def test_server_rejection_is_told_in_workflow_terms(client: Any) -> None:
    wf = load(client, "image-blur")
    # Bypass client-side validation to see how a server-side rejection reads.
    wf.definition.node("blank")["data"]["inputs"]["width"]["value"] = "wide"
    with pytest.raises(UnprocessableEntityError, match=r"input 0 'Width' \(blank\.width\)"):
        wf.submit_sync()


def test_failed_job_carries_the_server_error(client: Any) -> None:
    wf = load(client, "sdxl-image-to-image")
    wf.set_input_values({"Input Image": "test-no-such-image.png", "Width": 256, "Height": 256, "Steps": 4})
    wf.sync_dnn_model(by_base=True)
    wf.submit_sync()
    with pytest.raises(JobFailedError) as caught:
        wf.wait_for_completion_sync(timeout=120)
    assert caught.value.error_type
    assert caught.value.item_id == wf.last_submission.item_ids[0]  # type: ignore[union-attr]


def test_cancel_stops_what_has_not_run(client: Any, board: BoardHandle) -> None:
    wf = load(client, "image-blur")
    wf.set_input_value("Board", board.board_id)
    wf.submit_sync(sweep={"Blur Radius": [float(r) for r in range(1, 9)]})
    assert wf.cancel_sync() >= 1
    items = wf.wait_for_all_sync(timeout=120)
    statuses = {i.status for i in items}
    assert "canceled" in statuses
    assert statuses <= {"completed", "canceled"}


def test_async_submit_and_wait(client: Any, board: BoardHandle) -> None:
    wf = load(client, "image-blur")
    wf.set_input_values({"Board": board.board_id, "Blur Radius": 5.5})

    async def scenario() -> Any:
        await wf.submit()
        return await wf.wait_for_completion(timeout=120)

    item = asyncio.run(scenario())
    assert item.status == "completed"
    (mapping,) = wf.map_outputs_to_images(item, include_intermediate=False)
    assert mapping.board_id == board.board_id
