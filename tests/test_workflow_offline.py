"""Loading, migrating and validating workflows; form inputs, lookup and index maps (offline)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from invokeai_client.errors import (
    AmbiguousInputError,
    InputNotFoundError,
    InvalidValueError,
    ValidationError,
    WorkflowFormatError,
)
from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.form import WorkflowForm
from invokeai_client.workflow.inputs import find_input, walk_form
from invokeai_client.workflow.values import load_catalog

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "workflows"
EXAMPLES = ROOT / "examples" / "workflows"


def load(name: str) -> WorkflowDefinition:
    return WorkflowDefinition.from_file(DATA / name)


def raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text())
    return data


def labels(form: WorkflowForm) -> list[str]:
    return [inp.label for inp in form.list_inputs()]


# --- loading and migration -----------------------------------------------------------------------------


def test_v1_export_is_migrated_like_the_gui_does() -> None:
    wf = load("v1-legacy.json")
    assert wf.original_version == "1.0.0"
    assert wf.migrations == ["1.0.0 -> 2.0.0", "2.0.0 -> 3.0.0", "3.0.0 -> 4.0.0"]
    assert wf.meta == {"version": "4.0.0", "category": "user"}
    model = wf.node("model")
    assert "width" not in model
    assert "height" not in model
    assert "outputs" not in model["data"]
    assert "embedWorkflow" not in model["data"]
    assert model["data"]["nodePack"] == "invokeai"
    # A pre-4.0 model identifier has no key: the GUI drops the value, so the input is unset.
    assert model["data"]["inputs"]["model"] == {"name": "model", "label": "", "description": ""}
    prompt = wf.node("prompt")["data"]
    assert prompt["version"] == "1.0.0"  # missing in v1: the GUI assumes 1.0.0
    assert prompt["useCache"] is True
    assert prompt["inputs"]["prompt"] == {
        "name": "prompt",
        "label": "Your prompt",
        "description": "",
        "value": "an old lighthouse",
    }
    assert wf.node("a-note")["data"]["notes"] == "Made with InvokeAI 3.0"
    # exposedFields and no form: a form with one node-field per exposed field, in order, under "root".
    root = wf.form["elements"][wf.form["rootElementId"]]
    assert wf.form["rootElementId"] == "root"
    fields = [wf.form["elements"][child]["data"]["fieldIdentifier"] for child in root["data"]["children"]]
    assert fields == [
        {"nodeId": "prompt", "fieldName": "prompt"},
        {"nodeId": "model", "fieldName": "model"},
        {"nodeId": "noise", "fieldName": "seed"},
    ]
    first = wf.form["elements"][root["data"]["children"][0]]
    assert first["parentId"] == "root"
    assert first["data"]["showDescription"] is False
    assert first["data"]["settings"] == {"type": "string-field-config", "component": "input"}
    seed = wf.form["elements"][root["data"]["children"][2]]
    assert seed["data"]["settings"]["type"] == "integer-field-config"


def test_v2_export_drops_what_v3_no_longer_models() -> None:
    wf = load("v2-export.json")
    assert wf.migrations == ["2.0.0 -> 3.0.0", "3.0.0 -> 4.0.0"]
    data = wf.node("float")["data"]
    assert data["nodePack"] == "invokeai"  # was null
    assert data["inputs"]["value"] == {"name": "value", "label": "", "description": "", "value": 2}
    assert "outputs" not in data
    form = WorkflowForm(wf)
    assert labels(form) == ["Value", "Operation"]
    assert form.get_input("Operation").value == "MUL"


def test_v3_and_v4_keep_their_form_and_ignore_stale_exposed_fields() -> None:
    wf = load("v3-nested-form.json")
    assert wf.migrations == ["3.0.0 -> 4.0.0"]
    assert wf.form["rootElementId"] == "container-v3"
    assert wf.exposed_fields == [{"nodeId": "deleted-node", "fieldName": "value"}]
    original = raw("v3-nested-form.json")
    assert wf.form == original["form"]  # untouched


def test_exposed_fields_with_an_empty_form_skip_missing_nodes_and_fields() -> None:
    wf = load("exposed-fields-only.json")
    assert wf.migrations == []
    assert wf.meta["category"] == "default"
    form = WorkflowForm(wf)
    assert [inp.key for inp in form.list_inputs()] == [
        "join.string_right",
        "int.value",
        "join.string_left",
        "scale.value",
    ]
    assert labels(form) == ["Right", "Value", "Left", "Scale"]


def test_to_dict_is_a_copy_in_export_format() -> None:
    wf = WorkflowDefinition.from_file(EXAMPLES / "sdxl-text-to-image.json")
    exported = wf.to_dict()
    original = json.loads((EXAMPLES / "sdxl-text-to-image.json").read_text())
    assert exported == original  # a current export passes through unchanged
    exported["nodes"].clear()
    assert wf.nodes
    assert WorkflowDefinition.from_json(wf.to_json()).to_dict() == original


def test_from_dict_does_not_modify_its_argument() -> None:
    data = raw("v1-legacy.json")
    before = copy.deepcopy(data)
    WorkflowDefinition.from_dict(data)
    assert data == before


def test_definition_accessors() -> None:
    wf = WorkflowDefinition.from_file(EXAMPLES / "image-blur.json")
    assert wf.name == "Blurred Blank Image"
    assert wf.author == "invokeai-client"
    assert wf.id is None
    assert wf.source.endswith("image-blur.json")
    assert [node["id"] for node in wf.invocation_nodes()] == ["blank", "blur", "save"]
    assert wf.node_label("save") == "Save"
    assert wf.node_label("blur") == "Blur Image"  # no label: the node type's title
    assert "3 nodes" in repr(wf)
    with pytest.raises(KeyError):
        wf.node("nope")


# --- errors --------------------------------------------------------------------------------------------


def test_bad_json_names_line_and_column() -> None:
    with pytest.raises(WorkflowFormatError) as caught:
        load("broken-json.json")
    assert caught.value.where == "line 5, column 38"
    assert str(caught.value).startswith(f"{DATA / 'broken-json.json'}: not valid JSON")


def test_unknown_format_version() -> None:
    with pytest.raises(
        WorkflowFormatError, match=r"unsupported workflow format version 5\.1\.0.*1\.0\.0, 2\.0\.0"
    ):
        load("unknown-version.json")


def test_edge_to_a_missing_node() -> None:
    with pytest.raises(
        WorkflowFormatError, match=r"edge target 'deleted-add' is not a node.*\(at edges\[0\]\)"
    ):
        load("broken-edge.json")


def test_form_field_of_a_missing_node() -> None:
    with pytest.raises(WorkflowFormatError) as caught:
        load("broken-form.json")
    assert "seed-node.value" in str(caught.value)
    assert caught.value.where == "form.elements['f2']"


def mutated(name: str, change: Any) -> dict[str, Any]:
    data = raw(name)
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message", "where"),
    [
        (lambda d: d.pop("nodes"), "no 'nodes'", "nodes"),
        (lambda d: d.pop("meta"), "cannot tell the workflow format version", "meta.version"),
        (lambda d: d["meta"].update(version="four"), "found 'four'", "meta.version"),
        (lambda d: d["nodes"][0].pop("id"), "node without an id", "nodes[0]"),
        (lambda d: d["nodes"][1]["data"].pop("type"), "without a type", "nodes[1] (id 'blur')"),
        (lambda d: d["nodes"][1].update(type="group"), "unknown node type 'group'", "nodes[1] (id 'blur')"),
        (
            lambda d: d["nodes"].append(copy.deepcopy(d["nodes"][0])),
            "two nodes have the id 'blank'",
            "nodes[2] (id 'blank')",
        ),
        (lambda d: d["edges"][0].update(targetHandle="picture"), "has no input 'picture'", "edges[0]"),
        (lambda d: d["edges"][0].update(sourceHandle="img"), "has no output 'img'; its outputs:", "edges[0]"),
        (lambda d: d["edges"][0].pop("targetHandle"), "without a targetHandle", "edges[0]"),
        (
            lambda d: d["form"]["elements"]["node-field-radius"]["data"]["fieldIdentifier"].update(
                fieldName="sigma"
            ),
            "blur.sigma: node 'blur' (img_blur) has no such input",
            "form.elements['node-field-radius']",
        ),
        (
            lambda d: d["form"]["elements"]["container-inner"]["data"]["children"].append("ghost"),
            "child 'ghost' is not in form.elements",
            "form.elements['container-inner'].data.children",
        ),
        (
            lambda d: d["form"]["elements"]["heading-2"].update(parentId="container-v3"),
            "has parentId 'container-v3', not 'container-blur'",
            "form.elements['container-blur'].data.children",
        ),
        (
            lambda d: d["form"]["elements"]["container-v3"]["data"]["children"].remove("divider-1"),
            "not reachable from the root: 'divider-1'",
            "form.elements",
        ),
        (
            lambda d: d["form"]["elements"]["text-1"].update(type="image"),
            "unknown form element type 'image'",
            "form.elements['text-1']",
        ),
        (lambda d: d["form"].update(rootElementId="heading-1"), "must be a container", "form.rootElementId"),
    ],
)
def test_structural_errors_name_what_and_where(change: Any, message: str, where: str) -> None:
    with pytest.raises(WorkflowFormatError) as caught:
        WorkflowDefinition.from_dict(mutated("v3-nested-form.json", change), source="t.json")
    assert message in str(caught.value)
    assert caught.value.where == where
    assert caught.value.source == "t.json"


def test_a_missing_form_is_an_empty_one() -> None:
    wf = WorkflowDefinition.from_dict(
        mutated("v3-nested-form.json", lambda d: d.update(form=None, exposedFields=[]))
    )
    assert walk_form(wf) == []
    assert wf.form["rootElementId"] == "root"


def test_not_an_object() -> None:
    with pytest.raises(WorkflowFormatError, match="a workflow is a JSON object, not list"):
        WorkflowDefinition.from_json("[]")


# --- the form ------------------------------------------------------------------------------------------


def test_inputs_follow_the_form_depth_first() -> None:
    form = WorkflowForm(load("v3-nested-form.json"))
    inputs = form.list_inputs()
    assert [inp.key for inp in inputs] == [
        "blank.width",
        "blank.height",
        "blur.radius",
        "blur.blur_type",
        "blank.color",
        "blank.board",
    ]
    assert [inp.input_index for inp in inputs] == list(range(6))
    height = inputs[1]
    assert (height.label, height.description) == ("Tall", "How tall")  # the workflow's label wins
    radius = inputs[2]
    assert (radius.label, radius.node_label, radius.node_type) == ("Radius", "Soften", "img_blur")
    assert radius.description == "The blur radius"  # schema description when the workflow has none
    assert radius.element_id == "node-field-radius"
    assert (radius.value, radius.default, radius.spec.kind) == (4, 4, "float")


def test_example_forms_list_labels_in_order() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sdxl-text-to-image.json")
    assert labels(form) == [
        "Positive Prompt",
        "Negative Prompt",
        "Model",
        "Width",
        "Height",
        "Seed",
        "Steps",
        "CFG Scale",
        "Scheduler",
        "Board",
    ]
    assert form.definition.form["rootElementId"] != "root"
    blur = WorkflowForm.from_file(EXAMPLES / "image-blur.json")
    assert labels(blur) == ["Width", "Height", "Color", "Blur Radius", "Board"]


def test_lookup_by_index_label_and_key() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sdxl-text-to-image.json")
    assert form.get_input(0).key == "positive_prompt.prompt"
    assert form.get_input("Steps").key == "denoise.steps"
    assert form.get_input("cfg scale").key == "denoise.cfg_scale"  # case-insensitive fallback
    assert form.get_input("noise.seed").label == "Seed"
    with pytest.raises(InputNotFoundError, match=r"no input 10: valid indexes are 0\.\.9"):
        form.get_input(10)
    with pytest.raises(InputNotFoundError, match="did you mean 'Steps'"):
        form.get_input("Stpes")
    with pytest.raises(InputNotFoundError):
        form.get_input(True)  # a bool is an int to mypy, not an index to the form


def test_ambiguous_labels_list_candidates() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sdxl-flux-refine.json")
    assert form.get_input("Draft Board").key == "sdxl_decode.board"
    data = form.definition.to_dict()
    for node in data["nodes"]:
        if node["id"] in ("sdxl_decode", "flux_decode"):
            node["data"]["inputs"]["board"]["label"] = "Board"
    same = WorkflowForm(WorkflowDefinition.from_dict(data))
    with pytest.raises(AmbiguousInputError) as caught:
        same.get_input("Board")
    assert caught.value.candidates == ["4 'Board' (sdxl_decode.board)", "11 'Board' (flux_decode.board)"]


def test_values_are_validated_when_assigned() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sdxl-text-to-image.json")
    form.get_input_value(0).value = "a red fox"
    assert form.get_input(0).value == "a red fox"
    form.set_input_value("CFG Scale", 7.5)  # saved as 7, a float field
    assert form.get_input("CFG Scale").value == 7.5
    with pytest.raises(InvalidValueError) as caught:
        form.get_input_value("Steps").value = 7.5
    assert str(caught.value).startswith("input 6 'Steps' (denoise.steps) takes an integer")
    assert form.get_input("Steps").value == 30  # unchanged
    with pytest.raises(InvalidValueError, match=r"input 8 'Scheduler' \(denoise\.scheduler\) takes one of"):
        form.set_input_value("Scheduler", "fastest")
    form.set_input_value("Board", "my-board")
    assert form.get_input("Board").value == {"board_id": "my-board"}
    form.get_input("Board").reset()
    assert form.get_input("Board").value == "auto"


def test_set_input_values_is_all_or_nothing() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sdxl-text-to-image.json")
    with pytest.raises(InvalidValueError):
        form.set_input_values({"Seed": 1, "Width": 100})
    assert form.get_input("Seed").value == 42
    form.set_input_values({"Seed": 1, 3: 512})
    assert (form.get_input("Seed").value, form.get_input("Width").value) == (1, 512)


def test_forms_do_not_share_values() -> None:
    wf = WorkflowDefinition.from_file(EXAMPLES / "image-blur.json")
    one, two = WorkflowForm(wf), WorkflowForm(wf)
    one.set_input_value("Width", 64)
    assert two.get_input("Width").value == 256
    assert wf.node("blank")["data"]["inputs"]["width"]["value"] == 256
    assert one.workflow_dict()["nodes"][0]["data"]["inputs"]["width"]["value"] == 64  # embedded as set


def test_unsetting_an_optional_value() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "sd1-text-to-image.json")
    model = {"key": "k", "hash": "h", "name": "tiny-sd1", "base": "sd-1", "type": "main"}
    form.set_input_value("Model", model)
    assert not form.missing_required()
    form.set_input_value("Model", None)
    assert "value" not in form.definition.node("model_loader")["data"]["inputs"]["model"]
    assert [str(m) for m in form.missing_required()] == [
        "input 2 Main Model - SD1.5, SD2 -> Model (model_loader.model) needs a value"
    ]


def test_list_outputs() -> None:
    outputs = WorkflowForm.from_file(EXAMPLES / "sdxl-flux-refine.json").list_outputs()
    assert [(o.node_id, o.node_type, o.label, o.image_fields, o.board_input_index) for o in outputs] == [
        ("sdxl_decode", "l2i", "SDXL Draft", ("image",), 4),
        ("flux_decode", "flux_vae_decode", "Decode & Save", ("image",), 11),
    ]
    # Intermediate nodes and nodes without image outputs are not outputs; a board off the form has no index.
    nested = WorkflowForm(load("v3-nested-form.json")).list_outputs()
    assert [(o.node_id, o.board_input_index) for o in nested] == [("blur", None)]


# --- index maps ----------------------------------------------------------------------------------------


def test_index_map_round_trip_and_drift() -> None:
    form = WorkflowForm.from_file(EXAMPLES / "image-blur.json")
    saved = json.loads(json.dumps(form.export_index_map()))
    assert saved["inputs"][3] == {
        "index": 3,
        "label": "Blur Radius",
        "node_id": "blur",
        "field_name": "radius",
        "kind": "float",
    }
    report = form.verify_index_map(saved)
    assert report.ok
    assert len(report.unchanged) == 5
    assert not (report.moved)
    assert not (report.missing)
    assert not (report.new)

    # Someone moves the color to the top, removes the radius and adds the blur type in the GUI.
    data = form.definition.to_dict()
    root = data["form"]["elements"][data["form"]["rootElementId"]]
    children = root["data"]["children"]
    children.remove("blur-field-color")
    children.insert(0, "blur-field-color")
    children.remove("blur-field-radius")
    del data["form"]["elements"]["blur-field-radius"]
    data["form"]["elements"]["blur-field-type"] = {
        "id": "blur-field-type",
        "type": "node-field",
        "parentId": root["id"],
        "data": {"fieldIdentifier": {"nodeId": "blur", "fieldName": "blur_type"}, "showDescription": False},
    }
    children.append("blur-field-type")
    edited = WorkflowForm(WorkflowDefinition.from_dict(data))
    report = edited.verify_index_map(saved)
    assert not report.ok
    assert [(e.field_name, e.old_index, e.new_index) for e in report.moved] == [
        ("color", 2, 0),
        ("width", 0, 1),
        ("height", 1, 2),
        ("board", 4, 3),
    ]
    assert [(e.field_name, e.old_index, e.new_index) for e in report.missing] == [("radius", 3, None)]
    assert [(e.field_name, e.old_index, e.new_index) for e in report.new] == [("blur_type", None, 4)]
    assert report.unchanged == []
    assert str(report).splitlines()[0] == "0 unchanged, 4 moved, 1 missing, 1 new"
    assert "  missing: 'Blur Radius' (blur.radius): 3 -> None" in str(report)
    assert edited.verify_index_map(saved["inputs"]).missing == report.missing  # the bare list works too
    with pytest.raises(ValidationError, match="not an index map"):
        edited.verify_index_map({"something": 1})


def test_walk_form_and_find_input_work_on_a_definition() -> None:
    wf = load("exposed-fields-only.json")
    inputs = walk_form(wf)
    find_input(inputs, "Scale").value = 2
    assert wf.node("scale")["data"]["inputs"]["value"]["value"] == 2.0
    assert load_catalog().knows("float")


def test_sweeps_refuse_kinds_the_server_cannot_batch() -> None:
    from invokeai_client import InvokeAIClient, WorkflowDefinition
    from invokeai_client.errors import InvalidValueError

    examples = Path(__file__).resolve().parent.parent / "examples" / "workflows"
    # Port 1 refuses connections: had anything been sent, this would be an APIConnectionError.
    client = InvokeAIClient("http://127.0.0.1:1")
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(examples / "image-blur.json"))
    with pytest.raises(
        InvalidValueError, match=r"input 2 'Color' \(blank\.color\) \(color\) cannot be swept"
    ):
        wf.submit_sync(sweep={"Color": ["#ff0000", "#00ff00"]})
