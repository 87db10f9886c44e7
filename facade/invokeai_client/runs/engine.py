"""The engine every sweep goes through: one or several servers, a journal (a folder's, or in memory),
images fetched as each item finishes from the server that made it, failover, and resume.

A round (`Engine.step`, one fleet operation for both runners) does, for all servers at once:

1. prepare the servers not yet prepared (their release, node types, model keys, queue limit);
2. settle batches whose enqueue answer was never journaled, by their batch id on their server;
3. observe each server (its queue's counts, the oldest of the run's items there) and fetch the images of
   the items that completed, into the folder, from that server;
4. move the unfinished work of a server that stopped answering or stalled (`placement.failover_reason`)
   when another server can take it; a moved item that finishes there anyway is a duplicate;
5. cancel what was moved off a server once it answers again (4 and 5: `failover.Failover`);
6. enqueue chunks where they will start soonest (`placement.place`), within each queue's limit.

The journal is only touched here, between the servers' answers: the operations run on the servers
(`servers`) never write it, so the blocking runner can run them on threads.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport import ids as _ids
from invokeai_client._transport.core import Signal, Sleep, WaitSignal
from invokeai_client.resources.queue import import_item_models

from . import servers as ops
from .effects import FleetOp, OnServer, ServerGroup, Together
from .failover import Failover
from .files import unrecorded_files
from .journal import Attempt, ImageRecord, Journal
from .outcome import (
    Completion,
    RunResult,
    Slot,
    check_values,
    one_line,
    progress_of,
    report_of,
    seconds,
    text,
    times,
)
from .placement import PlacementPolicy, ServerState, place
from .report import FleetProgress, FleetReport, ServerReport

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client.submission.handle import WorkflowHandle

    from .manifest import Manifest
    from .spec import RunSpec

__all__ = ["Engine", "RunResult"]

POLL_WINDOW = 32  # in-flight items asked about per server and round: the oldest, which finish first
FETCH_TRIES = 5  # a server that answers but keeps cutting an item's download: the variant fails
# Who cannot run the workflow, as opposed to who is only unreachable or busy.
_INELIGIBLE = (
    errors.UnresolvedModelError,
    errors.ModelNotFoundError,
    errors.FeatureNotAvailableError,
    errors.UnprocessableEntityError,
    errors.BadRequestError,
)
_UNCERTAIN = (errors.APIConnectionError, errors.InternalServerError, errors.RateLimitError)
EVENTS_FALLBACK = 2.0  # seconds between rounds when every server's events are heard (a safety net)
_clock = time.monotonic


def _events_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("socketio") is not None


class Engine:
    """The state of one run between rounds; `step` is the only I/O (see the module docstring)."""

    def __init__(
        self,
        group: ServerGroup,
        spec: RunSpec,
        journal: Journal,
        *,
        folder: Path | None,
        manifest: Manifest | None,
        handle: WorkflowHandle | None = None,
        policy: PlacementPolicy | None = None,
        chunk_size: int = 100,
        retry_failed: bool = False,
        sync_models: bool = True,
        poll_interval: float = 0.25,
        events: bool | None = None,
        on_note: Callable[[str], None] | None = None,
    ) -> None:
        self.spec: RunSpec = spec
        self.journal: Journal = journal
        self.folder: Path | None = folder
        self.manifest: Manifest | None = manifest
        self.policy: PlacementPolicy = policy or PlacementPolicy()
        self.chunk_size: int = chunk_size
        self.sync_models: bool = sync_models
        self.poll_interval: float = poll_interval
        # Events wake a round as soon as an item changes; without them (or while a socket is down) polls.
        self.wake: Signal | None = Signal() if (events is None and _events_installed()) or events else None
        self.servers: dict[str, Slot] = {
            c.base_url: Slot(c, ServerState(c.base_url), ServerReport(c.base_url)) for c in group.servers
        }
        if handle is not None:
            self.servers[handle.client.base_url].handle = handle
        if len(self.servers) == 1:
            # Nowhere to move work to: bigger chunks, fewer requests (two chunks wait at most).
            self.policy = PlacementPolicy(**{**vars(self.policy), "window": 2 * chunk_size})
        retry = set(journal.failed()) if retry_failed else set()
        self.todo: deque[int] = deque(journal.todo(spec.total, retry=retry))
        self.origin: str = f"invokeai-client:run:{_ids.new_id()}"
        self.fetch_failures: dict[int, int] = {}
        # Files in the folder the journal does not record: a download a kill left renamed into place but
        # unjournaled is adopted when the same image is fetched again, not written twice.
        self.leftovers: set[str] = (
            unrecorded_files(folder, {r.file for r in journal.images()}) if folder is not None else set()
        )
        self.results: list[RunResult] = []
        self.failover: Failover = Failover(self.servers, journal, self.todo, self.policy, on_note)
        self.rounds: int = 0
        self.started: float = _clock()

    # --- the round ------------------------------------------------------------------------------------

    @property
    def done(self) -> bool:
        """Nothing left to enqueue or wait for."""
        return not self.todo and self.journal.active_count() == 0

    def step(self) -> FleetOp[list[RunResult]]:
        """One round; the results of the variants that finished in it."""
        if self.rounds:
            watched = [s.prepared.watch for s in self.servers.values() if s.prepared and s.prepared.watch]
            if self.wake is None or not watched:
                yield Sleep(self.poll_interval)
            else:
                everyone = all(
                    s.prepared is None or (s.prepared.watch is not None and s.client.events.connected)
                    for s in self.servers.values()
                    if s.state.eligible
                )
                yield WaitSignal(self.wake, EVENTS_FALLBACK if everyone else self.poll_interval)
        self.rounds += 1
        import_item_models()
        yield from self._prepare()
        yield from self._settle()
        yield from self._observe()
        self.failover.fail_over()
        yield from self.failover.cancel_moved()
        yield from self._place()
        results, self.results = self.results, []
        return results

    def close(self) -> None:
        """Stop hearing the servers' events."""
        for server in self.servers.values():
            if server.prepared is not None and server.prepared.watch is not None:
                server.client.events.release(server.prepared.watch)
                server.prepared.watch = None

    def progress(self) -> FleetProgress:
        """Counts for a progress display, per server."""
        return progress_of(list(self.servers.values()), self.journal, self.spec.total)

    def report(self, results: Sequence[RunResult], name: str) -> FleetReport:
        """The run as a `FleetReport` (see `outcome.report_of`)."""
        slots = list(self.servers.values())
        return report_of(slots, self.journal, self.spec.total, results, name, _clock() - self.started)

    # --- 1. prepare -----------------------------------------------------------------------------------

    def _prepare(self) -> FleetOp[None]:
        wanted = [
            s for s in self.servers.values()
            if s.prepared is None and s.state.eligible and not self.failover.waiting_out(s)
        ]  # fmt: skip
        if not wanted:
            return
        spec, sync, origin, wake = self.spec, self.sync_models, self.origin, self.wake
        answers = yield Together(
            [OnServer(s.client, ops.prepare(s.client, spec, s.handle, sync, origin, wake)) for s in wanted]
        )
        for server, answer in zip(wanted, answers, strict=True):
            if isinstance(answer, ops.Prepared):
                server.prepared, server.report.version = answer, answer.version
                if answer.watch is not None:
                    answer.watch.batch_ids.update(self.journal.batch_ids(server.url))
                self.failover.answered(server, _clock())
            elif isinstance(answer, errors.ValidationError) and not isinstance(
                answer, errors.UnresolvedModelError
            ):
                raise answer  # the sweep or the inputs are wrong, wherever they go
            elif isinstance(answer, _INELIGIBLE):
                self.failover.exclude(server, one_line(answer))
            elif isinstance(answer, errors.APIError):
                self.failover.unanswered(server, answer, "preparing the workflow")
                server.report.reason = one_line(answer)
            else:
                raise answer
        if any(s.prepared is not None for s in self.servers.values()):
            return
        if self.rounds == 1 or all(not s.state.eligible for s in self.servers.values()):
            reasons = {url: s.report.reason or s.state.reason for url, s in self.servers.items()}
            lines = "\n  ".join(f"{url}: {reason}" for url, reason in reasons.items())
            raise errors.FleetUnavailableError(
                f"no server can run workflow {self.spec.workflow.get('name', '')!r}:\n  {lines}", reasons
            )

    # --- 2. settle --------------------------------------------------------------------------------------

    def _settle(self) -> FleetOp[None]:
        if self.rounds == 1:
            # A resume that names other servers: what the journal has on a server left out is done anew.
            foreign = [a for a in self.journal.attempts(("queued",)) if a.server not in self.servers]
            self.failover.move(foreign, "server not in this run")
        asks: list[tuple[Slot, str, int]] = []
        for batch_id, url in self.journal.intent_batches():
            attempts = self.journal.attempts_of_batch(batch_id)
            server = self.servers.get(url)
            if server is None:
                # A server this run does not use (a resume naming others): its work is done elsewhere.
                self.failover.move([a for a in attempts if a.state == "intent"], "server not in this run")
                continue
            if server.prepared is not None and not self.failover.waiting_out(server):
                asks.append((server, batch_id, len(attempts)))
        if not asks:
            return
        answers = yield Together([OnServer(s.client, ops.settle(s.client, b, n)) for s, b, n in asks])
        for (server, batch_id, _), answer in zip(asks, answers, strict=True):
            if isinstance(answer, list):
                self.failover.answered(server, _clock())
                self.todo.extend(self.journal.record_enqueued(batch_id, answer))
            elif isinstance(answer, errors.APIError):
                self.failover.unanswered(server, answer, f"asking about batch {batch_id}")
            else:
                raise answer

    # --- 3. observe and fetch ---------------------------------------------------------------------------

    def _observe(self) -> FleetOp[None]:
        asks: list[tuple[Slot, list[Attempt], list[Attempt]]] = []
        for url, server in self.servers.items():
            if server.prepared is None or self.failover.waiting_out(server):
                continue
            watched = self.journal.attempts(("queued",), server=url, limit=POLL_WINDOW)
            orphans = [
                a for a in self.journal.attempts(("moved",), server=url, limit=POLL_WINDOW) if a.item_id
            ]
            if watched or orphans or server.state.down or server.to_cancel or self.todo:
                asks.append((server, watched, orphans))
        if not asks:
            return
        answers = yield Together(
            [OnServer(s.client, ops.observe(s.client, [a.item_id for a in w + o if a.item_id is not None]))
             for s, w, o in asks]
        )  # fmt: skip
        completions: list[Completion] = []
        for (server, watched, orphans), answer in zip(asks, answers, strict=True):
            if isinstance(answer, ops.Observation):
                completions += self._record(server, watched, orphans, answer)
            elif isinstance(answer, errors.APIError):
                self.failover.unanswered(server, answer, "asking about the run's items")
            else:
                raise answer
        yield from self._fetch(completions)

    def _record(
        self, server: Slot, watched: list[Attempt], orphans: list[Attempt], seen: ops.Observation
    ) -> list[Completion]:
        now = _clock()
        self.failover.answered(server, now)
        state, url = server.state, server.url
        server.pending = seen.pending
        completions = []
        for attempt in watched:
            assert attempt.item_id is not None  # queued attempts have their item
            status = seen.statuses.get(attempt.item_id)
            if status is None:
                self.journal.finish(attempt.id, "lost", error="no longer on the server's queue")
                self.todo.append(attempt.variant)
            elif attempt.item_id in seen.finished:
                done = self._finished(server, attempt, seen.finished[attempt.item_id])
                if done is not None:
                    completions.append(done)
        for attempt in orphans:
            item = seen.finished.get(attempt.item_id or -1)
            if item is not None or attempt.item_id not in seen.statuses:
                late = item is not None and str(item.status) == "completed"
                self.journal.settle_orphan(attempt.id, "duplicate" if late else "dropped")
                if late:
                    server.report.duplicates += 1
                    where = f"on {url} (item {attempt.item_id})"
                    self.failover.note(None, f"variant {attempt.variant}: a late copy finished {where}: "
                                             "a duplicate, not counted")  # fmt: skip
        running = next(
            (a.item_id for a in watched if seen.statuses.get(a.item_id or -1) == "in_progress"), None
        )
        if running is None:
            state.running_since, server.running_item = None, None
        elif server.running_item != running:
            state.running_since, server.running_item = now, running
        ours = self.journal.active_count(url)
        state.outstanding = ours
        state.others = max(0, seen.active - ours - len(orphans))
        return completions

    def _finished(self, server: Slot, attempt: Attempt, item: SessionQueueItem) -> Completion | None:
        status, url = str(item.status), server.url
        started, completed = times(item)
        took = seconds(started, completed)
        if status == "canceled":
            self.journal.finish(attempt.id, "canceled", started_at=started, completed_at=completed)
            self.todo.append(attempt.variant)  # a restart or a user canceled it: enqueued again
            return None
        values = self.spec.values(attempt.variant)
        if status == "failed":
            error = f"{text(item.error_type) or 'error'}: {text(item.error_message) or '(no message)'}"
            self.journal.finish(attempt.id, "failed", error=error, started_at=started, completed_at=completed)
            self.results.append(RunResult(attempt.variant, values, "failed", item.item_id, attempt.batch_id,
                                          url, error=error, item=item))  # fmt: skip
            return None
        check_values(attempt, item, values)
        if took is not None:
            server.state.observe_pace(took, self.policy)
        assert server.prepared is not None
        outputs = server.prepared.handle.map_outputs_to_images(item, include_intermediate=False)
        wanted = []
        if self.folder is not None:
            have = {r.image_name for r in self.journal.images(attempt.id) if (self.folder / r.file).is_file()}
            wanted = [(m.node_id, n) for m in outputs for n in m.image_names if n not in have]
        done = Completion(server, attempt, item, outputs, wanted)
        if not wanted:
            self._complete(done)
            return None
        return done

    def _complete(self, done: Completion) -> None:
        attempt, item, server = done.attempt, done.item, done.server
        started, completed = times(item)
        self.journal.finish(attempt.id, "completed", started_at=started, completed_at=completed)
        self.fetch_failures.pop(attempt.id, None)
        server.state.finished += 1
        files = []
        if self.folder is not None:
            # In the order of the outputs' image names, as `RunResult.outputs` lists them.
            by_name = {r.image_name: self.folder / r.file for r in self.journal.images(attempt.id)}
            files = [by_name[n] for m in done.outputs for n in m.image_names if n in by_name]
        self.results.append(RunResult(
            attempt.variant, self.spec.values(attempt.variant), "completed", item.item_id, attempt.batch_id,
            server.url, files, item=item, outputs=done.outputs,
        ))  # fmt: skip

    def _fetch(self, completions: list[Completion]) -> FleetOp[None]:
        if not completions or self.folder is None:
            return
        folder = self.folder
        answers = yield Together(
            [
                OnServer(c.server.client, ops.fetch(c.server.client, folder, c.wanted, self.leftovers))
                for c in completions
            ]
        )
        failures: list[tuple[Completion, BaseException]] = []
        for done, answer in zip(completions, answers, strict=True):
            if not isinstance(answer, list):
                raise answer
            url = done.server.url
            for got in answer:
                if got.error is not None:
                    failures.append((done, got.error))
                    break
                record = ImageRecord(url, got.image_name, done.attempt.id, got.node_id, got.file, got.size,
                                     got.sha256, got.at)  # fmt: skip
                self.journal.record_image(record)
                self.leftovers.discard(got.file)
                if self.manifest is not None:
                    self.manifest.append([self.manifest.row(done.attempt, record)])
            else:
                self._complete(done)
        # Failures last: one may move all its server's work, which must not take the variants whose
        # images this same round fetched; and a later failure may find its variant moved already.
        for done, error in failures:
            if self.journal.is_active(done.attempt.id):
                self._fetch_failed(done, error)

    def _fetch_failed(self, done: Completion, error: BaseException) -> None:
        server, attempt = done.server, done.attempt
        tries = self.fetch_failures[attempt.id] = self.fetch_failures.get(attempt.id, 0) + 1
        doing = f"fetching the images of variant {attempt.variant} (item {attempt.item_id})"
        gone = isinstance(error, errors.APIConnectionError) and not isinstance(error, errors.APITimeoutError)
        if gone and self.failover.elsewhere(server):
            # Refused: the server that made them is gone, and its images with it. Made again elsewhere.
            self.failover.unanswered(server, error, doing)
            self.failover.take_work(server, f"images not fetched: {one_line(error)}")
        elif isinstance(error, errors.APIConnectionError):
            self.failover.unanswered(server, error, doing)
        elif tries >= FETCH_TRIES:
            message = f"images could not be fetched from {server.url}: {one_line(error)}"
            self.journal.finish(attempt.id, "failed", error=message)
            self.results.append(RunResult(attempt.variant, self.spec.values(attempt.variant), "failed",
                                          attempt.item_id, attempt.batch_id, server.url,
                                          error=message, item=done.item))  # fmt: skip
            self.failover.note(server, f"variant {attempt.variant}: {message} ({tries} tries)")
        else:
            self.failover.note(server, f"{server.url}: {doing} failed: {one_line(error)}")

    # --- 6. place ----------------------------------------------------------------------------------------

    def _place(self) -> FleetOp[None]:
        ready = [s for s in self.servers.values() if s.prepared is not None]
        plan = place([s.state for s in ready], len(self.todo), self.policy)
        chunks: list[tuple[Slot, str, list[int]]] = []
        for server in ready:
            count = plan.get(server.url, 0)
            assert server.prepared is not None
            count = min(count, server.prepared.max_queue - server.pending)
            while count > 0 and self.todo:
                size = min(count, self.chunk_size, len(self.todo))
                variants = [self.todo.popleft() for _ in range(size)]
                batch_id = _ids.new_id()
                # Journaled before sending: a kill from here on is settled by asking about this batch id.
                self.journal.record_intent(batch_id, server.url, variants)
                if server.prepared.watch is not None:
                    server.prepared.watch.batch_ids.add(batch_id)
                chunks.append((server, batch_id, variants))
                server.pending += size
                count -= size
        if not chunks:
            return
        # One request after another per server: its items then run in the order of the variants.
        by_server: dict[str, list[tuple[Slot, str, list[int]]]] = {}
        for chunk in chunks:
            by_server.setdefault(chunk[0].url, []).append(chunk)
        calls = []
        for sent in by_server.values():
            prepared = sent[0][0].prepared
            assert prepared is not None
            batches = [
                (ops.chunk_batch(prepared, self.spec, variants, (batch_id, _ids.new_id())), len(variants))
                for _, batch_id, variants in sent
            ]
            calls.append(OnServer(sent[0][0].client, ops.enqueue_chunks(prepared, batches)))
        answers = yield Together(calls)
        for sent, answer in zip(by_server.values(), answers, strict=True):
            outcomes = answer if isinstance(answer, list) else [answer] * len(sent)
            for (server, batch_id, variants), outcome in zip(sent, outcomes, strict=True):
                self._enqueued(server, batch_id, variants, outcome)

    def _enqueued(self, server: Slot, batch_id: str, variants: list[int], answer: Any) -> None:
        if isinstance(answer, list):
            self.failover.answered(server, _clock())
            lost = self.journal.record_enqueued(batch_id, answer)
            self.todo.extend(lost)  # past the queue's limit: enqueued again later
            server.state.outstanding += len(answer)
            server.report.enqueued += len(answer)
            return
        if isinstance(answer, _UNCERTAIN):
            # It may have landed after all: the next round asks the server by the batch id.
            self.failover.unanswered(server, answer, f"enqueueing {len(variants)} variant(s)")
            return
        self.journal.record_enqueued(batch_id, [])  # refused, or not sent: nothing landed
        self.todo.extendleft(reversed(variants))
        if answer is None:
            return
        if isinstance(answer, errors.ValidationError) and not isinstance(answer, errors.UnresolvedModelError):
            raise answer
        if isinstance(answer, _INELIGIBLE):
            self.failover.exclude(server, f"refused the workflow: {one_line(answer)}")
        elif isinstance(answer, errors.APIError):
            self.failover.unanswered(server, answer, f"enqueueing {len(variants)} variant(s)")
        else:
            raise answer
