"""One sweep over a fleet: prepare on every server, enqueue small chunks where they finish soonest, poll,
move the work of servers that stop answering or stall, and collect each variant's result once.

The servers' own queues do the work: a chunk is one batch on one server (the workflow's graph, the chunk's
variants as one zip group of `Batch.data`), enqueued at most once by `WorkflowHandle`'s own path. Every
decision (where, how many, when to give up on a server) is `placement`'s; this module only asks the
servers and carries the decisions out, as a fleet operation (`effects`) that runs blocking or on asyncio.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport import ids as _ids
from invokeai_client._transport.core import Op, Sleep
from invokeai_client.resources import queue_lookup
from invokeai_client.resources.queue import TERMINAL_STATUSES, import_item_models
from invokeai_client.submission import model_sync
from invokeai_client.workflow.outputs import map_item_outputs

from .effects import FleetOp, OnServer, Together
from .placement import Ledger, PlacementPolicy, ServerState, failover_reason, may_revive, place
from .report import (
    FleetDuplicate,
    FleetFailure,
    FleetMove,
    FleetProgress,
    FleetReport,
    FleetResult,
    ServerReport,
    Variant,
    chunk_data,
    expand_variants,
)

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.submission.handle import WorkflowHandle
    from invokeai_client.workflow.definition import WorkflowDefinition
    from invokeai_client.workflow.sweeps import Sweep

__all__ = ["ProgressCallback", "run_sweep"]

ProgressCallback = Callable[[FleetProgress], None]
# Who cannot run the workflow, as opposed to who is only unreachable or busy.
_INELIGIBLE = (
    errors.UnresolvedModelError,
    errors.ModelNotFoundError,
    errors.FeatureNotAvailableError,
    errors.UnprocessableEntityError,
    errors.BadRequestError,
)
_clock = time.monotonic


@dataclass
class _Prepared:
    handle: WorkflowHandle
    batch: dict[str, Any]
    variants: list[Variant]
    version: str


@dataclass
class _Observation:
    active: int  # the queue's pending and in-progress items, everyone's
    statuses: dict[int, str]
    finished: dict[int, SessionQueueItem] = field(default_factory=dict)


def _prepare(
    client: InvokeAIClient,
    definition: WorkflowDefinition,
    sweep: Sweep | None,
    runs: int,
    sync_models: bool,
    origin: str,
) -> Op[_Prepared]:
    """The workflow as this server would run it: its own model keys, its release's checks, its batch."""
    version = yield from client._version()
    handle = client.workflows.create_workflow(definition)
    if sync_models:
        # Keys are per server: the same model is found here by hash, then name+base+type.
        models = yield from client.models._list_models()
        model_sync.sync_models(handle, models, by_name=True, by_base=False)
    # One origin for the whole run, on every server: its items can be found (and told apart) by it.
    batch, _ = yield from handle._prepare_batch(sweep=sweep, origin=origin)
    variants = expand_variants(batch.pop("data", []))
    return _Prepared(handle, batch, [v for v in variants for _ in range(runs)], version)


def _enqueue_chunk(prepared: _Prepared, ids: tuple[str, str], variants: Sequence[Variant]) -> Op[list[int]]:
    batch_id, graph_id = ids
    # Ids made here, in placement order, not while the servers were prepared at once: repeatable.
    batch = {**prepared.batch, "batch_id": batch_id, "graph": {**prepared.batch["graph"], "id": graph_id}}
    data = chunk_data(variants)
    if data:
        batch["data"] = data
    result = yield from prepared.handle._enqueue_once(batch, False, expected=len(variants))
    # Items are made in batch order, so ascending ids follow the chunk's variants.
    return sorted(result["item_ids"])


def _observe(client: InvokeAIClient, ids: list[int]) -> Op[_Observation]:
    status = yield from client.queue._get_status()
    answer = yield from queue_lookup.poll(client.queue, ids)
    observation = _Observation(status.queue.pending + status.queue.in_progress, answer.statuses, answer.items)
    done = [i for i in answer.asked if answer.statuses.get(i) in TERMINAL_STATUSES and i not in answer.items]
    for item in (yield from client.queue._get_items(done)):
        observation.finished[item.item_id] = item
    return observation


def _seconds(item: SessionQueueItem) -> float | None:
    started, completed = item.started_at, item.completed_at
    try:
        start = started if isinstance(started, datetime) else datetime.fromisoformat(str(started))
        end = completed if isinstance(completed, datetime) else datetime.fromisoformat(str(completed))
    except ValueError:
        return None
    return (end - start).total_seconds()


def _error_text(item: SessionQueueItem) -> str:
    parts = [getattr(item, name, None) for name in ("error_type", "error_message")]
    return ": ".join(str(p) for p in parts if isinstance(p, str) and p) or str(item.status)


