"""Runs that survive the client: a sweep streamed to an output folder, journaled, resumable.

- `journal`: `Journal`, the run's SQLite database (spec, batches, attempts, images) and its state
  transitions; no HTTP.
- `spec`: `RunSpec`, what a run makes (workflow, sweep groups, runs), its variants by number, and what
  differs between two specs.
- `manifest`: `Manifest`, one row per downloaded image as CSV and JSON lines, rebuilt from the journal.
- `run`: `Run` (enqueue in chunks, follow, download as items complete, resume), `RunResult`, `RunStatus`.

The layer above `submission`: may import everything except `_client` and `cli` (the client for typing
only). Public: `Run`, `RunResult`, `RunStatus`, `RunSpec`, `Journal`, re-exported by `invokeai_client`
(`Run`, `RunResult`, `RunStatus`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from invokeai_client._lazy import lazy_attributes

if TYPE_CHECKING:
    from .journal import Journal
    from .run import Run, RunResult, RunStatus
    from .spec import RunSpec

__all__ = ["Journal", "Run", "RunResult", "RunSpec", "RunStatus"]

_LAZY = {
    "Journal": ".journal",
    "Run": ".run",
    "RunResult": ".run",
    "RunStatus": ".run",
    "RunSpec": ".spec",
}

__getattr__: Callable[[str], Any] = lazy_attributes(__name__, _LAZY)
