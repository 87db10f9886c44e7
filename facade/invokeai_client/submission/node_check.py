"""Node types, inputs and choices the connected server's release lacks, found before anything is sent.

A workflow exported by a newer GUI runs on an older server whenever that server has its node types; one
that uses a type the release lacks would be answered with a 422 listing every tag the server knows. Inputs
and enum choices drift too (an input added in a later release, a scheduler a release does not list). The
release table of the bindings (`invokeai_api._releases`) says which releases have which node type, input
and choice, so both are checked against the server's own release rather than the newest one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport import release
from invokeai_client.workflow.catalog import load_catalog
from invokeai_client.workflow.graph import is_executable

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client._transport.core import Op
    from invokeai_client.workflow.definition import WorkflowDefinition

__all__ = ["LackingNode", "lacking_nodes", "require_inputs_known", "require_node_types"]

# Graph node keys that are not inputs of the node's type.
_NOT_INPUTS = frozenset({"id", "type", "is_intermediate", "use_cache"})
_NO_DEFAULT = object()


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


def require_node_types(
    client: InvokeAIClient, definition: WorkflowDefinition, *, unset: Sequence[object] = ()
) -> Op[None]:
    """Raise NodeTypeNotAvailableError, naming every such node, if the server's release lacks any.

    `unset`: required inputs still unset, which the caller reports next. Lacking node types come first (no
    value makes such a workflow run) and the error names the unset inputs too. With `unset`, the server is
    asked only when some covered release lacks one of the workflow's node types: a workflow every release
    runs is told about its unset inputs without a request."""
    if unset and not _some_release_lacks(definition):
        return
    lacking = yield from lacking_nodes(client, definition)
    if not lacking:
        return
    version = client.pipeline.server_version
    lines = "\n  ".join(str(node) for node in lacking)
    also = ""
    if unset:
        also = f"\nIt also leaves {len(unset)} required input(s) unset:\n  " + "\n  ".join(map(str, unset))
    raise errors.NodeTypeNotAvailableError(
        f"workflow {definition.name!r} uses {len(lacking)} node type(s) that InvokeAI {version} at "
        f"{client.base_url} does not have; nothing was sent:\n  {lines}{also}",
        url=f"{client.base_url}/api/v1/queue/{client.queue_id}/enqueue_batch",
        server_version=version,
        nodes=[str(node) for node in lacking],
    )


def _some_release_lacks(definition: WorkflowDefinition) -> bool:
    """Whether a release the bindings cover lacks one of the workflow's executable node types (offline)."""
    from invokeai_api import _releases

    every = set(_releases.releases())
    for node in definition.nodes:
        if not is_executable(node):
            continue
        try:
            availability = _releases.node_type(node["data"]["type"])
        except KeyError:
            continue  # a custom node: the server decides
        if set(availability.releases) != every:
            return True
    return False


def _input_gaps(version: str, graph: dict[str, Any], definition: WorkflowDefinition) -> list[str]:
    """What the graph sets that the release lacks; inputs it lacks that are at their defaults are dropped
    from the graph instead (when nothing else is amiss)."""
    from invokeai_api import _releases

    catalog = load_catalog()
    gaps: list[str] = []
    drop: list[tuple[dict[str, Any], str]] = []
    for node_id, node in graph["nodes"].items():
        entry = catalog.invocations.get(node["type"])
        if entry is None or "component" not in entry:
            continue
        component, where = entry["component"], f"node {node_id!r} ({definition.node_label(node_id)})"
        for name, value in node.items():
            if name in _NOT_INPUTS:
                continue
            try:
                availability = _releases.field(component, name)
            except KeyError:
                continue  # not in any covered release's schema: the server decides
            if not availability.covers(version):
                default = entry.get("fields", {}).get(name, {}).get("default", _NO_DEFAULT)
                if value == default:
                    # A newer GUI exports every input; at its default, the older node does the same.
                    drop.append((node, name))
                else:
                    gaps.append(
                        f"{where}: input {name!r} is {value!r}, but needs {availability.requirement()}"
                    )
                continue
            schema = entry.get("fields", {}).get(name, {})
            if isinstance(value, str) and value != schema.get("const"):
                # A const (a one-value Literal) is no enum in the release table: an old release that listed
                # it among several choices would otherwise count as the only one having it.
                try:
                    choice = _releases.enum_value(component, name, value)
                except KeyError:
                    continue  # not an enum input, or a value no release lists (the value check's job)
                if not choice.covers(version):
                    gaps.append(f"{where}: {name} {value!r} needs {choice.requirement()}")
    if not gaps:
        for node, name in drop:
            del node[name]
    return gaps


def require_inputs_known(
    client: InvokeAIClient, definition: WorkflowDefinition, graph: dict[str, Any]
) -> Op[None]:
    """Raise FeatureNotAvailableError if the graph sets inputs or choices the server's release lacks.

    Inputs the release lacks but that hold their default value are taken out of `graph` instead: that is
    the graph the release's own GUI would have built."""
    version = yield from release.server_release(client.pipeline)
    if version is None:
        return
    gaps = _input_gaps(version, graph, definition)
    if not gaps:
        return
    lines = "\n  ".join(gaps)
    raise errors.FeatureNotAvailableError(
        f"workflow {definition.name!r} sets {len(gaps)} input(s) that InvokeAI {version} at "
        f"{client.base_url} does not have; nothing was sent:\n  {lines}",
        method="POST",
        url=f"{client.base_url}/api/v1/queue/{client.queue_id}/enqueue_batch",
        server_version=version,
        feature="these node inputs",
        requirement="; ".join(gaps),
    )
