"""Workflows on a server: model sync, submission (sweeps included), waiting, and output mapping.

wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file("sdxl-text-to-image.json"))
wf.get_input_value("Positive Prompt").value = "a red fox"
wf.sync_dnn_model(by_name=True, by_base=True)
wf.submit_sync(sweep={"Seed": [1, 2, 3]})
for item in wf.wait_for_all_sync(timeout=300):
    print(wf.map_outputs_to_images(item))
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport import ids as _ids
from invokeai_client._transport.core import Op, Sleep
from invokeai_client._transport.ops import async_op, sync_op
from invokeai_client.resources import queue_lookup
from invokeai_client.resources.models import model_attr, model_identifier
from invokeai_client.resources.queue import (
    TERMINAL_STATUSES,
    PollPolicy,
    RawBody,
    StatusCallback,
    raise_for_outcome,
)
from invokeai_client.submission import node_check
from invokeai_client.workflow.batch_nodes import resolve_batch_nodes
from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.form import WorkflowForm
from invokeai_client.workflow.outputs import OutputMapping, map_item_outputs
from invokeai_client.workflow.sweeps import Sweep, sweep_batch_data
from invokeai_client.workflow.translate import translate_rejection
from invokeai_client.workflow.values import spec_for

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.events.hub import EventCallback, QueueEvent, Subscription

__all__ = ["ModelChange", "Submission", "WorkflowHandle", "WorkflowRepository"]

RESERVED_BOARDS = ("auto", "none")


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


@dataclass(frozen=True)
class ModelChange:
    """A model field that `sync_dnn_model` pointed at an installed model."""

    node_id: str
    field_name: str
    label: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    matched_by: str  # "hash", "name", or "base"


@dataclass
class _Resolution:
    models: list[Any]
    by_name: bool
    by_base: bool
    changes: list[ModelChange] = field(default_factory=list)

    def resolve(
        self, value: Mapping[str, Any], allowed_types: Sequence[str] | None
    ) -> tuple[Any, str] | None:
        key, hash_ = value.get("key"), value.get("hash")
        name, base, type_ = value.get("name"), value.get("base"), value.get("type")
        for model in self.models:
            if key and model_attr(model, "key") == key:
                return model, "key"
        for model in self.models:
            if hash_ and model_attr(model, "hash") == hash_:
                return model, "hash"
        types = [type_] if type_ else list(allowed_types or [])
        if self.by_name and name:
            for model in self.models:
                if (
                    model_attr(model, "name") == name
                    and model_attr(model, "base") == base
                    and (not types or model_attr(model, "type") in types)
                ):
                    return model, "name"
        if self.by_base and base:
            model = self.first_allowed([base], types)
            if model is not None:
                return model, "base"
        return None

    def first_allowed(self, bases: Sequence[str] | None, types: Sequence[str] | None) -> Any:
        for model in self.models:
            if (not bases or model_attr(model, "base") in bases) and (
                not types or model_attr(model, "type") in types
            ):
                return model
        return None


class WorkflowHandle(WorkflowForm):
    """A workflow bound to a client: fill its form (see WorkflowForm), then submit, wait and map outputs."""

    def __init__(self, client: InvokeAIClient, definition: WorkflowDefinition) -> None:
        super().__init__(definition)
        self.client = client
        self.last_submission: Submission | None = None

    # --- models ------------------------------------------------------------------------------------------

    def _sync_dnn_model(self, by_name: bool = True, by_base: bool = False) -> Op[list[ModelChange]]:
        """Point every model field (on the form or not) at an installed model.

        Tries the saved key, then the hash, then name+base+type (`by_name`), then the first installed model
        of the same base and type (`by_base`). Returns what changed; raises UnresolvedModelError naming the
        node, field and model when nothing fits. Unset model fields are left for submission to report.
        """
        resolution = _Resolution((yield from self.client.dnn_model_repo._list_models()), by_name, by_base)
        for node in self.definition.invocation_nodes():
            node_id, data = node["id"], node["data"]
            for name, saved in data["inputs"].items():
                value = saved.get("value")
                spec = spec_for(data["type"], name, value)
                if spec.kind != "model" or not (isinstance(value, Mapping) or (value is None and by_base)):
                    continue
                if value is None:
                    # Never chosen: with by_base, the first installed model the field accepts.
                    found = resolution.first_allowed(spec.model_bases, spec.model_types)
                    if found is not None:
                        saved["value"] = model_identifier(found)
                        label = saved.get("label") or spec.title or name
                        resolution.changes.append(
                            ModelChange(node_id, name, label, {}, saved["value"], "base")
                        )
                    continue
                found = resolution.resolve(value, spec.model_types)
                label = saved.get("label") or spec.title or name
                if found is None:
                    raise errors.UnresolvedModelError(
                        _unresolved_message(self, node_id, name, label, value, resolution)
                    )
                model, how = found
                identifier = {
                    **{k: v for k, v in value.items() if k == "submodel_type"},
                    **model_identifier(model),
                }
                if how != "key" or dict(value) != identifier:
                    saved["value"] = identifier
                    resolution.changes.append(ModelChange(node_id, name, label, dict(value), identifier, how))
        return resolution.changes

    sync_dnn_model = sync_op(_sync_dnn_model)
    async_sync_dnn_model = async_op(_sync_dnn_model)

    # --- submitting --------------------------------------------------------------------------------------

    def _submit(
        self,
        *,
        sweep: Sweep | None = None,
        runs: int = 1,
        prepend: bool = False,
        origin: str | None = None,
        destination: str | None = None,
        on_progress: EventCallback | None = None,
        events: bool | None = None,
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
        """
        if runs < 1:
            raise errors.ValidationError(f"runs must be at least 1, not {runs}")
        yield from node_check.require_node_types(self.client, self.definition)
        missing = self.missing_required()
        if missing:
            lines = "\n  ".join(str(m) for m in missing)
            raise errors.MissingInputError(
                f"{len(missing)} required input(s) of workflow {self.name!r} are unset:\n  {lines}",
                [str(m) for m in missing],
            )
        sweep_data, sweep_variants = sweep_batch_data(self, sweep)
        # Batch and generator nodes are not graph nodes: their values travel as data, as the GUI sends them.
        batch_nodes = yield from resolve_batch_nodes(self.client, self.definition)
        data, variants = batch_nodes.with_sweep(self.definition, sweep_data, sweep_variants)
        yield from self._resolve_board_names()
        batch_id = _ids.new_id()
        origin = origin or f"invokeai-client:{batch_id}"
        graph = self.build_graph(graph_id=_ids.new_id())
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
        listening = on_progress is not None or (self.client.use_events if events is None else events)
        # Before enqueueing, so that no event of this batch is sent before we listen.
        subscription = (yield from self.client.events._listen(batch_id, on_progress)) if listening else None
        try:
            result = yield from self._enqueue_once(batch, prepend, expected=runs * variants)
        except BaseException as exc:
            if subscription is not None:
                self.client.events.release(subscription)
            if isinstance(exc, (errors.UnprocessableEntityError, errors.BadRequestError)):
                raise translate_rejection(exc, self) from exc
            raise
        if subscription is not None:
            subscription.set_item_ids(result["item_ids"])
        self.last_submission = Submission(
            batch_id=batch_id,
            item_ids=sorted(result["item_ids"]),
            enqueued=result["enqueued"],
            requested=result["requested"],
            origin=origin,
            variants=variants,
            events=subscription,
        )
        return self.last_submission

    submit_sync = sync_op(_submit)
    submit = async_op(_submit)

    def _enqueue_once(self, batch: dict[str, Any], prepend: bool, expected: int) -> Op[dict[str, Any]]:
        """Enqueue at most once, even when the answer is lost.

        Enqueueing is not idempotent, so it is never retried blindly: after a failure that may have reached
        the server, the batch's status (by the batch id this client chose) says whether it landed. Only if
        it did not is the request sent again.
        """
        from invokeai_api.api.queue import enqueue_batch
        from invokeai_api.types import Unset

        policy = self.client.pipeline.retry
        attempts = policy.max_attempts if policy.enabled else 1
        body = RawBody({"batch": batch, "prepend": prepend})
        uncertain = (errors.APIConnectionError, errors.InternalServerError, errors.RateLimitError)
        for attempt in range(1, attempts + 1):
            try:
                try:
                    result = yield from self.client.pipeline.call(
                        enqueue_batch, self.client.queue_id, body=body, idempotent=False
                    )
                    item_ids = result.item_ids
                    if isinstance(item_ids, Unset):  # 5.x answers carry no item ids: find the batch's
                        item_ids = yield from queue_lookup.batch_item_ids(
                            self.client.queue, batch["batch_id"], result.enqueued
                        )
                    return {
                        "item_ids": list(item_ids),
                        "enqueued": result.enqueued,
                        "requested": result.requested,
                    }
                except uncertain:
                    if attempt == attempts:
                        raise
                # The request may be in flight still; give the server a moment before asking what landed.
                yield Sleep(policy.backoff(attempt + 1))
                landed = yield from self._landed_items(batch["batch_id"], expected)
            except uncertain as exc:
                # Submitting again would make a new batch: say how to find out whether this one landed.
                exc.add_note(
                    f"batch {batch['batch_id']!r} may have been enqueued: check "
                    f"client.queue.get_batch_status({batch['batch_id']!r}) before submitting again"
                )
                raise
            if landed is not None:
                return {"item_ids": landed, "enqueued": len(landed), "requested": expected}
        raise AssertionError("unreachable")

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
            if inp.spec.kind != "board" or not isinstance(board_id, str) or board_id in RESERVED_BOARDS:
                continue
            if boards is None:
                boards = yield from self.client.board_repo._list_boards()
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
                f"workflow {self.name!r} has not been submitted yet: call submit first"
            )
        return self.last_submission

    def _lacking_nodes(self) -> Op[list[node_check.LackingNode]]:
        """The workflow's nodes whose types the server's release does not have (empty if it can run)."""
        return (yield from node_check.lacking_nodes(self.client, self.definition))

    lacking_nodes = sync_op(_lacking_nodes)
    async_lacking_nodes = async_op(_lacking_nodes)

    def _wait_for_all(
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

    wait_for_all_sync = sync_op(_wait_for_all)
    wait_for_all = async_op(_wait_for_all)

    def _wait_for_completion(
        self,
        timeout: float | None = 600.0,
        on_status: StatusCallback | None = None,
        poll: PollPolicy | None = None,
    ) -> Op[SessionQueueItem]:
        """The queue item of the last (single-item) submission once completed; raises JobFailedError with the
        server's error, JobCanceledError, or JobTimeoutError. For sweeps use wait_for_all."""
        submission = self._submission()
        if len(submission.item_ids) != 1:
            raise errors.ValidationError(
                f"the last submission made {len(submission.item_ids)} queue items: use wait_for_all"
            )
        items = yield from self._wait_for_all(timeout=timeout, on_status=on_status, poll=poll)
        return raise_for_outcome(items[0])

    wait_for_completion_sync = sync_op(_wait_for_completion)
    wait_for_completion = async_op(_wait_for_completion)

    def _cancel(self) -> Op[int]:
        """Cancel every item of the last submission that has not finished; returns how many."""
        return (yield from self.client.queue._cancel_batches([self._submission().batch_id]))

    cancel_sync = sync_op(_cancel)
    cancel = async_op(_cancel)

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

    def events_sync(self) -> Iterator[QueueEvent]:
        """The last submission's server events, typed, from its enqueueing until every item has finished."""
        return self._listening().iter_events(lambda: self.client.run(self._settled()))

    def events(self) -> AsyncIterator[QueueEvent]:
        """`async for event in wf.events()`: the last submission's server events (see events_sync)."""
        return self._listening().aiter_events(lambda: self.client.arun(self._settled()))

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


def _unresolved_message(
    handle: WorkflowHandle,
    node_id: str,
    field_name: str,
    label: str,
    value: Mapping[str, Any],
    res: _Resolution,
) -> str:
    inp = next((i for i in handle.list_inputs() if i.node_id == node_id and i.field_name == field_name), None)
    where = (
        inp.where if inp else f"{handle.definition.node_label(node_id)} -> {label} ({node_id}.{field_name})"
    )
    same_kind = [
        m
        for m in res.models
        if model_attr(m, "base") == value.get("base") and model_attr(m, "type") == value.get("type")
    ]
    options = ", ".join(sorted(repr(model_attr(m, "name")) for m in same_kind)[:10]) or "none installed"
    hint = " (or pass by_base=True to use one of them)" if same_kind and not res.by_base else ""
    return (
        f"{where}: model {value.get('name')!r} "
        f"({value.get('base')} {value.get('type')}, key {value.get('key')}) "
        f"is not installed. Installed {value.get('base')} {value.get('type')} models: {options}{hint}"
    )


class WorkflowRepository:
    """Makes workflow handles (`client.workflow_repo`)."""

    def __init__(self, client: InvokeAIClient) -> None:
        self.client = client

    def create_workflow(self, definition: WorkflowDefinition) -> WorkflowHandle:
        return WorkflowHandle(self.client, definition)

    def create_workflow_from_file(self, path: str | os.PathLike[str]) -> WorkflowHandle:
        return WorkflowHandle(self.client, WorkflowDefinition.from_file(path))

    def create_workflow_from_dict(self, data: Mapping[str, Any]) -> WorkflowHandle:
        return WorkflowHandle(self.client, WorkflowDefinition.from_dict(dict(data)))
