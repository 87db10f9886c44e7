"""`Run`: a sweep that survives its process: enqueued in chunks, followed, downloaded as items finish,
journaled all along, and picked up where it stopped by the next process given the same folder.

    run = Run.start(wf, "out/", sweep={"Blur Radius": [1, 2, 3]})
    for result in run.iter_results():        # as each variant finishes (async: async_iter_results)
        print(result.variant, result.status, result.files)

    Run.open(client, "out/").wait()          # later, from the folder alone: finish what is left

Each round (`_step`, one operation for both runners) first settles batches whose enqueue answer was
never journaled (asking the server about their batch ids), then asks about the items in flight, downloads
the images of those that completed, and enqueues more variants while the run's items on the server stay
under a window and the server's queue has room (`max_queue_size`).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import tempfile
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from invokeai_client import errors
from invokeai_client._transport import ids as _ids
from invokeai_client._transport.core import Op, Sleep
from invokeai_client._transport.ops import async_op, sync_op
from invokeai_client.resources import queue_lookup
from invokeai_client.resources.images import safe_file_name
from invokeai_client.resources.queue import TERMINAL_STATUSES, PollPolicy
from invokeai_client.workflow.sweeps import Sweep, sweep_batch_data

from .journal import FILE_NAME, Attempt, ImageRecord, Journal, VariantCounts
from .manifest import Manifest
from .spec import RunSpec

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.submission.handle import WorkflowHandle

__all__ = ["Run", "RunResult", "RunStatus"]

DEFAULT_CHUNK = 100
DEFAULT_MAX_QUEUE = 10000  # InvokeAI's default max_queue_size, for servers that do not say
POLL_WINDOW = 32  # in-flight items asked about per round
FETCH_CHUNK = 20
LOCK_NAME = "run.lock"  # full items (graph, session) fetched per request: bounded answers


@dataclass(frozen=True)
class RunResult:
    """One variant finished: completed (its images are on disk) or failed (`error` says why)."""

    variant: int
    values: dict[str, Any]
    status: str
    item_id: int | None
    batch_id: str
    server: str
    files: list[Path] = field(default_factory=list)
    error: str | None = None


@dataclass(frozen=True)
class RunStatus:
    """A run's progress: the journal's counts and, for the variants in flight, the server's statuses."""

    folder: Path
    counts: VariantCounts
    servers: list[str]
    in_flight: dict[str, int]
    unreachable: list[str]


