"""Hostile workflow files: whatever a file holds, loading it gives a WorkflowFormatError naming what and where
(or loads), never a TypeError, RecursionError or UnicodeDecodeError; the CLI says so in one line, exit 2."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client.cli import main
from invokeai_client.errors import InvalidValueError, ValidationError, WorkflowFormatError
from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.form import WorkflowForm
from tests._png import png_bytes

DATA = Path(__file__).resolve().parent / "data" / "workflows"
NESTED: dict[str, Any] = json.loads((DATA / "v3-nested-form.json").read_text())
BLUR = Path(__file__).resolve().parent.parent / "examples" / "workflows" / "image-blur.json"


def nested(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


def with_child(child: Any) -> dict[str, Any]:
    data = copy.deepcopy(NESTED)
    data["form"]["elements"]["container-inner"]["data"]["children"].append(child)
    return data


@pytest.mark.parametrize("child", [["x"], {"id": "x"}, 3, None], ids=["list", "object", "number", "null"])
def test_a_form_child_that_is_not_an_id_is_named(child: Any) -> None:
    with pytest.raises(WorkflowFormatError) as caught:
        WorkflowDefinition.from_dict(with_child(child), source="w.json")
    assert caught.value.where == "form.elements['container-inner'].data.children[2]"
    assert "children are element ids (strings)" in str(caught.value)


def deep_value(levels: int) -> dict[str, Any]:
    data = copy.deepcopy(NESTED)
    data["nodes"][0]["data"]["inputs"]["board"]["value"] = nested(levels)
    return data


def test_a_value_nested_900_deep_is_refused_naming_where() -> None:
    text = json.dumps(deep_value(900))
    loaders: list[Callable[[], WorkflowDefinition]] = [
        lambda: WorkflowDefinition.from_dict(json.loads(text), source="w.json"),
        lambda: WorkflowDefinition.from_json(text, source="w.json"),
    ]
    for load in loaders:
        with pytest.raises(WorkflowFormatError) as caught:
            load()
        assert "nested more than 100 levels deep" in str(caught.value)
        assert caught.value.where.startswith("nodes[0].data.inputs.board.value[0][0]")
        assert caught.value.source == "w.json"


def test_json_too_deep_for_the_parser_and_a_dict_that_holds_itself() -> None:
    with pytest.raises(WorkflowFormatError, match="nested too deeply"):
        WorkflowDefinition.from_json("[" * 100_000 + "]" * 100_000)
    loop = copy.deepcopy(NESTED)
    loop["nodes"][0]["data"]["inputs"]["board"]["value"] = loop["nodes"]
    with pytest.raises(WorkflowFormatError, match="nested more than"):
        WorkflowDefinition.from_dict(loop)


def test_a_value_the_gui_could_have_saved_still_loads() -> None:
    # Structured values a few levels deep (here 20) are nothing unusual: only absurd depths are refused.
    assert WorkflowDefinition.from_dict(deep_value(20)).nodes[0]["data"]["inputs"]["board"]["value"]


def test_a_value_nested_too_deep_is_refused_when_set() -> None:
    form = WorkflowForm(WorkflowDefinition.from_dict(NESTED))
    node = form.definition.nodes[0]["data"]
    node["type"], node["inputs"]["board"]["value"] = "my_custom_node", {"a": 1}  # an "any"-typed input
    inp = WorkflowForm(form.definition).get_input("blank.board")
    assert inp.spec.kind == "object"
    with pytest.raises(InvalidValueError, match="nested at most 90 levels deep"):
        inp.value = {"a": nested(200)}
    inp.value = {"a": nested(50)}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    text = BLUR.read_text(encoding="utf-8").replace('"name": "', '"name": "Caf\u00e9 ', 1)
    made = {
        "png": png_bytes(),
        "latin1": text.encode("latin-1"),
        "utf16": text.encode("utf-16"),  # with its BOM, as Windows' Notepad saves "Unicode"
        "utf8-bom": text.encode("utf-8-sig"),
    }
    paths = {}
    for name, data in made.items():
        paths[name] = tmp_path / f"{name}.json"
        paths[name].write_bytes(data)
    return paths


def test_a_png_renamed_json_and_a_latin1_file_are_named(files: dict[str, Path]) -> None:
    with pytest.raises(WorkflowFormatError, match="this is a PNG image, not a workflow JSON file"):
        WorkflowDefinition.from_file(files["png"])
    with pytest.raises(WorkflowFormatError) as caught:
        WorkflowDefinition.from_file(files["latin1"])
    assert "not UTF-8 text: byte 0xe9" in str(caught.value)
    assert caught.value.where.startswith("line 2, column ")
    assert caught.value.source == str(files["latin1"])


def test_utf16_and_a_utf8_bom_load(files: dict[str, Path]) -> None:
    for name in ("utf16", "utf8-bom"):
        assert WorkflowDefinition.from_file(files[name]).name.startswith("Caf\u00e9 ")


@pytest.mark.parametrize("command", ["inputs", "run"])
def test_the_cli_names_a_bad_file_and_exits_2(
    command: str, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # `run` reads the file before asking any server: this address has none.
    for name, expected in (("png", "this is a PNG image"), ("latin1", "not UTF-8 text")):
        code = main([command, str(files[name]), "--url", "http://127.0.0.1:9"])
        err = capsys.readouterr().err
        assert code == 2, err
        assert err.startswith(f"error: {files[name]}: {expected}")
        assert len(err.strip().splitlines()) == 1


# Every place of a workflow given every JSON type: loading and using it either works or says why.
_REPLACEMENTS = [None, 7, "s", [], {}, ["x"], {"a": 1}]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if prefix:
        yield prefix
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        yield from _paths(inner, (*prefix, key))


def test_every_place_given_every_json_type_gives_a_named_error_or_loads() -> None:
    for path in _paths(NESTED):
        for replacement in _REPLACEMENTS:
            data = copy.deepcopy(NESTED)
            parent = data
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = replacement
            try:
                form = WorkflowForm(WorkflowDefinition.from_dict(data))
                for inp in form.list_inputs():
                    inp.spec.describe()
                form.build_graph()
                form.missing_required()
                form.list_outputs()
            except ValidationError:
                pass
            except Exception as exc:  # the assertion names the case
                pytest.fail(f"{path} = {replacement!r}: {type(exc).__name__}: {exc}")
