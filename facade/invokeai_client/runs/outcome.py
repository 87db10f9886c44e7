"""What a run knows per server and hands back: `RunResult` per variant, `Slot` (one server's state in the
engine), and the progress counts and report built from them and the journal; plus small readers of what a
queue item says (its times, its error, the values it ran with)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invokeai_client import errors

from .placement import ServerState
from .report import (
    FleetDuplicate,
    FleetFailure,
    FleetMove,
    FleetProgress,
    FleetReport,
    FleetResult,
    ServerReport,
)

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.submission.handle import WorkflowHandle
    from invokeai_client.workflow.outputs import OutputMapping

    from .journal import Attempt, Journal
    from .servers import Prepared

__all__ = ["Completion", "RunResult", "Slot", "progress_of", "report_of"]


@dataclass(frozen=True)
class RunResult:
    """One variant finished: completed (its images are on disk, or named in `outputs` without a folder)
    or failed (`error` says why). `item` is the server's queue item; `files` follow `outputs`' names."""

    variant: int
    values: dict[str, Any]
    status: str
    item_id: int | None
    batch_id: str
    server: str
    files: list[Path] = field(default_factory=list)
    error: str | None = None
    item: SessionQueueItem | None = field(default=None, repr=False, compare=False)
    outputs: list[OutputMapping] = field(default_factory=list, repr=False, compare=False)

    def _repr_png_(self) -> bytes | None:
        """In a notebook: the variant's first image (None, and its text shown instead, when it has no PNG
        file here)."""
        for file in self.files:
            try:
                data = file.read_bytes()
            except OSError:
                continue
            if data.startswith(b"\x89PNG"):
                return data
        return None


@dataclass
class Slot:
    """One server in the engine: its client, placement state, report, prepared workflow, and the batches
    moved off it that are to be canceled there once it answers."""

    client: InvokeAIClient
    state: ServerState
    report: ServerReport
    handle: WorkflowHandle | None = None
    prepared: Prepared | None = None
    failed_at: float | None = None
    pending: int = 0
    to_cancel: set[str] = field(default_factory=set)
    running_item: int | None = None
    problem: str = ""
    problem_count: int = 0

    @property
    def url(self) -> str:
        """The server's URL."""
        return self.client.base_url


@dataclass
class Completion:
    """A completed item whose images are still to fetch (`wanted`: node id, image name)."""

    server: Slot
    attempt: Attempt
    item: SessionQueueItem
    outputs: list[OutputMapping]
    wanted: list[tuple[str, str]]


def progress_of(slots: Sequence[Slot], journal: Journal, total: int) -> FleetProgress:
    """Counts for a progress display."""
    counts = journal.counts(total)
    eligible = [s for s in slots if s.state.eligible]
    return FleetProgress(
        done=counts.completed,
        failed=counts.failed,
        total=counts.total,
        completed_by_server={s.url: s.state.finished for s in eligible},
        outstanding_by_server={s.url: s.state.outstanding for s in eligible},
        down={s.url: s.state.down_reason for s in eligible if s.state.down},
    )


def report_of(
    slots: Sequence[Slot],
    journal: Journal,
    total: int,
    results: Sequence[RunResult],
    name: str,
    elapsed: float,
) -> FleetReport:
    """The run as a `FleetReport`: `results` (the completed ones), failures, moves and duplicates from the
    journal, and each server's part."""
    done = [
        FleetResult(r.variant, r.server, r.item, r.values, r.outputs)
        for r in sorted(results, key=lambda r: r.variant)
        if r.status == "completed" and r.item is not None
    ]
    for slot in slots:
        slot.report.pace = slot.state.pace
        slot.report.completed = sum(r.server == slot.url for r in done)
        slot.report.images = sum(len(r.image_names) for r in done if r.server == slot.url)
    moved = journal.attempts(("moved", "duplicate", "dropped"))
    last = journal.last_states()
    failed = [a for a in journal.attempts(("failed",)) if last.get(a.variant) == "failed"]
    return FleetReport(
        workflow=name,
        variants=total,
        results=done,
        failures=[FleetFailure(a.variant, a.server, a.item_id or 0, a.error or "failed") for a in failed],
        moves=[FleetMove(a.variant, a.server, a.error or "") for a in moved],
        duplicates=[
            FleetDuplicate(a.variant, a.server, a.item_id or 0) for a in moved if a.state == "duplicate"
        ],
        servers=[s.report for s in slots],
        elapsed=elapsed,
    )


def one_line(exc: BaseException) -> str:
    """An error as one line: its type and message."""
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:300]


def text(value: Any) -> str | None:
    """A field of a queue item as text (None for absent or unset)."""
    from invokeai_api.types import Unset

    return None if value is None or isinstance(value, Unset) else str(value)


def times(item: SessionQueueItem) -> tuple[str | None, str | None]:
    """When the item started and completed, as the server wrote them."""
    return text(getattr(item, "started_at", None)), text(getattr(item, "completed_at", None))


def seconds(started: str | None, completed: str | None) -> float | None:
    """How long an item ran, or None if the server did not say."""
    try:
        return (datetime.fromisoformat(str(completed)) - datetime.fromisoformat(str(started))).total_seconds()
    except (TypeError, ValueError):
        return None


def check_values(attempt: Attempt, item: SessionQueueItem, values: Mapping[str, Any]) -> None:
    """The server's record of what the item ran with must be the variant's values: a mismatch would put
    wrong values beside its images."""
    ran = {f"{v.node_path}.{v.field_name}": v.value for v in (getattr(item, "field_values", None) or [])}
    wrong = {k: (v, ran.get(k)) for k, v in values.items() if k in ran and ran[k] != v}
    if wrong:
        raise errors.InvokeAIError(
            f"queue item {item.item_id} of batch {attempt.batch_id} ran with {wrong} (expected, ran) "
            f"for variant {attempt.variant}: the run's journal and the server disagree"
        )
