"""The `invokeai-client` command: in-process against the server (replayed offline), offline for what needs
no server, and as a real process for the entry point and the no-server errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import BoardHandle, InvalidValueError
from invokeai_client.cli import main
from invokeai_client.cli._convert import Converter, split_assignment, split_sweep
from invokeai_client.workflow.form import WorkflowForm
from tests._png import png_bytes

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / "examples" / "workflows"
SDXL, BLUR = str(WORKFLOWS / "sdxl-text-to-image.json"), str(WORKFLOWS / "image-blur.json")


@pytest.fixture(autouse=True)
def wide_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)  # piped output is 200 columns unless COLUMNS says otherwise


@pytest.fixture
def board(client: Any, request: pytest.FixtureRequest) -> Iterator[BoardHandle]:
    handle = client.board_repo.create_board(f"test {request.node.name}")
    yield handle
    client.board_repo.delete_board(handle.board_id, delete_images=True)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- no server needed --------------------------------------------------------------------------------------


def test_inputs_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "inputs", SDXL)
    assert code == 0
    assert "SDXL Text to Image (* required)" in out
    assert re.search(r"│ 2 +│ Model \* +│ model +│ - +│ model_loader\.model", out)
    assert re.search(r"│ 8 +│ Scheduler +│ enum +│ euler +│ denoise\.scheduler", out)

    code, out, _ = cli(capsys, "--json", "inputs", SDXL)
    inputs = json.loads(out)
    assert [i["label"] for i in inputs][:4] == ["Positive Prompt", "Negative Prompt", "Model", "Width"]
    width = inputs[3]
    assert (width["index"], width["key"], width["kind"], width["value"]) == (
        3,
        "noise.width",
        "integer",
        1024,
    )
    assert "multiple of 8" in width["accepts"]
    assert "euler" in inputs[8]["choices"]


def test_text_becomes_values_by_the_inputs_spec() -> None:
    form = WorkflowForm.from_file(SDXL)
    convert = Converter(client=None)  # type: ignore[arg-type]  # these kinds need no server
    assert convert.value(form.get_input("Width"), "512") == 512
    assert convert.value(form.get_input("CFG Scale"), "6.5") == 6.5
    assert convert.value(form.get_input("Scheduler"), "dpmpp_2m") == "dpmpp_2m"
    assert convert.value(form.get_input("Positive Prompt"), " a fox, at dawn ") == " a fox, at dawn "
    assert convert.value(form.get_input("Board"), "none") == "none"
    with pytest.raises(
        InvalidValueError, match=r"input 3 'Width' \(noise\.width\) takes an integer .*got 'wide'"
    ):
        convert.value(form.get_input("Width"), "wide")
    with pytest.raises(InvalidValueError, match=r"takes one of ddim, .*; got 'fast'"):
        convert.value(form.get_input("Scheduler"), "fast")

    blur = WorkflowForm.from_file(BLUR)
    assert convert.value(blur.get_input("Color"), '{"r": 1, "g": 2, "b": 3, "a": 255}') == {
        "r": 1, "g": 2, "b": 3, "a": 255,
    }  # fmt: skip
    with pytest.raises(InvalidValueError, match="as JSON"):
        convert.value(blur.get_input("Color"), "{red")


def test_assignments_and_sweep_lists() -> None:
    assert split_assignment("5=30", "--set") == ("5", "30")
    assert split_assignment("Positive Prompt=a=b", "--set") == ("Positive Prompt", "a=b")
    assert split_sweep("1, 2,3") == ["1", "2", "3"]
    assert split_sweep('["a, b", "c"]') == ["a, b", "c"]
    with pytest.raises(ValueError, match=r"--sweep takes INDEX\|LABEL=VALUE"):
        split_assignment("Seed", "--sweep")


def test_importing_the_library_leaves_the_cli_and_rich_alone() -> None:
    loaded = "sorted(m for m in sys.modules if m.startswith(('rich', 'invokeai_client.cli')))"
    probe = f"import sys, invokeai_client; print({loaded})"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_usage_errors_come_from_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err
    assert main(["--help"]) == 0
    assert "inputs" in capsys.readouterr().out


def test_missing_workflow_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = cli(capsys, "inputs", str(tmp_path / "nothere.json"))
    assert code == 2
    assert one_error_line(err) == f"error: {tmp_path / 'nothere.json'}: No such file or directory"


@pytest.mark.parametrize("debug", [False, True])
def test_no_server_is_exit_code_3_and_debug_shows_the_traceback(debug: bool) -> None:
    command = [str(Path(sys.executable).with_name("invokeai-client"))]
    if not Path(command[0]).exists():
        command = [sys.executable, "-m", "invokeai_client.cli"]
    command += ["--url", "http://127.0.0.1:9", "boards"] + (["--debug"] if debug else [])
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if debug:
        assert done.returncode == 1
        assert "Traceback" in done.stderr
        assert "APIConnectionError" in done.stderr
    else:
        assert done.returncode == 3
        assert "127.0.0.1:9" in one_error_line(done.stderr)


# --- against the server ------------------------------------------------------------------------------------


def test_version(server_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "--url", server_url, "--json", "version")
    assert code == 0
    answer = json.loads(out)
    assert answer["server"] == answer["bindings"] == answer["server_taken_as"] == "6.14.2"
    assert answer["bindings_releases"][0] == "5.0.0"
    assert answer["bindings_releases"][-1] == "6.14.2"
    assert answer["url"] == server_url
    code, out, _ = cli(capsys, "version", "--url", server_url)  # options after the command work too
    assert f"InvokeAI 6.14.2 at {server_url}" in out


def test_boards_images_models_queue(
    client: Any, server_url: str, board: BoardHandle, capsys: pytest.CaptureFixture[str]
) -> None:
    image = board.upload_image_data(png_bytes(9, 7), file_name="cli.png")
    board.star_image(image.image_name)

    code, out, _ = cli(capsys, "--url", server_url, "--json", "boards")
    assert code == 0
    boards = {b["board_id"]: b for b in json.loads(out)}
    assert boards["none"]["board_name"] == "Uncategorized"
    assert boards[board.board_id]["board_name"] == board.board_name
    code, out, _ = cli(capsys, "--url", server_url, "boards")
    assert re.search(rf"│ {re.escape(board.board_name)} +│ {board.board_id} +│ 0 +│ 1 ", out)

    code, out, _ = cli(capsys, "--url", server_url, "--json", "images", "--board", board.board_name)
    listing = json.loads(out)
    assert listing["total"] == 1
    assert listing["items"][0]["image_name"] == image.image_name
    code, out, _ = cli(capsys, "--url", server_url, "images", "--board", board.board_id, "--category", "user")
    assert re.search(rf"│ {image.image_name} +│ {board.board_id} +│ 9x7 +│ user +│ .* │ \* +│", out)
    code, out, _ = cli(
        capsys, "--url", server_url, "images", "--board", board.board_id, "--category", "general"
    )
    assert "0 of 0 images" in out

    code, out, _ = cli(capsys, "--url", server_url, "--json", "models", "--base", "sdxl")
    assert [m["name"] for m in json.loads(out)] == ["tiny-sdxl"]
    code, out, _ = cli(capsys, "--url", server_url, "models")
    assert re.search(r"│ tiny-sd1 +│ sd-1 +│ main +│ diffusers", out)

    code, out, _ = cli(capsys, "--url", server_url, "--json", "queue", "--limit", "3")
    queue = json.loads(out)
    assert set(queue["counts"]) == {"pending", "in_progress", "completed", "failed", "canceled", "total"}
    ids = [i["item_id"] for i in queue["latest"]]
    assert len(ids) <= 3
    assert ids == sorted(ids, reverse=True)


def test_run_a_sweep_downloads_and_sums_up(
    client: Any,
    server_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = "test cli run sweep"
    monkeypatch.chdir(tmp_path)  # without --out: images to out/ (never the current folder), no journal
    try:
        code, out, err = cli(
            capsys,
            *("--url", server_url, "run", BLUR, "--board", name),
            *("--set", "Width=40", "--set", "1=32", "--set", "Color=#ff8000"),
            *("--sweep", "Blur Radius=1,2.5", "--sweep", "Height=24,48"),
        )
        assert code == 0, err
        (made,) = client.board_repo.get_boards_by_name(name)  # created for the run
        assert "run of 4 variant(s) of workflow 'Blurred Blank Image'" in out
        assert re.search(r"4 of 4 variant\(s\) completed in [\d.]+ s; 4 image\(s\) to out/", out)
        assert re.search(r"done .* 4/4", err)  # the progress bar's last state
        saved = sorted((tmp_path / "out").glob("*.png"))
        assert len(saved) == 4
        assert not (tmp_path / "out" / "run.sqlite").exists()
        for path in saved:
            assert path.name in out
        assert {"Blur Radius=1.0, Height=24", "Blur Radius=2.5, Height=48"} <= set(
            re.findall(r"Blur Radius=[\d.]+, Height=\d+", out)
        )
        assert client.board_repo.get_board_handle(made.board_id).get_image_count() == 4
    finally:
        for found in client.board_repo.get_boards_by_name(name):
            client.board_repo.delete_board(found.board_id, delete_images=True)


def test_run_sdxl_json_with_an_uploaded_image(
    client: Any, server_url: str, board: BoardHandle, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.png"
    source.write_bytes(png_bytes(32, 32, (200, 40, 40)))
    code, out, err = cli(
        capsys,
        *("--url", server_url, "--json", "run", str(WORKFLOWS / "sdxl-image-to-image.json")),
        *("--board", board.board_id, "--no-download", "--set", f"Input Image={source}"),
        *("--set", "Width=256", "--set", "Height=256", "--set", "Steps=4", "--set", "Model=tiny-sdxl"),
        *("--sweep", "Seed=[6101, 6102]"),
    )
    assert code == 0, err
    assert "uploaded" in err  # notes go to stderr in JSON mode; stdout is one JSON document
    result = json.loads(out)
    assert result["workflow"] == "SDXL Image to Image"
    assert [item["status"] for item in result["items"]] == ["completed", "completed"]
    assert sorted(item["values"]["Seed"] for item in result["items"]) == [6101, 6102]
    for item in result["items"]:
        (image,) = item["images"]  # the final image only: the resize step's is intermediate
        assert (image["node_id"], image["board_id"], image["path"]) == ("decode", board.board_id, None)
    assert board.get_image_count() == 3  # the uploaded source and two results


def test_bad_values_and_missing_models_are_one_line(
    server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli(capsys, "--url", server_url, "run", SDXL, "--set", "Width=wide")
    assert code == 2
    assert "input 3 'Width' (noise.width) takes an integer" in one_error_line(err)

    code, _, err = cli(capsys, "--url", server_url, "run", SDXL, "--set", "Widht=512")
    assert code == 2
    assert "did you mean 'Width'" in one_error_line(err)

    code, _, err = cli(capsys, "--url", server_url, "run", SDXL, "--set", "Width=100")
    assert code == 2
    assert "a multiple of 8" in one_error_line(err)

    code, _, err = cli(capsys, "--url", server_url, "run", SDXL, "--set", "Model=no-such-model")
    assert code == 4
    assert "no installed model 'no-such-model' fits (it takes: 'tiny-sdxl')" in one_error_line(err)

    code, _, err = cli(capsys, "--url", server_url, "run", str(WORKFLOWS / "flux-image-to-image.json"))
    assert code == 4
    assert "input 2 'FLUX Model' needs a flux main model" in one_error_line(err)

    code, _, err = cli(capsys, "--url", server_url, "run", SDXL, "--set", "Input Image=nothing.png")
    assert code == 2
    assert "no input labelled 'Input Image'" in one_error_line(err)


def test_a_failed_item_is_reported_and_exit_code_1(
    client: Any,
    server_url: str,
    board: BoardHandle,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A workflow saved with an image the server does not have: accepted at enqueue, fails when it runs.
    data = json.loads((WORKFLOWS / "sdxl-image-to-image.json").read_text())
    resize = next(node for node in data["nodes"] if node["id"] == "resize")
    resize["data"]["inputs"]["image"]["value"] = {"image_name": "test-cli-no-such-image.png"}
    workflow = tmp_path / "broken.json"
    workflow.write_text(json.dumps(data))
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(
        capsys,
        *("--url", server_url, "run", str(workflow), "--board", board.board_id),
        *("--set", "Width=256", "--set", "Height=256", "--set", "Steps=4"),
    )
    assert code == 1
    line = one_error_line(err)
    assert re.match(r"error: variant 0 \(item \d+\) failed: \w+", line), line
    assert "0 of 1 variant(s) completed" in out
