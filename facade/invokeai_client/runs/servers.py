"""What the engine asks of one server, each an operation run on that server's client (`OnServer`):
prepare the workflow there, enqueue a chunk of variants, settle a batch whose answer was lost, observe the
run's items, fetch a finished item's images into the folder, cancel moved batches.

None of these touches the journal: several of them run at once (on threads, or gathered on asyncio), and
the engine records what they answer in one place.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport.core import Op, Signal
from invokeai_client.events.hub import Subscription
from invokeai_client.resources import queue_lookup
from invokeai_client.resources.images import safe_file_name
from invokeai_client.resources.queue import TERMINAL_STATUSES
from invokeai_client.submission import model_sync

from .files import claim_name, open_part

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.submission.handle import WorkflowHandle

    from .spec import RunSpec

__all__ = [
    "Fetched",
    "Observation",
    "Prepared",
    "RunWatch",
    "enqueue_chunks",
    "fetch",
    "observe",
    "prepare",
    "settle",
]

DEFAULT_MAX_QUEUE = 10000  # InvokeAI's default max_queue_size, for servers that do not say
FETCH_CHUNK = 20  # full items (graph, session) asked for per request: bounded answers


class RunWatch(Subscription):
    """Hears the status changes of a run's batches on one server (socket.io) and wakes the engine, which
    then asks that server: one round per change instead of a poll every fraction of a second."""

    def __init__(self, queue_id: str, wake: Signal) -> None:
        super().__init__("", queue_id)
        self.batch_ids: set[str] = set()
        self.wake = wake

    def accepts(self, name: str, data: Any) -> bool:
        """A status change of one of the run's items on this queue."""
        return (
            name == "queue_item_status_changed"
            and isinstance(data, dict)
            and data.get("queue_id", self.queue_id) == self.queue_id
            and data.get("batch_id") in self.batch_ids
        )

    def deliver(self, name: str, data: dict[str, Any]) -> None:
        """Wake the engine."""
        self.wake.set()

    @property
    def done(self) -> bool:
        """Never: a run hears its server until it closes."""
        return False


@dataclass
class Prepared:
    """The workflow as one server runs it: its handle (that server's model keys), the batch every chunk
    copies (graph, workflow, origin), the server's release and its queue's limit; `watch` when its
    events are heard."""

    handle: WorkflowHandle
    batch: dict[str, Any]
    version: str
    max_queue: int
    watch: RunWatch | None = None


@dataclass
class Observation:
    """One look at a server: its queue's unfinished items (everyone's), the statuses of the items asked
    about, and the full items of those that ended."""

    active: int
    pending: int
    statuses: dict[int, str]
    finished: dict[int, SessionQueueItem] = field(default_factory=dict)


@dataclass
class Fetched:
    """One image of a finished item, written to the folder (`file`), or the error fetching it met."""

    node_id: str
    image_name: str
    file: str = ""
    size: int = 0
    sha256: str = ""
    at: float = 0.0
    error: BaseException | None = None


def prepare(
    client: InvokeAIClient,
    spec: RunSpec,
    handle: WorkflowHandle | None,
    sync_models: bool,
    origin: str,
    wake: Signal | None = None,
) -> Op[Prepared]:
    """The workflow ready to enqueue on `client`'s server: `handle` as given, or one made from the spec
    with the models matched there (keys are per server: by hash, then name+base+type). With `wake`, the
    server's events (if it offers them) set it when one of the run's items changes status."""
    version = yield from client._version()
    if handle is None:
        handle = client.workflows.create_workflow_from_dict(spec.workflow)
        if sync_models:
            models = yield from client.models._list_models()
            model_sync.sync_models(handle, models, by_name=True, by_base=False)
    # The first variant's values as a sweep: every check the server's release needs, once.
    sweep = spec.chunk_sweep([0])
    batch, variants = yield from handle._prepare_batch(sweep=sweep, origin=origin)
    if variants != 1:
        raise errors.ValidationError(
            f"workflow {handle.name!r} has batch nodes that multiply its items: a run needs one queue item "
            "per variant (sweep those inputs instead)"
        )
    batch.pop("data", None)
    max_queue = yield from _max_queue_size(client)
    watch = None
    if wake is not None:
        watch = RunWatch(client.queue_id, wake)
        if not (yield from client.events._attach(watch)):
            watch = None  # no events extra, or no socket: polling
    return Prepared(handle, batch, version, max_queue, watch)