class Run:
    """A run in an output folder; see the module docstring. Make one with `start` or `open`."""

    def __init__(
        self,
        handle: WorkflowHandle,
        folder: Path,
        spec: RunSpec,
        journal: Journal,
        *,
        retry_failed: bool = False,
        chunk_size: int = DEFAULT_CHUNK,
        poll: PollPolicy | None = None,
    ) -> None:
        if chunk_size < 1:
            raise errors.ValidationError(f"chunk_size must be at least 1, not {chunk_size}")
        self.handle: WorkflowHandle = handle
        self.client: InvokeAIClient = handle.client
        self.folder: Path = folder
        self.spec: RunSpec = spec
        self.journal: Journal = journal
        self.server: str = handle.client.pipeline.base_url
        self.chunk_size: int = chunk_size
        self.manifest: Manifest = Manifest(folder, spec)
        # What is left to enqueue, worked out once from the journal, then kept up as attempts are lost.
        retry = set(journal.failed()) if retry_failed else set()
        self._todo: deque[int] = deque(journal.todo(spec.total, retry=retry))
        self._poll = poll or PollPolicy(initial_interval=0.25, stall=float("inf"))
        self._intervals: Iterator[float] | None = None
        self._max_queue: int | None = None
        self._results: list[RunResult] = []
        self._lock: Any = None

    @classmethod
    def start(
        cls,
        handle: WorkflowHandle,
        folder: str | os.PathLike[str],
        *,
        sweep: Sweep | None = None,
        runs: int = 1,
        retry_failed: bool = False,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> Run:
        """The run of `handle` (as filled now) with `sweep` and `runs` in `folder`: a new one, or the one
        the folder's journal holds if it is the same run (then it resumes). A different run there raises
        RunMismatchError, saying what differs. Nothing is sent until the run is iterated or waited on."""
        if runs < 1:
            raise errors.ValidationError(f"runs must be at least 1, not {runs}")
        groups, _ = sweep_batch_data(handle, sweep)
        spec = RunSpec.from_handle(handle, groups, runs)
        journal = Journal(Path(folder))
        try:
            recorded = journal.spec()
            if recorded is None:
                journal.set_spec(spec.to_dict())
            else:
                differences = list(spec.differences(RunSpec.from_dict(recorded)))
                if differences:
                    raise errors.RunMismatchError(
                        f"{journal.folder} holds a different run ({'; '.join(differences)}): "
                        "use another folder, or the run's own options to resume it",
                        differences,
                    )
                spec = RunSpec.from_dict(recorded)
        except BaseException:
            journal.close()
            raise
        return cls(handle, Path(folder), spec, journal, retry_failed=retry_failed, chunk_size=chunk_size)

    @classmethod
    def open(
        cls,
        client: InvokeAIClient,
        folder: str | os.PathLike[str],
        *,
        retry_failed: bool = False,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> Run:
        """The run in `folder`, from its journal alone (the workflow and values it journaled), on `client`."""
        if not Journal.exists(Path(folder)):
            raise errors.ValidationError(f"{folder} holds no run (no {FILE_NAME})")
        journal = Journal(Path(folder))
        recorded = journal.spec()
        if recorded is None:
            journal.close()
            raise errors.ValidationError(f"{folder}: the run's journal has no spec")
        spec = RunSpec.from_dict(recorded)
        handle = client.workflows.create_workflow_from_dict(spec.workflow)
        return cls(handle, Path(folder), spec, journal, retry_failed=retry_failed, chunk_size=chunk_size)

    def close(self) -> None:
        """Close the journal and let go of the folder (the run can be opened again from it)."""
        self.journal.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _claim(self) -> None:
        """Before the first round: the folder is this process's (one run at a time in it), the partial
        files of downloads a kill cut short are removed, and the manifest is rebuilt from the journal."""
        if self._lock is not None:
            return
        lock = open(self.folder / LOCK_NAME, "a+b")  # noqa: SIM115  (held until close)
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock, as before
            pass
        else:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock.close()
                raise errors.ValidationError(
                    f"another process is running the run in {self.folder}: wait for it, or stop it first"
                ) from None
        self._lock = lock
        _remove_partial_files(self.folder)
        self.manifest.rewrite(self.journal)

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def total(self) -> int:
        """How many variants the run has."""
        return self.spec.total

    @property
    def done(self) -> bool:
        """Whether nothing is left to enqueue or wait for (failed variants count as finished)."""
        return not self._todo and self.journal.active_count() == 0

    def counts(self) -> VariantCounts:
        """The variants by state, from the journal."""
        return self.journal.counts(self.total)

    # --- one round -------------------------------------------------------------------------------------

    def _step(self) -> Op[list[RunResult]]:
        """One round: settle unanswered enqueues, check the items in flight, download what completed,
        enqueue more; after a pause from the second round on (0.25 s growing to 1 s). A server that is
        away (restarting) ends the round early: the next one asks again."""
        self._claim()
        # The pause comes first, so a round's results reach the caller at once. It grows to a second and
        # stays there: each request costs the client CPU, and items finishing meanwhile share the next.
        if self._intervals is None:
            self._intervals = self._poll.intervals()
        else:
            yield Sleep(next(self._intervals))
        try:
            yield from self._settle_intents()
            yield from self._check_in_flight()
            yield from self._enqueue_more()
        except (errors.APIConnectionError, errors.InternalServerError, errors.RateLimitError):
            pass  # its queue persists; an enqueue left unanswered is settled by the batch id next round
        results, self._results = self._results, []
        if self.done:
            self.manifest.rewrite(self.journal)
        return results

    def _settle_intents(self) -> Op[None]:
        """Batches journaled as about to be sent and never answered: the server says if they landed."""
        for batch_id, server in self.journal.intent_batches():
            if server != self.server:
                continue  # another server's batch: settled by a run on that server
            status = yield from self.client.queue._get_batch_status(batch_id)
            item_ids: list[int] = []
            if status.total:
                expected = len(self.journal.attempts_of_batch(batch_id))
                item_ids = yield from queue_lookup.batch_item_ids(self.client.queue, batch_id, expected)
            self._todo.extend(self.journal.record_enqueued(batch_id, item_ids))

    def _check_in_flight(self) -> Op[None]:
        # Items run in queue order: the oldest in flight are the ones to ask about.
        flying = self.journal.attempts(("queued",), server=self.server, limit=POLL_WINDOW)
        if not flying:
            return
        by_item = {a.item_id: a for a in flying if a.item_id is not None}
        answer = yield from queue_lookup.poll(self.client.queue, list(by_item))
        for item_id in answer.asked:
            if item_id not in answer.statuses:
                self._lose(by_item[item_id])
        done = [i for i in answer.asked if answer.statuses.get(i) in TERMINAL_STATUSES]
        for start in range(0, len(done), FETCH_CHUNK):
            wanted = done[start : start + FETCH_CHUNK]
            known = {i: answer.items[i] for i in wanted if i in answer.items}
            missing = [i for i in wanted if i not in known]
            for item in (yield from self.client.queue._get_items(missing)):
                known[item.item_id] = item
            for item_id in wanted:
                full = known.get(item_id)
                if full is None:
                    self._lose(by_item[item_id])
                    continue
                result = yield from self._finish(by_item[item_id], full)
                if result is not None:
                    self._results.append(result)  # kept should a later request of the round fail

    def _lose(self, attempt: Attempt) -> None:
        self.journal.finish(attempt.id, "lost", error="no longer on the server's queue")
        self._todo.append(attempt.variant)

    def _finish(self, attempt: Attempt, item: SessionQueueItem) -> Op[RunResult | None]:
        status = str(item.status)
        started, completed = (
            _text(getattr(item, "started_at", None)),
            _text(getattr(item, "completed_at", None)),
        )
        values = self.spec.values(attempt.variant)
        if status == "canceled":
            self.journal.finish(attempt.id, "canceled", started_at=started, completed_at=completed)
            self._todo.append(attempt.variant)
            return None  # a restart or a user canceled it: enqueued again
        if status == "failed":
            error = f"{_text(item.error_type) or 'error'}: {_text(item.error_message) or '(no message)'}"
            self.journal.finish(attempt.id, "failed", error=error, started_at=started, completed_at=completed)
            return RunResult(attempt.variant, values, "failed", item.item_id, attempt.batch_id, self.server,
                             error=error)  # fmt: skip
        _check_values(attempt, item, values)
        files = []
        already = {image.image_name: image for image in self.journal.images(attempt.id)}
        for mapping in self.handle.map_outputs_to_images(item, include_intermediate=False):
            for name in mapping.image_names:
                record = already.get(name)
                if record is None or not (self.folder / record.file).is_file():
                    record = yield from self._download(attempt, mapping.node_id, name)
                files.append(self.folder / record.file)
        self.journal.finish(attempt.id, "completed", started_at=started, completed_at=completed)
        return RunResult(
            attempt.variant, values, "completed", item.item_id, attempt.batch_id, self.server, files
        )

    def _download(self, attempt: Attempt, node_id: str, image_name: str) -> Op[ImageRecord]:
        """One image, as the server stored it (full file, metadata included), written atomically, then
        journaled, then added to the manifest."""
        target = self.folder / safe_file_name(image_name)
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=self.folder)
        try:
            with os.fdopen(fd, "w+b") as sink:
                size = yield from self.client.images._stream_image(image_name, True, sink)
                sink.seek(0)
                digest = hashlib.file_digest(sink, "sha256").hexdigest()
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        record = ImageRecord(
            self.server, image_name, attempt.id, node_id, target.name, size, digest, time.time()
        )
        self.journal.record_image(record)
        self.manifest.append([self.manifest.row(attempt, record)])
        return record

    def _enqueue_more(self) -> Op[None]:
        """Enqueue chunks while the run's items in flight stay within two chunks and the queue has room."""
        while True:
            # Whole chunks only (or what is left): a batch per finished item would cost a request each.
            wanted = min(self.chunk_size, len(self._todo))
            if not wanted or 2 * self.chunk_size - self.journal.active_count() < wanted:
                return
            variants = list(itertools.islice(self._todo, wanted))
            queue_room = (yield from self._max_queue_size()) - (yield from self._pending_on_server())
            variants = variants[: max(0, queue_room)]
            if not variants:
                return  # the server's queue is full: wait for it to drain
            yield from self._enqueue(variants)

    def _enqueue(self, variants: Sequence[int]) -> Op[None]:
        batch_id = _ids.new_id()
        # Journaled before sending: a kill from here on is settled by asking about this batch id.
        self.journal.record_intent(batch_id, self.server, variants)
        sweep = self.spec.chunk_sweep(variants)
        runs = 1 if sweep is not None else len(variants)
        try:
            submission = yield from self.handle._enqueue(
                sweep=sweep, runs=runs, events=False, batch_id=batch_id
            )
        except errors.APIStatusError as exc:
            if isinstance(exc, errors.InternalServerError | errors.RateLimitError):
                raise  # may have landed: the next start asks
            self.journal.record_enqueued(batch_id, [])  # refused: nothing landed
            raise
        except errors.ValidationError:
            self.journal.record_enqueued(batch_id, [])  # refused before sending
            raise
        if submission.variants != (len(variants) if sweep is not None else 1):
            # Batch nodes multiplied the items: they cannot be told apart as variants. Taken back.
            yield from self.client.queue._cancel_batches([batch_id])
            self.journal.record_enqueued(batch_id, [])
            raise errors.ValidationError(
                f"workflow {self.handle.name!r} has batch nodes that multiply its items: a run needs one "
                "queue item per variant (sweep those inputs instead)"
            )
        for _ in variants:
            self._todo.popleft()
        self._todo.extend(self.journal.record_enqueued(batch_id, submission.item_ids))

    def _max_queue_size(self) -> Op[int]:
        if self._max_queue is None:
            from invokeai_api.api.app import get_runtime_config

            try:
                answer = yield from self.client.pipeline.call(get_runtime_config)
                size = getattr(answer.config, "max_queue_size", None)
                self._max_queue = size if isinstance(size, int) else DEFAULT_MAX_QUEUE
            except errors.APIError:
                self._max_queue = DEFAULT_MAX_QUEUE
        return self._max_queue

    def _pending_on_server(self) -> Op[int]:
        status = yield from self.client.queue._get_status()
        return int(status.queue.pending)

    # --- following a run -------------------------------------------------------------------------------

    def iter_results(self, timeout: float | None = None) -> Iterator[RunResult]:
        """Each variant's result as it finishes, until the run is done (blocking); after `timeout`
        seconds, JobTimeoutError (the run stays resumable)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.done:
            self._check_deadline(deadline, timeout)
            yield from self.client.run(self._step())

    async def async_iter_results(self, timeout: float | None = None) -> AsyncIterator[RunResult]:
        """`async for result in run.async_iter_results()`: `iter_results` for asyncio."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.done:
            self._check_deadline(deadline, timeout)
            for result in await self.client.async_run(self._step()):
                yield result

    def _wait(self, timeout: float | None = None) -> Op[VariantCounts]:
        """Run to the end (or `timeout` seconds: JobTimeoutError, the run resumable); returns the counts."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.done:
            self._check_deadline(deadline, timeout)
            yield from self._step()
        return self.counts()

    def _check_deadline(self, deadline: float | None, timeout: float | None) -> None:
        if deadline is None or time.monotonic() <= deadline:
            return
        counts = self.counts()
        first = next((a.item_id for a in self.journal.attempts(("queued",)) if a.item_id), 0)
        raise errors.JobTimeoutError(
            f"gave up waiting after {timeout:g} s with {counts.completed} of {counts.total} variants "
            f"completed; the rest may still finish: resume the run from {self.folder}",
            item_id=first,
        )

    wait: Final = sync_op(_wait)
    async_wait: Final = async_op(_wait)

    def _cancel(self) -> Op[int]:
        """Cancel the run's unfinished items on the server (they stay resumable: canceled is redone)."""
        batches = sorted({a.batch_id for a in self.journal.attempts(("queued",), server=self.server)})
        return (yield from self.client.queue._cancel_batches(batches)) if batches else 0

    cancel: Final = sync_op(_cancel)
    async_cancel: Final = async_op(_cancel)

    def _status(self) -> Op[RunStatus]:
        """The journal's counts, and the in-flight items' statuses as the server has them."""
        flying = [
            a.item_id for a in self.journal.attempts(("queued",), server=self.server) if a.item_id is not None
        ]
        in_flight: dict[str, int] = {}
        unreachable: list[str] = []
        try:
            answer = yield from queue_lookup.poll(self.client.queue, flying)
            for item_id in answer.asked:
                key = answer.statuses.get(item_id, "missing")
                in_flight[key] = in_flight.get(key, 0) + 1
        except errors.APIError:
            unreachable.append(self.server)
        return RunStatus(self.folder, self.counts(), self.journal.servers(), in_flight, unreachable)

    status: Final = sync_op(_status)
    async_status: Final = async_op(_status)


def _text(value: Any) -> str | None:
    from invokeai_api.types import Unset

    return None if value is None or isinstance(value, Unset) else str(value)


def _check_values(attempt: Attempt, item: SessionQueueItem, values: Mapping[str, Any]) -> None:
    """The server's record of what the item ran with must be the variant's values: a mismatch would put
    wrong values beside its images."""
    ran = {f"{v.node_path}.{v.field_name}": v.value for v in (getattr(item, "field_values", None) or [])}
    wrong = {k: (v, ran.get(k)) for k, v in values.items() if k in ran and ran[k] != v}
    if wrong:
        raise errors.InvokeAIError(
            f"queue item {item.item_id} of batch {attempt.batch_id} ran with {wrong} (expected, ran) "
            f"for variant {attempt.variant}: the run's journal and the server disagree"
        )


def _remove_partial_files(folder: Path) -> None:
    """Temporary files of downloads a kill cut short (`.<name>.<random>.part`): never counted, removed."""
    for path in folder.glob(".*.part"):
        path.unlink(missing_ok=True)
