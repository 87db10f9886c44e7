"""Batch and generator nodes: the GUI's way to run a workflow once per value, sent as `Batch.data`.

A batch node (image_batch, string_batch, integer_batch, float_batch) holds a list of values, its own or
made by a generator node connected to it (image_generator, ...). Neither kind is a graph node: each input
a batch node feeds becomes a BatchDatum {node_path, field_name, items} (frontend useEnqueueWorkflows.ts,
resolveBatchValue.ts). Batch nodes sharing a batch_group_id ("Group 1".."Group 5") are zipped into one
group and must be equally long; each ungrouped ("None") node is a group of its own. The server combines
groups as a cartesian product.

Generators are resolved as the GUI resolves them (features/nodes/types/field.ts): sequences,
distributions and string parsing here, with the GUI's JavaScript number parsing and seeded Mersenne
Twister; images from a board and dynamic prompts by asking the server.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport.core import Op
from invokeai_client._transport.ops import Transport

from .check import CONNECTOR_OUT
from .definition import WorkflowDefinition
from .graph import BATCH_NODES, _resolve_source, is_executable
from .values import spec_for

if TYPE_CHECKING:
    from invokeai_api.models import ImageCategory

__all__ = [
    "BatchNode",
    "BatchNodeData",
    "build_batch_data",
    "find_batch_nodes",
    "generator_values",
    "resolve_batch_nodes",
]

BatchData = list[list[dict[str, Any]]]

_UNGROUPED = "None"

# Each generator kind with the GUI's defaults (its zod schemas) for settings a saved value lacks.
_GENERATOR_DEFAULTS: dict[str, dict[str, Any]] = {
    "float_generator_arithmetic_sequence": {"start": 0, "step": 0.1, "count": 10},
    "float_generator_linear_distribution": {"start": 0, "end": 1, "count": 10},
    "float_generator_random_distribution_uniform": {"min": 0, "max": 1, "count": 10, "seed": None},
    "float_generator_parse_string": {
        "input": "0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1",
        "splitOn": ",",
    },
    "integer_generator_arithmetic_sequence": {"start": 0, "step": 1, "count": 10},
    "integer_generator_linear_distribution": {"start": 0, "end": 10, "count": 10},
    "integer_generator_random_distribution_uniform": {"min": 0, "max": 10, "count": 10, "seed": None},
    "integer_generator_parse_string": {"input": "1,2,3,4,5,6,7,8,9,10", "splitOn": ","},
    "string_generator_parse_string": {"input": "foo,bar,baz,qux", "splitOn": ","},
    "string_generator_dynamic_prompts_combinatorial": {
        "input": "a super {cute|ferocious} {dog|cat}",
        "maxPrompts": 10,
    },
    "string_generator_dynamic_prompts_random": {
        "input": "a super {cute|ferocious} {dog|cat}",
        "count": 10,
        "seed": None,
    },
    "image_generator_images_from_board": {"board_id": None, "category": "images"},
}
# Image categories behind the images-from-board generator's "images" and "assets" choices.
_BOARD_CATEGORIES: dict[str, list[ImageCategory]] = {
    "images": ["general"],
    "assets": ["control", "mask", "user", "other"],
}


@dataclass(frozen=True)
class BatchNode:
    """A batch node of a workflow: where its values go and where they come from."""

    node_id: str
    node_type: str
    label: str
    group: str  # "None": a product dimension of its own; "Group N": zipped with the group's other nodes
    targets: tuple[tuple[str, str], ...]  # (node_id, field_name) of each graph input it feeds
    items: tuple[Any, ...] | None  # its own list; None when a generator feeds it
    generator_id: str | None = None
    generator: Mapping[str, Any] | None = None

    @property
    def where(self) -> str:
        return f"batch node {self.label!r} ({self.node_id})"


@dataclass(frozen=True)
class BatchNodeData:
    """What a workflow's batch nodes add to a batch: the nodes, their `Batch.data` groups and variants."""

    nodes: list[BatchNode]
    data: BatchData
    variants: int

    def with_sweep(
        self, definition: WorkflowDefinition, sweep: BatchData, sweep_variants: int
    ) -> tuple[BatchData, int]:
        """These groups, then a sweep's; an input both fed by a batch node and swept is refused.
        (Sweeping a batch node's own input is refused earlier, with the sweep's other checks.)"""
        fed = {target: node for node in self.nodes for target in node.targets}
        for group in sweep:
            for datum in group:
                node_id, field = datum["node_path"], datum["field_name"]
                where = f"{definition.node_label(node_id)} -> {field} ({node_id}.{field})"
                if (node_id, field) in fed:
                    raise errors.ValidationError(
                        f"{where} is swept and also fed by {fed[node_id, field].where}: use one or the other"
                    )
        return self.data + sweep, self.variants * sweep_variants


