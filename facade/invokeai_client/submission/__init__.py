"""Submitting workflows: `WorkflowRepository` (`client.workflows`) and `WorkflowHandle`.

A handle is a filled `workflow.WorkflowForm` bound to a client: it resolves models and boards, enqueues
the graph (sweeps in one request, at most once), waits, and maps outputs to images.

- `handle`: `WorkflowHandle` and `WorkflowRepository`, the enqueue-at-most-once and the waits.
- `model_sync`: model fields pointed at installed models (`sync_dnn_model`), pure over a model list.
- `node_check`: node types, inputs and choices the server's release lacks, found before sending.

The top layer below
the client: may import everything except `_client` and `cli` (the client for typing only). Public:
`WorkflowHandle`, `WorkflowRepository`, re-exported by `invokeai_client`.
"""

from __future__ import annotations

from .handle import WorkflowHandle, WorkflowRepository

__all__ = ["WorkflowHandle", "WorkflowRepository"]
