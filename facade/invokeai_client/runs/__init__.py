"""The one engine every sweep goes through: one server or several, journaled (in a folder, resumable
after kill -9, or in memory), images fetched as each item finishes, failover, one report.

- `spec`: `RunSpec`, what a run makes (workflow, sweep groups, runs), its variants by number, and what
  differs between two specs.
- `journal`: `Journal`, the run's SQLite database (spec, batches, attempts, images) and its state
  transitions; no HTTP.
- `manifest`: `Manifest`, one row per downloaded image as CSV and JSON lines, rebuilt from the journal.
- `files`: temporary names, renames that never overwrite, the umask's permissions.
- `placement`: pure decisions over observations (no I/O, no clock): how many variants each server gets
  now, and when a server loses its work.
- `effects`: a run's effects over several servers (`OnServer`, `Together`), their blocking and asyncio
  runners, and `ServerGroup` (what a run runs on; `FleetClient` is one).
- `servers`: what the engine asks of one server (prepare, enqueue a chunk, settle, observe, fetch).
- `engine`: `Engine`, one round of a run over all its servers, and `RunResult`.
- `failover`: which servers answer, which are down, and moving a down server's work to the others.
- `report`: what a finished run hands back (`FleetReport`, per-server `ServerReport`, ...).
- `gallery`: `Gallery`, a run's variants to look at: `index.html` (one self-contained page: the images
  in a grid labelled by the values that vary, sortable and filterable), the notebook display of a run's
  report; `write_gallery(folder)` (re)builds the page and the sheet. `sheet`: `contact-sheet.png`
  (Pillow).
- `run`: `Run` (`start`, `open`, `iter_results`, `wait`, `status`, `cancel`), `RunStatus`.
- `fleet`: `FleetClient` (several servers as one) and `FleetWorkflow`, whose `run` is a `Run` without a
  folder (`invokeai_client.fleet` keeps the old import path).

The layer above `submission`: may import everything except `cli`, and `_client` for typing only (but
`fleet`, which makes a client per URL when called). Public: `Run`, `RunResult`, `RunStatus`, `RunSpec`,
`Journal`, re-exported by `invokeai_client` (`Run`, `RunResult`, `RunStatus`, and `FleetClient`,
`FleetWorkflow`, `FleetReport`, `FleetResult`, `PlacementPolicy`);
`Gallery`, `GalleryFiles` and `write_gallery` from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from invokeai_client._lazy import lazy_attributes

if TYPE_CHECKING:
    from .engine import RunResult
    from .gallery import Gallery, GalleryFiles, write_gallery
    from .journal import Journal, RunFolderError
    from .run import Run, RunStatus, RunTimeoutError
    from .spec import RunSpec

__all__ = [
    "Gallery",
    "GalleryFiles",
    "Journal",
    "Run",
    "RunFolderError",
    "RunResult",
    "RunSpec",
    "RunStatus",
    "RunTimeoutError",
    "write_gallery",
]

_LAZY = {
    "Gallery": ".gallery",
    "GalleryFiles": ".gallery",
    "write_gallery": ".gallery",
    "Journal": ".journal",
    "RunFolderError": ".journal",
    "Run": ".run",
    "RunResult": ".engine",
    "RunStatus": ".run",
    "RunSpec": ".spec",
    "RunTimeoutError": ".run",
}

__getattr__: Callable[[str], Any] = lazy_attributes(__name__, _LAZY)
