"""Submitting workflows: `WorkflowRepository` (`client.workflows`) and `WorkflowHandle`.

A handle is a filled `workflow.WorkflowForm` bound to a client: it resolves models and boards, enqueues
the graph (sweeps in one request, at most once), waits, and maps outputs to images.

- `handle`: `WorkflowHandle`, the enqueue-at-most-once and the waits.
- `repository`: `WorkflowRepository` (`client.workflows`): handles from files, graphs and images.
- `recall`: `RecalledWorkflow`, an image's recipe as a handle (`client.workflows.from_image`).
- `model_sync`: model fields pointed at installed models (`sync_dnn_model`), pure over a model list.
- `node_check`: node types, inputs and choices the server's release lacks, found before sending.

The top layer below
the client: may import everything except `_client` and `cli` (the client for typing only). Public:
`WorkflowHandle`, `WorkflowRepository`, `RecalledWorkflow`, re-exported by `invokeai_client`.
"""

from __future__ import annotations

from .handle import WorkflowHandle
from .recall import RecalledWorkflow
from .repository import WorkflowRepository

__all__ = ["RecalledWorkflow", "WorkflowHandle", "WorkflowRepository"]
