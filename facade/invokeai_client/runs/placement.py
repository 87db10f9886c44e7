"""Where a fleet's variants go, and when a server loses them: pure decisions over what was observed.

No I/O and no clock of its own: the engine (`engine`) feeds in what the servers answered and when, and
carries out what these functions decide. So every rule here is tested with made-up observations.

- `place`: how many waiting variants each server gets now. A server is offered work only while what is
  ahead of the new item there (other people's items and ours, at the server's pace) is shorter than the
  fastest server needs for a full window: a faster server is refilled more often and ends up with more,
  and a server busy with someone else's work gets nothing until its queue has gone down.
- `failover_reason`: a server that has not answered for `down_after` seconds, or whose item of ours has
  been in progress far longer than its pace says, loses its unfinished variants.

Which variant is where, and what a moved variant's late copy counts for, is the journal's (`journal`).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "PlacementPolicy",
    "ServerState",
    "failover_reason",
    "pace_of",
    "place",
]


@dataclass(frozen=True)
class PlacementPolicy:
    """The knobs of placement and failover.

    `window`: at most this many of our items wait on the fastest server (small, so that work can still
    be moved; a server is refilled once half of them are done). `default_pace`: seconds per item
    assumed before any item finished. `down_after`: seconds without an answer before a server's
    variants move. A server's item is stalled after
    `stall_factor` times its pace in progress, and never before `stall_min` seconds. A server that took
    work away from it answers again for `revive_after` seconds before it gets new work.
    `pace_weight`: how much one finished item moves the pace estimate (exponential average).
    """

    window: int = 6
    default_pace: float = 1.0
    down_after: float = 8.0
    stall_factor: float = 6.0
    stall_min: float = 20.0
    revive_after: float = 5.0
    pace_weight: float = 0.3


@dataclass
class ServerState:
    """What the run knows about one server; `name` is its URL.

    `eligible` is False (with `reason`) when the server cannot run the workflow at all (node types,
    models): it never gets work. `others` counts the queue's unfinished items that are not this run's.
    `running_since` is when our item now in progress there was first seen in progress.
    `down` (with `down_reason`) is set when its work was taken away; `answering_since` is when it
    answered again after that. `silent`: its last request got no answer (no new work until it answers).
    """

    name: str
    eligible: bool = True
    reason: str = ""
    others: int = 0
    outstanding: int = 0
    pace: float | None = None
    last_answer: float | None = None
    running_since: float | None = None
    down: bool = False
    down_reason: str = ""
    answering_since: float | None = None
    silent: bool = False
    finished: int = 0

    def observe_pace(self, seconds: float, policy: PlacementPolicy) -> None:
        """Fold one finished item's duration into the pace estimate."""
        if seconds <= 0:
            return
        if self.pace is None:
            self.pace = seconds
        else:
            self.pace += policy.pace_weight * (seconds - self.pace)


def pace_of(server: ServerState, servers: Sequence[ServerState], policy: PlacementPolicy) -> float:
    """The server's measured pace; before it has one, the median of the others' (else the default)."""
    if server.pace is not None:
        return server.pace
    measured = [s.pace for s in servers if s.pace is not None]
    return statistics.median(measured) if measured else policy.default_pace


def usable(server: ServerState) -> bool:
    """Whether the server may get work now."""
    return server.eligible and not server.down and not server.silent


def place(servers: Sequence[ServerState], waiting: int, policy: PlacementPolicy) -> dict[str, int]:
    """How many of `waiting` variants to enqueue on each server now (servers left out get none).

    Each variant goes where it would start soonest (items ahead times pace), as long as that start is
    within the horizon: the time the fastest usable server needs for `window` items. A server is topped up
    only once what waits there is down to half the horizon, so that it gets a few items per request
    rather than one per round (each enqueue costs the server time too).
    """
    candidates = [s for s in servers if usable(s)]
    if not candidates or waiting <= 0:
        return {}
    paces = {s.name: pace_of(s, servers, policy) for s in candidates}
    horizon = policy.window * min(paces.values())
    ahead = {s.name: s.others + s.outstanding for s in candidates}
    ahead = {name: n for name, n in ahead.items() if n * paces[name] <= horizon / 2}
    plan: dict[str, int] = {}
    for _ in range(waiting):
        starts = {name: ahead[name] * paces[name] for name in ahead}
        open_ = [name for name, start in starts.items() if start < horizon]
        if not open_:
            break
        # Ties go to the server listed first, so that decisions are repeatable.
        best = min(open_, key=lambda name: starts[name])
        plan[best] = plan.get(best, 0) + 1
        ahead[best] += 1
    return plan


def failover_reason(
    server: ServerState, now: float, servers: Sequence[ServerState], policy: PlacementPolicy
) -> str | None:
    """Why the server should lose its unfinished variants now, or None if it keeps them."""
    if server.down or server.outstanding == 0:
        return None
    if server.last_answer is not None and now - server.last_answer >= policy.down_after:
        return f"no answer for {now - server.last_answer:.0f} s"
    if server.running_since is not None:
        limit = max(policy.stall_min, policy.stall_factor * pace_of(server, servers, policy))
        if now - server.running_since >= limit:
            return f"an item in progress for {now - server.running_since:.0f} s (limit {limit:.0f} s)"
    return None


def may_revive(server: ServerState, now: float, policy: PlacementPolicy) -> bool:
    """Whether a server that lost its work has answered long enough to get work again."""
    return (
        server.down
        and server.answering_since is not None
        and now - server.answering_since >= policy.revive_after
    )
