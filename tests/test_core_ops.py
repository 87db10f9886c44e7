"""Operations stepped by hand: canned httpx answers, no server, no cassette, no clock.

Every facade operation is a generator of effects (`_transport.core`), so a test can answer each `Send`
itself and watch every `Sleep`: retries and backoff, an outage ridden out or given up on, a download
restarted from the start, and an enqueue whose answer was lost resolved without enqueueing twice.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from invokeai_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    InvokeAIClient,
    RateLimitError,
    RetryPolicy,
    WorkflowHandle,
)
from invokeai_client._transport.core import Op, Send, Sleep, StreamTo
from invokeai_client._transport.pipeline import Pipeline

T = TypeVar("T")
BASE = "http://invokeai.test"
WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"
# A canned answer to one request: a response, or the transport error the request meets.
Answer = Callable[[httpx.Request], "httpx.Response | httpx.HTTPError"]
NO_JITTER = RetryPolicy(jitter=0.0)


@dataclass
class Stepper:
    """Performs an operation's effects: each Send takes the next answer, each Sleep is only written down."""

    answers: list[Answer]
    requests: list[httpx.Request] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)
    _build: httpx.Client = field(default_factory=lambda: httpx.Client(base_url=BASE))

    def run(self, op: Op[T]) -> T:
        pending = iter(self.answers)
        reply: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    effect = op.send(reply) if error is None else op.throw(error)
                except StopIteration as stop:
                    return stop.value  # type: ignore[no-any-return]  # what op returned, a T
                reply, error = None, None
                if isinstance(effect, Send):
                    request = self._build.build_request(**effect.request)
                    self.requests.append(request)
                    answer = next(pending, None)
                    assert answer is not None, f"no answer left for {request.method} {request.url.path}"
                    result = answer(request)
                    error, reply = (result, None) if isinstance(result, Exception) else (None, result)
                elif isinstance(effect, Sleep):
                    self.sleeps.append(effect.seconds)
                elif isinstance(effect, StreamTo):
                    try:
                        reply = sum(effect.sink.write(chunk) for chunk in effect.response.iter_bytes())
                    except httpx.HTTPError as exc:
                        error = exc
                    finally:
                        effect.response.close()
                else:
                    raise AssertionError(f"unexpected effect {effect!r}")
        finally:
            assert next(pending, None) is None, "answers left over: the operation sent fewer requests"

    def sent(self) -> list[str]:
        return [f"{r.method} {r.url.path}" for r in self.requests]


def respond(status: int, body: Any = None, *, headers: dict[str, str] | None = None) -> Answer:
    """A JSON answer (the body may be a function of the request)."""

    def answer(request: httpx.Request) -> httpx.Response:
        data = body(request) if callable(body) else body
        return httpx.Response(status, json=data, headers=headers)

    return answer


def fail(error: type[httpx.TransportError]) -> Answer:
    return lambda request: error("canned failure", request=request)


class _Body(httpx.SyncByteStream):
    """A body that arrives in two halves, or breaks off after the first, as a dropped connection does."""

    def __init__(self, data: bytes, *, cut: bool) -> None:
        self.data, self.cut = data, cut

    def __iter__(self) -> Iterator[bytes]:
        half = len(self.data) // 2
        yield self.data[:half]
        if self.cut:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
        yield self.data[half:]


def streamed(status: int, data: bytes, *, cut: bool = False, json_body: bool = False) -> Answer:
    headers = {"content-type": "application/json" if json_body else "image/png"}
    return lambda request: httpx.Response(status, headers=headers, stream=_Body(data, cut=cut))


def pipeline(policy: RetryPolicy = NO_JITTER) -> Pipeline:
    from invokeai_api.client import Client

    return Pipeline(BASE, policy, Client(base_url=BASE, raise_on_unexpected_status=False))


VERSION = respond(200, {"version": "6.14.2"})


# --- retries and backoff ----------------------------------------------------------------------------------


def test_a_read_is_retried_through_retriable_statuses() -> None:
    from invokeai_api.api.app import app_version

    pipe, steps = pipeline(), Stepper([respond(502), respond(503), respond(504), respond(429), VERSION])
    assert steps.run(pipe.call(app_version)).version == "6.14.2"
    assert steps.sent() == ["GET /api/v1/app/version"] * 5
    assert steps.sleeps == [0.25, 0.5, 1.0, 2.0]
    assert pipe.counters["retries"] == 4


