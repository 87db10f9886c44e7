"""What a run hands back: each variant's result (which server made which image), per-server counts, the
variants that moved and the duplicates, and the progress counts during a run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client.workflow.outputs import OutputMapping

    from .gallery import Gallery

__all__ = [
    "FleetDuplicate",
    "FleetFailure",
    "FleetMove",
    "FleetProgress",
    "FleetReport",
    "FleetResult",
    "ServerReport",
]


@dataclass(frozen=True)
class FleetResult:
    """One variant done: the server that made it, its queue item there, and its images per node.

    `field_values` maps "node_id.field_name" to the value the variant set; download `outputs`' images
    from `server` (`FleetWorkflow.download_outputs` does)."""

    variant: int
    server: str
    item: SessionQueueItem
    field_values: dict[str, Any]
    outputs: list[OutputMapping]

    @property
    def image_names(self) -> list[str]:
        """Every image the variant made, node by node."""
        return [name for mapping in self.outputs for name in mapping.image_names]


@dataclass(frozen=True)
class FleetFailure:
    """A variant whose queue item failed on `server` (the workflow's own error: it is not moved)."""

    variant: int
    server: str
    item_id: int
    error: str


@dataclass(frozen=True)
class FleetDuplicate:
    """A copy of a moved variant that finished anyway on `server`: reported, not counted."""

    variant: int
    server: str
    item_id: int


@dataclass(frozen=True)
class FleetMove:
    """A variant taken off `server` (`reason`) to run elsewhere."""

    variant: int
    server: str
    reason: str


@dataclass
class ServerReport:
    """One server's part in a run: its release, whether it could take part (`reason` if not), what it
    completed, its measured seconds per item, and why it lost work, if it did."""

    url: str
    version: str | None = None
    eligible: bool = True
    reason: str = ""
    enqueued: int = 0
    completed: int = 0
    images: int = 0
    duplicates: int = 0
    pace: float | None = None
    lost_work: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON data."""
        return {
            "url": self.url,
            "version": self.version,
            "eligible": self.eligible,
            "reason": self.reason or None,
            "enqueued": self.enqueued,
            "completed": self.completed,
            "images": self.images,
            "duplicates": self.duplicates,
            "seconds_per_item": None if self.pace is None else round(self.pace, 3),
            "lost_work": list(self.lost_work),
        }


@dataclass(frozen=True)
class FleetProgress:
    """Counts during a run, for a progress display: variants done, failed and in all, and per server
    (URL) how many it completed and how many of ours wait or run there."""

    done: int
    failed: int
    total: int
    completed_by_server: dict[str, int]
    outstanding_by_server: dict[str, int]
    down: dict[str, str]

    def line(self) -> str:
        """One line: `37/100 done | :9201 20 (+4) | :9202 17 (+4) down: no answer for 9 s`."""
        parts = [f"{self.done}/{self.total} done" + (f", {self.failed} failed" if self.failed else "")]
        for url, count in self.completed_by_server.items():
            short = url.rsplit(":", 1)[-1] if url.count(":") > 1 else url
            text = f":{short} {count} (+{self.outstanding_by_server.get(url, 0)})"
            if url in self.down:
                text += f" down: {self.down[url]}"
            parts.append(text)
        return " | ".join(parts)


@dataclass
class FleetReport:
    """A finished fleet run: results in variant order, failures, moves, duplicates, and per-server reports;
    `gallery` (set by `Run.report`) is what a notebook shows of it: the images in a grid."""

    workflow: str
    variants: int
    results: list[FleetResult]
    failures: list[FleetFailure]
    moves: list[FleetMove]
    duplicates: list[FleetDuplicate]
    servers: list[ServerReport]
    elapsed: float
    gallery: Gallery | None = field(default=None, repr=False, compare=False)

    @property
    def images(self) -> int:
        """Images counted: each variant's once, wherever it ran."""
        return sum(len(result.image_names) for result in self.results)

    def _repr_html_(self) -> str:
        """In a notebook: the run's variants as a grid of their images (`gallery`), each labelled with the
        values that vary, failed and unfinished ones shown as such."""
        if self.gallery is None:
            import html

            return f"<pre>{html.escape(repr(self.to_dict()))}</pre>"
        return self.gallery._repr_html_()

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON data (results without their full queue items)."""
        return {
            "workflow": self.workflow,
            "variants": self.variants,
            "completed": len(self.results),
            "failed": len(self.failures),
            "images": self.images,
            "elapsed": round(self.elapsed, 3),
            "servers": [server.to_dict() for server in self.servers],
            "moves": [vars(move) for move in self.moves],
            "duplicates": [vars(dup) for dup in self.duplicates],
            "failures": [vars(failure) for failure in self.failures],
            "results": [
                {
                    "variant": r.variant,
                    "server": r.server,
                    "item_id": r.item.item_id,
                    "field_values": r.field_values,
                    "images": r.image_names,
                }
                for r in self.results
            ],
        }
