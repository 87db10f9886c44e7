"""A run's journal, spec and manifest offline: the state machine, persistence across processes, variant
numbering, what a different spec is told, and the manifest rebuilt from the journal."""

from __future__ import annotations

import csv
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from invokeai_client.runs.journal import ImageRecord, Journal
from invokeai_client.runs.manifest import Manifest
from invokeai_client.runs.spec import RunSpec

SERVER = "http://invokeai.test"


def spec(groups: list[list[dict[str, object]]] | None = None, runs: int = 1) -> RunSpec:
    workflow = {"nodes": [{"id": "noise", "data": {"type": "noise", "inputs": {"seed": {"value": 7}}}}]}
    groups = groups or []
    return RunSpec(workflow=workflow, groups=groups, runs=runs, labels={"a.x": "X", "b.y": "Y", "b.z": "Z"})


def datum(key: str, items: list[object]) -> dict[str, object]:
    node, name = key.split(".")
    return {"node_path": node, "field_name": name, "items": items}


def test_intent_then_items_in_order_and_the_rest_lost(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.record_intent("b1", SERVER, [0, 1, 2])
    assert journal.intent_batches() == [("b1", SERVER)]
    assert [a.state for a in journal.attempts_of_batch("b1")] == ["intent"] * 3
    # The server inserts a batch's items with rising ids in the order of its values; answers are unsorted.
    journal.record_enqueued("b1", [12, 11])
    attempts = journal.attempts_of_batch("b1")
    assert [(a.variant, a.item_id, a.state) for a in attempts] == [
        (0, 11, "queued"),
        (1, 12, "queued"),
        (2, None, "lost"),
    ]
    assert journal.intent_batches() == []
    assert list(journal.todo(3)) == [2]  # the one the full queue dropped is to do again


def test_more_items_than_variants_is_refused(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.record_intent("b1", SERVER, [0])
    with pytest.raises(ValueError, match="2 items for 1 variants"):
        journal.record_enqueued("b1", [1, 2])
    assert journal.attempts_of_batch("b1")[0].state == "intent"  # the failed change left nothing behind


def test_what_is_done_redone_or_kept(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.record_intent("b1", SERVER, [0, 1, 2, 3, 4])
    journal.record_enqueued("b1", [1, 2, 3, 4, 5])
    first = {a.variant: a.id for a in journal.attempts_of_batch("b1")}
    journal.finish(first[0], "completed")
    journal.finish(first[1], "failed", error="OOM: no memory")
    journal.finish(first[2], "canceled")
    journal.finish(first[3], "lost")
    assert list(journal.todo(6)) == [2, 3, 5]  # canceled, lost, never sent; 4 is in flight
    assert list(journal.todo(6, retry={1})) == [1, 2, 3, 5]
    assert journal.failed() == [1]
    counts = journal.counts(6)
    assert (counts.completed, counts.failed, counts.active, counts.todo) == (1, 1, 1, 3)

    # A second attempt of a completed variant never makes it "to do" again, whatever happens to it.
    journal.record_intent("b2", SERVER, [0, 2])
    journal.record_enqueued("b2", [6, 7])
    second = {a.variant: a.id for a in journal.attempts_of_batch("b2")}
    journal.finish(second[0], "canceled")
    assert journal.last_states()[0] == "completed"
    assert journal.last_states()[2] == "queued"


def test_only_active_attempts_finish(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.record_intent("b1", SERVER, [0])
    journal.record_enqueued("b1", [1])
    (attempt,) = journal.attempts_of_batch("b1")
    journal.finish(attempt.id, "completed")
    with pytest.raises(ValueError, match="not active"):
        journal.finish(attempt.id, "failed")
    with pytest.raises(ValueError, match="not a final state"):
        journal.finish(attempt.id, "queued")


def test_an_interrupted_change_is_rolled_back(tmp_path: Path) -> None:
    journal = Journal(tmp_path)

    def interrupted() -> None:
        with journal._change():
            journal._db.execute("INSERT INTO batches VALUES ('b1', 's', 'intent', 0)")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert journal.intent_batches() == []


def test_a_killed_process_leaves_what_it_committed(tmp_path: Path) -> None:
    # SIGKILL at any instant: another process commits, then dies without closing anything.
    code = (
        "import os, sys; from invokeai_client.runs.journal import Journal\n"
        "j = Journal(sys.argv[1]); j.record_intent('b1', 'http://s', [0, 1])\n"
        "j.record_enqueued('b1', [5, 6])\n"
        "j.record_intent('b2', 'http://s', [2]); os._exit(9)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=False)
    assert done.returncode == 9
    journal = Journal(tmp_path)
    assert [(a.variant, a.item_id) for a in journal.attempts()] == [(0, 5), (1, 6), (2, None)]
    assert journal.intent_batches() == [("b2", "http://s")]


def test_spec_is_journaled_once(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    assert journal.spec() is None
    journal.set_spec(spec().to_dict())
    with pytest.raises(ValueError, match="already belongs to a run"):
        journal.set_spec(spec().to_dict())
    journal.close()
    assert RunSpec.from_dict(Journal(tmp_path).spec() or {}) == spec()


def test_variants_are_numbered_as_the_server_expands_a_batch() -> None:
    groups = [[datum("a.x", [1, 2, 3])], [datum("b.y", ["p", "q"]), datum("b.z", [0.5, 1.5])]]
    s = spec(groups, runs=2)
    assert (s.per_run, s.total) == (6, 12)
    product = list(itertools.product([1, 2, 3], [("p", 0.5), ("q", 1.5)]))
    for n in range(12):
        x, (y, z) = product[n % 6]
        assert s.values(n) == {"a.x": x, "b.y": y, "b.z": z}
    with pytest.raises(IndexError):
        s.values(12)
    assert s.chunk_sweep([4, 5, 0]) == [{"a.x": [3, 3, 1], "b.y": ["p", "q", "p"], "b.z": [0.5, 1.5, 0.5]}]
    assert spec(runs=3).chunk_sweep([0, 1]) is None
    assert spec(runs=3).total == 3


def test_a_different_spec_is_told_what_differs() -> None:
    base = spec([[datum("a.x", [1, 2])]])
    assert list(base.differences(base)) == []
    other_values = spec([[datum("a.x", [1, 2, 3])]], runs=2)
    assert list(base.differences(other_values)) == [
        "--runs is 1, the run in this folder has 2",
        "sweep of a.x: [1, 2] here, [1, 2, 3] in the folder",
    ]
    changed = RunSpec.from_dict(json.loads(json.dumps(base.to_dict())))
    changed.workflow["nodes"][0]["data"]["inputs"]["seed"]["value"] = 8
    assert list(changed.differences(base)) == ["input noise.seed: 8 here, 7 in the folder"]
    zipped = spec([[datum("b.y", [1]), datum("b.z", [2])]])
    crossed = spec([[datum("b.y", [1])], [datum("b.z", [2])]])
    assert list(zipped.differences(crossed)) == [
        "the swept inputs are combined differently (zipped or multiplied)"
    ]


def test_manifest_is_rebuilt_from_the_journal(tmp_path: Path) -> None:
    s = spec([[datum("a.x", [10, 20])]])
    journal = Journal(tmp_path)
    journal.record_intent("b1", SERVER, [0, 1])
    journal.record_enqueued("b1", [3, 4])
    attempts = journal.attempts_of_batch("b1")
    for attempt, name in zip(attempts, ["i1.png", "i2.png"], strict=True):
        journal.record_image(ImageRecord(SERVER, name, attempt.id, "save", name, 100, "ab" * 32, 0.0))
        journal.finish(attempt.id, "completed", started_at="t0", completed_at="t1")
    manifest = Manifest(tmp_path, s)
    (tmp_path / "manifest.csv").write_text("variant,X\n0,10\n1,2")  # a row cut off by a kill
    assert manifest.rewrite(journal) == 2
    rows = list(csv.DictReader((tmp_path / "manifest.csv").open()))
    assert [(r["variant"], r["X"], r["seed"], r["item_id"], r["file"]) for r in rows] == [
        ("0", "10", "7", "3", "i1.png"),
        ("1", "20", "7", "4", "i2.png"),
    ]
    lines = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    assert [(r["variant"], r["X"], r["completed_at"]) for r in lines] == [(0, 10, "t1"), (1, 20, "t1")]
    assert not list(tmp_path.glob(".*.part"))


def test_one_process_at_a_time_runs_in_a_folder(tmp_path: Path) -> None:
    from invokeai_client import InvokeAIClient, Run, ValidationError

    blur = Path(__file__).resolve().parent.parent / "examples" / "workflows" / "image-blur.json"
    partial = tmp_path / ".invokeai-part.abc.png.x1y2"  # a download a kill cut short
    users = tmp_path / ".abc.png.x1y2.part"  # the user's own file, named alike
    with InvokeAIClient("http://invokeai.test") as client:  # nothing here sends a request
        first = Run.start(
            client.workflows.create_workflow_from_file(blur), tmp_path, sweep={"Blur Radius": [1]}
        )
        partial.write_bytes(b"half an image")
        users.write_bytes(b"mine")
        with Run.open(client, tmp_path) as looking:  # what `status` does: reads, removes nothing
            assert looking.counts().todo == 1
        assert partial.exists()
        first._claim()  # the first round: the folder is this run's, leftovers of a kill removed
        assert not partial.exists()
        assert users.read_bytes() == b"mine"  # only the client's own partial files go
        second = Run.start(
            client.workflows.create_workflow_from_file(blur), tmp_path, sweep={"Blur Radius": [1]}
        )
        with pytest.raises(ValidationError, match="another process is running the run in"):
            second._claim()
        first.close()
        second._claim()  # free again
        second.close()