# --- reading the workflow ------------------------------------------------------------------------------


def find_batch_nodes(definition: WorkflowDefinition) -> list[BatchNode]:
    """The workflow's batch nodes in node order; raises ValidationError for one that feeds nothing, feeds
    a node that is not in the graph, or takes its list from something other than its generator."""
    found = []
    for node in definition.invocation_nodes():
        node_type = node["data"]["type"]
        if node_type not in BATCH_NODES:
            continue
        items_field, generator_type, output = BATCH_NODES[node_type]
        node_id, inputs = node["id"], node["data"]["inputs"]
        label = definition.node_label(node_id)
        where = f"batch node {label!r} ({node_id})"
        targets = _targets(definition, node_id, output, where)
        generator_id, generator = _generator(definition, node_id, items_field, generator_type, where)
        own = inputs.get(items_field, {}).get("value")
        if generator is None and own is not None and not isinstance(own, list):
            raise errors.ValidationError(f"{where}: its {items_field!r} must be a list, not {own!r}")
        found.append(
            BatchNode(
                node_id=node_id,
                node_type=node_type,
                label=label,
                group=str(inputs.get("batch_group_id", {}).get("value") or _UNGROUPED),
                targets=targets,
                items=None if generator is not None else tuple(own or ()),
                generator_id=generator_id,
                generator=generator,
            )
        )
    return found


def _targets(
    definition: WorkflowDefinition, node_id: str, output: str, where: str
) -> tuple[tuple[str, str], ...]:
    for edge in definition.edges:
        if edge["type"] == "default" and edge["source"] == node_id and edge["sourceHandle"] != output:
            # The GUI sends nothing through these (its image_batch width/height): the target would be empty.
            raise errors.ValidationError(
                f"{where}: only its {output!r} output carries the batch values; its "
                f"{edge['sourceHandle']!r} output (to {edge['target']}.{edge['targetHandle']}) gets none"
            )
    targets = _fed_inputs(definition, node_id, output, where, {node_id})
    if not targets:
        raise errors.ValidationError(
            f"{where} is not connected to any node: connect its {output!r} output to an input, or delete it"
        )
    return tuple(dict.fromkeys(targets))


def _fed_inputs(
    definition: WorkflowDefinition, source: str, handle: str, where: str, seen: set[str]
) -> list[tuple[str, str]]:
    """The graph inputs that (source, handle) reaches, through chains of connectors."""
    found = []
    for edge in definition.edges:
        if edge["type"] != "default" or edge["source"] != source or edge["sourceHandle"] != handle:
            continue
        target = definition.node(edge["target"])
        if target["type"] == "connector":
            if target["id"] not in seen:
                seen.add(target["id"])
                found += _fed_inputs(definition, target["id"], CONNECTOR_OUT, where, seen)
        elif is_executable(target):
            found.append((target["id"], edge["targetHandle"]))
        else:
            raise errors.ValidationError(
                f"{where} feeds {definition.node_label(target['id'])!r} ({target['id']}), "
                "which is not a graph node: batch values can only go to the inputs of nodes that run"
            )
    return found


def _generator(
    definition: WorkflowDefinition, node_id: str, items_field: str, generator_type: str, where: str
) -> tuple[str | None, Mapping[str, Any] | None]:
    edge = next(
        (
            e
            for e in definition.edges
            if e["type"] == "default" and e["target"] == node_id and e["targetHandle"] == items_field
        ),
        None,
    )
    if edge is None:
        return None, None
    source = _resolve_source(definition, edge["source"], edge["sourceHandle"])
    if source is None:
        raise errors.ValidationError(f"{where}: its {items_field!r} come through a connector nothing feeds")
    data = definition.node(source[0])["data"]
    if data["type"] != generator_type:
        raise errors.ValidationError(
            f"{where}: its {items_field!r} come from {definition.node_label(source[0])!r} ({source[0]}, "
            f"{data['type']}); a batch node takes its own list or the values of a {generator_type} node"
        )
    value = data["inputs"].get("generator", {}).get("value")
    if not isinstance(value, Mapping):
        raise errors.ValidationError(f"generator node {source[0]!r} has no generator settings")
    return source[0], value


# --- the data --------------------------------------------------------------------------------------------


