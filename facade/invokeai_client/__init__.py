"""invokeai-client: a typed client for InvokeAI.

    from invokeai_client import InvokeAIClient, WorkflowDefinition
    client = InvokeAIClient.from_url("http://127.0.0.1:9090")
    wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file("my-workflow.json"))

Names are loaded on first use, so `import invokeai_client` stays cheap (no httpx until a client exists).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import errors as _errors
from .errors import *  # noqa: F403  (exceptions are tiny and users catch them by name)

if TYPE_CHECKING:
    from ._client import InvokeAIClient
    from ._http import RetryPolicy
    from .boards import BoardHandle, BoardRepository
    from .images import ImageRepository
    from .models import ModelRepository
    from .outputs import OutputMapping
    from .progress import ProgressBar
    from .queue import QueueRepository
    from .submission import WorkflowHandle, WorkflowRepository
    from .workflow import WorkflowDefinition

__version__ = "0.1.0"
__all__ = [
    "InvokeAIClient",
    "RetryPolicy",
    "WorkflowDefinition",
    "WorkflowHandle",
    "WorkflowRepository",
    "OutputMapping",
    "ProgressBar",
    "BoardHandle",
    "BoardRepository",
    "ImageRepository",
    "QueueRepository",
    "ModelRepository",
    *_errors.__all__,
]

_LAZY = {
    "InvokeAIClient": "._client",
    "RetryPolicy": "._http",
    "BoardHandle": ".boards",
    "BoardRepository": ".boards",
    "ImageRepository": ".images",
    "WorkflowDefinition": ".workflow",
    "WorkflowHandle": ".submission",
    "WorkflowRepository": ".submission",
    "OutputMapping": ".outputs",
    "ProgressBar": ".progress",
    "QueueRepository": ".queue",
    "ModelRepository": ".models",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
