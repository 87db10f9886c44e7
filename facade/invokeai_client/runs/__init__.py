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

from importlib import import_module
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