def build_batch_data(
    definition: WorkflowDefinition, nodes: Sequence[BatchNode], items: Mapping[str, Sequence[Any]]
) -> BatchNodeData:
    """`Batch.data` from batch nodes and their resolved values (`items` by node id), grouped like the GUI:
    zipped groups in order of first appearance, each ungrouped node a group of its own. Raises
    ValidationError for an empty list, or a zipped group of unequal lengths."""
    groups: dict[str, list[BatchNode]] = {}
    for node in nodes:
        groups.setdefault(node.group, []).append(node)
    data: BatchData = []
    fed: dict[tuple[str, str], BatchNode] = {}
    for group, members in groups.items():
        for node in members:
            if not items[node.node_id]:
                source = f" (its generator {node.generator_id!r} made none)" if node.generator_id else ""
                raise errors.ValidationError(
                    f"{node.where} has no items{source}: a batch node needs at least one value"
                )
            for target in node.targets:
                if target in fed:
                    raise errors.ValidationError(
                        f"{target[0]}.{target[1]} is fed by both {fed[target].where} and {node.where}"
                    )
                fed[target] = node
        if group != _UNGROUPED:
            lengths = {node.where: len(items[node.node_id]) for node in members}
            if len(set(lengths.values())) > 1:
                sizes = ", ".join(f"{where}: {n}" for where, n in lengths.items())
                raise errors.ValidationError(
                    f"batch group {group!r} zips lists of different lengths ({sizes}); "
                    "batch nodes in one group need equally many values"
                )
        datums = [
            [_datum(definition, node, target, items[node.node_id]) for target in node.targets]
            for node in members
        ]
        data += datums if group == _UNGROUPED else [[d for node_datums in datums for d in node_datums]]
    return BatchNodeData(list(nodes), data, math.prod(len(group[0]["items"]) for group in data))


def _datum(
    definition: WorkflowDefinition, node: BatchNode, target: tuple[str, str], items: Sequence[Any]
) -> dict[str, Any]:
    node_id, field = target
    data = definition.node(node_id)["data"]
    spec = spec_for(data["type"], field, data["inputs"].get(field, {}).get("value"))
    values = list(items)
    if spec.settable and spec.cardinality != "collection":
        # Checked here so a bad value is named with its node, not rejected by the server at run time.
        name = f"{definition.node_label(node_id)} -> {field} ({node_id}.{field})"
        values = [spec.validate(v, where=f"{node.where}, item {i} for {name}") for i, v in enumerate(values)]
    return {"node_path": node_id, "field_name": field, "items": values}


def resolve_batch_nodes(client: Transport, definition: WorkflowDefinition) -> Op[BatchNodeData]:
    """The batch nodes' data, asking the server for the values only it can make (board images, prompts)."""
    nodes = find_batch_nodes(definition)
    items: dict[str, list[Any]] = {}
    for node in nodes:
        if node.generator is None:
            items[node.node_id] = list(node.items or ())
            continue
        where = f"generator node {node.generator_id!r} (feeding {node.where})"
        local = generator_values(node.generator, where=where)
        if local is None:
            local = yield from _server_values(client, node.generator, where)
        items[node.node_id] = local
    return build_batch_data(definition, nodes, items)


# --- generators ------------------------------------------------------------------------------------------


def generator_values(generator: Mapping[str, Any], *, where: str = "generator") -> list[Any] | None:
    """The values a generator makes, as the GUI computes them; None for kinds the server resolves.

    Random kinds without a seed draw fresh values each time, as the GUI does."""
    kind, settings = _settings(generator, where)
    if kind.startswith("float_") and generator.get("values") is not None:
        return list(generator["values"])  # values the GUI stored with the settings win, as in the GUI
    number = _number_reader(settings, where)
    if kind.endswith("_arithmetic_sequence"):
        start, step, count = number("start"), number("step"), number("count", integer=True)
        return [start] if step == 0 else [start + i * step for i in range(max(count, 0))]
    if kind.endswith("_linear_distribution"):
        start, end, count = number("start"), number("end"), number("count", integer=True)
        if count == 1:
            return [start]
        fractions = [(end - start) * (i / (count - 1)) for i in range(max(count, 0))]
        if kind.startswith("integer_"):
            return [start + _js_round(f) for f in fractions]
        return [start + f for f in fractions]
    if kind.endswith("_random_distribution_uniform"):
        low, high, count = number("min"), number("max"), number("count", integer=True)
        seed = settings.get("seed")
        draw = _js_seeded_random(number("seed", integer=True)) if seed is not None else random.random
        if kind.startswith("integer_"):
            return [math.floor(draw() * (high - low + 1)) + low for _ in range(max(count, 0))]
        return [draw() * (high - low) + low for _ in range(max(count, 0))]
    if kind.endswith("_parse_string"):
        text, split_on = settings.get("input"), settings.get("splitOn")
        if not isinstance(text, str) or not isinstance(split_on, str):
            raise errors.ValidationError(f"{where}: input and splitOn must be strings")
        pieces = _js_split(text, split_on)
        if kind.startswith("string_"):
            return [piece for piece in pieces if piece]
        parse = _js_parse_int if kind.startswith("integer_") else _js_parse_float
        parsed = (parse(piece.strip()) for piece in pieces if piece.strip())
        return [value for value in parsed if value is not None]
    return None


