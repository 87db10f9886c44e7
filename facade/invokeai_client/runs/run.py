"""`Run`: a sweep over one server or several, journaled all along, images fetched as each item finishes;
with an output folder it survives its process, and the next process given the folder picks it up.

    run = Run.start(wf, "out/", sweep={"Blur Radius": [1, 2, 3]})
    for result in run.iter_results():        # as each variant finishes (async: async_iter_results)
        print(result.variant, result.status, result.files)

    Run.open(client, "out/").wait()          # later, from the folder alone: finish what is left
    Run.open(FleetClient.from_urls([a, c]), "out/").wait()   # or on other servers

`wf` is a client's `WorkflowHandle` (that server) or a fleet's `FleetWorkflow` (its servers). Without a
folder the same engine (`engine`) keeps its journal in memory. Each round is one fleet operation
(`Engine.step`), so the blocking and asyncio twins run the same code.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from invokeai_client import errors
from invokeai_client._transport.ops import async_op, sync_op
from invokeai_client.workflow.sweeps import Sweep, sweep_batch_data

from . import servers as ops
from .effects import FleetOp, OnServer, ServerGroup, Together
from .engine import Engine, RunResult
from .files import remove_partial_files
from .gallery import Gallery, GalleryFiles
from .journal import FILE_NAME, Journal, RunFolderError, VariantCounts, folder_error
from .manifest import CSV_NAME, JSONL_NAME, Manifest
from .placement import PlacementPolicy
from .report import FleetProgress, FleetReport
from .spec import RunSpec

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.submission.handle import WorkflowHandle
    from invokeai_client.workflow.form import WorkflowForm

__all__ = ["Run", "RunResult", "RunStatus", "RunTimeoutError"]

DEFAULT_CHUNK = 100
LOCK_NAME = "run.lock"
_SAME_FOLDER: Any = object()


class RunTimeoutError(errors.JobTimeoutError):
    """A run gave up waiting (it stays resumable from its folder). `item_ids` are the run's items still
    on the servers, `item_id` the first of them (0 when none was enqueued yet), `counts` how far it got."""

    def __init__(self, message: str, *, item_ids: list[int], counts: VariantCounts) -> None:
        super().__init__(message, item_id=item_ids[0] if item_ids else 0)
        self.item_ids: list[int] = item_ids
        self.counts: VariantCounts = counts


@dataclass(frozen=True)
class RunStatus:
    """A run's progress: the journal's counts and, for the variants in flight, the servers' statuses;
    `unreachable` lists the servers that did not answer."""

    folder: Path | None
    counts: VariantCounts
    servers: list[str]
    in_flight: dict[str, int]
    unreachable: list[str]


def _group(target: Any) -> tuple[ServerGroup, WorkflowHandle | None]:
    """The servers a workflow (or a client, or a fleet) runs on, and the handle to use on its server."""
    from invokeai_client.submission.handle import WorkflowHandle

    if isinstance(target, WorkflowHandle):
        return ServerGroup([target.client]), target
    client = getattr(target, "client", target)
    if isinstance(client, ServerGroup):
        return client, None
    return ServerGroup([client]), None


class Run:
    """A run of a sweep; see the module docstring. Make one with `start` or `open`."""

    def __init__(
        self,
        servers: ServerGroup,
        folder: Path | None,
        spec: RunSpec,
        journal: Journal,
        *,
        handle: WorkflowHandle | None = None,
        download_to: Path | None = _SAME_FOLDER,
        retry_failed: bool = False,
        chunk_size: int = DEFAULT_CHUNK,
        policy: PlacementPolicy | None = None,
        sync_models: bool = True,
        poll_interval: float = 0.25,
        events: bool | None = None,
        on_note: Callable[[str], None] | None = None,
        gallery: bool = True,
    ) -> None:
        if chunk_size < 1:
            raise errors.ValidationError(f"chunk_size must be at least 1, not {chunk_size}")
        self.client: ServerGroup = servers
        self.folder: Path | None = folder
        self.spec: RunSpec = spec
        self.journal: Journal = journal
        self.download_to: Path | None = folder if download_to is _SAME_FOLDER else download_to
        self.manifest: Manifest | None = Manifest(folder, spec) if folder is not None else None
        self.engine: Engine = Engine(
            servers, spec, journal, folder=self.download_to, manifest=self.manifest, handle=handle,
            policy=policy, chunk_size=chunk_size, retry_failed=retry_failed, sync_models=sync_models,
            poll_interval=poll_interval, events=events, on_note=on_note,
        )  # fmt: skip
        self._lock: Any = None
        self._claimed = False
        self._gallery = gallery
        self._on_note = on_note

    @classmethod
    def start(
        cls,
        workflow: WorkflowHandle | WorkflowForm,
        folder: str | os.PathLike[str] | None = None,
        *,
        sweep: Sweep | None = None,
        runs: int = 1,
        retry_failed: bool = False,
        chunk_size: int = DEFAULT_CHUNK,
        fresh: bool = False,
        download_to: str | os.PathLike[str] | None = _SAME_FOLDER,
        policy: PlacementPolicy | None = None,
        sync_models: bool = True,
        poll_interval: float = 0.25,
        events: bool | None = None,
        on_note: Callable[[str], None] | None = None,
        gallery: bool = True,
    ) -> Run:
        """The run of `workflow` (as filled now) with `sweep` and `runs`, in `folder` (None: in memory):
        a new one, or the one the folder's journal holds if it is the same run (then it resumes). A
        different run there raises RunMismatchError, saying what differs; `fresh` starts over instead.
        A `WorkflowHandle` runs on its client's server as filled; a fleet's workflow runs on every server
        of the fleet, its models matched on each (`sync_models`). Nothing is sent until the run is
        iterated or waited on. `download_to` is where images go (default: `folder`; None: not fetched).
        `events`: hear the servers' socket.io events to notice items finishing at once (default: when the
        events extra is installed; polling otherwise, and whenever a socket is down). `gallery`: when
        the run finishes, write `index.html` and `contact-sheet.png` into `folder` (see `runs.gallery`)."""
        if runs < 1:
            raise errors.ValidationError(f"runs must be at least 1, not {runs}")
        group, handle = _group(workflow)
        groups, _ = sweep_batch_data(workflow, sweep)
        spec = RunSpec.from_handle(workflow, groups, runs)
        path = None if folder is None else Path(folder)
        if path is not None and fresh:
            _start_over(path)
        journal = _open_journal(path)
        try:
            recorded = journal.spec()
            if recorded is None:
                journal.set_spec(spec.to_dict())
            else:
                differences = list(spec.differences(RunSpec.from_dict(recorded)))
                if differences:
                    raise errors.RunMismatchError(
                        f"{journal.folder} holds a different run ({'; '.join(differences)}): use another "
                        "folder, the run's own options to resume it, or --fresh (fresh=True) to start over",
                        differences,
                    )
                spec = RunSpec.from_dict(recorded)
        except BaseException:
            journal.close()
            raise
        target = path if download_to is _SAME_FOLDER else (None if download_to is None else Path(download_to))
        return cls(group, path, spec, journal, handle=handle, download_to=target, retry_failed=retry_failed,
                   chunk_size=chunk_size, policy=policy, sync_models=sync_models, poll_interval=poll_interval,
                   events=events, on_note=on_note, gallery=gallery)  # fmt: skip

    @classmethod
    def open(
        cls,
        servers: InvokeAIClient | ServerGroup,
        folder: str | os.PathLike[str],
        *,
        retry_failed: bool = False,
        chunk_size: int = DEFAULT_CHUNK,
        policy: PlacementPolicy | None = None,
        sync_models: bool = True,
        events: bool | None = None,
        on_note: Callable[[str], None] | None = None,
        gallery: bool = True,
    ) -> Run:
        """The run in `folder`, from its journal alone (the workflow and values it journaled), on
        `servers`: a client, or a fleet (they may differ from the servers the run began on)."""
        if not Journal.exists(Path(folder)):
            raise errors.ValidationError(f"{folder} holds no run (no {FILE_NAME})")
        journal = _open_journal(Path(folder))
        recorded = journal.spec()
        if recorded is None:
            journal.close()
            raise RunFolderError(f"{Path(folder) / FILE_NAME}: the run's journal has no spec")
        group, _ = _group(servers)
        return cls(group, Path(folder), RunSpec.from_dict(recorded), journal, retry_failed=retry_failed,
                   chunk_size=chunk_size, policy=policy, sync_models=sync_models, events=events,
                   on_note=on_note, gallery=gallery)  # fmt: skip

    def close(self) -> None:
        """Close the journal and let go of the folder (the run can be opened again from it)."""
        self.engine.close()
        self.journal.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _claim(self) -> None:
        """Before the first round: the folder is this process's (one run at a time in it), the partial
        files of downloads a kill cut short are removed, and the manifest is rebuilt from the journal."""
        if self._claimed:
            return
        self._claimed = True
        if self.download_to is not None:
            try:
                self.download_to.mkdir(parents=True, exist_ok=True)
                remove_partial_files(self.download_to)
            except OSError as exc:
                raise folder_error(self.download_to, exc, "write images") from exc
        if self.folder is None or self.manifest is None:
            return
        try:
            lock = open(self.folder / LOCK_NAME, "a+b")  # noqa: SIM115  (held until close)
        except OSError as exc:
            raise folder_error(self.folder, exc, "lock the run's folder") from exc
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
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
        try:
            self.manifest.rewrite(self.journal)
        except OSError as exc:
            raise folder_error(self.folder, exc, "write the manifest") from exc

    @property
    def server(self) -> str:
        """The first server's URL (a run on one server: its server)."""
        return self.client.urls[0]

    @property
    def total(self) -> int:
        """How many variants the run has."""
        return self.spec.total

    @property
    def done(self) -> bool:
        """Whether nothing is left to enqueue or wait for (failed variants count as finished)."""
        return self.engine.done

    def counts(self) -> VariantCounts:
        """The variants by state, from the journal."""
        return self.journal.counts(self.total)

    def progress(self) -> FleetProgress:
        """Counts for a progress line, per server."""
        return self.engine.progress()

    def report(self, results: list[RunResult]) -> FleetReport:
        """The run so far as a report: `results` (those the caller collected), and from the journal its
        failures, moved variants and duplicates, and each server's part."""
        name = str(self.spec.workflow.get("name") or "")
        report = self.engine.report(results, name)
        report.gallery = self.gallery_view()
        return report

    def gallery_view(self) -> Gallery:
        """The run's variants as a `Gallery` (from the journal: what is done so far); in a notebook it
        displays as the grid of images labelled by the values that vary."""
        return Gallery.of_run(self.spec, self.journal, images=self.download_to, folder=self.folder)

    def write_gallery(self) -> GalleryFiles | None:
        """Write `index.html` and `contact-sheet.png` into the run's folder (None without a folder); a
        note says how to get the sheet when Pillow is missing."""
        if self.folder is None:
            return None
        files = self.gallery_view().write()
        if files.note is not None and self._on_note is not None:
            self._on_note(files.note)
        return files

    # --- rounds ----------------------------------------------------------------------------------------

    def _round(self) -> FleetOp[list[RunResult]]:
        self._claim()
        try:
            results = yield from self.engine.step()
            if self.engine.done and self.manifest is not None:
                self.manifest.rewrite(self.journal)
                if self._gallery:
                    self.write_gallery()
        except (OSError, _sqlite_error()) as exc:
            if isinstance(exc, errors.InvokeAIError):
                raise
            raise folder_error(self.folder or self.download_to, exc, "write to the run's folder") from exc
        return results

    def _settle(self) -> None:
        """A run already finished when opened (the same command again): nothing is sent, and its
        manifest and gallery are rebuilt from the journal (a page deleted, an image moved away)."""
        if not self.done or self._claimed or self.folder is None:
            return
        self._claim()
        if self._gallery:
            try:
                self.write_gallery()
            except OSError as exc:
                raise folder_error(self.folder, exc, "write the gallery") from exc

    def iter_results(self, timeout: float | None = None) -> Iterator[RunResult]:
        """Each variant's result as it finishes, until the run is done (blocking); after `timeout`
        seconds, JobTimeoutError (the run stays resumable)."""
        self._settle()
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.done:
            self._check_deadline(deadline, timeout)
            yield from self.client.run(self._round())

    async def async_iter_results(self, timeout: float | None = None) -> AsyncIterator[RunResult]:
        """`async for result in run.async_iter_results()`: `iter_results` for asyncio."""
        self._settle()
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.done:
            self._check_deadline(deadline, timeout)
            for result in await self.client.async_run(self._round()):
                yield result

    def _collect(
        self, timeout: float | None = None, on_progress: Callable[[FleetProgress], None] | None = None
    ) -> FleetOp[list[RunResult]]:
        """Every round to the end; every result (or JobTimeoutError after `timeout` seconds)."""
        self._settle()
        deadline = None if timeout is None else time.monotonic() + timeout
        results: list[RunResult] = []
        while not self.done:
            self._check_deadline(deadline, timeout)
            results += yield from self._round()
            if on_progress is not None:
                on_progress(self.progress())
        return results

    def _wait(self, timeout: float | None = None) -> FleetOp[VariantCounts]:
        """Run to the end (or `timeout` seconds: JobTimeoutError, the run resumable); returns the counts."""
        yield from self._collect(timeout)
        return self.counts()

    def _check_deadline(self, deadline: float | None, timeout: float | None) -> None:
        if deadline is None or time.monotonic() <= deadline:
            return
        counts = self.counts()
        waiting = [a.item_id for a in self.journal.attempts(("queued",)) if a.item_id is not None]
        where = f": resume the run from {self.folder}" if self.folder is not None else ""
        raise RunTimeoutError(
            f"gave up waiting after {timeout:g} s with {counts.completed} of {counts.total} variants "
            f"completed; the rest may still finish on the servers{where}",
            item_ids=waiting,
            counts=counts,
        )

    wait: Final = sync_op(_wait)
    async_wait: Final = async_op(_wait)

    def _cancel(self) -> FleetOp[int]:
        """Cancel the run's unfinished items on its servers (they stay resumable: canceled is redone)."""
        asks = []
        for server in self.client.servers:
            queued = self.journal.attempts(("queued",), server=server.base_url)
            batches = sorted({a.batch_id for a in queued})
            if batches:
                asks.append(OnServer(server, ops.cancel(server, batches)))
        if not asks:
            return 0
        answers = yield Together(asks)
        return sum(a for a in answers if isinstance(a, int))

    cancel: Final = sync_op(_cancel)
    async_cancel: Final = async_op(_cancel)

    def _status(self) -> FleetOp[RunStatus]:
        """The journal's counts, and the in-flight items' statuses as each server has them (a server that
        does not answer is listed as unreachable, whether or not the run has items there)."""
        asks = []
        for server in self.client.servers:
            flying = [
                a.item_id
                for a in self.journal.attempts(("queued",), server=server.base_url)
                if a.item_id is not None
            ]
            asks.append(OnServer(server, ops.observe(server, flying)))
        answers = yield Together(asks)
        in_flight: dict[str, int] = {}
        unreachable: list[str] = []
        for server, answer in zip(self.client.servers, answers, strict=True):
            if isinstance(answer, ops.Observation):
                asked = [a.item_id for a in self.journal.attempts(("queued",), server=server.base_url)]
                for item_id in asked:
                    key = answer.statuses.get(item_id or -1, "missing")
                    in_flight[key] = in_flight.get(key, 0) + 1
            elif isinstance(answer, errors.APIError):
                unreachable.append(server.base_url)
            else:
                raise answer
        servers = list(dict.fromkeys([*self.journal.servers(), *self.client.urls]))
        return RunStatus(self.folder, self.counts(), servers, in_flight, unreachable)

    status: Final = sync_op(_status)
    async_status: Final = async_op(_status)


def _sqlite_error() -> type[Exception]:
    import sqlite3

    return sqlite3.Error


def _open_journal(folder: Path | None) -> Journal:
    """The folder's journal, refusing a folder whose journal was lost while its run's files remain."""
    if folder is None:
        return Journal(None)
    had_journal = Journal.exists(folder)
    journal = Journal(folder)
    leftovers = [name for name in (CSV_NAME, JSONL_NAME) if (folder / name).is_file()]
    if journal.spec() is None and leftovers:
        journal.close()
        if not had_journal:
            Journal.remove(folder)
        state = "is empty" if had_journal else "is missing"
        raise RunFolderError(
            f"{folder / FILE_NAME} {state}, but {folder} holds a run's {leftovers[0]}: the run cannot be "
            "resumed from it. Start over with --fresh (Python: fresh=True; images already there are kept "
            "and never overwritten), or use another folder"
        )
    return journal


def _start_over(folder: Path) -> None:
    """`fresh`: forget the run in `folder` (its journal and manifest); images stay, never overwritten."""
    Journal.remove(folder)
    for name in (CSV_NAME, JSONL_NAME):
        (folder / name).unlink(missing_ok=True)
