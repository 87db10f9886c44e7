"""Several servers as one: a sweep spread over a fleet of InvokeAI servers, placed by model and pace,
with failover. No broker and no extra process: each server's own queue does the work.

- `placement`: pure decisions over observations (no I/O, no clock): how many variants each server gets
  now, when a server loses its work, and the ledger of which variant is where (each counted once,
  duplicates of moved variants reported).
- `effects`: a fleet operation's effects (`OnServer`, `Together`) and its blocking and asyncio runners.
- `run`: one sweep over the fleet: prepare per server (its release, node types and models), enqueue small
  chunks, poll, fail over, collect results.
- `report`: what a run hands back (`FleetReport`, `FleetResult`, per-server `ServerReport`, ...).
- `client`: `FleetClient` (`FleetClient.from_urls([...])`) and `FleetWorkflow` (`run`, `download_outputs`).

Sits above `submission` (reuses `WorkflowHandle`'s batch building and enqueue-at-most-once) and may import
everything except `cli`. Public: `FleetClient`, `FleetWorkflow`, `FleetReport`, `FleetResult`,
`PlacementPolicy`, re-exported by `invokeai_client`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from invokeai_client._lazy import lazy_attributes

if TYPE_CHECKING:
    from .client import FleetClient, FleetWorkflow
    from .placement import PlacementPolicy
    from .report import FleetReport, FleetResult

__all__ = ["FleetClient", "FleetReport", "FleetResult", "FleetWorkflow", "PlacementPolicy"]

_LAZY = {
    "FleetClient": ".client",
    "FleetWorkflow": ".client",
    "PlacementPolicy": ".placement",
    "FleetReport": ".report",
    "FleetResult": ".report",
}

__getattr__: Callable[[str], Any] = lazy_attributes(__name__, _LAZY)
