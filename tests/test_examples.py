"""Every example in examples/ runs: in-process against the server (replayed offline), and as a script
against no server at all."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from invokeai_client import BoardHandle, WorkflowDefinition
from tests._png import png_bytes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ALL_EXAMPLES = sorted(str(p.relative_to(EXAMPLES)) for p in EXAMPLES.glob("*/*.py"))


def load(relative: str) -> ModuleType:
    """An example module (file names have dashes, so by path)."""
    path = EXAMPLES / relative
    spec = importlib.util.spec_from_file_location(f"example_{path.stem.replace('-', '_')}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(relative: str, *args: str) -> int:
    return int(load(relative).main(list(args)))


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def delete_board_named(client: Any, name: str) -> None:
    for board in client.board_repo.get_boards_by_name(name):
        client.board_repo.delete_board(board.board_id, delete_images=True)


@pytest.fixture
def board(client: Any, request: pytest.FixtureRequest) -> Iterator[BoardHandle]:
    handle = client.board_repo.create_board(f"test {request.node.name}")
    yield handle
    client.board_repo.delete_board(handle.board_id, delete_images=True)


def finished_blur(client: Any, board: BoardHandle, radius: float) -> int:
    """Run the model-free blur workflow once onto `board`; the queue item's id."""
    wf = client.workflow_repo.create_workflow(
        WorkflowDefinition.from_file(EXAMPLES / "workflows" / "image-blur.json")
    )
    wf.set_input_values({"Board": board.board_id, "Width": 32, "Height": 24, "Blur Radius": radius})
    wf.submit_sync()
    return int(wf.wait_for_completion_sync(timeout=120).item_id)


# --- pipelines ---------------------------------------------------------------------------------------------


