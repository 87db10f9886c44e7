"""One rule for naming inputs in Python and on the command line, and command-line values refused before
anything is sent (offline: these need no server; the CLI is pointed at an address where none answers)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from invokeai_client.cli import main
from invokeai_client.errors import AmbiguousInputError, AmbiguousModelError, InputNotFoundError
from invokeai_client.submission.model_sync import sync_models
from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.form import WorkflowForm

WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"
BLUR = json.loads((WORKFLOWS / "image-blur.json").read_text())
NOWHERE = "http://127.0.0.1:9"  # nothing listens: a request would be exit 3, not the exit 2 expected


def relabelled(**labels: str) -> dict[str, Any]:
    """image-blur with inputs relabelled: {"blank.width": "1"}, keys with "." as "__"."""
    data: dict[str, Any] = json.loads(json.dumps(BLUR))
    for key, label in labels.items():
        node_id, field = key.split("__")
        node = next(n for n in data["nodes"] if n["id"] == node_id)
        node["data"]["inputs"][field]["label"] = label
    return data


@pytest.fixture
def labelled_1(tmp_path: Path) -> Path:
    """Blur Radius (input 3) labelled "1", while input 1 is Height."""
    path = tmp_path / "labelled-1.json"
    path.write_text(json.dumps(relabelled(blur__radius="1", blank__color="9")))
    return path


def test_text_that_is_both_an_index_and_a_label_is_refused_naming_both(labelled_1: Path) -> None:
    form = WorkflowForm.from_file(labelled_1)
    with pytest.raises(AmbiguousInputError) as caught:
        form.get_input("1")
    assert "'1' is both index 1 and a label; use node_id.field_name" in str(caught.value)
    assert caught.value.candidates == ["1 'Height' (blank.height)", "3 '1' (blur.radius)"]
    assert form.get_input(1).key == "blank.height"  # an int is an index
    assert form.get_input("9").key == "blank.color"  # no input 9: the label
    assert form.get_input("4").key == "save.board"  # no label "4": the index
    assert form.get_input(" 4 ").key == "save.board"
    with pytest.raises(InputNotFoundError, match=r"no input 12: valid indexes are 0\.\.4"):
        form.get_input("12")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--url", NOWHERE, *args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def test_cli_set_follows_the_same_rule(labelled_1: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = cli(capsys, "run", str(labelled_1), "--set", "1=72")
    assert code == 2
    assert err.startswith("error: '1' is both index 1 and a label; use node_id.field_name: ")
    assert "1 'Height' (blank.height); 3 '1' (blur.radius)" in err
    code, err = cli(capsys, "run", str(labelled_1), "--sweep", "1=1,2")
    assert (code, "is both index 1 and a label" in err) == (2, True)


def test_cli_refuses_an_input_swept_twice(capsys: pytest.CaptureFixture[str]) -> None:
    blur = str(WORKFLOWS / "image-blur.json")
    code, err = cli(capsys, "run", blur, "--sweep", "Width=32,48", "--sweep", "0=64")
    assert code == 2
    assert err == (
        "error: input 0 'Width' (blank.width) is swept twice (--sweep 'Width=32,48' and --sweep '0=64'): "
        "give all its values in one --sweep\n"
    )


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (("--timeout", "-1"), "argument --timeout: '-1': the wait needs a number of seconds above 0"),
        (("--timeout", "0"), "argument --timeout: '0': the wait needs a number of seconds above 0"),
        (("--timeout", "nan"), "argument --timeout: 'nan': the wait needs a number of seconds above 0"),
        (("--timeout", "soon"), "argument --timeout: 'soon' is not a number of seconds"),
        (("--board", ""), "argument --board: empty: give a board name or id, 'none'"),
        (("--board", "  "), "argument --board: empty: give a board name or id, 'none'"),
        (("--runs", "0"), "argument --runs: '0': at least 1"),
        (("--chunk-size", "-5"), "argument --chunk-size: '-5': at least 1"),
    ],
)
def test_cli_refuses_options_before_sending(
    option: tuple[str, str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = cli(capsys, "run", str(WORKFLOWS / "image-blur.json"), *option)
    assert code == 2
    assert message in err


def test_images_board_must_not_be_empty(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = cli(capsys, "images", "--board", "")
    assert (code, "argument --board: empty" in err) == (2, True)


# --- models of the same name ------------------------------------------------------------------------------


def model(key: str, name: str = "tiny-sdxl", base: str = "sdxl", type_: str = "main") -> Any:
    """A model config as the server lists it (the generated classes suffix `type_` and `hash_`)."""
    return SimpleNamespace(key=key, hash_=f"blake3:{key}", name=name, base=base, type_=type_)


def sdxl_form() -> WorkflowForm:
    form = WorkflowForm(WorkflowDefinition.from_file(WORKFLOWS / "sdxl-text-to-image.json"))
    form.get_input("Model").value = {
        "key": "gone",
        "hash": "blake3:gone",
        "name": "tiny-sdxl",
        "base": "sdxl",
        "type": "main",
    }
    return form


def test_by_name_refuses_two_models_of_one_name_naming_both_keys() -> None:
    twins = [model("key-a"), model("key-b"), model("key-c", name="other")]
    with pytest.raises(AmbiguousModelError) as caught:
        sync_models(sdxl_form(), twins, by_name=True)
    assert str(caught.value) == (
        "input 2 'Model' (model_loader.model): 2 installed sdxl models are named 'tiny-sdxl' "
        "(keys key-a (main), key-b (main)): set the input to one of them by key"
    )
    assert caught.value.candidates == ["key-a", "key-b"]


def test_base_and_type_tell_models_of_one_name_apart() -> None:
    models = [model("sd1", base="sd-1"), model("vae", type_="vae"), model("right")]
    form = sdxl_form()
    (change,) = [c for c in sync_models(form, models, by_name=True) if c.field_name == "model"]
    assert (change.after["key"], change.matched_by) == ("right", "name")