class _Run:
    """The state of one run between rounds (all of it plain data; the loop below is the only I/O)."""

    def __init__(
        self,
        clients: Sequence[InvokeAIClient],
        workflow: str,
        policy: PlacementPolicy,
        labels: dict[str, str],
    ) -> None:
        self.clients = {c.base_url: c for c in clients}
        self.workflow, self.policy, self.labels = workflow, policy, labels
        self.states = [ServerState(url) for url in self.clients]
        self.reports = {url: ServerReport(url) for url in self.clients}
        self.prepared: dict[str, _Prepared] = {}
        self.batches: dict[str, list[str]] = {url: [] for url in self.clients}
        # Batches of work moved away, to cancel there once the server answers.
        self.to_cancel: dict[str, list[str]] = {url: [] for url in self.clients}
        self.results: dict[int, FleetResult] = {}
        self.running: dict[str, int] = {}
        self.failed_probe: dict[str, float] = {}
        self.variants: list[Variant] = []
        self.ledger = Ledger(0)

    def state(self, url: str) -> ServerState:
        return next(s for s in self.states if s.name == url)

    def exclude(self, url: str, reason: str) -> None:
        state, report = self.state(url), self.reports[url]
        state.eligible, state.reason = False, reason
        report.eligible, report.reason = False, reason

    def progress(self) -> FleetProgress:
        return FleetProgress(
            done=len(self.ledger.done),
            failed=len(self.ledger.failed),
            total=self.ledger.variants,
            completed_by_server={s.name: s.finished for s in self.states if s.eligible},
            outstanding_by_server={s.name: s.outstanding for s in self.states if s.eligible},
            down={s.name: s.down_reason for s in self.states if s.down},
        )

    def record(self, url: str, observation: _Observation, now: float) -> None:
        state = self.state(url)
        if state.down and state.answering_since is None:
            state.answering_since = now
        state.last_answer = now
        self.failed_probe.pop(url, None)
        state.silent = False
        ours = set(self.ledger.unfinished_on(url)) | set(self.ledger.orphans_on(url))
        ours_active = sum(1 for i in ours if observation.statuses.get(i) in ("pending", "in_progress"))
        state.others = max(0, observation.active - ours_active)
        for _, item in sorted(observation.finished.items()):
            self._finished(url, item)
        running = [i for i in self.ledger.unfinished_on(url) if observation.statuses.get(i) == "in_progress"]
        if not running:
            state.running_since = None
            self.running.pop(url, None)
        elif self.running.get(url) != running[0]:
            state.running_since, self.running[url] = now, running[0]
        state.outstanding = len(self.ledger.unfinished_on(url))

    def _finished(self, url: str, item: SessionQueueItem) -> None:
        state, status = self.state(url), str(item.status)
        outcome = self.ledger.finished(url, item.item_id, status, _error_text(item))
        if outcome.kind == "duplicate":
            self.reports[url].duplicates += 1
        if outcome.kind != "counted" or outcome.variant is None:
            return
        seconds = _seconds(item)
        if seconds is not None:
            state.observe_pace(seconds, self.policy)
        state.finished += 1
        previous = self.results.get(outcome.variant)
        if previous is not None:
            # The moved copy had been counted; the original finished first after all (see Ledger).
            self.state(previous.server).finished -= 1
        # As a handle's map_outputs_to_images(include_intermediate=False): the images the run is for.
        outputs = [m for m in map_item_outputs(item, labels=self.labels) if not m.is_intermediate]
        values = {f"{node}.{name}": value for node, name, value in self.variants[outcome.variant]}
        self.results[outcome.variant] = FleetResult(outcome.variant, url, item, values, outputs)

    def report(self, started: float) -> FleetReport:
        for state in self.states:
            report = self.reports[state.name]
            report.pace = state.pace
        for result in self.results.values():
            report = self.reports[result.server]
            report.completed += 1
            report.images += len(result.image_names)
        return FleetReport(
            workflow=self.workflow,
            variants=self.ledger.variants,
            results=[self.results[v] for v in sorted(self.results)],
            failures=[FleetFailure(v, s, i, e) for v, (s, i, e) in sorted(self.ledger.failed.items())],
            moves=[FleetMove(v, s, r) for v, s, r in self.ledger.moves],
            duplicates=[FleetDuplicate(v, s, i) for v, s, i in self.ledger.duplicates],
            servers=list(self.reports.values()),
            elapsed=_clock() - started,
        )


