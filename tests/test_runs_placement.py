"""The engine's decisions with made-up observations (no server): placement, failover, revival; and in an
in-memory journal, moved work, late copies (duplicates, never counted) and batches that make exactly
their variants."""

from __future__ import annotations

import pytest

from invokeai_client.runs.journal import Journal
from invokeai_client.runs.placement import (
    PlacementPolicy,
    ServerState,
    failover_reason,
    may_revive,
    place,
)

POLICY = PlacementPolicy(window=4, default_pace=1.0, down_after=8.0, stall_factor=6.0, stall_min=20.0)


def servers(*names: str) -> list[ServerState]:
    return [ServerState(name) for name in names]


def test_unmeasured_servers_share_evenly_up_to_the_window() -> None:
    fleet = servers("a", "b")
    assert place(fleet, 100, POLICY) == {"a": 4, "b": 4}


def test_a_single_job_goes_to_the_server_with_the_shortest_queue() -> None:
    a, b, c = servers("a", "b", "c")
    a.others, b.others, c.others = 2, 0, 1
    assert place([a, b, c], 1, POLICY) == {"b": 1}


def test_a_faster_server_gets_more_in_flight() -> None:
    fast, slow = servers("fast", "slow")
    fast.pace, slow.pace = 0.5, 1.5
    plan = place([fast, slow], 100, POLICY)
    # Horizon: 4 items of the fastest (2 s); the slow one starts only items due within it.
    assert plan == {"fast": 4, "slow": 2}


def test_a_server_busy_with_other_peoples_work_gets_nothing_until_its_queue_goes_down() -> None:
    free, busy = servers("free", "busy")
    busy.others = 10
    assert place([free, busy], 100, POLICY) == {"free": 4}
    busy.others = 2
    assert place([free, busy], 100, POLICY) == {"free": 4, "busy": 2}


def test_our_outstanding_items_count_as_queue_depth_and_refills_wait_for_half_the_window() -> None:
    a, b = servers("a", "b")
    a.outstanding = 3
    assert place([a, b], 100, POLICY) == {"b": 4}  # 3 s of work waits on a: more than half of 4 s
    a.outstanding = 2
    assert place([a, b], 100, POLICY) == {"a": 2, "b": 4}


def test_ineligible_down_and_silent_servers_get_no_work() -> None:
    a, b, c, d = servers("a", "b", "c", "d")
    b.eligible, b.reason = False, "no model"
    c.down = True
    d.silent = True
    assert place([a, b, c, d], 10, POLICY) == {"a": 4}
    assert place([b, c, d], 10, POLICY) == {}


def test_no_more_than_waiting() -> None:
    assert place(servers("a", "b"), 3, POLICY) == {"a": 2, "b": 1}


def test_an_unmeasured_server_is_assumed_as_fast_as_the_median() -> None:
    a, b, new = servers("a", "b", "new")
    a.pace, b.pace = 2.0, 2.0
    assert place([a, b, new], 100, POLICY) == {"a": 4, "b": 4, "new": 4}


def test_a_server_silent_for_down_after_seconds_loses_its_work() -> None:
    a = ServerState("a", outstanding=3, last_answer=100.0)
    assert failover_reason(a, 107.9, [a], POLICY) is None
    assert failover_reason(a, 108.0, [a], POLICY) == "no answer for 8 s"


def test_a_server_without_work_of_ours_is_never_failed_over() -> None:
    a = ServerState("a", outstanding=0, last_answer=0.0)
    assert failover_reason(a, 1000.0, [a], POLICY) is None


def test_a_stall_is_measured_against_the_pace_with_a_floor() -> None:
    quick = ServerState("quick", outstanding=1, last_answer=100.0, running_since=80.0, pace=1.0)
    assert failover_reason(quick, 99.0, [quick], POLICY) is None  # 19 s < the 20 s floor
    assert failover_reason(quick, 100.0, [quick], POLICY) == "an item in progress for 20 s (limit 20 s)"
    slow = ServerState("slow", outstanding=1, last_answer=100.0, running_since=50.0, pace=10.0)
    assert failover_reason(slow, 100.0, [slow], POLICY) is None  # 50 s < 6 x 10 s
    assert failover_reason(slow, 110.0, [slow], POLICY) is not None


def test_a_server_that_answers_again_gets_work_after_revive_after() -> None:
    a = ServerState("a", down=True, answering_since=50.0)
    assert not may_revive(a, 54.9, POLICY)
    assert may_revive(a, 55.0, POLICY)
    assert not may_revive(ServerState("b", down=True), 1000.0, POLICY)


