"""Node types the connected server's release lacks, found before anything is sent.

A workflow exported by a newer GUI runs on an older server whenever that server has its node types; one
that uses a type the release lacks would be answered with a 422 listing every tag the server knows. The
release table of the bindings (`invokeai_api._releases`) says which releases have which node type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from invokeai_client import errors
from invokeai_client._transport import release
from invokeai_client.workflow.graph import is_executable

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client._transport.core import Op
    from invokeai_client.workflow.definition import WorkflowDefinition

__all__ = ["LackingNode", "lacking_nodes", "require_node_types"]


@dataclass(frozen=True)
class LackingNode:
    """A node of the workflow whose type the server's release does not have."""

    node_id: str
    label: str
    node_type: str
    requirement: str  # the releases that have the type: "InvokeAI >= 6.3.0"

    def __str__(self) -> str:
        return f"node {self.node_id!r} ({self.label}): type {self.node_type!r} needs {self.requirement}"


def lacking_nodes(client: InvokeAIClient, definition: WorkflowDefinition) -> Op[list[LackingNode]]:
    """The executable nodes of `definition` whose types the server's release lacks (workflow order)."""
    nodes = [node for node in definition.nodes if is_executable(node)]
    lacking = yield from release.lacking_node_types(client.pipeline, {n["data"]["type"] for n in nodes})
    return [
        LackingNode(n["id"], definition.node_label(n["id"]), n["data"]["type"], lacking[n["data"]["type"]])
        for n in nodes
        if n["data"]["type"] in lacking
    ]


def require_node_types(client: InvokeAIClient, definition: WorkflowDefinition) -> Op[None]:
    """Raise NodeTypeNotAvailableError, naming every such node, if the server's release lacks any."""
    lacking = yield from lacking_nodes(client, definition)
    if not lacking:
        return
    version = client.pipeline.server_version
    lines = "\n  ".join(str(node) for node in lacking)
    raise errors.NodeTypeNotAvailableError(
        f"workflow {definition.name!r} uses {len(lacking)} node type(s) that InvokeAI {version} at "
        f"{client.base_url} does not have; nothing was sent:\n  {lines}",
        url=f"{client.base_url}/api/v1/queue/{client.queue_id}/enqueue_batch",
        server_version=version,
        nodes=[str(node) for node in lacking],
    )
