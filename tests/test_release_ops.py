"""The way an operation is done follows the server's release: stepped with canned answers, no server.

The same paths run for real, recorded from 5.15.0, 6.7.0 and 6.14.2 servers, in tests/test_releases.py;
these tests pin the choices themselves (which requests go out, which never do) for each release.
"""

from __future__ import annotations

from typing import Any

import pytest

from invokeai_client import (
    FeatureNotAvailableError,
    InvokeAIClient,
    NodeTypeNotAvailableError,
    RetryPolicy,
    WorkflowDefinition,
)
from invokeai_client.resources import queue_lookup
from tests._workflows import blur_with_canvas_output
from tests.test_core_ops import BASE, SUMMARY, WORKFLOWS, Stepper, respond

QUEUE = "/api/v1/queue/default"


def client_of(release: str) -> InvokeAIClient:
    client = InvokeAIClient(BASE, retry=RetryPolicy(max_attempts=1, jitter=0.0))
    client.pipeline.server_version = release  # as if asked already
    return client


def listed(batch_of: dict[int, str], *, has_more: bool = False) -> Any:
    """A `/list` page (5.x, 6.0) of the given item ids and their batches."""
    items = [
        {**SUMMARY, "item_id": i, "batch_id": b, "queue_id": "default", "priority": 0, "session_id": f"s{i}"}
        for i, b in batch_of.items()
    ]
    return {
        "limit": 500,
        "has_more": has_more,
        "items": [{**i, "updated_at": i["created_at"]} for i in items],
    }


def test_the_release_is_asked_once_per_client() -> None:
    client = InvokeAIClient(BASE)
    steps = Stepper([respond(200, {"version": "6.7.0"})])
    from invokeai_client._transport import release

    def twice() -> Any:
        first = yield from release.server_release(client.pipeline)
        second = yield from release.server_release(client.pipeline)
        return first, second

    assert steps.run(twice()) == ("6.7.0", "6.7.0")
    assert steps.sent() == ["GET /api/v1/app/version"]


@pytest.mark.parametrize(
    ("release", "expected"),
    [
        ("5.15.0", []),  # no bulk status call: one item at a time, none of these requests
        ("6.7.0", [f"POST {QUEUE}/items_by_ids"]),
        ("6.13.5", [f"POST {QUEUE}/items_by_ids"]),  # between snapshots: as the nearest one below (6.12.0)
        ("6.14.2", [f"POST {QUEUE}/item_summaries_by_ids"]),
    ],
)
def test_polling_uses_the_cheapest_call_the_release_has(release: str, expected: list[str]) -> None:
    queue = client_of(release).queue
    if release == "5.15.0":
        # Twelve pending items are asked about a window at a time, a GET each.
        ids = list(range(1, 13))
        answers = [respond(404, {"detail": "gone"}) for _ in range(queue_lookup.POLL_WINDOW)]
        steps = Stepper(answers)
        result = steps.run(queue_lookup.poll(queue, ids))
        assert result.asked == ids[: queue_lookup.POLL_WINDOW]
        assert steps.sent() == [f"GET {QUEUE}/i/{i}" for i in ids[: queue_lookup.POLL_WINDOW]]
        return
    steps = Stepper([respond(200, [])])
    result = steps.run(queue_lookup.poll(queue, [1, 2]))
    assert steps.sent() == expected
    assert result.asked == [1, 2]


def test_a_5x_batch_is_found_on_the_list_page_by_page() -> None:
    queue = client_of("5.15.0").queue
    pages = [
        respond(200, listed({1: "old", 2: "mine"}, has_more=True)),
        respond(200, listed({3: "mine", 4: "other"})),
    ]
    steps = Stepper(pages)
    assert steps.run(queue_lookup.batch_item_ids(queue, "mine", 2)) == [2, 3]
    first, second = steps.requests
    assert first.url.path == second.url.path == f"{QUEUE}/list"
    assert "cursor" not in first.url.params
    assert (second.url.params["cursor"], second.url.params["priority"]) == ("2", "0")  # where page 1 ended


