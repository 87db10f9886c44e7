"""Who answers, who is down, and moving a down server's work to the others (steps 4 and 5 of a round).

The engine asks this after every answer or failure; the decisions themselves (when a silent or stalled
server is down, when one that answers again may take work) are `placement`'s, sans-IO and unit-tested.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence

from . import servers as ops
from .effects import FleetOp, OnServer, Together
from .journal import Attempt, Journal
from .outcome import Slot, one_line
from .placement import PlacementPolicy, failover_reason, may_revive, usable

__all__ = ["Failover"]

_clock = time.monotonic


class Failover:
    """The servers' health between rounds, and the moves it calls for; writes the journal's moves."""

    def __init__(
        self,
        servers: dict[str, Slot],
        journal: Journal,
        todo: deque[int],
        policy: PlacementPolicy,
        on_note: Callable[[str], None] | None,
    ) -> None:
        self.servers = servers
        self.journal = journal
        self.todo = todo  # the engine's own queue of variants to enqueue: moved work goes to its front
        self.policy = policy
        self.on_note = on_note

    def note(self, server: Slot | None, text: str) -> None:
        """Say a problem as it happens: once when it starts or changes, again after 10, 100, ... times."""
        if server is not None:
            if text == server.problem:
                server.problem_count += 1
                if server.problem_count not in (10, 100, 1000):
                    return
                text = f"{text} ({server.problem_count} times)"
            else:
                server.problem, server.problem_count = text, 1
        if self.on_note is not None:
            self.on_note(text)

    def answered(self, server: Slot, now: float) -> None:
        """The server answered a request."""
        state = server.state
        if state.down and state.answering_since is None:
            state.answering_since = now
        state.last_answer, state.silent, server.failed_at = now, False, None
        if server.problem:
            server.problem, server.problem_count = "", 0

    def unanswered(self, server: Slot, exc: BaseException, doing: str) -> None:
        """A request to the server failed without an answer that says why."""
        now = _clock()
        state = server.state
        server.failed_at, state.silent, state.answering_since = now, True, None
        if state.last_answer is None:
            state.last_answer = now
        self.note(server, f"{server.url}: {doing} failed: {one_line(exc)}")

    def waiting_out(self, server: Slot) -> bool:
        """Whether to leave the server alone this round."""
        # An unanswering server is asked again only now and then, so that it does not hold up the rest.
        return server.failed_at is not None and _clock() - server.failed_at < self.policy.down_after / 2

    def exclude(self, server: Slot, reason: str) -> None:
        """The server cannot run the workflow at all: it takes no part in the run."""
        server.state.eligible, server.state.reason = False, reason
        server.report.eligible, server.report.reason = False, reason
        self.note(None, f"{server.url} takes no part: {reason}")

    def elsewhere(self, server: Slot) -> bool:
        """Whether another server could take this one's work."""
        return any(
            usable(s.state) and s.prepared is not None and s is not server for s in self.servers.values()
        )

    def fail_over(self) -> None:
        """Move the work of servers gone silent or stalled; let those that answer again take work."""
        now, states = _clock(), [s.state for s in self.servers.values()]
        for server in self.servers.values():
            state = server.state
            state.outstanding = self.journal.active_count(server.url)
            reason = failover_reason(state, now, states, self.policy)
            if reason is not None and self.elsewhere(server):
                self.take_work(server, reason)
            if may_revive(state, now, self.policy):
                state.down, state.down_reason, state.last_answer = False, "", now

    def take_work(self, server: Slot, reason: str) -> None:
        """Move all the server's unfinished work to the others; cancel it there once it answers."""
        url, state = server.url, server.state
        attempts = self.journal.attempts(("intent", "queued"), server=url)
        self.move(attempts, reason)
        server.to_cancel |= {a.batch_id for a in attempts}
        state.down, state.down_reason = True, reason
        state.outstanding, state.running_since, state.answering_since = 0, None, None
        server.report.lost_work.append(reason)
        if attempts:
            self.note(None, f"moved {len(attempts)} variant(s) off {url}: {reason}")

    def move(self, attempts: Sequence[Attempt], reason: str) -> None:
        """Journal the attempts as moved and put their variants first in line."""
        if not attempts:
            return
        self.journal.move([a.id for a in attempts], reason)
        self.todo.extendleft(sorted((a.variant for a in attempts), reverse=True))

    def cancel_moved(self) -> FleetOp[None]:
        """Cancel, on each server that answers again, the batches moved off it."""
        asks = [s for s in self.servers.values() if s.to_cancel and s.failed_at is None and s.prepared]
        if not asks:
            return
        answers = yield Together(
            [OnServer(s.client, ops.cancel(s.client, sorted(s.to_cancel))) for s in asks]
        )
        for server, answer in zip(asks, answers, strict=True):
            if not isinstance(answer, BaseException):
                server.to_cancel.clear()
