"""Node types from a server's live schema: a custom node pack the bindings do not know.

Recorded from a 6.14.2 server whose root has the one-node pack in tests/data/custom_nodes/ installed
(copy it to ROOT/nodes/ before starting the server; see docs/graphs.md)."""

from __future__ import annotations

from typing import Any

import pytest

from invokeai_client.errors import InvalidValueError
from invokeai_client.graph import Graph, GraphError, nodes


def test_a_custom_node_type_from_the_live_schema_runs(client: Any) -> None:
    if "GraphsTestTriple" not in client.nodes.types():
        # Live against a server started without the pack (a recorded run always has it).
        pytest.skip(f"{client.base_url} lacks tests/data/custom_nodes/: copy it to the server root's nodes/")
    assert client.nodes.types()["GraphsTestTriple"] == "graphs_test_triple"
    g = Graph()
    number = g.add(nodes.Integer(value=5))
    triple = g.add(client.nodes.GraphsTestTriple(value=number.value, node_id="triple", use_cache=False))
    again = g.node("graphs_test_triple", value=triple.value, node_id="again")  # known to every Graph now
    with pytest.raises(InvalidValueError, match=r"node triple \(graphs_test_triple\) input 'value'.*>= 0"):
        triple["value"] = -1
    again["value"] = nodes.String(value="x").value
    with pytest.raises(GraphError, match=r"takes IntegerField; string\.value gives StringField"):
        g.check()
    again["value"] = triple.value
    wf = client.workflows.from_graph(g, form=[(number, "value")])
    wf.get_input_value(0).value = 7
    wf.enqueue()
    item = wf.wait(timeout=60)
    results = {
        prepared: result.to_dict() for prepared, result in item.session.results.additional_properties.items()
    }
    by_source = {item.session.prepared_source_mapping[k]: v for k, v in results.items()}
    assert by_source["triple"]["value"] == 21
    assert by_source["again"]["value"] == 63
