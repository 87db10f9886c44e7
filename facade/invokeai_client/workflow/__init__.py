"""The offline workflow compiler: a GUI export in, a graph and batch data out, no server needed.

- `definition`: `WorkflowDefinition`, a workflow file as loaded (nodes, edges, form).
- `migrate`: the GUI's migrations of older workflow formats (meta 1.0.0 to 4.0.0).
- `catalog`: the node catalog written beside the bindings (`load_catalog`) and how its schemas read.
- `values`: value specs per node input (`FieldSpec`, `spec_for`), read from the catalog.
- `check`: what a workflow must be to load (structure, nodes, edges, form), refused by name otherwise.
- `inputs`, `form`: form inputs in the GUI's order (`WorkflowInput`) and a form you fill (`WorkflowForm`).
- `graph`: the graph the GUI would send; `sweeps`, `batch_nodes`: the batch data of sweeps and batch nodes.
- `outputs`: a finished queue item's images per node (`OutputMapping`).
- `translate`: a server's rejection of a graph, said in the workflow's own terms.
- `recipe`: an image's stored graph, workflow and metadata (`Recipe`, `ImageMetadata`), and the workflow
  that rebuilds its graph; `graph_diff`: two graphs compared node by node, field by field.

Imports `errors` and `_transport` only (batch nodes that ask the server take a `_transport.ops.Transport`),
and the generated `invokeai_api` for types.
Public: `WorkflowDefinition`, `WorkflowForm`, `WorkflowInput`, `FieldSpec`, `spec_for`, `load_catalog`,
`OutputMapping`, `graph_differences`, importable from this package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from invokeai_client._lazy import lazy_attributes

if TYPE_CHECKING:
    from .catalog import load_catalog
    from .definition import WorkflowDefinition
    from .form import WorkflowForm
    from .graph_diff import graph_differences
    from .inputs import WorkflowInput
    from .outputs import OutputMapping
    from .values import FieldSpec, spec_for

__all__ = [
    "FieldSpec",
    "OutputMapping",
    "WorkflowDefinition",
    "WorkflowForm",
    "WorkflowInput",
    "graph_differences",
    "load_catalog",
    "spec_for",
]

_LAZY = {
    "WorkflowDefinition": ".definition",
    "WorkflowForm": ".form",
    "WorkflowInput": ".inputs",
    "graph_differences": ".graph_diff",
    "OutputMapping": ".outputs",
    "FieldSpec": ".values",
    "load_catalog": ".catalog",
    "spec_for": ".values",
}

__getattr__: Callable[[str], Any] = lazy_attributes(__name__, _LAZY)
