"""Which images a finished queue item produced, mapped back to the workflow's nodes."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

__all__ = ["OutputMapping", "image_names_in", "map_item_outputs"]

_UNCATEGORIZED = "none"


@dataclass(frozen=True)
class OutputMapping:
    """The images one workflow node produced in one queue item.

    `board_id` is where the node saved them ("none": uncategorized); `input_index` is the form index of
    the node's board input when the board is on the form, else None.
    """

    node_id: str
    node_type: str
    label: str
    board_id: str
    image_names: list[str]
    is_intermediate: bool
    input_index: int | None = None
    item_id: int | None = None
    field_values: dict[str, Any] = field(default_factory=dict)


def image_names_in(value: Any) -> Iterator[str]:
    """Every `image_name` in an output: image, image collection, mask, and whatever else holds images."""
    if isinstance(value, Mapping):
        name = value.get("image_name")
        if isinstance(name, str):
            yield name
        for child in value.values():
            if isinstance(child, (Mapping, list)):
                yield from image_names_in(child)
    elif isinstance(value, list):
        for child in value:
            yield from image_names_in(child)


def _as_dict(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def _additional(value: Any) -> dict[str, Any]:
    return dict(getattr(value, "additional_properties", value) or {})


def map_item_outputs(
    item: SessionQueueItem,
    *,
    labels: Mapping[str, str] | None = None,
    board_input_index: Mapping[str, int] | None = None,
) -> list[OutputMapping]:
    """Map the images in `item`'s results to the source (workflow) node ids that produced them.

    Results are keyed by prepared node ids (one source node may run several times, in iterations);
    `prepared_source_mapping` leads back to the workflow's node. Nodes that only pass an image through
    (their output image is one of their inputs) are left out: they produced nothing.
    """
    session = item.session
    graph_nodes = {k: _as_dict(v) for k, v in _additional(session.graph.nodes).items()}
    prepared_to_source = _additional(session.prepared_source_mapping)
    images_by_source: dict[str, list[str]] = {}
    for prepared_id, output in _additional(session.results).items():
        source_id = prepared_to_source.get(prepared_id, prepared_id)
        names = list(image_names_in(_as_dict(output)))
        if names:
            images_by_source.setdefault(source_id, []).extend(
                n for n in names if n not in images_by_source.get(source_id, [])
            )

    field_values = _field_values(item)
    mappings = []
    for node_id, names in images_by_source.items():
        node = graph_nodes.get(node_id, {})
        inputs = set(image_names_in({k: v for k, v in node.items() if k not in ("id", "type")}))
        produced = [n for n in names if n not in inputs]
        if not produced:
            continue
        board = node.get("board")
        board_id = board.get("board_id") if isinstance(board, Mapping) else None
        mappings.append(
            OutputMapping(
                node_id=node_id,
                node_type=str(node.get("type", "")),
                label=(labels or {}).get(node_id, "") or str(node.get("type", node_id)),
                board_id=board_id or _UNCATEGORIZED,
                image_names=produced,
                is_intermediate=bool(node.get("is_intermediate", False)),
                input_index=(board_input_index or {}).get(node_id),
                item_id=item.item_id,
                field_values=field_values,
            )
        )
    return mappings


def _field_values(item: SessionQueueItem) -> dict[str, Any]:
    """The sweep values this item ran with, as {"node_id.field_name": value}."""
    values = getattr(item, "field_values", None)
    if not isinstance(values, list):
        return {}
    return {f"{v.node_path}.{v.field_name}": v.value for v in values}
