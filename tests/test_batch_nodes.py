"""Batch and generator nodes become the batch's data, as the GUI sends them (offline and on a real server).

Expected generator values were computed with the GUI's own building blocks (npm mtwist 1.0.2 for seeded
draws, JavaScript's parseInt/parseFloat/Math.round/JSON.parse) under Node 20.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    BoardHandle,
    BoardNotFoundError,
    InvalidValueError,
    NotFoundError,
    ValidationError,
    WorkflowDefinition,
    WorkflowHandle,
)
from invokeai_client.workflow.batch_nodes import (
    BatchNodeData,
    find_batch_nodes,
    generator_values,
    resolve_batch_nodes,
)
from invokeai_client.workflow.form import WorkflowForm
from invokeai_client.workflow.sweeps import sweep_batch_data
from tests._png import png_bytes

DATA = Path(__file__).resolve().parent / "data" / "workflows"


def raw(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.json").read_text())  # type: ignore[no-any-return]


def node_inputs(workflow: dict[str, Any], node_id: str) -> dict[str, Any]:
    node = next(n for n in workflow["nodes"] if n["id"] == node_id)
    return node["data"]["inputs"]  # type: ignore[no-any-return]


def offline(definition: WorkflowDefinition) -> BatchNodeData:
    """The batch data, built without a server (fails if building it would ask one)."""
    op = resolve_batch_nodes(None, definition)  # type: ignore[arg-type]
    try:
        effect = next(op)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    raise AssertionError(f"asked the server: {effect}")


def datum(node_path: str, field_name: str, items: list[Any]) -> dict[str, Any]:
    return {"node_path": node_path, "field_name": field_name, "items": items}


# --- offline: the data built ---------------------------------------------------------------------------


def test_same_group_zips_and_ungrouped_nodes_multiply() -> None:
    built = offline(WorkflowDefinition.from_file(DATA / "batch-blur.json"))
    assert built.data == [
        [datum("blank", "width", [24, 32, 40]), datum("blur", "radius", [0.5, 1.5, 2.5])],
        [datum("blank", "height", [16, 20])],
    ]
    assert built.variants == 3 * 2


def test_different_groups_make_a_product() -> None:
    workflow = raw("batch-blur")
    node_inputs(workflow, "radii")["batch_group_id"]["value"] = "Group 2"
    built = offline(WorkflowDefinition.from_dict(workflow))
    assert [[d["node_path"] + "." + d["field_name"] for d in group] for group in built.data] == [
        ["blank.width"],
        ["blur.radius"],
        ["blank.height"],
    ]
    assert built.variants == 3 * 3 * 2


def test_form_values_of_batch_nodes_are_used() -> None:
    form = WorkflowForm.from_file(DATA / "batch-blur.json")
    form.set_input_value("Heights", [8, 16, 24, 32])
    assert offline(form.definition).data[1] == [datum("blank", "height", [8, 16, 24, 32])]


def test_zipped_lists_of_different_lengths_are_refused() -> None:
    workflow = raw("batch-blur")
    node_inputs(workflow, "radii")["floats"]["value"] = [0.5, 1.5]
    with pytest.raises(ValidationError, match=r"'Group 1'.*'Widths' \(widths\): 3.*'Radii' \(radii\): 2"):
        offline(WorkflowDefinition.from_dict(workflow))


def test_empty_batch_node_is_named() -> None:
    workflow = raw("batch-blur")
    node_inputs(workflow, "heights")["integers"]["value"] = []
    with pytest.raises(ValidationError, match=r"batch node 'Heights' \(heights\) has no items"):
        offline(WorkflowDefinition.from_dict(workflow))


def test_unconnected_batch_node_is_named() -> None:
    workflow = raw("batch-blur")
    workflow["edges"] = [e for e in workflow["edges"] if e["source"] != "heights"]
    with pytest.raises(ValidationError, match=r"batch node 'Heights' \(heights\) is not connected"):
        find_batch_nodes(WorkflowDefinition.from_dict(workflow))


def test_batch_node_feeding_a_dangling_connector_is_not_connected() -> None:
    workflow = raw("generator-blur")
    workflow["edges"] = [e for e in workflow["edges"] if e["source"] != "to-width"]
    with pytest.raises(ValidationError, match=r"'Widths' \(widths\) is not connected"):
        find_batch_nodes(WorkflowDefinition.from_dict(workflow))


def test_bad_batch_value_is_named_before_sending() -> None:
    workflow = raw("batch-blur")
    node_inputs(workflow, "radii")["floats"]["value"] = [0.5, -1.0, 2.5]
    with pytest.raises(InvalidValueError, match=r"'Radii' \(radii\), item 1 for .*blur\.radius"):
        offline(WorkflowDefinition.from_dict(workflow))


def test_generators_feed_batch_nodes_through_connectors() -> None:
    built = offline(WorkflowDefinition.from_file(DATA / "generator-blur.json"))
    assert built.data == [
        [datum("blank", "width", [16, 24, 32])],  # widths -> connector -> blank.width
        [datum("blur", "radius", [0.6907707279315218, 1.0683476873673499])],  # mtwist(7), as the GUI draws
        [datum("caption", "value", ["red fox", "blue jay"])],
    ]
    assert built.variants == 12


def test_own_image_list_of_an_image_batch() -> None:
    workflow = raw("image-batch-blur")
    workflow["edges"] = [e for e in workflow["edges"] if e["source"] != "board_images"]
    node_inputs(workflow, "images")["images"]["value"] = [{"image_name": "a.png"}, {"image_name": "b.png"}]
    built = offline(WorkflowDefinition.from_dict(workflow))
    assert built.data == [[datum("blur", "image", [{"image_name": "a.png"}, {"image_name": "b.png"}])]]


@pytest.mark.parametrize(
    ("generator", "expected"),
    [
        (
            {"type": "integer_generator_arithmetic_sequence", "start": 5, "step": -2, "count": 4},
            [5, 3, 1, -1],
        ),
        ({"type": "integer_generator_arithmetic_sequence", "start": 5, "step": 0, "count": 4}, [5]),
        (
            {"type": "float_generator_arithmetic_sequence", "start": 0, "step": 0.1, "count": 4},
            [0, 0.1, 0.2, 0.30000000000000004],
        ),
        (
            {"type": "integer_generator_linear_distribution", "start": 0, "end": 10, "count": 7},
            [0, 2, 3, 5, 7, 8, 10],
        ),
        ({"type": "integer_generator_linear_distribution", "start": 3, "end": 9, "count": 1}, [3]),
        (
            {"type": "float_generator_linear_distribution", "start": 0.25, "end": 1.5, "count": 3},
            [0.25, 0.875, 1.5],
        ),
        (
            {
                "type": "integer_generator_random_distribution_uniform",
                "min": -3,
                "max": 10,
                "count": 5,
                "seed": 2024,
            },
            [5, 7, 6, 7, -1],
        ),
        (
            {"type": "integer_generator_parse_string", "input": "1, 2x, abc,, -3, 4.9", "splitOn": ","},
            [1, 2, -3, 4],
        ),
        (
            {"type": "float_generator_parse_string", "input": "0.5;1e1; .25;x", "splitOn": ";"},
            [0.5, 10.0, 0.25],
        ),
        (
            {"type": "string_generator_parse_string", "input": "a cat\n\n a dog", "splitOn": "\\n"},
            ["a cat", " a dog"],
        ),
        ({"type": "string_generator_parse_string", "input": "x,y", "splitOn": ""}, ["x,y"]),
        (
            {"type": "float_generator_linear_distribution", "values": [0.3, 0.1]},
            [0.3, 0.1],
        ),  # stored values win
        ({"type": "integer_generator_arithmetic_sequence"}, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),  # GUI defaults
    ],
)
def test_generator_values_match_the_gui(generator: dict[str, Any], expected: list[Any]) -> None:
    assert generator_values(generator) == expected


def test_unseeded_random_draws_in_range() -> None:
    values = generator_values(
        {"type": "float_generator_random_distribution_uniform", "min": 2, "max": 3, "count": 50}
    )
    assert values is not None
    assert len(values) == 50
    assert all(2 <= v < 3 for v in values)


def test_server_side_generators_are_left_to_the_server() -> None:
    assert generator_values({"type": "image_generator_images_from_board", "board_id": "b"}) is None
    assert generator_values({"type": "string_generator_dynamic_prompts_random", "input": "{a|b}"}) is None
    with pytest.raises(ValidationError, match="unknown generator type 'integer_generator_fibonacci'"):
        generator_values({"type": "integer_generator_fibonacci"})


def test_sweeps_add_groups_but_not_over_batch_inputs() -> None:
    form = WorkflowForm.from_file(DATA / "batch-blur.json")
    built = offline(form.definition)
    data, variants = built.with_sweep(form.definition, *sweep_batch_data(form, {"Mode": ["RGB", "RGBA"]}))
    assert data == [*built.data, [datum("blank", "mode", ["RGB", "RGBA"])]]
    assert variants == 6 * 2
    with pytest.raises(ValidationError, match=r"blank\.width\) is swept and also fed by batch node 'Widths'"):
        built.with_sweep(form.definition, *sweep_batch_data(form, {"Width": [8, 16]}))
    with pytest.raises(ValidationError, match=r"heights\.integers\) belongs to a batch or generator node"):
        built.with_sweep(form.definition, *sweep_batch_data(form, {"Heights": [[8], [16]]}))


# --- on the server -------------------------------------------------------------------------------------


@pytest.fixture
def board(client: Any, request: pytest.FixtureRequest) -> Iterator[BoardHandle]:
    handle = client.board_repo.create_board(f"test {request.node.name}")
    yield handle
    client.board_repo.delete_board(handle.board_id, delete_images=True)


def load(client: Any, name: str) -> WorkflowHandle:
    return client.workflow_repo.create_workflow(WorkflowDefinition.from_file(DATA / f"{name}.json"))  # type: ignore[no-any-return]


def outputs(client: Any, wf: WorkflowHandle) -> list[tuple[dict[str, Any], tuple[int, int]]]:
    """For each finished item: the values it recorded and the size of the image it saved."""
    found = []
    for item in wf.wait_for_all_sync(timeout=120):
        assert item.status == "completed", item.error_message
        (mapping,) = wf.map_outputs_to_images(item, include_intermediate=False)
        image = client.images.get_image(mapping.image_names[0])
        found.append((mapping.field_values, (image.width, image.height)))
    return found


def test_batch_nodes_run_as_zips_and_products(client: Any, board: BoardHandle) -> None:
    wf = load(client, "batch-blur")
    wf.set_input_values({"Board": board.board_id, "Color": "#102030"})
    submission = wf.submit_sync()
    assert (submission.enqueued, submission.variants) == (6, 6)
    results = outputs(client, wf)
    pairs = {(24, 0.5), (32, 1.5), (40, 2.5)}  # zipped: Group 1
    assert {(v["blank.width"], v["blur.radius"], v["blank.height"]) for v, _ in results} == {
        (w, r, h) for w, r in pairs for h in (16, 20)
    }
    assert all(size == (v["blank.width"], v["blank.height"]) for v, size in results)
    assert board.get_image_count() == 6


def test_batch_nodes_and_a_sweep_multiply(client: Any, board: BoardHandle) -> None:
    wf = load(client, "batch-blur")
    wf.set_input_values({"Board": board.board_id, "Heights": [16, 24]})
    wf.set_input_value("Widths", [32])
    wf.definition.node("radii")["data"]["inputs"]["floats"]["value"] = [1.0]  # not on the form
    submission = wf.submit_sync(sweep={"Mode": ["RGB", "RGBA"]})
    assert submission.enqueued == 4
    results = outputs(client, wf)
    seen = {(v["blank.height"], v["blank.mode"]) for v, _ in results}
    assert seen == {(16, "RGB"), (24, "RGB"), (16, "RGBA"), (24, "RGBA")}
    assert sorted(size for _, size in results) == [(32, 16), (32, 16), (32, 24), (32, 24)]


def test_generators_and_dynamic_prompts(client: Any, board: BoardHandle) -> None:
    wf = load(client, "generator-blur")
    wf.set_input_value("Board", board.board_id)
    wf.set_input_value(
        "Radius generator",
        {"type": "float_generator_random_distribution_uniform", "min": 0.5, "max": 3, "count": 1, "seed": 7},
    )
    wf.set_input_value(
        "Caption generator",
        {
            "type": "string_generator_dynamic_prompts_combinatorial",
            "input": "a {red|blue} fox",
            "maxPrompts": 5,
        },
    )
    submission = wf.submit_sync()
    assert submission.enqueued == 3 * 1 * 2
    results = outputs(client, wf)
    assert {(v["blank.width"], v["caption.value"]) for v, _ in results} == {
        (w, c) for w in (16, 24, 32) for c in ("a red fox", "a blue fox")
    }
    assert {v["blur.radius"] for v, _ in results} == {0.6907707279315218}  # the GUI's first mtwist(7) draw
    assert {size for _, size in results} == {(16, 24), (24, 24), (32, 24)}


def test_images_from_a_board(client: Any, board: BoardHandle, request: pytest.FixtureRequest) -> None:
    source = client.board_repo.create_board(f"test {request.node.name} source")
    try:
        sizes = {(40, 24), (16, 32)}
        uploaded = {
            source.upload_image_data(
                png_bytes(w, h), file_name=f"{w}x{h}.png", image_category="general"
            ).image_name: (
                w,
                h,
            )
            for w, h in sizes
        }
        source.upload_image_data(png_bytes(8, 8), file_name="asset.png")  # an asset: not in "images"
        wf = load(client, "image-batch-blur")
        wf.set_input_value("Board", board.board_id)
        wf.set_input_value(
            "Source board",
            {"type": "image_generator_images_from_board", "board_id": source.board_id, "category": "images"},
        )
        assert wf.submit_sync().enqueued == 2
        results = outputs(client, wf)
        assert {v["blur.image"].image_name: size for v, size in results} == uploaded
    finally:
        client.board_repo.delete_board(source.board_id, delete_images=True)


def test_unknown_generator_board_is_named(client: Any) -> None:
    wf = load(client, "image-batch-blur")
    wf.set_input_value(
        "Source board", {"type": "image_generator_images_from_board", "board_id": "no-such-board"}
    )
    with pytest.raises(BoardNotFoundError, match=r"generator node 'board_images'.*'no-such-board'") as caught:
        wf.submit_sync()
    # The server said so: the error carries its 404 like any other missing resource.
    assert isinstance(caught.value, NotFoundError)
    assert caught.value.status_code == 404
    assert "/api/v1/boards/no-such-board/image_names" in caught.value.url
