"""Workflow handles on a server: model sync, submission (sweeps included), waiting, and output mapping.

wf = client.workflows.create_workflow(WorkflowDefinition.from_file("sdxl-text-to-image.json"))
wf.get_input_value("Positive Prompt").value = "a red fox"
wf.sync_dnn_model(by_name=True, by_base=True)
wf.enqueue(sweep={"Seed": [1, 2, 3]})
for item in wf.wait_all(timeout=300):
    print(wf.map_outputs_to_images(item))

invokeai-py-client's names (`submit_sync`, `await submit()`, `wait_for_completion_sync`, ...) are aliases
with their meaning unchanged; see `_transport.ops` for the naming rule.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, cast

from invokeai_client import errors
from invokeai_client._transport import ids as _ids
from invokeai_client._transport.core import Op
from invokeai_client._transport.ops import alias, async_op, sync_op
from invokeai_client._transport.retry import retry
from invokeai_client.resources import queue_lookup
from invokeai_client.resources.queue import (
    TERMINAL_STATUSES,
    PollPolicy,
    RawBody,
    StatusCallback,
    raise_for_outcome,
)
from invokeai_client.submission import model_sync, node_check
from invokeai_client.submission.model_sync import ModelChange
from invokeai_client.workflow.batch_nodes import resolve_batch_nodes
from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.form import InputValues, WorkflowForm
from invokeai_client.workflow.inputs import WorkflowInput
from invokeai_client.workflow.outputs import OutputMapping, map_item_outputs
from invokeai_client.workflow.sweeps import Sweep, sweep_batch_data
from invokeai_client.workflow.translate import translate_rejection

if TYPE_CHECKING:
    from invokeai_api.models import BodyEnqueueBatch, SessionQueueItem
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.events.hub import EventCallback, QueueEvent, Subscription

__all__ = ["ModelChange", "Submission", "WorkflowHandle"]

_RESERVED_BOARDS = ("auto", "none")
_PEER, _EARLIER = "invokeai-py-client's name", "this client's earlier name"


@dataclass(frozen=True)
class Submission:
    """One enqueued batch: its id (made by this client), the queue items it created, and their count.

    `events` is the batch's server events when the submission listens (None: waiting polls)."""

    batch_id: str
    item_ids: list[int]
    enqueued: int
    requested: int
    origin: str
    variants: int = 1
    events: Subscription | None = field(default=None, repr=False, compare=False)