def test_sdxl_text_to_image(
    client: Any, server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "test example sdxl-text-to-image"
    try:
        code = run(
            "pipelines/sdxl-text-to-image.py",
            *("--url", server_url, "--board", name, "--out", str(tmp_path)),
            *("--width", "256", "--height", "256", "--steps", "4", "--seed", "5101", "--prompt", "a red fox"),
        )
        out = capsys.readouterr().out
        assert code == 0, out
        assert "model: Model -> tiny-sdxl (matched by base)" in out
        assert re.search(r"\[ 3\] Width +integer +256", out)
        (saved,) = tmp_path.glob("*.png")
        assert saved.read_bytes().startswith(b"\x89PNG")
        assert f"saved {saved}" in out
        (board,) = client.board_repo.get_boards_by_name(name)  # the board went through the form's input
        assert client.board_repo.get_board_handle(board.board_id).latest_image().image_name == saved.name
    finally:
        delete_board_named(client, name)


def test_flux_image_to_image_goes_as_far_as_the_server_allows(
    client: Any, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "test example flux-image-to-image"
    try:
        code = run(
            "pipelines/flux-image-to-image.py",
            *("--url", server_url, "--board", name, "--steps", "6", "--denoising-start", "0.4"),
        )
        captured = capsys.readouterr()
        assert code == 4  # no FLUX weights on the test server
        error = one_error_line(captured.err)
        assert "input 2 'FLUX Model' needs a flux main model" in error
        assert "input 3 'T5 Encoder' needs a t5_encoder model" in error
        # Everything before submission happened: the source is on the board and the form was filled.
        assert "uploaded" in captured.out
        assert re.search(r"\[ 6\] Denoising Start +float +0\.4", captured.out)
        assert re.search(r"\[ 7\] Steps +integer +6", captured.out)
        (board,) = client.board_repo.get_boards_by_name(name)
        handle = client.board_repo.get_board_handle(board.board_id)
        assert handle.get_image_count() == 1
        assert re.search(rf"\[ 9\] Board +board +{board.board_id}", captured.out)
    finally:
        delete_board_named(client, name)


def test_sdxl_flux_refine_shows_its_tables_and_stops_at_flux(
    client: Any, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "test example sdxl-flux-refine"
    try:
        code = run(
            "pipelines/sdxl-flux-refine.py", "--url", server_url, "--board", name, "--prompt", "a castle"
        )
        captured = capsys.readouterr()
        assert code == 4
        assert "'FLUX Model' needs a flux main model" in one_error_line(captured.err)
        (board,) = client.board_repo.get_boards_by_name(name)
        assert "set on inputs [4, 11]" in captured.out  # one board for both stages
        assert re.search(rf" 4  Draft Board +sdxl_decode\.board +board +{board.board_id}", captured.out)
        assert re.search(rf"11  Final Board +flux_decode\.board +board +{board.board_id}", captured.out)
        assert re.search(r" 5  FLUX Prompt +flux_prompt\.prompt +string +a castle", captured.out)
        assert re.search(r"sdxl_decode +l2i +SDXL Draft +4", captured.out)
        assert re.search(r"flux_decode +flux_vae_decode +Decode & Save +11", captured.out)
        assert "model: Model -> tiny-sdxl" in captured.out
    finally:
        delete_board_named(client, name)


# --- raw APIs ----------------------------------------------------------------------------------------------


def test_boards(client: Any, server_url: str, board: BoardHandle, capsys: pytest.CaptureFixture[str]) -> None:
    image = board.upload_image_data(png_bytes(5, 4), file_name="boards.png")
    created = "test example api-demo-boards created"
    try:
        code = run(
            "raw-apis/api-demo-boards.py",
            *("--url", server_url, "--board", board.board_name, "--create", created),
        )
        out = capsys.readouterr().out
        assert code == 0, out
        assert re.search(
            rf"{re.escape(board.board_name)} +{board.board_id} +0 +1", out
        )  # an upload is an asset
        assert re.search(r"Uncategorized +none +\d+", out)
        assert f"newest 1 of 1 images on {board.board_name!r}" in out
        assert f"{image.image_name}  5x4" in out
        (made,) = client.board_repo.get_boards_by_name(created)
        assert f"created board {created!r} ({made.board_id})" in out
    finally:
        delete_board_named(client, created)


def test_upload_image(
    client: Any, server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.png"
    source.write_bytes(png_bytes(7, 3, (10, 200, 30)))
    name = "test example api-demo-upload-image"
    try:
        code = run("raw-apis/api-demo-upload-image.py", str(source), "--url", server_url, "--board", name)
        out = capsys.readouterr().out
        assert code == 0, out
        (board,) = client.board_repo.get_boards_by_name(name)  # created on the way
        latest = client.board_repo.get_board_handle(board.board_id).latest_image()
        assert f"uploaded source.png ({source.stat().st_size} bytes) as {latest.image_name}" in out
        assert "size      7x3" in out
        assert f"board     {board.board_id} ({name})" in out
        assert f"{server_url}/api/v1/images/i/{latest.image_name}/full" in out
    finally:
        delete_board_named(client, name)


def test_upload_image_refuses_what_is_not_an_image(
    server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert run("raw-apis/api-demo-upload-image.py", str(notes), "--url", server_url) == 2
    assert "is not an image (text/plain)" in one_error_line(capsys.readouterr().err)


def test_job_queue(
    client: Any, server_url: str, board: BoardHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = finished_blur(client, board, radius=1.25)
    code = run("raw-apis/api-demo-job-queue.py", "--url", server_url, "--out", str(tmp_path))
    out = capsys.readouterr().out
    assert code == 0, out
    assert re.search(r"queue 'default': \d+ pending, \d+ in progress, \d+ completed", out)
    found = int(re.search(r"^job (\d+) completed", out, re.M).group(1))  # type: ignore[union-attr]
    assert found >= ours  # live, someone else's job may have finished since
    if found == ours:
        (image,) = board.list_images().items
        assert f"image {image.image_name}: 32x24, board {board.board_id}" in out
        assert (tmp_path / image.image_name).read_bytes().startswith(b"\x89PNG")


def test_job_queue_hybrid_falls_back_to_the_api(
    client: Any, server_url: str, board: BoardHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = finished_blur(client, board, radius=1.75)
    code = run("raw-apis/api-demo-job-queue-hybrid.py", "--url", server_url, "--root", str(tmp_path))
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"no database at {tmp_path / 'databases' / 'invokeai.db'}: asking the API" in out
    assert re.search(r"asked the API in [\d.]+ ms", out)
    assert int(re.search(r"^job (\d+) completed", out, re.M).group(1)) >= ours  # type: ignore[union-attr]


def test_job_queue_hybrid_reads_a_database_read_only(
    server_url: str, board: BoardHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The database path, offline: a database with InvokeAI's session_queue columns the example reads."""
    db = tmp_path / "databases" / "invokeai.db"
    db.parent.mkdir()
    image = board.upload_image_data(png_bytes(6, 6), file_name="from-db.png")
    session = {"results": {"prepared-1": {"type": "image_output", "image": {"image_name": image.image_name}}}}
    columns = "item_id, batch_id, queue_id, status, origin, created_at, completed_at, session"
    day, done = "2026-01-01 10:00:00.000", "2026-01-01 10:00:01.000"
    rows = [
        (7, "b-7", "default", "completed", "o", day, done, "{}"),
        (9, "b-9", "default", "completed", "o", day, done, json.dumps(session)),
        (10, "b-10", "default", "failed", "o", day, None, "{}"),
        (11, "b-11", "other", "completed", "o", day, done, "{}"),
    ]
    with sqlite3.connect(db) as connection:
        connection.execute(
            f"CREATE TABLE session_queue (item_id INTEGER PRIMARY KEY, {columns.split(', ', 1)[1]})"
        )
        connection.executemany(f"INSERT INTO session_queue ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.close()
    before = db.read_bytes()

    code = run("raw-apis/api-demo-job-queue-hybrid.py", "--url", server_url, "--root", str(tmp_path))
    out = capsys.readouterr().out
    assert code == 0, out
    assert re.search(rf"read {re.escape(str(db))} \(read-only\) in [\d.]+ ms", out)
    assert "job 9 completed (batch b-9" in out
    assert f"image {image.image_name}: 6x6, board {board.board_id}" in out  # the images come from the API
    assert db.read_bytes() == before


@pytest.mark.live
def test_job_queue_hybrid_reads_the_servers_own_database(
    client: Any, server_url: str, board: BoardHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    root = Path(os.environ.get("INVOKEAI_ROOT") or ROOT / ".invokeai" / "root")
    if not (root / "databases" / "invokeai.db").is_file():
        pytest.skip(f"no InvokeAI database under {root} (set INVOKEAI_ROOT to the server's root)")
    ours = finished_blur(client, board, radius=2.25)
    assert run("raw-apis/api-demo-job-queue-hybrid.py", "--url", server_url, "--root", str(root)) == 0
    out = capsys.readouterr().out
    assert "(read-only) in" in out
    assert int(re.search(r"^job (\d+) completed", out, re.M).group(1)) >= ours  # type: ignore[union-attr]


def test_latest_image(
    server_url: str, board: BoardHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    board.upload_image_data(png_bytes(3, 3), file_name="older.png")
    newer = board.upload_image_data(png_bytes(4, 2), file_name="newer.png")
    board.star_image(board.list_images().items[-1].image_name)  # a starred older image must not win
    code = run(
        "raw-apis/api-demo-latest-image.py",
        "--url",
        server_url,
        "--board",
        board.board_name,
        "--out",
        str(tmp_path),
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"newest of 2 images on {board.board_name!r}: {newer.image_name}" in out
    assert (tmp_path / newer.image_name).read_bytes().startswith(b"\x89PNG")


def test_latest_image_of_an_empty_board(
    server_url: str, board: BoardHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("raw-apis/api-demo-latest-image.py", "--url", server_url, "--board", board.board_name) == 1
    assert f"board {board.board_name!r} has no images" in one_error_line(capsys.readouterr().err)


def test_starred_images(server_url: str, board: BoardHandle, capsys: pytest.CaptureFixture[str]) -> None:
    first = board.upload_image_data(png_bytes(2, 5), file_name="a.png")
    board.upload_image_data(png_bytes(5, 2), file_name="b.png")
    example = "raw-apis/api-demo-starred-images.py"
    assert run(example, "--url", server_url, "--board", board.board_name, "--star", first.image_name) == 0
    out = capsys.readouterr().out
    assert "starred 1 image(s)" in out
    assert f"  * {first.image_name}  2x5  board {board.board_id}" in out
    assert f"1 starred image(s) on {board.board_name!r}" in out

    assert run(example, "--url", server_url, "--board", board.board_name, "--unstar", first.image_name) == 0
    assert f"0 starred image(s) on {board.board_name!r}" in capsys.readouterr().out


def test_unknown_board_is_one_line(server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        "raw-apis/api-demo-latest-image.py", "--url", server_url, "--board", "test no board is called this"
    )
    assert code == 1
    assert "no board named 'test no board is called this'" in one_error_line(capsys.readouterr().err)


# --- no server ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_an_unreachable_server_is_one_line_and_exit_code_3(example: str) -> None:
    """As a script, with nothing listening: one line, exit code 3, no traceback."""
    env = {k: v for k, v in os.environ.items() if k not in ("INVOKEAI_ROOT", "INVOKEAI_URL")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / example), "--url", "http://127.0.0.1:9"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 3, done.stderr
    line = one_error_line(done.stderr)
    assert "127.0.0.1:9" in line
    assert "Traceback" not in done.stderr


def test_every_example_is_listed_in_the_index() -> None:
    index = (EXAMPLES / "README.md").read_text()
    for example in ALL_EXAMPLES:
        assert f"({example})" in index, example
