"""Board names in board inputs (Python) and in `--board` (CLI) follow one rule: an id, else a name;
"none" and "Uncategorized" are the uncategorized board; "auto" is the workflow's auto-add board; a name
several boards share is refused naming their ids, in the words of the one who asked (replayed offline)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import AmbiguousBoardError, InvokeAIClient, WorkflowDefinition
from invokeai_client.cli import main

BLUR = str(Path(__file__).resolve().parent.parent / "examples" / "workflows" / "image-blur.json")
SMALL = ("--set", "Width=24", "--set", "Height=24")


def cli(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--url", url, *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def blur(client: InvokeAIClient, board: str, radius: float) -> Any:
    wf = client.workflows.create_workflow(WorkflowDefinition.from_file(BLUR))
    wf.set_input_values({"Width": 24, "Height": 24, "Blur Radius": radius, "Board": board})
    return wf


def test_uncategorized_is_the_uncategorized_board_in_python_and_the_cli(
    client: InvokeAIClient, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    made: list[str] = []
    try:
        wf = blur(client, "Uncategorized", 1.25)
        wf.enqueue()
        (mapping,) = wf.map_outputs_to_images(wf.wait(timeout=60), include_intermediate=False)
        made += mapping.image_names
        assert mapping.board_id in (None, "none")
        # The handle keeps the name the user gave; only the batch sent carries the resolved board.

        code, out, err = cli(
            capsys, server_url, "--json", "run", BLUR, "--board", "Uncategorized", "--no-download", *SMALL
        )
        assert code == 0, err
        (item,) = json.loads(out)["items"]
        made += [image["image_name"] for image in item["images"]]
        assert [image["board_id"] for image in item["images"]] in ([None], ["none"])
        for name in made:
            assert client.images.get_image(name).board_id in (None, "none")
    finally:
        for name in made:
            client.images.delete_image(name)


@pytest.fixture
def board_called_uncategorized(client: InvokeAIClient) -> Iterator[str]:
    board = client.boards.create_board("Uncategorized")
    yield board.board_id
    client.boards.delete_board(board.board_id)


def test_a_board_of_yours_called_uncategorized_makes_the_name_ambiguous(
    client: InvokeAIClient,
    server_url: str,
    board_called_uncategorized: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    wf = blur(client, "Uncategorized", 1.5)
    with pytest.raises(AmbiguousBoardError) as caught:
        wf.enqueue()
    assert caught.value.candidates == ["none", board_called_uncategorized]
    assert wf.last_submission is None
    for command in (["run", BLUR, *SMALL], ["images"]):
        code, _, err = cli(capsys, server_url, *command, "--board", "Uncategorized")
        assert code == 2, err
        assert err == (
            "error: --board 'Uncategorized': 2 boards have this name; pass one of their ids with --board "
            f"(none, {board_called_uncategorized})\n"
        )


@pytest.fixture
def twin_boards(client: InvokeAIClient) -> Iterator[list[str]]:
    boards = [client.boards.create_board("test twin board rules") for _ in range(2)]
    yield [board.board_id for board in boards]
    for board in boards:
        client.boards.delete_board(board.board_id)


def test_the_cli_names_a_cli_way_out_of_an_ambiguous_board_name(
    client: InvokeAIClient, server_url: str, twin_boards: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, server_url, "run", BLUR, "--board", "test twin board rules", *SMALL)
    assert code == 2, err
    assert "pass one of their ids with --board" in err
    assert set(twin_boards) <= set(err.rstrip(")\n").split("(")[-1].split(", "))
    assert "first=True" not in err


def test_cli_board_auto_is_the_workflows_auto_not_a_new_board(
    client: InvokeAIClient, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    made: list[str] = []
    try:
        code, out, err = cli(
            capsys, server_url, "--json", "run", BLUR, "--board", "auto", "--no-download", *SMALL,
            "--set", "Blur Radius=1.75",
        )  # fmt: skip
        assert code == 0, err
        (item,) = json.loads(out)["items"]
        made += [image["image_name"] for image in item["images"]]
        assert made
        assert client.boards.get_boards_by_name("auto") == []
        for name in made:
            assert client.images.get_image(name).board_id in (None, "none")  # no auto-add board here
    finally:
        for name in made:
            client.images.delete_image(name)
        for board in client.boards.get_boards_by_name("auto"):
            client.boards.delete_board(board.board_id)