class WorkflowHandle(WorkflowForm):
    """A workflow bound to a client: fill its form (see WorkflowForm), then submit, wait and map outputs.

    One thread fills a handle's inputs: the first to read or set them (`get_input_value`, `set_input_value`,
    `list_inputs`, ...) owns them while it runs, and another thread touching them raises ConcurrentUseError
    instead of sending one thread's values in another's enqueue. Give each thread its own handle
    (`wf.copy()`, or `client.workflows.create_workflow(definition)`); the client itself is shared freely.
    An enqueue sends the values the handle holds when it starts, whatever changes while it is in flight.
    """

    def __init__(self, client: InvokeAIClient, definition: WorkflowDefinition) -> None:
        super().__init__(definition)
        self.client = client
        self.last_submission: Submission | None = None
        self._owner: threading.Thread | None = None
        self._owner_lock = threading.Lock()

    def copy(self) -> WorkflowHandle:
        """A new handle on the same client and workflow, with this one's values (for another thread)."""
        return WorkflowHandle(self.client, self.definition)

    # --- one thread fills the inputs ---------------------------------------------------------------------

    def _claim(self) -> None:
        me = threading.current_thread()
        with self._owner_lock:
            owner = self._owner
            if owner is None or owner is me or not owner.is_alive():
                self._owner = me
                return
        raise errors.ConcurrentUseError(
            f"workflow {self.name!r}: this handle's inputs belong to thread {owner.name!r}, the first to "
            f"read or set them, and thread {me.name!r} used them too; a handle shared so would send one "
            "thread's values in another's enqueue: give each thread its own, wf.copy() or "
            "client.workflows.create_workflow(definition)"
        )

    def list_inputs(self) -> list[WorkflowInput]:
        """The form's inputs, in the order the GUI shows them; `input_index` is the position."""
        self._claim()
        return super().list_inputs()

    def get_input(self, key: int | str) -> WorkflowInput:
        """An input by form index, label or "node_id.field_name"."""
        self._claim()
        return super().get_input(key)

    def get_input_value(self, key: int | str) -> WorkflowInput:
        """The input to read or assign: `wf.get_input_value(1).value = "a red fox"`."""
        self._claim()
        return super().get_input_value(key)

    def set_input_value(self, key: int | str, value: Any) -> WorkflowInput:
        """Validate and set an input's value; raises InvalidValueError naming the input."""
        self._claim()
        return super().set_input_value(key, value)

    def set_input_values(self, values: InputValues) -> None:
        """Set several inputs; nothing is changed if one of them is invalid."""
        self._claim()
        super().set_input_values(values)

    # --- models ------------------------------------------------------------------------------------------

    def _sync_dnn_model(self, by_name: bool = True, by_base: bool = False) -> Op[list[ModelChange]]:
        """Point every model field (on the form or not) at an installed model.

        Tries the saved key, then the hash, then name+base+type (`by_name`), then the first installed model
        of the same base and type (`by_base`). Returns what changed; raises UnresolvedModelError naming the
        node, field and model when nothing fits. Unset model fields are left for submission to report.
        """
        models = yield from self.client.models._list_models()
        return model_sync.sync_models(self, models, by_name=by_name, by_base=by_base)

    sync_dnn_model: Final = sync_op(_sync_dnn_model)
    async_sync_dnn_model: Final = async_op(_sync_dnn_model)

    # --- submitting --------------------------------------------------------------------------------------

    def _enqueue(
        self,
        *,
        sweep: Sweep | None = None,
        runs: int = 1,
        prepend: bool = False,
        origin: str | None = None,
        destination: str | None = None,
        on_progress: EventCallback | None = None,
        events: bool | None = None,
        batch_id: str | None = None,
    ) -> Op[Submission]:
        """Enqueue the workflow: one batch, `runs` times each variant of `sweep`.

        `sweep` maps inputs (index, label or "node_id.field_name") to lists of values, each input its own
        dimension (cartesian product); a list of such mappings zips the inputs inside each mapping. Every
        value is validated first and nothing is sent if one is wrong or a required input is unset.
        The workflow's batch nodes add their own groups (see `batch_nodes`); variants multiply.

        With `events` (default: the client's `events` option) or an `on_progress` callback, the batch's
        server events are subscribed to before it is enqueued: `on_progress` gets each one, typed (see
        `invokeai_client.events.hub`), `events()` iterates them, and waiting ends as soon as the server is
        done.
        Without the `events` extra, or if the socket fails, waiting polls.

        `batch_id` is the id to enqueue under (default: a new one); a caller that records it before
        sending (a run's journal) can later ask the server whether the batch landed.
        """
        batch, variants = yield from self._prepare_batch(
            sweep=sweep, runs=runs, origin=origin, destination=destination, batch_id=batch_id
        )
        sent_id: str = batch["batch_id"]
        listening = on_progress is not None or (self.client.use_events if events is None else events)
        # Before enqueueing, so that no event of this batch is sent before we listen.
        subscription = (yield from self.client.events._listen(sent_id, on_progress)) if listening else None
        try:
            result = yield from self._enqueue_once(batch, prepend, expected=runs * variants)
        except BaseException as exc:
            if subscription is not None:
                self.client.events.release(subscription)
            if isinstance(exc, (errors.UnprocessableEntityError, errors.BadRequestError)):
                raise translate_rejection(exc, self) from exc
            raise
        if result["enqueued"] < result["requested"]:
            if subscription is not None:
                self.client.events.release(subscription)
            yield from self._refuse_cut(sent_id, result["enqueued"], result["requested"])
        if subscription is not None:
            subscription.set_item_ids(result["item_ids"])
        self.last_submission = Submission(
            batch_id=sent_id,
            item_ids=sorted(result["item_ids"]),
            enqueued=result["enqueued"],
            requested=result["requested"],
            origin=batch["origin"],
            variants=variants,
            events=subscription,
        )
        return self.last_submission

    enqueue: Final = sync_op(_enqueue)
    async_enqueue: Final = async_op(_enqueue)
    submit_sync: Final = alias(enqueue, _PEER)
    submit: Final = alias(async_enqueue, _PEER)

    def _refuse_cut(self, batch_id: str, enqueued: int, requested: int) -> Op[None]:
        """The server took only part of the batch (its queue holds `max_queue_size` items at most): take
        back what landed and refuse, naming the limit. Never a sweep silently cut short."""
        from invokeai_api.api.app import get_runtime_config

        yield from self.client.queue._cancel_batches([batch_id])
        limit = "its max_queue_size"
        with contextlib.suppress(errors.APIError):
            config = (yield from self.client.pipeline.call(get_runtime_config)).config
            size = getattr(config, "max_queue_size", None)
            limit = f"max_queue_size {size}" if isinstance(size, int) else limit
        raise errors.ValidationError(
            f"the server took only {enqueued} of the batch's {requested} queue items ({limit}); the batch "
            f"{batch_id!r} was canceled. Send a sweep this large in chunks: Run.start(wf, folder, sweep=...) "
            "(or `invokeai-client run`, which chunks it)"
        )

    def _prepare_batch(
        self,
        *,
        sweep: Sweep | None = None,
        runs: int = 1,
        origin: str | None = None,
        destination: str | None = None,
        batch_id: str | None = None,
    ) -> Op[tuple[dict[str, Any], int]]:
        """The batch `enqueue` sends (`batch_id` or a fresh one, the graph, the sweep's data) and its variant
        count, after every check: values, required inputs, node types and inputs of the server's release,
        board names. Nothing is enqueued; a fleet sends parts of the same batch to several servers."""
        # The values as they are now, in a copy: whatever changes while requests are in flight is not sent.
        snapshot = self.copy()
        return (
            yield from snapshot._prepare_snapshot(
                sweep=sweep, runs=runs, origin=origin, destination=destination, batch_id=batch_id
            )
        )

    def _prepare_snapshot(
        self,
        *,
        sweep: Sweep | None,
        runs: int,
        origin: str | None,
        destination: str | None,
        batch_id: str | None,
    ) -> Op[tuple[dict[str, Any], int]]:
        if runs < 1:
            raise errors.ValidationError(f"runs must be at least 1, not {runs}")
        missing = self.missing_required()
        if missing:
            # Node types the release lacks are told first: no value would make the workflow run.
            yield from node_check.require_node_types(self.client, self.definition, unset=missing)
            lines = "\n  ".join(str(m) for m in missing)
            raise errors.MissingInputError(
                f"{len(missing)} required input(s) of workflow {self.name!r} are unset:\n  {lines}",
                [str(m) for m in missing],
            )
        sweep_data, sweep_variants = sweep_batch_data(self, sweep)
        # Asks the server's release (once per client): after the checks that need no request.
        yield from node_check.require_node_types(self.client, self.definition)
        # Batch and generator nodes are not graph nodes: their values travel as data, as the GUI sends them.
        batch_nodes = yield from resolve_batch_nodes(self.client, self.definition)
        data, variants = batch_nodes.with_sweep(self.definition, sweep_data, sweep_variants)
        yield from self._resolve_board_names()
        batch_id = batch_id or _ids.new_id()
        origin = origin or f"invokeai-client:{batch_id}"
        graph = self.build_graph(graph_id=_ids.new_id())
        yield from node_check.require_inputs_known(self.client, self.definition, graph)
        batch: dict[str, Any] = {
            "batch_id": batch_id,
            "graph": graph,
            "workflow": self.workflow_dict(),
            "runs": runs,
            "origin": origin,
            "destination": destination or origin,
        }
        if data:
            batch["data"] = data
        return batch, variants

    def _enqueue_once(self, batch: dict[str, Any], prepend: bool, expected: int) -> Op[dict[str, Any]]:
        """Enqueue at most once, even when the answer is lost.

        Enqueueing is not idempotent, so it is never retried blindly: after a failure that may have reached
        the server, the batch's status (by the batch id this client chose) says whether it landed. Only if
        it did not is the request sent again.
        """
        from invokeai_api.api.queue import enqueue_batch
        from invokeai_api.types import Unset

        policy, batch_id = self.client.pipeline.retry, batch["batch_id"]
        # Sent as the dict it is; the endpoint only calls its to_dict() (see RawBody).
        body = cast("BodyEnqueueBatch", RawBody({"batch": batch, "prepend": prepend}))
        uncertain = (errors.APIConnectionError, errors.InternalServerError, errors.RateLimitError)

        def enqueue(number: int) -> Op[dict[str, Any]]:
            # A POST: `call` sends it once; only `retry` sends it again, after `landed` said it did not land.
            result = yield from self.client.pipeline.call(enqueue_batch, self.client.queue_id, body=body)
            item_ids = result.item_ids
            if isinstance(item_ids, Unset):  # 5.x answers carry no item ids: find the batch's on the queue
                item_ids = yield from queue_lookup.batch_item_ids(
                    self.client.queue, batch_id, result.enqueued
                )
            return {"item_ids": list(item_ids), "enqueued": result.enqueued, "requested": result.requested}

        def landed() -> Op[dict[str, Any] | None]:
            items = yield from self._landed_items(batch_id, expected)
            return (
                None if items is None else {"item_ids": items, "enqueued": len(items), "requested": expected}
            )

        def delay(number: int, failure: BaseException) -> float:
            # The request may be in flight still: a moment longer than a read's retry before asking.
            return policy.backoff(number + 1)

        try:
            return (yield from retry(policy, enqueue, retriable=uncertain, delay=delay, landed=landed))
        except uncertain as exc:
            # Submitting again would make a new batch: say how to find out whether this one landed.
            exc.add_note(
                f"batch {batch_id!r} may have been enqueued: check "
                f"client.queue.get_batch_status({batch_id!r}) before submitting again"
            )
            raise

    def _landed_items(self, batch_id: str, expected: int) -> Op[list[int] | None]:
        """The item ids of `batch_id` if the server has it, else None."""
        status = yield from self.client.queue._get_batch_status(batch_id)
        if status.total == 0:
            return None
        return (
            yield from queue_lookup.batch_item_ids(self.client.queue, batch_id, max(expected, status.total))
        )

    def _resolve_board_names(self) -> Op[None]:
        """Board inputs may hold a board's name: turn names into ids (unknown or ambiguous names raise)."""
        boards: list[Any] | None = None
        for inp in self.list_inputs():
            value = inp.value
            board_id = value.get("board_id") if isinstance(value, Mapping) else None
            if inp.spec.kind != "board" or not isinstance(board_id, str) or board_id in _RESERVED_BOARDS:
                continue
            if boards is None:
                # "Uncategorized" names the uncategorized board here as in the GUI and the CLI's --board.
                boards = yield from self.client.boards._list_boards(include_uncategorized=True)
            if any(b.board_id == board_id for b in boards):
                continue
            named = [b for b in boards if b.board_name == board_id]
            if not named:
                raise errors.UnresolvedBoardError(
                    f"{inp.where}: no board with id or name {board_id!r} "
                    "(a board input takes a board id, a board name, 'none' or 'auto')"
                )
            if len(named) > 1:
                raise errors.AmbiguousBoardError(
                    f"{inp.where}: {len(named)} boards are named {board_id!r}; pass one of their ids",
                    [b.board_id for b in named],
                )
            inp.value = {"board_id": named[0].board_id}

    # --- waiting -----------------------------------------------------------------------------------------

    def _submission(self) -> Submission:
        if self.last_submission is None:
            raise errors.ValidationError(
                f"workflow {self.name!r} has not been submitted yet: call enqueue first"
            )
        return self.last_submission

    def _lacking_nodes(self) -> Op[list[node_check.LackingNode]]:
        """The workflow's nodes whose types the server's release does not have (empty if it can run)."""
        return (yield from node_check.lacking_nodes(self.client, self.definition))

    lacking_nodes: Final = sync_op(_lacking_nodes)
    async_lacking_nodes: Final = async_op(_lacking_nodes)

    def _wait_all(
        self,
        timeout: float | None = 600.0,
        on_status: StatusCallback | None = None,
        poll: PollPolicy | None = None,
    ) -> Op[list[SessionQueueItem]]:
        """Every queue item of the last submission, once all are completed, failed or canceled."""
        submission = self._submission()
        if submission.events is None or not self.client.events.connected:
            return (
                yield from self.client.queue._wait_for_items(
                    submission.item_ids, timeout=timeout, on_status=on_status, poll=poll
                )
            )
        with submission.events.wake_signal() as wake:
            items = yield from self.client.queue._wait_for_items(
                submission.item_ids, timeout=timeout, on_status=on_status, poll=poll, wake=wake
            )
            yield from submission.events.caught_up(wake)
        return items

    wait_all: Final = sync_op(_wait_all)
    async_wait_all: Final = async_op(_wait_all)
    wait_for_all_sync: Final = alias(wait_all, _PEER)
    wait_for_all: Final = alias(async_wait_all, _EARLIER)

    def _wait(
        self,
        timeout: float | None = 600.0,
        on_status: StatusCallback | None = None,
        poll: PollPolicy | None = None,
    ) -> Op[SessionQueueItem]:
        """The queue item of the last (single-item) submission once completed; raises JobFailedError with the
        server's error, JobCanceledError, or JobTimeoutError. For sweeps use wait_all."""
        submission = self._submission()
        if len(submission.item_ids) != 1:
            raise errors.ValidationError(
                f"the last submission made {len(submission.item_ids)} queue items: use wait_all"
            )
        items = yield from self._wait_all(timeout=timeout, on_status=on_status, poll=poll)
        return raise_for_outcome(items[0])

    wait: Final = sync_op(_wait)
    async_wait: Final = async_op(_wait)
    wait_for_completion_sync: Final = alias(wait, _PEER)
    wait_for_completion: Final = alias(async_wait, _PEER)

    def _cancel_batch(self) -> Op[int]:
        """Cancel every item of the last submission that has not finished; returns how many."""
        return (yield from self.client.queue._cancel_batches([self._submission().batch_id]))

    cancel_batch: Final = sync_op(_cancel_batch)
    async_cancel_batch: Final = async_op(_cancel_batch)
    cancel_sync: Final = alias(cancel_batch, _EARLIER)
    cancel: Final = alias(async_cancel_batch, _EARLIER)

    # --- events ------------------------------------------------------------------------------------------

    def _listening(self) -> Subscription:
        submission = self._submission()
        if submission.events is None:
            reason = self.client.events.unavailable_reason if "events" in vars(self.client) else None
            raise errors.ValidationError(
                "the last submission does not listen to server events: "
                + (
                    reason
                    or "submit with events=True (or on_progress=...), or create the client with events=True"
                )
            )
        return submission.events

    def _settled(self) -> Op[bool]:
        statuses = yield from self.client.queue._item_statuses(self._submission().item_ids)
        return all(status in TERMINAL_STATUSES for status in statuses.values())

    def iter_events(self) -> Iterator[QueueEvent]:
        """The last submission's server events, typed, from its enqueueing until every item has finished."""
        return self._listening().iter_events(lambda: self.client.run(self._settled()))

    def async_iter_events(self) -> AsyncIterator[QueueEvent]:
        """`async for event in wf.async_iter_events()`: `iter_events` for asyncio."""
        return self._listening().aiter_events(lambda: self.client.async_run(self._settled()))

    def events_sync(self) -> Iterator[QueueEvent]:
        """Alias of `iter_events` (this client's earlier name)."""
        return self.iter_events()

    def events(self) -> AsyncIterator[QueueEvent]:
        """Alias of `async_iter_events` (this client's earlier name)."""
        return self.async_iter_events()

    # --- outputs -----------------------------------------------------------------------------------------

    def map_outputs_to_images(
        self, item: SessionQueueItem, *, include_intermediate: bool = True
    ) -> list[OutputMapping]:
        """The images each workflow node produced in `item`, with where they were saved.

        Images of intermediate steps are included and flagged unless `include_intermediate` is False
        (the server may clear them later)."""
        labels = {node["id"]: self.definition.node_label(node["id"]) for node in self.definition.nodes}
        board_indexes = {
            o.node_id: o.board_input_index for o in self.list_outputs() if o.board_input_index is not None
        }
        mappings = map_item_outputs(item, labels=labels, board_input_index=board_indexes)
        return [m for m in mappings if include_intermediate or not m.is_intermediate]