def test_pace_is_an_exponential_average_of_item_durations() -> None:
    a = ServerState("a")
    a.observe_pace(1.0, POLICY)
    a.observe_pace(2.0, POLICY)
    assert a.pace is not None
    assert abs(a.pace - 1.3) < 1e-9
    a.observe_pace(-1.0, POLICY)  # a clock going backwards says nothing
    assert abs(a.pace - 1.3) < 1e-9


def journal_with(server_items: dict[str, list[int]]) -> Journal:
    """An in-memory journal: one batch per server, variants numbered in order, items as given."""
    journal, variant = Journal(None), 0
    for server, items in server_items.items():
        variants = list(range(variant, variant + len(items)))
        journal.record_intent(f"batch-{server}", server, variants)
        journal.record_enqueued(f"batch-{server}", items)
        variant += len(items)
    return journal


def test_moved_work_is_redone_first_and_a_late_copy_is_a_duplicate_never_counted() -> None:
    journal = journal_with({"a": [10, 11], "b": [20, 21]})
    (done,) = [x for x in journal.attempts(("queued",), server="a") if x.item_id == 10]
    journal.finish(done.id, "completed")
    moved = journal.attempts(("queued",), server="a")
    journal.move([x.id for x in moved], "no answer for 8 s")
    assert list(journal.todo(4)) == [1]
    assert journal.counts(4).active == 2  # b's two
    journal.record_intent("again", "b", [1])
    journal.record_enqueued("again", [22])
    (copy,) = journal.attempts(("queued",), server="b")[-1:]
    journal.finish(copy.id, "completed")
    # a comes back and finishes the moved item anyway
    (orphan,) = journal.attempts(("moved",), server="a")
    journal.settle_orphan(orphan.id, "duplicate")
    counts = journal.counts(4)
    assert (counts.completed, counts.duplicates, counts.todo) == (2, 1, 0)
    assert journal.last_states()[1] == "completed"


def test_a_late_copy_before_the_new_attempt_leaves_the_variant_to_do() -> None:
    journal = journal_with({"a": [10]})
    journal.move([x.id for x in journal.attempts()], "stalled")
    (orphan,) = journal.attempts(("moved",))
    journal.settle_orphan(orphan.id, "dropped")
    assert list(journal.todo(1)) == [0]
    with pytest.raises(ValueError, match="not an orphan's end"):
        journal.settle_orphan(orphan.id, "completed")


def test_moving_an_unanswered_batch_stops_settling_it() -> None:
    journal = Journal(None)
    journal.record_intent("b1", "a", [0, 1])
    assert journal.intent_batches() == [("b1", "a")]
    journal.move([x.id for x in journal.attempts()], "server not in this run")
    assert journal.intent_batches() == []
    assert list(journal.todo(2)) == [0, 1]
    assert journal.active_count("a") == 0


def test_a_chunk_batch_makes_exactly_its_variants_in_order() -> None:
    from invokeai_client.runs.servers import Prepared, chunk_batch
    from invokeai_client.runs.spec import RunSpec

    groups = [
        [{"node_path": "n", "field_name": "seed", "items": [1, 2]}],
        [
            {"node_path": "m", "field_name": "w", "items": [8, 16]},
            {"node_path": "m", "field_name": "h", "items": [16, 8]},
        ],
    ]
    spec = RunSpec(workflow={}, groups=groups, runs=2, labels={})
    assert spec.total == 8
    prepared = Prepared(
        handle=None,  # type: ignore[arg-type]  # chunk_batch copies the batch and never needs a handle
        batch={"graph": {"id": "g"}, "origin": "o"},
        version="6.14.2",
        max_queue=9,
    )
    batch = chunk_batch(prepared, spec, [1, 2, 7], ("b", "g2"))
    assert (batch["batch_id"], batch["graph"], batch["runs"]) == ("b", {"id": "g2"}, 1)
    assert batch["data"] == [
        [
            {"node_path": "n", "field_name": "seed", "items": [1, 2, 2]},
            {"node_path": "m", "field_name": "w", "items": [16, 8, 16]},
            {"node_path": "m", "field_name": "h", "items": [8, 16, 8]},
        ]
    ]
    plain = chunk_batch(prepared, RunSpec(workflow={}, groups=[], runs=3, labels={}), [0, 2], ("c", "g3"))
    assert plain["runs"] == 2
    assert "data" not in plain
