"""Every node type of every release has its generated class, and one built with its defaults is what that
release's own schema accepts (offline, against the snapshots in generated/schemas/)."""

from __future__ import annotations

import copy
import functools
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from invokeai_api import _releases
from invokeai_client.graph import Graph, Node, nodes
from invokeai_client.graph.nodes import NODE_CLASSES
from invokeai_client.submission.node_check import _input_gaps
from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.graph import build_graph, is_executable

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "generated" / "schemas"
_TYPES: dict[str, type | tuple[type, ...]] = {
    "integer": int, "number": (int, float), "string": str, "boolean": bool, "array": list, "object": dict,
    "null": type(None),
}  # fmt: skip


@functools.cache
def snapshot(release: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / f"{release}.json").read_text())
    return data


@functools.cache
def components_by_type(release: str) -> dict[str, dict[str, Any]]:
    found = {}
    for schema in snapshot(release)["components"]["schemas"].values():
        node_type = schema.get("properties", {}).get("type", {})
        if schema.get("class") == "invocation":
            found[node_type.get("const") or node_type.get("default")] = schema
    return found


def problems(value: Any, schema: dict[str, Any], release: str, where: str) -> list[str]:
    """What JSON Schema (the subset InvokeAI's schemas use) finds wrong with `value`."""
    defs = snapshot(release)["components"]["schemas"]
    if "$ref" in schema:
        return problems(value, defs[schema["$ref"].rsplit("/", 1)[-1]], release, where)
    found = [p for part in schema.get("allOf", []) for p in problems(value, part, release, where)]
    for key in ("anyOf", "oneOf"):
        if key in schema and all(problems(value, b, release, where) for b in schema[key]):
            found.append(f"{where}: {value!r} matches none of {key}")
    if "const" in schema and value != schema["const"]:
        found.append(f"{where}: {value!r} != const {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: {value!r} not in enum")
    kinds = schema.get("type")
    if kinds is not None:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        ok = any(
            isinstance(value, _TYPES[k]) and not (k in ("integer", "number") and isinstance(value, bool))
            for k in kinds
        )
        if "integer" in kinds and isinstance(value, float) and value.is_integer():
            ok = True
        if not ok:
            return [*found, f"{where}: {value!r} is not {kinds}"]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        tests = {
            "minimum": value >= schema.get("minimum", -math.inf),
            "maximum": value <= schema.get("maximum", math.inf),
            "exclusiveMinimum": value > schema.get("exclusiveMinimum", -math.inf),
            "exclusiveMaximum": value < schema.get("exclusiveMaximum", math.inf),
        }
        for key, test in tests.items():
            if key in schema and not test:
                found.append(f"{where}: {value!r} breaks {key} {schema[key]}")
        step = schema.get("multipleOf")
        if step and not math.isclose(value / step, round(value / step), abs_tol=1e-9):
            found.append(f"{where}: {value!r} is no multiple of {step}")
    if isinstance(value, str) and not schema.get("minLength", 0) <= len(value) <= schema.get(
        "maxLength", math.inf
    ):
        found.append(f"{where}: length of {value!r} out of bounds")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", math.inf):
            found.append(f"{where}: {len(value)} items out of bounds")
        items = schema.get("items")
        if isinstance(items, dict):
            for i, item in enumerate(value):
                found += problems(item, items, release, f"{where}[{i}]")
    if isinstance(value, dict) and ("properties" in schema or "required" in schema):
        properties = schema.get("properties", {})
        found += [f"{where}: lacks required {k!r}" for k in schema.get("required", []) if k not in value]
        if schema.get("additionalProperties") is False:
            found += [f"{where}: unknown field {k!r}" for k in value if k not in properties]
        for key, item in value.items():
            if key in properties:
                found += problems(item, properties[key], release, f"{where}.{key}")
    return found


def with_defaults(node_type: str) -> Node:
    """The node type's generated class, built with its defaults."""
    # Each generated class takes only keywords, all with defaults; NODE_CLASSES types its values as the
    # base class, whose constructor wants a type name and fields.
    return NODE_CLASSES[node_type]()  # type: ignore[call-arg]