def _max_queue_size(client: InvokeAIClient) -> Op[int]:
    from invokeai_api.api.app import get_runtime_config

    try:
        answer = yield from client.pipeline.call(get_runtime_config)
    except errors.APIStatusError:
        return DEFAULT_MAX_QUEUE  # older releases, or a proxy in the way: assume the default
    size = getattr(answer.config, "max_queue_size", None)
    return size if isinstance(size, int) and size > 0 else DEFAULT_MAX_QUEUE


def chunk_batch(
    prepared: Prepared, spec: RunSpec, variants: Sequence[int], ids: tuple[str, str]
) -> dict[str, Any]:
    """The batch that makes exactly `variants`, one queue item each, in this order."""
    batch_id, graph_id = ids
    batch = {**prepared.batch, "batch_id": batch_id, "graph": {**prepared.batch["graph"], "id": graph_id}}
    if spec.groups:
        fields = spec.fields
        columns: list[list[Any]] = [[] for _ in fields]
        for variant in variants:
            for column, value in zip(columns, spec.values(variant).values(), strict=True):
                column.append(value)
        batch["data"] = [
            [
                {"node_path": key.rsplit(".", 1)[0], "field_name": key.rsplit(".", 1)[1], "items": column}
                for key, column in zip(fields, columns, strict=True)
            ]
        ]
        batch["runs"] = 1
    else:
        batch["runs"] = len(variants)
    return batch


def enqueue_chunks(prepared: Prepared, batches: Sequence[tuple[dict[str, Any], int]]) -> Op[list[Any]]:
    """Enqueue chunks (batch, variant count) one after another, in order, each at most once even if its
    answer is lost: per chunk its item ids, ascending; the error that stopped it (the chunks after it
    are not sent: None)."""
    answers: list[Any] = [None] * len(batches)
    for n, (batch, count) in enumerate(batches):
        try:
            result = yield from prepared.handle._enqueue_once(batch, False, expected=count)
        except errors.InvokeAIError as exc:
            answers[n] = exc
            break
        answers[n] = sorted(result["item_ids"])
    return answers


def settle(client: InvokeAIClient, batch_id: str, expected: int) -> Op[list[int]]:
    """The items of a batch whose enqueue answer was never recorded: none if it never landed."""
    status = yield from client.queue._get_batch_status(batch_id)
    if not status.total:
        return []
    return (yield from queue_lookup.batch_item_ids(client.queue, batch_id, expected))


def observe(client: InvokeAIClient, ids: list[int]) -> Op[Observation]:
    """The queue's counts, and the statuses of `ids` (one bulk request where the release has one), with
    the full items of those that ended."""
    status = yield from client.queue._get_status()
    queue = status.queue
    seen = Observation(int(queue.pending) + int(queue.in_progress), int(queue.pending), {})
    if not ids:
        return seen
    answer = yield from queue_lookup.poll(client.queue, ids)
    # Items the server no longer has (cleared, pruned, a new database): missing from `statuses`.
    seen.statuses = {i: answer.statuses[i] for i in answer.asked if i in answer.statuses}
    done = [i for i, s in seen.statuses.items() if s in TERMINAL_STATUSES]
    seen.finished = {i: answer.items[i] for i in done if i in answer.items}
    missing = [i for i in done if i not in seen.finished]
    for start in range(0, len(missing), FETCH_CHUNK):
        for item in (yield from client.queue._get_items(missing[start : start + FETCH_CHUNK])):
            seen.finished[item.item_id] = item
    return seen


def fetch(
    client: InvokeAIClient,
    folder: Path,
    images: Sequence[tuple[str, str]],
    adoptable: Container[str] = (),
) -> Op[list[Fetched]]:
    """Download `images` ((node id, image name) pairs) from `client`'s server into `folder`, each under a
    temporary name and then its own (never over another file, save an identical one in `adoptable`, see
    `claim_name`); stops at the first that fails."""
    fetched: list[Fetched] = []
    for node_id, image_name in images:
        file_name = safe_file_name(image_name)
        temp, sink = open_part(folder, file_name)
        try:
            with sink:
                size = yield from client.images._stream_image(image_name, True, sink)
                sink.seek(0)
                digest = hashlib.file_digest(sink, "sha256").hexdigest()
            target = claim_name(temp, folder, file_name, adoptable=adoptable)
        except errors.APIError as exc:
            temp.unlink(missing_ok=True)
            fetched.append(Fetched(node_id, image_name, error=exc))
            return fetched
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        fetched.append(Fetched(node_id, image_name, target.name, size, digest, time.time()))
    return fetched


def cancel(client: InvokeAIClient, batch_ids: list[str]) -> Op[int]:
    """Cancel what is left of these batches on the server (moved work; finished items stay)."""
    return (yield from client.queue._cancel_batches(batch_ids))
