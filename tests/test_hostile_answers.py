"""Answers no real InvokeAI sends, from a scripted loopback server (tests/fakeserver.py): each must end in
an `InvokeAIError` that says what came back, never a raw JSONDecodeError, KeyError or AttributeError.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import InvokeAIClient, RetryPolicy, UnexpectedResponseError
from tests.fakeserver import FakeServer, Reply

LOOPBACK_ONLY = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
pytestmark = LOOPBACK_ONLY
VERSION = {"version": "6.14.2"}
WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"


def json_reply(data: Any, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data).encode())


def serve(routes: dict[str, Reply]) -> FakeServer:
    """A server answering each path's reply (the version route answers 6.14.2 unless given)."""
    replies = {"/api/v1/app/version": json_reply(VERSION), **routes}
    return FakeServer(lambda method, path: replies.get(path, json_reply({"detail": "Not Found"}, 404)))


@pytest.mark.parametrize(
    ("body", "cause"),
    [
        (b"{not json", "JSONDecodeError"),
        (b'{"release": "6.14.2"}', "KeyError: 'version'"),
        (b'["6.14.2"]', "Error"),
    ],
)
def test_a_version_answer_that_is_not_the_documented_json_is_an_unexpected_response(
    body: bytes, cause: str
) -> None:
    expected = "answered 200 with a body that is not what the API documents"
    with (
        serve({"/api/v1/app/version": Reply(200, body)}) as server,
        pytest.raises(UnexpectedResponseError, match=expected) as err,
    ):
        InvokeAIClient(server.url).version()
    assert cause in str(err.value)
    assert err.value.url == f"{server.url}/api/v1/app/version"


def test_an_enqueue_answer_without_its_fields_is_an_unexpected_response() -> None:
    enqueue = "/api/v1/queue/default/enqueue_batch"
    with serve({enqueue: json_reply({"enqueued": 1, "requested": 1})}) as server:
        client = InvokeAIClient(server.url, retry=RetryPolicy.disabled())
        wf = client.workflows.create_workflow_from_file(WORKFLOWS / "image-blur.json")
        wf.set_input_values({"Width": 16, "Height": 16, "Board": "none"})
        with pytest.raises(UnexpectedResponseError, match=r"KeyError: 'queue_id'"):
            wf.enqueue()
    assert server.requests.count(f"POST {enqueue}") == 1


@pytest.mark.parametrize("answer", [[1, 2], {"items": "x"}, "boards", {"detail": "none"}])
def test_a_board_list_of_the_wrong_shape_is_an_unexpected_response(answer: Any) -> None:
    with (
        serve({"/api/v1/boards/": json_reply(answer)}) as server,
        pytest.raises(UnexpectedResponseError, match=r"GET .*/api/v1/boards/ answered 200"),
    ):
        InvokeAIClient(server.url).boards.list_boards()


def test_a_redirect_is_named_not_followed() -> None:
    target = "https://elsewhere.test/api/v1/app/version"
    moved = Reply(302, b"", content_type="text/plain", headers={"Location": target})
    with (
        serve({"/api/v1/app/version": moved}) as server,
        pytest.raises(
            UnexpectedResponseError,
            match=f"answered 302, a redirect to {re.escape(target)}; the client does not",
        ),
    ):
        InvokeAIClient(server.url).version()


def test_a_redirected_download_writes_nothing(tmp_path: Path) -> None:
    moved = Reply(302, b"moved", content_type="text/plain")
    with (
        serve({"/api/v1/images/i/a.png/full": moved}) as server,
        pytest.raises(UnexpectedResponseError, match="answered 302, a redirect to nowhere"),
    ):
        InvokeAIClient(server.url).images.download_image_to("a.png", tmp_path)
    assert list(tmp_path.iterdir()) == []