@functools.cache
def default_node(node_type: str) -> tuple[dict[str, Any], WorkflowDefinition]:
    """The graph node a class built with its defaults makes, as `enqueue` would send it, and its workflow."""
    g = Graph()
    g.add(with_defaults(node_type))
    definition = g.to_definition()
    (saved,) = definition.nodes
    if not is_executable(saved):  # batch and generator nodes travel as batch data: their saved values
        values = {k: v["value"] for k, v in saved["data"]["inputs"].items() if v.get("value") is not None}
        return {"type": node_type, "id": node_type, **values}, definition
    return build_graph(definition, id="g")["nodes"][node_type], definition


def test_every_node_type_of_every_release_has_its_class() -> None:
    every = set().union(*(_releases.node_types(r) for r in _releases.releases()))
    assert len(every) == 327
    assert every == set(NODE_CLASSES)
    for release in _releases.releases():  # straight from each release's own schema
        assert set(components_by_type(release)) <= set(NODE_CLASSES), release
    for node_type, cls in NODE_CLASSES.items():
        assert cls.type_name == node_type
        assert getattr(nodes, cls.__name__) is cls


@pytest.mark.parametrize("release", _releases.releases())
def test_each_class_with_its_defaults_is_what_the_release_accepts(release: str) -> None:
    failures = []
    for node_type in sorted(_releases.node_types(release)):
        node, definition = default_node(node_type)
        graph: dict[str, Any] = {"nodes": {node_type: copy.deepcopy(node)}, "edges": []}
        gaps = _input_gaps(release, graph, definition)  # drops inputs the release lacks that are at defaults
        node = graph["nodes"][node_type]
        schema = components_by_type(release)[node_type]
        # Required inputs without a default are the user's to set (or connect): the graph checks name them.
        unset = {k for k in schema.get("required", []) if k not in node}
        g = Graph()
        g.add(with_defaults(node_type))
        named = " ".join(g.problems())
        template = with_defaults(node_type).template
        # Inputs required only by older releases count as optional in the merged template: the server says.
        reported = {k for k in unset if k in template.inputs and template.inputs[k].required}
        found = [
            f"{node_type}: required {k!r} unset but not reported" for k in reported if repr(k) not in named
        ]
        checked = {**schema, "required": [k for k in schema.get("required", []) if k not in unset]}
        found += gaps + problems(node, checked, release, node_type)
        if (
            node_type != "core_metadata"
        ):  # invocations forbid fields their model lacks (pydantic extra=forbid)
            found += [
                f"{node_type}: {k!r} unknown to {release}" for k in node if k not in schema["properties"]
            ]
        if found:
            failures.append("; ".join(found))
    assert failures == []


def test_outputs_are_handles_and_inputs_are_keyword_arguments() -> None:
    noise = nodes.Noise(seed=3, width=64, height=64)
    assert (noise.noise.node, noise.noise.field) == (noise, "noise")
    assert noise["seed"] == 3
    assert noise["noise_type"] == "SD"
    denoise = nodes.DenoiseLatents(noise=noise.noise)
    assert denoise["noise"] == noise.noise
    assert denoise.input_links() == {"noise": [noise.noise]}
    assert noise.availability().since == "5.0.0"
    assert noise.field_availability("noise_type").requirement() == "InvokeAI >= 6.14.2"
    doc = nodes.Noise.__init__.__doc__ or ""
    assert "seed: Seed for random number generation" in doc
    assert "needs InvokeAI >= 6.14.2" in doc


def test_the_generated_module_is_what_regenerate_writes() -> None:
    """The node classes come from the schemas through scripts/regen/nodes.py (the full byte-for-byte check
    is `scripts/regenerate --check`); here: the same generator over the committed merged schema."""
    sys.path.insert(0, str(ROOT / "scripts" / "regen"))
    try:
        import nodes as generator  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    merged = json.loads((ROOT / "generated" / "openapi.json").read_text())
    package = ROOT / "generated" / "invokeai_api"
    source = generator.nodes_source(
        merged,
        json.loads((package / "_invocations.json").read_text()),
        json.loads((package / "_releases.json").read_text()),
    )
    for node_type in ("noise", "denoise_latents", "collect"):
        name = NODE_CLASSES[node_type].__name__
        assert f"class {name}(Node):" in source
        assert f"type_name: ClassVar[str] = {node_type!r}" in source


def test_import_invokeai_client_loads_no_graph_module() -> None:
    code = "import sys, invokeai_client; print(sorted(m for m in sys.modules if 'graph' in m))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
