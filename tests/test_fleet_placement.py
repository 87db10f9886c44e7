"""Fleet decisions with made-up observations: placement, failover, revival, the ledger (no server)."""

from __future__ import annotations

from invokeai_client.fleet.placement import (
    Ledger,
    PlacementPolicy,
    ServerState,
    failover_reason,
    may_revive,
    place,
)
from invokeai_client.fleet.report import chunk_data, expand_variants

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


def test_ledger_counts_each_variant_once_and_reports_the_moved_copy_as_duplicate() -> None:
    ledger = Ledger(4)
    ledger.placed_on("a", ledger.take(2), [10, 11])
    ledger.placed_on("b", ledger.take(2), [20, 21])
    assert ledger.finished("a", 10, "completed").kind == "counted"
    assert ledger.move_from("a", "no answer for 8 s") == [1]
    assert ledger.waiting == [1]
    ledger.placed_on("b", ledger.take(1), [22])
    assert ledger.finished("b", 22, "completed").kind == "counted"
    # a comes back and finishes the copy anyway
    outcome = ledger.finished("a", 11, "completed")
    assert (outcome.kind, outcome.variant) == ("duplicate", 1)
    assert ledger.duplicates == [(1, "a", 11)]
    assert ledger.done[1] == ("b", 22)
    assert ledger.finished("b", 20, "completed").kind == "counted"
    assert not ledger.complete
    assert ledger.finished("b", 21, "failed", "boom").kind == "failed"
    assert ledger.complete
    assert len(ledger.done) == 3
    assert ledger.failed[3] == ("b", 21, "boom")


def test_ledger_the_original_finishing_first_counts_and_its_copy_becomes_the_orphan() -> None:
    ledger = Ledger(1)
    ledger.placed_on("a", ledger.take(1), [10])
    ledger.move_from("a", "stalled")
    ledger.placed_on("b", ledger.take(1), [20])
    assert ledger.finished("a", 10, "completed").kind == "counted"
    assert ledger.orphans_on("b") == [20]
    assert ledger.unfinished_on("b") == []
    assert ledger.finished("b", 20, "completed").kind == "duplicate"
    assert ledger.done == {0: ("a", 10)}


def test_ledger_an_orphan_the_run_canceled_is_ignored() -> None:
    ledger = Ledger(1)
    ledger.placed_on("a", ledger.take(1), [10])
    ledger.move_from("a", "stalled")
    assert ledger.finished("a", 10, "canceled").kind == "ignored"
    assert ledger.orphans_on("a") == []
    assert ledger.waiting == [0]


def test_ledger_an_item_someone_else_canceled_runs_again() -> None:
    ledger = Ledger(2)
    ledger.placed_on("a", ledger.take(2), [10, 11])
    assert ledger.finished("a", 11, "canceled").kind == "ignored"
    assert ledger.waiting == [1]
    assert not ledger.complete


def test_ledger_a_moved_variant_waits_first_in_line() -> None:
    ledger = Ledger(6)
    ledger.placed_on("a", ledger.take(2), [1, 2])
    ledger.move_from("a", "stalled")
    assert ledger.take(3) == [0, 1, 2]


def test_variants_expand_as_the_server_does_and_chunks_make_exactly_them() -> None:
    data = [
        [{"node_path": "n", "field_name": "seed", "items": [1, 2]}],
        [
            {"node_path": "m", "field_name": "w", "items": [8, 16]},
            {"node_path": "m", "field_name": "h", "items": [16, 8]},
        ],
    ]
    variants = expand_variants(data)
    assert variants == [
        (("n", "seed", 1), ("m", "w", 8), ("m", "h", 16)),
        (("n", "seed", 1), ("m", "w", 16), ("m", "h", 8)),
        (("n", "seed", 2), ("m", "w", 8), ("m", "h", 16)),
        (("n", "seed", 2), ("m", "w", 16), ("m", "h", 8)),
    ]
    assert chunk_data(variants[1:3]) == [
        [
            {"node_path": "n", "field_name": "seed", "items": [1, 2]},
            {"node_path": "m", "field_name": "w", "items": [16, 8]},
            {"node_path": "m", "field_name": "h", "items": [8, 16]},
        ]
    ]
    assert expand_variants([]) == [()]
    assert chunk_data([()]) == []
