"""The latest finished job on the queue and the images it made, through the generated bindings.

Reads the queue's status, walks item ids newest first in pages of small summaries (not `list_all`, which
returns every full item) until a completed one turns up, fetches that one item, finds the image names
in its session results, and shows (and with --out, downloads) those images.

    python examples/raw-apis/api-demo-job-queue.py --out out/
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

from invokeai_api import AuthenticatedClient
from invokeai_api.api.images import get_image_full, get_images_by_names
from invokeai_api.api.queue import (
    get_queue_item,
    get_queue_item_ids,
    get_queue_item_summaries_by_ids,
    get_queue_status,
)
from invokeai_api.models import (
    BodyGetImagesByNames,
    BodyGetQueueItemSummariesByIds,
    ItemIdsResult,
    SessionQueueAndProcessorStatus,
    SessionQueueItem,
)
from invokeai_api.types import File

PAGE = 100


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("--queue-id", default="default")
    p.add_argument("--scan", type=int, default=1000, help="look at most this many of the newest items")
    p.add_argument("--out", help="download the job's images to this folder")
    return _common.run(p, argv, report)


def report(args: Any) -> int:
    client = _common.raw_client(args)  # an invokeai_api.AuthenticatedClient
    with client:
        status = _common.expect(
            get_queue_status.sync(args.queue_id, client=client),
            SessionQueueAndProcessorStatus,
            "queue status",
        )
        q = status.queue
        print(
            f"queue {q.queue_id!r}: {q.pending} pending, {q.in_progress} in progress, "
            f"{q.completed} completed, {q.failed} failed, {q.canceled} canceled"
        )
        require_queue_reads(client, args.url)
        started = time.perf_counter()
        job = latest_completed(client, args.queue_id, args.scan)
        elapsed = time.perf_counter() - started
        if job is None:
            raise _common.ExampleError(f"no completed job among the newest {args.scan} queue items")
        print(f"found through the API in {elapsed * 1000:.1f} ms")
        show_job(job)
        show_images(client, image_names(job["session"]), args.out)
    return 0


def require_queue_reads(client: AuthenticatedClient, url: str) -> None:
    """Stop with one line on a release without the reads `latest_completed` makes (item ids, summaries)."""
    _common.require_endpoints(client, url, get_queue_item_ids, get_queue_item_summaries_by_ids)


def latest_completed(client: AuthenticatedClient, queue_id: str, scan: int) -> dict[str, Any] | None:
    """The newest completed queue item as a plain dict (the shape the database holds), or None."""
    ids = _common.expect(
        get_queue_item_ids.sync(queue_id, client=client, order_dir="DESC"), ItemIdsResult, "queue item ids"
    ).item_ids[:scan]
    for start in range(0, len(ids), PAGE):
        page = ids[start : start + PAGE]
        body = BodyGetQueueItemSummariesByIds(item_ids=page)
        summaries = _common.expect(
            get_queue_item_summaries_by_ids.sync(queue_id, client=client, body=body), list, "queue summaries"
        )
        statuses = {s.item_id: s.status for s in summaries}
        for item_id in page:  # newest first
            if statuses.get(item_id) == "completed":
                item = get_queue_item.sync(queue_id, item_id, client=client)
                return _common.expect(item, SessionQueueItem, f"queue item {item_id}").to_dict()
    return None


def image_names(session: dict[str, Any]) -> list[str]:
    """Every image name in a session's results, in order, each once."""

    def walk(value: Any) -> Iterator[str]:
        if isinstance(value, dict):
            if isinstance(value.get("image_name"), str):
                yield value["image_name"]
            for child in value.values():
                yield from walk(child)
        elif isinstance(value, list):
            for child in value:
                yield from walk(child)

    return list(dict.fromkeys(walk(session.get("results") or {})))


def show_job(job: dict[str, Any]) -> None:
    print(f"job {job['item_id']} {job['status']} (batch {job['batch_id']}, origin {job.get('origin')})")
    print(f"  created {job.get('created_at')}, completed {job.get('completed_at')}")


def show_images(client: AuthenticatedClient, names: list[str], out: str | None) -> None:
    """Show the images (the server's records of them) and download the final ones into `out`."""
    if not names:
        print("  the job made no images")
        return
    body = BodyGetImagesByNames(image_names=names)
    found = {
        i.image_name: i
        for i in _common.expect(get_images_by_names.sync(client=client, body=body), list, "images")
    }
    for name in names:
        image = found.get(name)
        if image is None:
            print(f"  image {name}: no longer on the server")
            continue
        kind = "intermediate" if image.is_intermediate else f"board {image.board_id or 'none'}"
        print(f"  image {name}: {image.width}x{image.height}, {kind}")
        if out and not image.is_intermediate:
            data = _common.expect(get_image_full.sync(name, client=client), File, f"image {name}")
            target = Path(out) / Path(name).name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data.payload.read())
            print(f"  saved {target}")


if __name__ == "__main__":
    sys.exit(main())
