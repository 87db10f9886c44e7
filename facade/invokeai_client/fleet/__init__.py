"""Several servers as one: the public face of a run over a fleet of InvokeAI servers.

- `client`: `FleetClient` (`FleetClient.from_urls([...])`) and `FleetWorkflow` (`run`, `download_outputs`).

The work is done by the one run engine (`invokeai_client.runs`: placement, failover, journal, downloads,
report); `FleetWorkflow.run` is a run without a folder. Public: `FleetClient`, `FleetWorkflow`,
`FleetReport`, `FleetResult`, `PlacementPolicy`, re-exported by `invokeai_client`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from invokeai_client._lazy import lazy_attributes

if TYPE_CHECKING:
    from invokeai_client.runs.placement import PlacementPolicy
    from invokeai_client.runs.report import FleetReport, FleetResult

    from .client import FleetClient, FleetWorkflow

__all__ = ["FleetClient", "FleetReport", "FleetResult", "FleetWorkflow", "PlacementPolicy"]

_LAZY = {
    "FleetClient": ".client",
    "FleetWorkflow": ".client",
    "PlacementPolicy": "invokeai_client.runs.placement",
    "FleetReport": "invokeai_client.runs.report",
    "FleetResult": "invokeai_client.runs.report",
}

__getattr__: Callable[[str], Any] = lazy_attributes(__name__, _LAZY)