def _settings(generator: Mapping[str, Any], where: str) -> tuple[str, dict[str, Any]]:
    kind = generator.get("type")
    if not isinstance(kind, str) or kind not in _GENERATOR_DEFAULTS:
        raise errors.ValidationError(
            f"{where}: unknown generator type {kind!r}; known: {', '.join(_GENERATOR_DEFAULTS)}"
        )
    return kind, {**_GENERATOR_DEFAULTS[kind], **{k: v for k, v in generator.items() if v is not None}}


def _number_reader(settings: Mapping[str, Any], where: str) -> Callable[..., Any]:
    def number(key: str, *, integer: bool = False) -> Any:
        value = settings.get(key)
        if isinstance(value, float) and integer and value.is_integer():
            value = int(value)
        ok = isinstance(value, int) if integer else isinstance(value, int | float) and math.isfinite(value)
        if not ok or isinstance(value, bool):
            kind = "an integer" if integer else "a number"
            raise errors.ValidationError(f"{where}: {key} must be {kind}, not {value!r}")
        return value

    return number


def _server_values(client: Transport, generator: Mapping[str, Any], where: str) -> Op[list[Any]]:
    kind, settings = _settings(generator, where)
    if kind == "image_generator_images_from_board":
        from invokeai_api.api.boards import list_all_board_image_names

        board_id, category = settings.get("board_id"), settings.get("category")
        if not board_id:
            return []  # the GUI's "no board chosen": an empty batch, reported as such
        if category not in _BOARD_CATEGORIES:
            raise errors.ValidationError(f"{where}: category must be 'images' or 'assets', not {category!r}")
        try:
            names = yield from client.pipeline.call(
                list_all_board_image_names,
                board_id,
                categories=_BOARD_CATEGORIES[category],
                is_intermediate=False,
            )
        except errors.NotFoundError as exc:
            raise errors.BoardNotFoundError.about(f"{where}: no board with id {board_id!r}", exc) from exc
        return [{"image_name": name} for name in names]
    from invokeai_api.api.utilities import parse_dynamicprompts
    from invokeai_api.models import BodyParseDynamicprompts

    combinatorial = kind.endswith("_combinatorial")
    number = _number_reader(settings, where)
    body = BodyParseDynamicprompts(
        prompt=str(settings.get("input", "")),
        max_prompts=number("maxPrompts" if combinatorial else "count", integer=True),
        combinatorial=combinatorial,
    )
    if not combinatorial:
        seed = settings.get("seed")
        body.seed = number("seed", integer=True) if seed is not None else random.randrange(2**32)
    answer = yield from client.pipeline.call_idempotent(parse_dynamicprompts, body=body)
    error = getattr(answer, "error", None)
    if isinstance(error, str) and error:
        raise errors.ValidationError(f"{where}: the server could not expand the prompt: {error}")
    return list(answer.prompts)


# --- JavaScript semantics the GUI's values depend on -----------------------------------------------------

_JS_INT = re.compile(r"[+-]?[0-9]+")
_JS_FLOAT = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def _js_split(text: str, split_on: str) -> list[str]:
    """The GUI reads splitOn as the inside of a JSON string (so "\\n" is a newline), else literally."""
    if split_on == "":
        return [text]
    try:
        separator = json.loads(f'"{split_on}"')
    except ValueError:
        separator = split_on
    return text.split(separator) if separator else list(text)


def _js_parse_int(text: str) -> int | None:
    match = _JS_INT.match(text)
    return int(match.group()) if match else None


def _js_parse_float(text: str) -> float | None:
    match = _JS_FLOAT.match(text)
    return float(match.group()) if match else None


def _js_round(value: float) -> int:
    """Math.round: halves go up (toward +infinity), unlike Python's round."""
    low = math.floor(value)
    return low + 1 if value - low >= 0.5 else low


def _js_seeded_random(seed: int) -> Callable[[], float]:
    """The GUI's seeded draws: MT19937 seeded with init_genrand(seed mod 2**32), each draw a 32-bit
    output divided by 2**32 (npm mtwist). Python's generator is the same MT19937 once given that state."""
    state = [seed & 0xFFFFFFFF]
    for i in range(1, 624):
        previous = state[-1]
        state.append((1812433253 * (previous ^ (previous >> 30)) + i) & 0xFFFFFFFF)
    rng = random.Random()
    rng.setstate((3, (*state, 624), None))
    return lambda: rng.getrandbits(32) / 4294967296
