"""The bad-input catalogue: each case raises one exact error class with a message that names the problem.

Four tables: rejected with no client at all (workflow files, form values); rejected by a client before it
sends anything (counted with an httpx event hook); rejected after lookups that change nothing on the server
(recorded); and servers that are not there or not InvokeAI (loopback, no cassette).
"""

from __future__ import annotations

import copy
import json
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    AmbiguousBoardError,
    AmbiguousInputError,
    APIConnectionError,
    BoardNotFoundError,
    EndpointNotAvailableError,
    InputNotFoundError,
    InvalidValueError,
    InvokeAIClient,
    MissingInputError,
    ModelNotFoundError,
    NotFoundError,
    PermissionDeniedError,
    UnexpectedResponseError,
    UnresolvedBoardError,
    UnresolvedModelError,
    ValidationError,
    WorkflowDefinition,
    WorkflowFormatError,
)
from invokeai_client.workflow.form import WorkflowForm
from tests._png import png_bytes
from tests.faultproxy import free_port, serve_directory

WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"
BLUR = json.loads((WORKFLOWS / "image-blur.json").read_text())
SDXL = json.loads((WORKFLOWS / "sdxl-text-to-image.json").read_text())


@dataclass(frozen=True)
class Case:
    id: str
    act: Callable[..., object]
    error: type[Exception]
    match: str  # a regex the message must contain


