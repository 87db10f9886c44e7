"""Submitting workflows: `WorkflowRepository` (`client.workflows`) and `WorkflowHandle`.

A handle is a filled `workflow.WorkflowForm` bound to a client: it resolves models and boards, enqueues
the graph (sweeps in one request, at most once), waits, and maps outputs to images. The top layer below
the client: may import everything except `_client` and `cli` (the client for typing only). Public:
`WorkflowHandle`, `WorkflowRepository`, re-exported by `invokeai_client`.
"""

from __future__ import annotations

from .handle import WorkflowHandle, WorkflowRepository

__all__ = ["WorkflowHandle", "WorkflowRepository"]
