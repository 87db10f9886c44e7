"""Several servers as one: `FleetClient` and `FleetWorkflow` under the name they had before the run engine
was one package (`invokeai_client.runs.fleet`); also re-exported by `invokeai_client`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from invokeai_client._lazy import lazy_attributes

if TYPE_CHECKING:
    from invokeai_client.runs.fleet import FleetClient, FleetWorkflow
    from invokeai_client.runs.placement import PlacementPolicy
    from invokeai_client.runs.report import FleetReport, FleetResult

__all__ = ["FleetClient", "FleetReport", "FleetResult", "FleetWorkflow", "PlacementPolicy"]

_LAZY = {
    "FleetClient": "invokeai_client.runs.fleet",
    "FleetWorkflow": "invokeai_client.runs.fleet",
    "PlacementPolicy": "invokeai_client.runs.placement",
    "FleetReport": "invokeai_client.runs.report",
    "FleetResult": "invokeai_client.runs.report",
}

__getattr__: Callable[[str], Any] = lazy_attributes(__name__, _LAZY)