def run_sweep(
    clients: Sequence[InvokeAIClient],
    definition: WorkflowDefinition,
    labels: dict[str, str],
    *,
    sweep: Sweep | None = None,
    runs: int = 1,
    sync_models: bool = True,
    timeout: float | None = 1800.0,
    poll_interval: float = 0.25,
    policy: PlacementPolicy | None = None,
    on_progress: ProgressCallback | None = None,
) -> FleetOp[FleetReport]:
    """Run `sweep` of `definition` over `clients`' servers until every variant has finished."""
    run = _Run(clients, definition.name, policy or PlacementPolicy(), labels)
    started = _clock()
    import_item_models()
    urls = list(run.clients)
    # Made here, not while the servers are prepared at once: ids in request bodies stay repeatable.
    origin = f"invokeai-client:fleet:{_ids.new_id()}"
    answers = yield Together(
        [
            OnServer(run.clients[u], _prepare(run.clients[u], definition, sweep, runs, sync_models, origin))
            for u in urls
        ]
    )
    for url, answer in zip(urls, answers, strict=True):
        if isinstance(answer, _Prepared):
            run.prepared[url] = answer
            run.reports[url].version = answer.version
        elif isinstance(answer, errors.ValidationError) and not isinstance(
            answer, errors.UnresolvedModelError
        ):
            raise answer  # the sweep or the inputs are wrong, wherever they go
        elif isinstance(answer, Exception):
            run.exclude(url, f"{type(answer).__name__}: {answer}".split("\n")[0])
        else:
            raise answer
    if not run.prepared:
        reasons = {url: report.reason for url, report in run.reports.items()}
        lines = "\n  ".join(f"{url}: {reason}" for url, reason in reasons.items())
        raise errors.FleetUnavailableError(
            f"no server of the fleet can run workflow {definition.name!r}:\n  {lines}", reasons
        )
    run.variants = next(iter(run.prepared.values())).variants
    run.ledger = Ledger(len(run.variants))
    deadline = None if timeout is None else started + timeout
    while not run.ledger.complete:
        yield from _place(run)
        yield from _poll(run)
        yield from _fail_over(run)
        if on_progress is not None:
            on_progress(run.progress())
        if run.ledger.complete:
            break
        if deadline is not None and _clock() > deadline:
            raise errors.JobTimeoutError(
                f"gave up after {timeout:g} s with {len(run.ledger.done)} of {run.ledger.variants} variants "
                "done; their items may still finish on the servers",
                item_id=-1,
            )
        yield Sleep(poll_interval)
    for state in run.states:
        if not state.silent:
            yield from _cancel_moved(run, state.name)
    return run.report(started)


def _place(run: _Run) -> FleetOp[None]:
    plan = place(run.states, len(run.ledger.waiting), run.policy)
    chunks = {url: ((_ids.new_id(), _ids.new_id()), run.ledger.take(count)) for url, count in plan.items()}
    calls = [
        OnServer(run.clients[url], _enqueue_chunk(run.prepared[url], ids, [run.variants[v] for v in chunk]))
        for url, (ids, chunk) in chunks.items()
    ]
    if not calls:
        return
    answers = yield Together(calls)
    for (url, ((batch_id, _), chunk)), answer in zip(chunks.items(), answers, strict=True):
        run.batches[url].append(batch_id)
        if isinstance(answer, list):
            run.ledger.placed_on(url, chunk, answer)
            run.state(url).outstanding += len(chunk)
            run.reports[url].enqueued += len(chunk)
            continue
        run.ledger.put_back(chunk)
        if isinstance(answer, _INELIGIBLE):
            run.exclude(url, f"refused the workflow: {answer}".split("\n")[0])
        else:
            # It may have landed after all (the answer was lost): canceled there once the server answers.
            run.to_cancel[url].append(batch_id)
            run.failed_probe[url] = _clock()
            run.state(url).silent = True


def _poll(run: _Run) -> FleetOp[None]:
    now = _clock()
    asked = []
    for state in run.states:
        if not state.eligible:
            continue
        ids = sorted(set(run.ledger.unfinished_on(state.name)) | set(run.ledger.orphans_on(state.name)))
        failed_at = run.failed_probe.get(state.name)
        # An unanswering server is asked again only now and then, so that it does not hold up the rest.
        if failed_at is not None and now - failed_at < run.policy.down_after / 2:
            continue
        if ids or state.down:
            asked.append((state.name, ids))
    if not asked:
        return
    answers = yield Together(
        [OnServer(run.clients[url], _observe(run.clients[url], ids)) for url, ids in asked]
    )
    now = _clock()
    for (url, _), answer in zip(asked, answers, strict=True):
        state = run.state(url)
        if isinstance(answer, _Observation):
            run.record(url, answer, now)
        elif isinstance(answer, errors.APIError):
            run.failed_probe[url] = now
            state.answering_since, state.silent = None, True
            if state.last_answer is None:
                state.last_answer = now
        else:
            raise answer


def _fail_over(run: _Run) -> FleetOp[None]:
    now = _clock()
    for state in run.states:
        reason = failover_reason(state, now, run.states, run.policy)
        if reason is not None:
            run.ledger.move_from(state.name, reason)
            run.to_cancel[state.name] += run.batches[state.name]
            run.batches[state.name] = []
            state.down, state.down_reason = True, reason
            state.outstanding, state.running_since, state.answering_since = 0, None, None
            run.reports[state.name].lost_work.append(reason)
        if state.answering_since is not None or not state.silent:
            yield from _cancel_moved(run, state.name)
        if may_revive(state, now, run.policy):
            state.down, state.down_reason = False, ""
            state.last_answer = now


def _cancel_moved(run: _Run, url: str) -> FleetOp[None]:
    """Cancel the copies of what moved away from `url` (reachable now); finished ones stay duplicates."""
    batch_ids = run.to_cancel[url]
    if not batch_ids:
        return
    client = run.clients[url]
    try:
        yield OnServer(client, client.queue._cancel_batches(batch_ids))
    except errors.APIError:
        return
    run.to_cancel[url] = []
