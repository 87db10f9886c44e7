"""invokeai-client: a typed client for InvokeAI.

    from invokeai_client import InvokeAIClient, WorkflowDefinition
    client = InvokeAIClient.from_url("http://127.0.0.1:9090")
    wf = client.workflows.create_workflow(WorkflowDefinition.from_file("my-workflow.json"))

Names are loaded on first use, so `import invokeai_client` stays cheap (no httpx until a client exists).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import errors as _errors
from ._lazy import lazy_attributes
from .errors import *  # noqa: F403  (exceptions are tiny and users catch them by name)

if TYPE_CHECKING:
    from ._client import InvokeAIClient
    from ._transport.retry import RetryPolicy
    from .events.progress import ProgressBar
    from .resources.boards import BoardHandle, BoardRepository
    from .resources.images import ImageRepository
    from .resources.models import ModelRepository
    from .resources.queue import QueueRepository
    from .runs.engine import RunResult
    from .runs.fleet import FleetClient, FleetWorkflow
    from .runs.placement import PlacementPolicy
    from .runs.report import FleetReport, FleetResult
    from .runs.run import Run, RunStatus
    from .submission.handle import WorkflowHandle
    from .submission.recall import RecalledWorkflow
    from .submission.repository import WorkflowRepository
    from .workflow.definition import WorkflowDefinition
    from .workflow.outputs import OutputMapping
    from .workflow.recipe import ImageMetadata, Recipe

__version__ = "0.1.0"
__all__ = [
    "BoardHandle",
    "BoardRepository",
    "FleetClient",
    "FleetReport",
    "FleetResult",
    "FleetWorkflow",
    "ImageMetadata",
    "ImageRepository",
    "InvokeAIClient",
    "ModelRepository",
    "OutputMapping",
    "PlacementPolicy",
    "ProgressBar",
    "QueueRepository",
    "RecalledWorkflow",
    "Recipe",
    "RetryPolicy",
    "Run",
    "RunResult",
    "RunStatus",
    "WorkflowDefinition",
    "WorkflowHandle",
    "WorkflowRepository",
]
__all__ += _errors.__all__

_LAZY = {
    "InvokeAIClient": "._client",
    "RetryPolicy": "._transport.retry",
    "BoardHandle": ".resources.boards",
    "BoardRepository": ".resources.boards",
    "ImageRepository": ".resources.images",
    "QueueRepository": ".resources.queue",
    "ModelRepository": ".resources.models",
    "WorkflowDefinition": ".workflow.definition",
    "OutputMapping": ".workflow.outputs",
    "WorkflowHandle": ".submission.handle",
    "WorkflowRepository": ".submission.repository",
    "RecalledWorkflow": ".submission.recall",
    "Recipe": ".workflow.recipe",
    "ImageMetadata": ".workflow.recipe",
    "ProgressBar": ".events.progress",
    "Run": ".runs.run",
    "RunResult": ".runs.engine",
    "RunStatus": ".runs.run",
    "FleetClient": ".runs.fleet",
    "FleetWorkflow": ".runs.fleet",
    "FleetReport": ".runs.report",
    "FleetResult": ".runs.report",
    "PlacementPolicy": ".runs.placement",
}

__getattr__: Callable[[str], Any] = lazy_attributes(__name__, _LAZY)
