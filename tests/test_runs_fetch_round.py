"""The engine's fetch round, sans-IO: the images of several finished items fetched at once, one server's
download refused while another of its items came through. Driven by hand, with the round's answers."""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from invokeai_client import InvokeAIClient, errors
from invokeai_client.runs.effects import ServerGroup, Together
from invokeai_client.runs.engine import Engine
from invokeai_client.runs.journal import Journal
from invokeai_client.runs.outcome import Completion
from invokeai_client.runs.servers import Fetched, Prepared
from invokeai_client.runs.spec import RunSpec

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

ROOT = Path(__file__).resolve().parent.parent
BLUR = ROOT / "examples" / "workflows" / "image-blur.json"
A, B = "http://a.invokeai.test", "http://b.invokeai.test"  # nothing here sends a request


def finished(item_id: int) -> SessionQueueItem:
    # Only what the round reads of a finished item: when it ran.
    at = "2026-12-05T12:00:00"
    return cast("SessionQueueItem", SimpleNamespace(item_id=item_id, started_at=at, completed_at=at))


def test_a_refused_download_moves_only_what_the_round_did_not_fetch(tmp_path: Path) -> None:
    with InvokeAIClient(A) as a, InvokeAIClient(B) as b, Journal(tmp_path) as journal:
        spec = RunSpec(workflow={}, groups=[[{"node_path": "n", "field_name": "f", "items": [1, 2, 3]}]],
                       runs=1, labels={})  # fmt: skip
        journal.record_intent("on-a", A, [0, 1, 2])
        journal.record_enqueued("on-a", [10, 11, 12])
        engine = Engine(ServerGroup([a, b]), spec, journal, folder=tmp_path, manifest=None, events=False)
        for client in (a, b):
            handle = client.workflows.create_workflow_from_file(BLUR)
            engine.servers[client.base_url].prepared = Prepared(handle, {}, "6.14.2", 100)
        refused, fetched, _waiting = journal.attempts(server=A)
        slot = engine.servers[A]
        completions = [
            Completion(slot, refused, finished(10), [], [("out", "refused.png")]),
            Completion(slot, fetched, finished(11), [], [("out", "fetched.png")]),
        ]
        (tmp_path / "fetched.png").write_bytes(b"png")

        round_ = engine._fetch(completions)
        assert isinstance(next(round_), Together)
        gone = errors.APIConnectionError("connection refused", method="GET", url=f"{A}/api/v1/images/i/x")
        answers = [
            [Fetched("out", "refused.png", error=gone)],
            [Fetched("out", "fetched.png", file="fetched.png")],
        ]
        with contextlib.suppress(StopIteration):
            round_.send(answers)

    states = {r.variant: r.status for r in engine.results}
    assert states == {1: "completed"}  # fetched in this round: kept, not made again elsewhere
    assert sorted(engine.todo) == [0, 2]  # refused, and not yet finished: moved
    assert slot.state.down