def params(cases: list[Case]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("case", cases, ids=[c.id for c in cases])


def edited(base: dict[str, Any], edit: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = copy.deepcopy(base)
    edit(data)
    return data


def blur_form() -> WorkflowForm:
    return WorkflowForm(WorkflowDefinition.from_dict(BLUR))


def sdxl_form() -> WorkflowForm:
    return WorkflowForm(WorkflowDefinition.from_dict(SDXL))


def relabel_size(data: dict[str, Any]) -> None:
    for name in ("width", "height"):
        data["nodes"][0]["data"]["inputs"][name]["label"] = "Size"


def set_atomically(form: WorkflowForm) -> None:
    try:
        form.set_input_values({"Steps": 4, "CFG Scale": "high"})
    finally:
        assert form.get_input("Steps").value == 30, "a rejected batch of values changed nothing"


def blur_edited(edit: Callable[[dict[str, Any]], object]) -> WorkflowDefinition:
    return WorkflowDefinition.from_dict(edited(BLUR, edit))


def radius_field(data: dict[str, Any]) -> dict[str, Any]:
    ident: dict[str, Any] = data["form"]["elements"]["blur-field-radius"]["data"]["fieldIdentifier"]
    return ident


def root_children(data: dict[str, Any]) -> list[str]:
    children: list[str] = data["form"]["elements"]["container-blur"]["data"]["children"]
    return children


# --- no client: workflow files and form values ----------------------------------------------------------

# fmt: off
OFFLINE = [
    Case("malformed-json", lambda: WorkflowDefinition.from_json('{"name": '), WorkflowFormatError,
         r"not valid JSON: .* \(at line 1, column 10\)"),
    Case("not-an-object", lambda: WorkflowDefinition.from_json("[]"), WorkflowFormatError,
         r"a workflow is a JSON object, not list"),
    Case("unknown-schema-version",
         lambda: WorkflowDefinition.from_dict(edited(BLUR, lambda d: d["meta"].update(version="9.0.0"))),
         WorkflowFormatError,
         r"unsupported workflow format version 9\.0\.0: this client reads 1\.0\.0.*4\.0\.0"),
    Case("no-schema-version", lambda: WorkflowDefinition.from_dict(edited(BLUR, lambda d: d.pop("meta"))),
         WorkflowFormatError,
         r"cannot tell the workflow format version: expected a version like '4\.0\.0', found nothing"),
    Case("dangling-edge",
         lambda: WorkflowDefinition.from_dict(edited(BLUR, lambda d: d["edges"][0].update(source="ghost"))),
         WorkflowFormatError, r"edge source 'ghost' is not a node of this workflow \(at edges\[0\]\)"),
    Case("edge-to-missing-input", lambda: blur_edited(lambda d: d["edges"][0].update(targetHandle="nope")),
         WorkflowFormatError, r"node 'blur' \(img_blur\) has no input 'nope'; its inputs: .*radius"),
    Case("form-field-to-missing-node", lambda: blur_edited(lambda d: radius_field(d).update(nodeId="ghost")),
         WorkflowFormatError, r"form field ghost\.radius: the workflow has no invocation node 'ghost'"),
    Case("form-field-to-missing-input",
         lambda: blur_edited(lambda d: radius_field(d).update(fieldName="sigma")),
         WorkflowFormatError, r"form field blur\.sigma: node 'blur' \(img_blur\) has no such input"),
    Case("form-child-missing", lambda: blur_edited(lambda d: root_children(d).append("ghost")),
         WorkflowFormatError, r"child 'ghost' is not in form\.elements"),
    Case("form-root-missing", lambda: blur_edited(lambda d: d["form"].update(rootElementId="nowhere")),
         WorkflowFormatError, r"the root element 'nowhere' must be a container"),
    Case("node-without-id",
         lambda: WorkflowDefinition.from_dict(edited(BLUR, lambda d: d["nodes"][0].pop("id"))),
         WorkflowFormatError, r"node without an id \(at nodes\[0\]\)"),
    Case("duplicate-node-id",
         lambda: WorkflowDefinition.from_dict(edited(BLUR, lambda d: d["nodes"][1].update(id="blank"))),
         WorkflowFormatError, r"two nodes have the id 'blank'"),
    Case("index-out-of-range", lambda: blur_form().get_input(7), InputNotFoundError,
         r"no input 7: valid indexes are 0\.\.4"),
    Case("negative-index", lambda: blur_form().get_input(-1), InputNotFoundError,
         r"no input -1: valid indexes are 0\.\.4"),
    Case("unknown-label", lambda: blur_form().get_input("Sigma"), InputNotFoundError,
         r"no input labelled 'Sigma'.*valid indexes are 0\.\.4"),
    Case("misspelt-label", lambda: blur_form().get_input("Blur Radus"), InputNotFoundError,
         r"did you mean 'Blur Radius'"),
    Case("key-of-wrong-type", lambda: blur_form().get_input(1.5), InputNotFoundError,  # type: ignore[arg-type]
         r"looked up by index \(int\), label or 'node_id\.field_name', not float"),
    Case("ambiguous-label",
         lambda: WorkflowForm(WorkflowDefinition.from_dict(edited(BLUR, relabel_size))).get_input("Size"),
         AmbiguousInputError,
         r"2 inputs are labelled 'Size'.*0 'Size' \(blank\.width\); 1 'Size' \(blank\.height\)"),
    Case("string-for-integer", lambda: blur_form().set_input_value("Width", "wide"), InvalidValueError,
         r"input 0 'Width' \(blank\.width\) takes an integer; got 'wide' \(str\)"),
    Case("bool-for-integer", lambda: blur_form().set_input_value("Width", True), InvalidValueError,
         r"'Width' \(blank\.width\) takes an integer; got True \(bool\)"),
    Case("fraction-for-integer", lambda: blur_form().set_input_value("Width", 3.5), InvalidValueError,
         r"'Width' \(blank\.width\) takes an integer; got 3\.5 \(float\)"),
    Case("integer-out-of-range", lambda: sdxl_form().set_input_value("Steps", 0), InvalidValueError,
         r"input 6 'Steps' \(denoise\.steps\) takes an integer \(> 0\); got 0"),
    Case("number-out-of-range", lambda: blur_form().set_input_value("Blur Radius", -1), InvalidValueError,
         r"'Blur Radius' \(blur\.radius\) takes a number \(>= 0\); got -1"),
    Case("enum-value-not-allowed", lambda: sdxl_form().set_input_value("Scheduler", "fastest"),
         InvalidValueError, r"'Scheduler' \(denoise\.scheduler\) takes one of 'ddim', .*; got 'fastest'"),
    Case("string-for-number", lambda: sdxl_form().set_input_value("CFG Scale", "high"), InvalidValueError,
         r"'CFG Scale' \(denoise\.cfg_scale\) takes a number; got 'high'"),
    Case("number-for-string", lambda: sdxl_form().set_input_value("Positive Prompt", 42), InvalidValueError,
         r"'Positive Prompt' \(positive_prompt\.prompt\) takes a string; got 42"),
    Case("color-name", lambda: blur_form().set_input_value("Color", "red"), InvalidValueError,
         r"'Color' \(blank\.color\) takes a color \{r, g, b, a\} of ints 0-255 or '#rrggbb\[aa\]'; "
         r"got 'red'"),
    Case("color-channel-out-of-range",
         lambda: blur_form().set_input_value("Color", {"r": 300, "g": 0, "b": 0, "a": 255}),
         InvalidValueError, r"'Color' \(blank\.color\) takes a color .*ints 0-255.*'r': 300"),
    Case("board-of-wrong-type", lambda: blur_form().set_input_value("Board", 5), InvalidValueError,
         r"'Board' \(save\.board\) takes a board id, .*'none' \(uncategorized\) or 'auto'; got 5"),
    Case("model-as-bare-name", lambda: sdxl_form().set_input_value("Model", "tiny-sdxl"), InvalidValueError,
         r"'Model' \(model_loader\.model\) takes a model \{key, hash, name, base, type\}.*got 'tiny-sdxl'"),
    Case("one-bad-value-in-a-batch", lambda: set_atomically(sdxl_form()), InvalidValueError,
         r"'CFG Scale' \(denoise\.cfg_scale\) takes a number; got 'high'"),
    Case("not-an-index-map", lambda: blur_form().verify_index_map({"nope": 1}), ValidationError,
         r"not an index map: expected export_index_map\(\)'s dict or its 'inputs' list"),
]
# fmt: on


@params(OFFLINE)
def test_rejected_without_a_server(case: Case) -> None:
    with pytest.raises(case.error, match=case.match) as caught:
        case.act()
    assert type(caught.value) is case.error


# --- a client that must not send anything -----------------------------------------------------------------


@pytest.fixture
def sent(client: InvokeAIClient) -> list[str]:
    requests: list[str] = []
    client.http.event_hooks["request"].append(lambda r: requests.append(f"{r.method} {r.url.path}"))
    return requests


def blur_handle(client: InvokeAIClient) -> Any:
    return client.workflow_repo.create_workflow(WorkflowDefinition.from_dict(BLUR))


def unset_model_submit(client: InvokeAIClient) -> None:
    client.workflow_repo.create_workflow(WorkflowDefinition.from_dict(SDXL)).submit_sync()


def upload_missing_file(client: InvokeAIClient, tmp_path: Path) -> None:
    client.images.upload_image(tmp_path / "nowhere.png")


# fmt: off
BEFORE_SENDING = [
    Case("unset-required-model", unset_model_submit, MissingInputError,
         r"1 required input\(s\) of workflow 'SDXL Text to Image' are unset:\n  input 2 .*Model "
         r"\(model_loader\.model\) needs a value"),
    Case("runs-below-one", lambda c: blur_handle(c).submit_sync(runs=0), ValidationError,
         r"runs must be at least 1, not 0"),
    Case("empty-sweep", lambda c: blur_handle(c).submit_sync(sweep={"Width": []}), InvalidValueError,
         r"input 0 'Width' \(blank\.width\): a sweep needs a non-empty list of values"),
    Case("sweep-with-a-bad-value", lambda c: blur_handle(c).submit_sync(sweep={"Width": [64, "x"]}),
         InvalidValueError, r"input 0 'Width' \(blank\.width\), sweep value 1 takes an integer; got 'x'"),
    Case("zipped-sweep-of-unequal-lengths",
         lambda c: blur_handle(c).submit_sync(sweep=[{"Width": [32, 48], "Height": [32]}]), ValidationError,
         r"inputs zipped together need equally many values \(input 0 'Width' .*: 2, "
         r"input 1 'Height' .*: 1\)"),
    Case("input-swept-twice",
         lambda c: blur_handle(c).submit_sync(sweep=[{"Width": [32]}, {"blank.width": [48]}]),
         ValidationError, r"input 0 'Width' \(blank\.width\) is swept twice"),
    Case("sweep-over-unknown-input", lambda c: blur_handle(c).submit_sync(sweep={"Sigma": [1.0]}),
         InputNotFoundError, r"no input labelled 'Sigma'"),
    Case("wait-before-submit", lambda c: blur_handle(c).wait_for_completion_sync(), ValidationError,
         r"workflow 'Blurred Blank Image' has not been submitted yet: call enqueue first"),
    Case("empty-file", lambda c: c.images.upload_image_data(b"", file_name="empty.png"), ValidationError,
         r"cannot upload 'empty\.png': it is empty"),
    Case("non-image-upload", lambda c: c.images.upload_image_data(b"%PDF-1.7 ...", file_name="doc.pdf"),
         ValidationError,
         r"cannot upload 'doc\.pdf': not an image \(PNG, JPEG, WEBP, GIF, BMP or TIFF expected\)"),
    Case("upload-of-missing-file", upload_missing_file, ValidationError,
         r"cannot upload .*nowhere\.png: no such file"),
    Case("dot-dot-image-name", lambda c: c.images.download_image(".."), ValidationError,
         r"'\.\.' is not an image name"),
    Case("empty-board-name", lambda c: c.board_repo.create_board("  "), ValidationError,
         r"a board name cannot be empty"),
    Case("delete-uncategorized", lambda c: c.board_repo.delete_board("none"), ValidationError,
         r'the uncategorized board \("none"\) cannot be deleted'),
    Case("url-without-scheme", lambda c: InvokeAIClient.from_url("localhost:9090"), ValidationError,
         r"'localhost:9090' is not a server URL: expected http://host:port or https://host"),
    Case("credentials-in-url", lambda c: InvokeAIClient.from_url("http://me:secret@127.0.0.1:9090"),
         ValidationError, r"put credentials in email=/password= or token=, not in the URL"),
    Case("email-without-password", lambda c: InvokeAIClient.from_url(c.base_url, email="me@example.test"),
         ValidationError, r"logging in takes both email= and password="),
]
# fmt: on


@params(BEFORE_SENDING)
def test_rejected_before_sending(case: Case, client: InvokeAIClient, sent: list[str], tmp_path: Path) -> None:
    args = (client, tmp_path)[: case.act.__code__.co_argcount]
    with pytest.raises(case.error, match=case.match) as caught:
        case.act(*args)
    assert type(caught.value) is case.error
    assert sent == []
    assert "secret" not in str(caught.value)


# --- rejected after lookups that change nothing ----------------------------------------------------------

MISSING_ROUTE = types.ModuleType("list_queue_items")  # GET /queue/{id}/list, removed from InvokeAI in 6.7
MISSING_ROUTE._get_kwargs = lambda: {"method": "get", "url": "/api/v1/queue/default/list"}  # type: ignore[attr-defined]
MISSING_ROUTE._parse_response = lambda **_: None  # type: ignore[attr-defined]


def unknown_model(client: InvokeAIClient) -> None:
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_dict(SDXL))
    wf.get_input("Model").value = {
        "key": "no-such-key",
        "hash": "blake3:0",
        "name": "dreamshaper-xl",
        "base": "sdxl",
        "type": "main",
    }
    wf.sync_dnn_model()


def board_by_name(client: InvokeAIClient, name: str) -> None:
    wf = blur_handle(client)
    wf.set_input_value("Board", name)
    wf.submit_sync()


@pytest.fixture
def twin_boards(client: InvokeAIClient) -> Iterator[None]:
    boards = [client.board_repo.create_board("test twin catalogue board") for _ in range(2)]
    yield
    for board in boards:
        client.board_repo.delete_board(board.board_id)


# fmt: off
LOOKUPS = [
    Case("unknown-model", unknown_model, UnresolvedModelError,
         r"input 2 'Model' \(model_loader\.model\): model 'dreamshaper-xl' \(sdxl main, key no-such-key\) "
         r"is not installed\. Installed sdxl main models: 'tiny-sdxl'"),
    Case("unknown-board-name", lambda c: board_by_name(c, "test no such catalogue board"),
         UnresolvedBoardError,
         r"input 4 'Board' \(save\.board\): no board with id or name 'test no such catalogue board'"),
    Case("ambiguous-board-name", lambda c: board_by_name(c, "test twin catalogue board"), AmbiguousBoardError,
         r"input 4 'Board' \(save\.board\): 2 boards are named 'test twin catalogue board'; "
         r"pass one of their ids"),
    Case("unknown-board-handle", lambda c: c.board_repo.get_board_handle_by_name("test no such board"),
         UnresolvedBoardError, r"no board named 'test no such board'; boards on the server: "),
    Case("unknown-board-id", lambda c: c.board_repo.get_board_handle("no-such-board-id"), BoardNotFoundError,
         r"no board with id 'no-such-board-id' on the server "
         r"\(GET .*/api/v1/boards/no-such-board-id answered 404\)"),
    Case("unknown-model-key", lambda c: c.dnn_model_repo.get_model("no-such-model-key"), ModelNotFoundError,
         r"no installed model with key 'no-such-model-key' on the server "
         r"\(GET .*/api/v2/models/i/no-such-model-key answered 404\)"),
    Case("image-the-server-lacks", lambda c: c.images.get_image("test-missing.png"), NotFoundError,
         r"no image named 'test-missing\.png' on the server "
         r"\(GET .*/api/v1/images/i/test-missing\.png answered 404\)"),
    Case("download-the-server-lacks", lambda c: c.images.download_image("test-missing.png"), NotFoundError,
         r"no image named 'test-missing\.png' on the server \(GET .*/test-missing\.png/full answered 404\)"),
    Case("unknown-queue-item", lambda c: c.queue.get_item(987654321), NotFoundError,
         r"GET .*/api/v1/queue/default/i/987654321 answered 404: Queue item with id 987654321 not found"),
    Case("endpoint-the-server-lacks", lambda c: c.run(c.pipeline.call(MISSING_ROUTE)),
         EndpointNotAvailableError,
         r"GET /api/v1/queue/default/list is not available on this server \(InvokeAI 6\.14\.2\)"),
    Case("login-to-a-single-user-server", lambda c: c.login("me@example.test", "not-needed"),
         PermissionDeniedError,
         r"runs in single-user mode: no login needed \(connect without email/password\)"),
]
# fmt: on
READS = ("GET", "/images_by_names", "/item_summaries_by_ids", "/items_by_ids", "/auth/login")


@params(LOOKUPS)
def test_rejected_after_lookups(case: Case, client: InvokeAIClient, request: pytest.FixtureRequest) -> None:
    if case.id == "ambiguous-board-name":
        request.getfixturevalue("twin_boards")
    sent: list[str] = []
    client.http.event_hooks["request"].append(lambda r: sent.append(f"{r.method} {r.url.path}"))
    with pytest.raises(case.error, match=case.match) as caught:
        case.act(client)
    assert type(caught.value) is case.error
    assert sent, "a lookup was made"
    if isinstance(caught.value, NotFoundError):  # the server's answer, whatever was missing
        assert (caught.value.status_code, caught.value.method) == (404, "GET")
        assert caught.value.url.startswith("http")
    changes = [r for r in sent if not r.startswith("GET") and not r.endswith(READS)]
    assert changes == []  # nothing created, enqueued or deleted
    assert "not-needed" not in str(caught.value)


def test_deleting_what_the_server_lacks(client: InvokeAIClient) -> None:
    with pytest.raises(BoardNotFoundError, match=r"DELETE .*/api/v1/boards/no-such-board-id answered 404"):
        client.board_repo.delete_board("no-such-board-id")
    with pytest.raises(ModelNotFoundError, match=r"DELETE .*/api/v2/models/i/no-such-model-key answered 404"):
        client.dnn_model_repo.delete_model("no-such-model-key")


# --- servers that are not there, or not InvokeAI ---------------------------------------------------------


@pytest.fixture
def static_site(tmp_path: Path) -> Iterator[str]:
    """A plain web server: a page at / and at /api/v1/boards/, nothing else (404 pages)."""
    (tmp_path / "api" / "v1" / "boards").mkdir(parents=True)
    for folder in (tmp_path, tmp_path / "api" / "v1" / "boards"):
        (folder / "index.html").write_text("<html><body>My photo gallery</body></html>")
    with serve_directory(tmp_path) as url:
        yield url


# fmt: off
NOT_INVOKEAI = [
    Case("connection-refused", lambda url: InvokeAIClient.from_url(url).version(), APIConnectionError,
         r"GET http://127\.0\.0\.1:\d+/api/v1/app/version failed: .*"
         r"Is InvokeAI running at http://127\.0\.0\.1:\d+\?"),
    Case("error-page-instead-of-json", lambda url: InvokeAIClient.from_url(url).version(),
         UnexpectedResponseError,
         r"answered 404 text/html.* does not look like an InvokeAI server; check the URL"),
    Case("web-page-instead-of-json", lambda url: InvokeAIClient.from_url(url).board_repo.list_boards(),
         UnexpectedResponseError,
         r"GET .*/api/v1/boards/ answered 200 text/html.*"
         r"does not look like an InvokeAI server; check the URL"),
    Case("upload-to-a-web-server",
         lambda url: InvokeAIClient.from_url(url).images.upload_image_data(png_bytes(2, 2)),
         UnexpectedResponseError,
         r"POST .*/api/v1/images/upload answered 501 .*does not look like an InvokeAI"),
]
# fmt: on


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
@params(NOT_INVOKEAI)
def test_servers_that_are_not_invokeai(case: Case, static_site: str) -> None:
    url = f"http://127.0.0.1:{free_port()}" if case.id == "connection-refused" else static_site
    with pytest.raises(case.error, match=case.match) as caught:
        case.act(url)
    assert type(caught.value) is case.error


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_health_check_says_no_for_what_is_not_invokeai(static_site: str) -> None:
    nobody = f"http://127.0.0.1:{free_port()}"
    with InvokeAIClient.from_url(static_site) as web, InvokeAIClient.from_url(nobody) as gone:
        assert web.health_check() is False
        assert gone.health_check() is False


def test_catalogue_has_at_least_30_cases() -> None:
    cases = OFFLINE + BEFORE_SENDING + LOOKUPS + NOT_INVOKEAI
    assert len(cases) >= 30
    assert len({c.id for c in cases}) == len(cases)
    assert all(c.match for c in cases)