def test_item_ids_come_from_the_list_where_there_is_no_item_ids_call() -> None:
    queue = client_of("6.0.2").queue
    steps = Stepper([respond(200, listed({5: "a", 3: "b", 4: "c"}))])
    assert steps.run(queue_lookup.item_ids(queue, newest_first=True)) == [5, 4, 3]
    assert steps.sent() == [f"GET {QUEUE}/list"]


def test_a_listing_the_release_lacks_is_refused_before_sending() -> None:
    queue = client_of("6.7.0").queue  # neither /list (gone in 6.7) ...
    steps = Stepper([])

    def listing() -> Any:
        return (yield from queue_lookup._list_pages(queue))

    with pytest.raises(FeatureNotAvailableError) as caught:
        steps.run(listing())
    error = caught.value
    assert steps.sent() == []
    assert error.feature == "listing queue items"
    assert error.requirement == "InvokeAI 5.0.0 to 6.0.2"
    assert error.server_version == "6.7.0"
    assert "runs InvokeAI 6.7.0" in str(error)


def test_login_on_a_release_without_multi_user_mode_sends_nothing() -> None:
    client = client_of("6.10.0")
    steps = Stepper([])
    with pytest.raises(FeatureNotAvailableError, match=r"logging in .*needs InvokeAI >= 6\.12\.0.*6\.10\.0"):
        steps.run(client._login("someone@example.com", "never-sent"))
    assert steps.sent() == []


def _with_canvas_output(release: str) -> Any:
    data = blur_with_canvas_output()
    wf = client_of(release).workflows.create_workflow(WorkflowDefinition.from_dict(data))
    wf.set_input_values({"Board": "none"})
    return wf


def test_a_node_type_the_release_lacks_is_named_and_nothing_is_sent() -> None:
    from invokeai_api import _releases

    wf = _with_canvas_output("6.7.0")
    steps = Stepper([])
    with pytest.raises(NodeTypeNotAvailableError) as caught:
        steps.run(wf._enqueue())
    assert steps.sent() == []
    requirement = _releases.node_type("canvas_output").requirement()
    assert caught.value.nodes == [
        f"node 'to-canvas' (Canvas Output): type 'canvas_output' needs {requirement}"
    ]
    assert "InvokeAI 6.7.0 at http://invokeai.test does not have" in str(caught.value)


def test_a_release_with_the_node_type_gets_the_workflow() -> None:
    wf = _with_canvas_output("6.14.2")
    steps = Stepper([])
    assert steps.run(wf._lacking_nodes()) == []


def test_an_unknown_release_offers_everything() -> None:
    """A server that will not say its version (or a custom build): requests go out, the server decides."""
    client = InvokeAIClient(BASE)
    steps = Stepper([respond(404, {"detail": "Not Found"})])
    from invokeai_client._transport import release

    assert steps.run(release.lacking_node_types(client.pipeline, {"canvas_output"})) == {}
    assert steps.sent() == ["GET /api/v1/app/version"]  # once: a bare 404 there is not chased further


def test_inputs_an_older_release_lacks_are_dropped_at_their_defaults_and_refused_when_set() -> None:
    from invokeai_client.submission import node_check

    wf = client_of("6.7.0").workflows.create_workflow_from_file(WORKFLOWS / "sd1-text-to-image.json")
    graph = wf.build_graph(graph_id="g")
    assert "hidiffusion" in graph["nodes"]["denoise"]  # exported by the 6.14 GUI, at its default
    assert node_check._input_gaps("6.7.0", graph, wf.definition) == []
    assert "hidiffusion" not in graph["nodes"]["denoise"]  # as 6.7's own GUI would send it
    assert "hidiffusion" in wf.build_graph(graph_id="g")["nodes"]["denoise"]  # the workflow is untouched

    graph = wf.build_graph(graph_id="g")
    graph["nodes"]["denoise"]["hidiffusion"] = True
    (gap,) = node_check._input_gaps("6.7.0", graph, wf.definition)
    assert gap.startswith("node 'denoise' (")
    assert "input 'hidiffusion' is True, but needs InvokeAI >= 6.14" in gap
    assert node_check._input_gaps("6.14.2", graph, wf.definition) == []
