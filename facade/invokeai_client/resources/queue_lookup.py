"""Finding queue items, the way each InvokeAI release allows.

The queue's read API changed more than any other part between releases (see docs/api-changes.md):

| release      | item ids             | statuses of many items      | full items of many ids |
|--------------|----------------------|-----------------------------|------------------------|
| 5.x, 6.0     | `/list` cursor pages | one `GET i/{id}` per item   | one `GET i/{id}` each  |
| 6.7 to 6.12  | `item_ids`           | `items_by_ids` (full items) | `items_by_ids`         |
| 6.14         | `item_ids`           | `item_summaries_by_ids`     | `items_by_ids`         |

5.x enqueue answers carry no item ids at all: the batch's items are found on `/list`. Each function here
picks the cheapest way the connected server's release has (`_transport.release`); callers never need to
know which.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from invokeai_client import errors
from invokeai_client._transport import release

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem
    from invokeai_client._transport.core import Op

    from .queue import QueueRepository

__all__ = ["Poll", "batch_item_ids", "get_items", "item_briefs", "item_ids", "poll"]

# Releases without a bulk status call are polled an item at a time; items finish in queue order, so asking
# about the first few unfinished ones is enough to see progress without a request per item per round.
POLL_WINDOW = 8
LIST_PAGE = 500  # items per `/list` page (5.x, 6.0): small DTOs without graphs
TERMINAL = frozenset({"completed", "failed", "canceled"})


@dataclass
class Poll:
    """One round of asking about items: their statuses, the ids asked about, full items already fetched."""

    statuses: dict[int, str] = field(default_factory=dict)
    asked: list[int] = field(default_factory=list)
    items: dict[int, SessionQueueItem] = field(default_factory=dict)


def _offers(queue: QueueRepository, endpoint: Any) -> Op[bool]:
    return (yield from release.offers(queue.client.pipeline, endpoint))


def _one_by_one(queue: QueueRepository, ids: list[int]) -> Op[list[SessionQueueItem]]:
    found = []
    for item_id in ids:
        try:
            found.append((yield from queue._get_item(item_id)))
        except errors.NotFoundError:
            continue  # cleared or pruned: the caller sees it missing
    return found


def get_items(queue: QueueRepository, ids: list[int]) -> Op[list[SessionQueueItem]]:
    """Full items (graph, session, results) for these ids, in the order given; unknown ids left out."""
    from invokeai_api.api.queue import get_queue_items_by_item_ids
    from invokeai_api.models import BodyGetQueueItemsByItemIds

    if not ids:
        return []
    if not (yield from _offers(queue, get_queue_items_by_item_ids)):
        return (yield from _one_by_one(queue, ids))
    body = BodyGetQueueItemsByItemIds(item_ids=ids)
    endpoint = get_queue_items_by_item_ids
    items = yield from queue.client.pipeline.call_idempotent(endpoint, queue.queue_id, body=body)
    by_id = {item.item_id: item for item in items}
    return [by_id[i] for i in ids if i in by_id]


def item_briefs(queue: QueueRepository, ids: list[int]) -> Op[list[Any]]:
    """Records with at least `item_id`, `status` and `batch_id` for these ids (summaries where they exist)."""
    from invokeai_api.api.queue import get_queue_item_summaries_by_ids
    from invokeai_api.models import BodyGetQueueItemSummariesByIds

    if not ids:
        return []
    if (yield from _offers(queue, get_queue_item_summaries_by_ids)):
        body = BodyGetQueueItemSummariesByIds(item_ids=ids)
        endpoint = get_queue_item_summaries_by_ids
        return list((yield from queue.client.pipeline.call_idempotent(endpoint, queue.queue_id, body=body)))
    return list((yield from get_items(queue, ids)))


def poll(queue: QueueRepository, ids: list[int]) -> Op[Poll]:
    """Ask about unfinished items: all at once where the release can, else the first `POLL_WINDOW`."""
    from invokeai_api.api.queue import get_queue_item_summaries_by_ids, get_queue_items_by_item_ids

    result = Poll(asked=list(ids))
    if (yield from _offers(queue, get_queue_item_summaries_by_ids)):
        for brief in (yield from item_briefs(queue, ids)):
            result.statuses[brief.item_id] = str(brief.status)
        return result
    if not (yield from _offers(queue, get_queue_items_by_item_ids)):
        result.asked = ids[:POLL_WINDOW]
    for item in (yield from get_items(queue, result.asked)):
        result.statuses[item.item_id] = str(item.status)
        if str(item.status) in TERMINAL:
            result.items[item.item_id] = item
    return result


def _list_pages(queue: QueueRepository) -> Op[list[Any]]:
    """Every item on the queue as `/list` gives them (5.x, 6.0), page by page."""
    from invokeai_api.api.queue import list_queue_items

    yield from release.require(queue.client.pipeline, list_queue_items, "listing queue items")
    found: list[Any] = []
    cursor: int | None = None
    rank = 0  # the cursor is (priority, item id): pages run by priority, then id
    while True:
        # Pages of full items (5.x) or of DTOs (6.0); both carry what is read here. The union of the two
        # answer classes is `object` to the type checker, hence Any.
        page: Any = yield from queue._call(list_queue_items, limit=LIST_PAGE, cursor=cursor, priority=rank)
        found.extend(page.items)
        if not page.has_more or not page.items:
            return found
        cursor, rank = page.items[-1].item_id, page.items[-1].priority


def item_ids(queue: QueueRepository, newest_first: bool = True) -> Op[list[int]]:
    """Every item id on the queue."""
    from invokeai_api.api.queue import get_queue_item_ids

    if (yield from _offers(queue, get_queue_item_ids)):
        result = yield from queue._call(get_queue_item_ids, order_dir="DESC" if newest_first else "ASC")
        return list(result.item_ids)
    ids = sorted(item.item_id for item in (yield from _list_pages(queue)))
    return ids[::-1] if newest_first else ids


def batch_item_ids(queue: QueueRepository, batch_id: str, expected: int) -> Op[list[int]]:
    """The ids of the items of `batch_id` (enqueued as one batch of about `expected` items), sorted."""
    from invokeai_api.api.queue import get_queue_item_ids

    if not (yield from _offers(queue, get_queue_item_ids)):
        return sorted(i.item_id for i in (yield from _list_pages(queue)) if i.batch_id == batch_id)
    # Items of one batch are inserted together, so they are among the newest ids.
    ids = yield from item_ids(queue, newest_first=True)
    briefs = yield from item_briefs(queue, ids[: expected * 4 + 100])
    return sorted(b.item_id for b in briefs if b.batch_id == batch_id)