def test_backoff_doubles_until_its_cap() -> None:
    # Fails if backoff stops growing: a constant backoff never reaches the cap (checked by making
    # RetryPolicy.backoff return initial_backoff: `sleeps.index(cap)` then raises).
    from invokeai_api.api.app import app_version

    policy = RetryPolicy(max_attempts=8, initial_backoff=0.25, max_backoff=4.0, jitter=0.0)
    steps = Stepper([respond(503)] * 8)
    with pytest.raises(InternalServerError, match="answered 503"):
        steps.run(pipeline(policy).call(app_version))
    sleeps, cap = steps.sleeps, policy.max_backoff
    assert len(sleeps) == 7
    capped_from = sleeps.index(cap)
    growing = sleeps[: capped_from + 1]
    assert all(later == 2 * earlier for earlier, later in itertools.pairwise(growing))
    assert sleeps[capped_from:] == [cap] * (len(sleeps) - capped_from)
    assert sleeps == [0.25, 0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


def test_jitter_adds_at_most_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from invokeai_api.api.app import app_version

    monkeypatch.setattr(random, "uniform", lambda low, high: high)  # the most jitter there can be
    policy = RetryPolicy(max_attempts=4, initial_backoff=0.5, max_backoff=1.5, jitter=0.25)
    steps = Stepper([respond(503)] * 3 + [VERSION])
    steps.run(pipeline(policy).call(app_version))
    assert steps.sleeps == [0.75, 1.25, 1.5]  # capped after the jitter, as the cap promises


def test_retry_after_stretches_the_wait_up_to_four_caps() -> None:
    from invokeai_api.api.app import app_version

    steps = Stepper(
        [respond(429, headers={"Retry-After": "3"}), respond(503, headers={"Retry-After": "32"}), VERSION]
    )
    steps.run(pipeline().call(app_version))
    assert steps.sleeps == [3.0, NO_JITTER.max_backoff * 4]


@pytest.mark.parametrize("asked", ["33", "100000"])
def test_a_retry_after_longer_than_the_policy_waits_gives_up_at_once(asked: str) -> None:
    from invokeai_api.api.app import app_version

    steps = Stepper([respond(503, {"detail": "busy"}, headers={"Retry-After": asked})])
    with pytest.raises(
        InternalServerError, match=f"answered 503: busy; it asks to be retried after {asked} s"
    ):
        steps.run(pipeline().call(app_version))
    assert steps.sleeps == []  # it used to wait 32 s, again and again, past the 120 s total


def test_no_wait_ends_past_the_total_timeout() -> None:
    from invokeai_api.api.app import app_version

    steps = Stepper([respond(503), respond(429, headers={"Retry-After": "5"})])
    with pytest.raises(RateLimitError, match="asks to be retried after 5 s"):
        steps.run(pipeline(RetryPolicy(jitter=0.0, total_timeout=3.0)).call(app_version))
    assert steps.sleeps == [0.25]


def test_total_timeout_ends_the_retries() -> None:
    from invokeai_api.api.app import app_version

    steps = Stepper([respond(503)])
    with pytest.raises(InternalServerError):
        steps.run(pipeline(RetryPolicy(total_timeout=0.0)).call(app_version))
    assert steps.sleeps == []


def test_other_errors_and_posts_are_not_retried() -> None:
    from invokeai_api.api.app import app_version
    from invokeai_api.api.boards import create_board

    steps = Stepper([respond(500, {"detail": "boom"})])
    with pytest.raises(InternalServerError, match="answered 500: boom"):
        steps.run(pipeline().call(app_version))
    steps = Stepper([respond(503)])
    with pytest.raises(InternalServerError, match=r"POST .*/api/v1/boards/ answered 503"):
        steps.run(pipeline().call(create_board, board_name="x"))
    assert steps.sent() == ["POST /api/v1/boards/"]


# --- an outage --------------------------------------------------------------------------------------------


def test_an_outage_is_ridden_out() -> None:
    from invokeai_api.api.app import app_version

    pipe = pipeline()
    steps = Stepper([fail(httpx.ConnectError), fail(httpx.ConnectError), fail(httpx.ReadError), VERSION])
    assert steps.run(pipe.call(app_version)).version == "6.14.2"
    assert steps.sleeps == [0.25, 0.5, 1.0]
    assert pipe.counters["retries"] == 3


@pytest.mark.parametrize(
    ("failure", "error", "says"),
    [
        (httpx.ConnectError, APIConnectionError, r"GET http://invokeai\.test/api/v1/app/version failed"),
        (httpx.ReadTimeout, APITimeoutError, r"GET http://invokeai\.test/api/v1/app/version timed out"),
    ],
)
def test_an_outage_longer_than_the_retries_raises_the_right_error(
    failure: type[httpx.TransportError], error: type[Exception], says: str
) -> None:
    from invokeai_api.api.app import app_version

    steps = Stepper([fail(failure)] * 5)
    with pytest.raises(error, match=says) as caught:
        steps.run(pipeline().call(app_version))
    assert type(caught.value) is error
    assert isinstance(caught.value.__cause__, failure)
    assert len(steps.requests) == 5 == NO_JITTER.max_attempts
    assert len(steps.sleeps) == 4


def test_a_post_meets_an_outage_once() -> None:
    from invokeai_api.api.boards import create_board

    steps = Stepper([fail(httpx.ConnectError)])
    with pytest.raises(APIConnectionError, match=r"POST .*/api/v1/boards/ failed"):
        steps.run(pipeline().call(create_board, board_name="x"))
    assert steps.sleeps == []


# --- downloads --------------------------------------------------------------------------------------------

IMAGE = bytes(range(256)) * 40


def image_request() -> dict[str, Any]:
    from invokeai_api.api.images import get_image_full

    return get_image_full._get_kwargs("a.png")


def test_a_download_cut_short_starts_again_from_the_start() -> None:
    pipe, sink = pipeline(), BytesIO()
    steps = Stepper([streamed(200, IMAGE, cut=True), streamed(200, IMAGE)])
    assert steps.run(pipe.download(image_request(), sink)) == len(IMAGE)
    assert sink.getvalue() == IMAGE  # not the first half twice
    assert steps.sent() == ["GET /api/v1/images/i/a.png/full"] * 2
    assert steps.sleeps == [0.25]
    assert pipe.counters == {"download_restarts": 1}


def test_a_download_cut_short_every_time_gives_up_with_a_connection_error() -> None:
    steps = Stepper([streamed(200, IMAGE, cut=True)] * 2)
    cut = r"GET .*/a\.png/full: the download was cut short on all 2 attempts \(RemoteProtocolError"
    with pytest.raises(APIConnectionError, match=cut) as caught:
        steps.run(pipeline(RetryPolicy(max_attempts=2, jitter=0.0)).download(image_request(), BytesIO()))
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert len(steps.requests) == 2


def test_a_download_refused_every_time_reports_the_status() -> None:
    # Retried answers are drained so the connection is reused; the last one is read for its error.
    busy = json.dumps({"detail": "busy"}).encode()
    steps = Stepper([streamed(503, busy, json_body=True)] * 2)
    with pytest.raises(InternalServerError, match="answered 503: busy"):
        steps.run(pipeline(RetryPolicy(max_attempts=2, jitter=0.0)).download(image_request(), BytesIO()))


# --- enqueue at most once ---------------------------------------------------------------------------------

QUEUE = "/api/v1/queue/default"


def blur_handle() -> WorkflowHandle:
    client = InvokeAIClient(BASE, retry=RetryPolicy(max_attempts=3, jitter=0.0))
    client.pipeline.server_version = "6.14.2"  # as if asked already: these steps start at the enqueue
    wf = client.workflows.create_workflow_from_file(WORKFLOWS / "image-blur.json")
    wf.set_input_values({"Width": 16, "Height": 16, "Board": "none"})
    return wf


# The fields of a BatchStatus and of a queue item summary that these tests do not look at.
COUNTS = {"in_progress": 0, "waiting": 0, "completed": 0, "failed": 0, "canceled": 0}
SUMMARY = {
    "status": "pending",
    "created_at": "2026-01-01 00:00:00",
    "started_at": None,
    "completed_at": None,
    "origin": None,
    "destination": None,
    "user_id": "system",
    "user_display_name": None,
    "user_email": None,
    "field_values": None,
    "parent_item_id": None,
}


@dataclass
class Queue:
    """Canned answers of the queue endpoints an enqueue touches, and the enqueue bodies it was sent."""

    enqueued: list[dict[str, Any]] = field(default_factory=list)

    @property
    def batch_id(self) -> str:
        return str(self.enqueued[-1]["batch"]["batch_id"])

    def enqueue(self, then: Answer) -> Answer:
        def answer(request: httpx.Request) -> httpx.Response | httpx.HTTPError:
            self.enqueued.append(json.loads(request.content))
            return then(request)

        return answer

    def accept(self) -> Answer:
        """An enqueue that succeeds: three items, the batch as it was sent."""
        ids = [10, 11, 12]
        result = {"queue_id": "default", "enqueued": 3, "requested": 3, "priority": 0, "item_ids": ids}
        return self.enqueue(respond(200, lambda request: {**result, "batch": self.enqueued[-1]["batch"]}))

    def status(self, total: int) -> Answer:
        def status(request: httpx.Request) -> dict[str, Any]:
            ends = {"origin": None, "destination": None, "pending": total, "total": total}
            return {"queue_id": "default", "batch_id": self.batch_id, **ends, **COUNTS}

        return respond(200, status)

    def landed(self) -> list[Answer]:
        """What the landed check asks after the status: the newest item ids, then their summaries (items
        10-12 are the batch's, 9 someone else's)."""

        def summaries(request: httpx.Request) -> list[dict[str, Any]]:
            ids = json.loads(request.content)["item_ids"]
            return [{**SUMMARY, "item_id": i, "batch_id": self.batch_id if i > 9 else "other"} for i in ids]

        return [respond(200, {"item_ids": [12, 11, 10, 9], "total_count": 4}), respond(200, summaries)]


def test_an_enqueue_whose_answer_was_lost_is_looked_up_not_sent_again() -> None:
    wf, queue = blur_handle(), Queue()
    steps = Stepper([queue.enqueue(fail(httpx.RemoteProtocolError)), queue.status(3), *queue.landed()])
    submission = steps.run(wf._enqueue(sweep={"Blur Radius": [1.0, 2.0, 3.0]}))
    assert steps.sent() == [
        f"POST {QUEUE}/enqueue_batch",
        f"GET {QUEUE}/b/{submission.batch_id}/status",
        f"GET {QUEUE}/item_ids",
        f"POST {QUEUE}/item_summaries_by_ids",
    ]
    assert len(queue.enqueued) == 1
    assert (submission.item_ids, submission.enqueued, submission.requested) == ([10, 11, 12], 3, 3)
    assert steps.sleeps == [0.5]  # a moment longer than a read's first retry, before asking


def test_an_enqueue_that_did_not_land_is_sent_again_with_the_same_batch_id() -> None:
    wf, queue = blur_handle(), Queue()
    steps = Stepper([queue.enqueue(respond(503)), queue.status(0), queue.accept()])
    submission = steps.run(wf._enqueue(sweep={"Blur Radius": [1.0, 2.0, 3.0]}))
    assert steps.sent() == [
        f"POST {QUEUE}/enqueue_batch",
        f"GET {QUEUE}/b/{submission.batch_id}/status",
        f"POST {QUEUE}/enqueue_batch",
    ]
    first, second = queue.enqueued
    assert first == second  # the same batch, its id included
    assert submission.batch_id == first["batch"]["batch_id"]
    assert submission.item_ids == [10, 11, 12]


def test_an_enqueue_that_keeps_failing_says_how_to_check_its_batch() -> None:
    wf, queue = blur_handle(), Queue()
    steps = Stepper([queue.enqueue(respond(503)), queue.status(0)] * 2 + [queue.enqueue(respond(503))])
    with pytest.raises(InternalServerError, match="answered 503") as caught:
        steps.run(wf._enqueue())
    (note,) = caught.value.__notes__
    assert f"batch '{queue.batch_id}' may have been enqueued: check client.queue.get_batch_status(" in note
    assert len(queue.enqueued) == 3 == wf.client.pipeline.retry.max_attempts
    assert [s.split(" ", 1)[0] for s in steps.sent()] == ["POST", "GET", "POST", "GET", "POST"]


def test_when_the_lookup_fails_too_the_enqueue_is_not_sent_again() -> None:
    wf, queue = blur_handle(), Queue()
    steps = Stepper([queue.enqueue(respond(502)), *[fail(httpx.ConnectError)] * 3])
    with pytest.raises(APIConnectionError, match=r"GET .*/b/.*/status failed") as caught:
        steps.run(wf._enqueue())
    assert "may have been enqueued" in caught.value.__notes__[0]
    assert len(queue.enqueued) == 1
    assert [s.split(" ", 1)[0] for s in steps.sent()] == ["POST", "GET", "GET", "GET"]
