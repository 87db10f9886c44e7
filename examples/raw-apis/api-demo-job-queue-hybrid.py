"""The latest finished job, looked up in InvokeAI's own SQLite database when it is at hand, else the API.

The database answers in about a millisecond where the API needs a page of summaries and one full item;
it is opened read-only (`file:...?mode=ro`), so the running server is never disturbed. It lives at
<root>/databases/invokeai.db, the root coming from --root or INVOKEAI_ROOT (or give --db). Without a
readable database the example falls back to what api-demo-job-queue.py does. Either way the job's
images are then shown (and with --out downloaded) through the API.

The database must be the one of the server at --url (same machine, same root): nothing else checks it.
Its table layout is InvokeAI's own business and may change between releases; the API is the contract.

    python examples/raw-apis/api-demo-job-queue-hybrid.py --root ~/invokeai --out out/
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

# The API half is the plain job-queue example's.
queue_demo = _common.load_example(Path(__file__).with_name("api-demo-job-queue.py"))

LATEST_COMPLETED = """
    SELECT item_id, batch_id, status, origin, created_at, completed_at, session
    FROM session_queue
    WHERE queue_id = ? AND status = 'completed'
    ORDER BY item_id DESC
    LIMIT 1
"""


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("--root", default=os.environ.get("INVOKEAI_ROOT"), help="InvokeAI root (INVOKEAI_ROOT)")
    p.add_argument("--db", type=Path, help="the database file itself (default: <root>/databases/invokeai.db)")
    p.add_argument("--queue-id", default="default")
    p.add_argument("--scan", type=int, default=1000, help="API fallback: newest items to look at")
    p.add_argument("--out", help="download the job's images to this folder")
    return _common.run(p, argv, report)


def database_path(args: Any) -> Path | None:
    if args.db is not None:
        return Path(args.db)
    return Path(args.root).expanduser() / "databases" / "invokeai.db" if args.root else None


def latest_completed_in_database(db: Path, queue_id: str) -> dict[str, Any] | None:
    """The newest completed item straight from the server's database, opened read-only."""
    uri = f"file:{quote(str(db.resolve()))}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=5)) as connection:
        connection.row_factory = sqlite3.Row
        row = connection.execute(LATEST_COMPLETED, (queue_id,)).fetchone()
    if row is None:
        return None
    job = dict(row)
    job["session"] = json.loads(job["session"])
    return job


def report(args: Any) -> int:
    client = _common.raw_client(args)  # an invokeai_api.AuthenticatedClient
    with client:
        db = database_path(args)
        job: dict[str, Any] | None = None
        found_in_database = False
        if db is None:
            print("no --db, --root or INVOKEAI_ROOT: asking the API")
        elif not db.is_file():
            print(f"no database at {db}: asking the API")
        else:
            started = time.perf_counter()
            try:
                job = latest_completed_in_database(db, args.queue_id)
                found_in_database = True
                print(f"read {db} (read-only) in {(time.perf_counter() - started) * 1000:.1f} ms")
            except (sqlite3.Error, ValueError) as exc:
                print(f"cannot read {db} ({exc}): asking the API")
        if not found_in_database:
            queue_demo.require_queue_reads(client, args.url)
            started = time.perf_counter()
            job = queue_demo.latest_completed(client, args.queue_id, args.scan)
            print(f"asked the API in {(time.perf_counter() - started) * 1000:.1f} ms")
        if job is None:
            raise _common.ExampleError(f"no completed job on queue {args.queue_id!r}")
        queue_demo.show_job(job)
        queue_demo.show_images(client, queue_demo.image_names(job["session"]), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
