"""A run's journal: one SQLite database in the output folder, the only record a resumed run trusts.

No HTTP here: the journal stores what the run decided and what the server answered, one transaction per
state change, so a process killed at any instant leaves either the state before a change or the state
after it. WAL with `synchronous=NORMAL` survives a killed process (what is committed is in the WAL file);
only a power cut may lose the last commits, and a lost commit only means that step is redone.

An attempt is one variant sent in one batch. Its states:

    intent ──(the server has the item)──> queued ──> completed   images downloaded and recorded
       │                                    │   ├──> failed      kept: retried only when asked
       └──(the batch never landed)──> lost  │   └──> canceled    by a restart or a user: redone
                                            ├──(the server no longer has it)──> lost: redone
    intent or queued ──(its server went away)──> moved: redone elsewhere ──> duplicate (a late copy
                                                                         └──> dropped   finished anyway)

`intent` is written before the enqueue request is sent, with the batch id the client chose: after a
kill between sending and recording the answer, the resumed run asks the server about that batch id
instead of enqueueing again. A variant is done when one of its attempts completed; it is to do when
it has no attempt, or its last attempt is lost, canceled or moved (or failed, when failures are retried).
A moved attempt's item may still finish where it was: that copy is a `duplicate`, reported, never counted.

Without a folder (`Journal(None)`) the same journal lives in memory: a run that need not survive its process.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from invokeai_client.errors import InvokeAIError

__all__ = ["FILE_NAME", "Attempt", "ImageRecord", "Journal", "RunFolderError", "VariantCounts"]

FILE_NAME = "run.sqlite"
SCHEMA_VERSION = 1
ACTIVE = ("intent", "queued")
REDO = ("lost", "canceled", "moved")
FINISHED = ("completed", "failed", "canceled", "lost", "moved")
ORPHAN_ENDS = ("duplicate", "dropped")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY,
    server TEXT NOT NULL,
    state TEXT NOT NULL,            -- intent, enqueued, lost, moved
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    variant INTEGER NOT NULL,
    batch_id TEXT NOT NULL REFERENCES batches(batch_id),
    server TEXT NOT NULL,
    item_id INTEGER,
    state TEXT NOT NULL,
    error TEXT,
    started_at TEXT,
    completed_at TEXT,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_variant ON attempts(variant, id);
CREATE INDEX IF NOT EXISTS attempts_state ON attempts(state);
CREATE TABLE IF NOT EXISTS images (
    server TEXT NOT NULL,
    image_name TEXT NOT NULL,
    attempt INTEGER NOT NULL REFERENCES attempts(id),
    node_id TEXT NOT NULL,
    file TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    downloaded_at REAL NOT NULL,
    -- Per attempt: items whose graphs are identical share the node cache's image.
    PRIMARY KEY (attempt, image_name)
);
"""


@dataclass(frozen=True)
class Attempt:
    """One variant in one batch on one server, as journaled."""

    id: int
    variant: int
    batch_id: str
    server: str
    item_id: int | None
    state: str
    error: str | None = None
    started_at: str | None = None
    completed_at: str | None = None


@dataclass(frozen=True)
class ImageRecord:
    """One downloaded image: where it came from and what was written."""

    server: str
    image_name: str
    attempt: int
    node_id: str
    file: str
    size: int
    sha256: str
    downloaded_at: float


@dataclass(frozen=True)
class VariantCounts:
    """How many of a run's variants are in each state (by their last attempt)."""

    total: int
    completed: int
    failed: int
    active: int
    todo: int
    images: int
    duplicates: int = 0


class RunFolderError(InvokeAIError):
    """The run's folder cannot be used: not writable, full, or holding a journal that cannot be read.
    The message names the file and how to go on (resume after fixing it, or start over)."""


def folder_error(folder: Path | None, exc: BaseException, doing: str) -> RunFolderError:
    """A `RunFolderError` for `exc` (an OSError or sqlite3 error) met while `doing`, naming the folder."""
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    where = getattr(exc, "filename", None) or (folder / FILE_NAME if folder is not None else "the journal")
    return RunFolderError(
        f"{where}: cannot {doing} ({detail}); make the folder writable or free space, then run the same "
        "command again to resume (what was journaled is kept)"
    )


class Journal:
    """The journal of the run in `folder` (created on first use); in memory when `folder` is None."""

    def __init__(self, folder: str | Path | None) -> None:
        self.folder: Path | None = None if folder is None else Path(folder)
        self.path: Path | None = None if self.folder is None else self.folder / FILE_NAME
        try:
            if self.folder is not None:
                self.folder.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are opened explicitly, one per state change (`_change`).
            self._db = sqlite3.connect(":memory:" if self.path is None else self.path, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise folder_error(self.folder, exc, "create the run's journal") from exc
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            with self._change():
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    self._db.execute(statement)
                self._db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            version = self._meta("schema_version")
        except sqlite3.DatabaseError as exc:
            self._db.close()
            if isinstance(exc, sqlite3.OperationalError) and "malformed" not in str(exc):
                raise folder_error(self.folder, exc, "write the run's journal") from exc
            raise RunFolderError(
                f"{self.path} is not a run's journal that can be read ({exc}): start the run over in "
                "another folder, or pass --fresh (Python: fresh=True) to start it over in this one"
            ) from exc
        if version != str(SCHEMA_VERSION):
            self._db.close()
            raise ValueError(f"{self.path}: journal schema {version}, this client reads {SCHEMA_VERSION}")

    @staticmethod
    def exists(folder: str | Path) -> bool:
        """Whether `folder` holds a run's journal."""
        return (Path(folder) / FILE_NAME).is_file()

    @staticmethod
    def remove(folder: str | Path) -> None:
        """Delete the journal in `folder` (and SQLite's files beside it): the run there starts over."""
        for suffix in ("", "-wal", "-shm"):
            (Path(folder) / (FILE_NAME + suffix)).unlink(missing_ok=True)

    def close(self) -> None:
        """Close the database (the journal stays on disk)."""
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _change(self) -> Any:
        """One state change: BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (Ctrl-C too)."""
        return _Transaction(self._db)

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # --- the spec ----------------------------------------------------------------------------------------

    def spec(self) -> dict[str, Any] | None:
        """The run's spec as journaled, or None for a new journal."""
        text = self._meta("spec")
        return None if text is None else dict(json.loads(text))

    def set_spec(self, spec: dict[str, Any]) -> None:
        """Record the spec of a new run (once: a journal belongs to one run)."""
        with self._change():
            if self._meta("spec") is not None:
                raise ValueError(f"{self.path} already belongs to a run")
            self._db.execute("INSERT INTO meta VALUES ('spec', ?)", (json.dumps(spec, sort_keys=True),))
            self._db.execute("INSERT INTO meta VALUES ('created_at', ?)", (repr(time.time()),))

    # --- batches and attempts ----------------------------------------------------------------------------

    def record_intent(self, batch_id: str, server: str, variants: Sequence[int]) -> None:
        """Before sending a batch: its id, its server and the variants it carries, in the batch's order."""
        now = time.time()
        with self._change():
            self._db.execute("INSERT INTO batches VALUES (?, ?, 'intent', ?)", (batch_id, server, now))
            self._db.executemany(
                "INSERT INTO attempts (variant, batch_id, server, state, updated_at) "
                "VALUES (?, ?, ?, 'intent', ?)",
                [(v, batch_id, server, now) for v in variants],
            )

    def record_enqueued(self, batch_id: str, item_ids: Sequence[int]) -> list[int]:
        """The server's items for a batch: matched to its attempts in order (the server inserts a batch's
        items in the order of its values, with rising ids); attempts beyond the items did not land.
        Returns the variants of those (lost, to do again)."""
        now = time.time()
        with self._change():
            attempts = [
                int(r[0])
                for r in self._db.execute(
                    "SELECT id FROM attempts WHERE batch_id = ? AND state = 'intent' ORDER BY id", (batch_id,)
                )
            ]
            ids = sorted(item_ids)
            if len(ids) > len(attempts):
                raise ValueError(f"batch {batch_id}: {len(ids)} items for {len(attempts)} variants")
            self._db.executemany(
                "UPDATE attempts SET item_id = ?, state = 'queued', updated_at = ? WHERE id = ?",
                [(item_id, now, attempt) for item_id, attempt in zip(ids, attempts, strict=False)],
            )
            self._db.executemany(
                "UPDATE attempts SET state = 'lost', error = 'not enqueued (queue full)', updated_at = ? "
                "WHERE id = ?",
                [(now, attempt) for attempt in attempts[len(ids) :]],
            )
            state = "enqueued" if ids else "lost"
            self._db.execute("UPDATE batches SET state = ? WHERE batch_id = ?", (state, batch_id))
        return [variant for variant, in self._db.execute(
            "SELECT variant FROM attempts WHERE batch_id = ? AND state = 'lost' ORDER BY id", (batch_id,)
        )]  # fmt: skip

    def finish(
        self,
        attempt: int,
        state: str,
        *,
        error: str | None = None,
        started_at: str | None = None,
        completed_at: str | None = None,
    ) -> None:
        """An attempt reached `state` (completed, failed, canceled or lost)."""
        if state not in FINISHED:
            raise ValueError(f"not a final state: {state!r}")
        with self._change():
            changed = self._db.execute(
                "UPDATE attempts SET state = ?, error = ?, started_at = ?, completed_at = ?, updated_at = ? "
                "WHERE id = ? AND state IN ('intent', 'queued')",
                (state, error, started_at, completed_at, time.time(), attempt),
            ).rowcount
            if changed != 1:
                raise ValueError(f"attempt {attempt} is not active: cannot become {state}")

    def move(self, attempts: Iterable[int], reason: str) -> None:
        """Active attempts taken off their server (`reason`): their variants are to do again, and their
        items, should they finish there anyway, are duplicates. Their batches, if never answered, are no
        longer settled (their items, if any, are canceled by the run)."""
        ids = list(attempts)
        with self._change():
            self._db.executemany(
                "UPDATE attempts SET state = 'moved', error = ?, updated_at = ? "
                "WHERE id = ? AND state IN ('intent', 'queued')",
                [(reason, time.time(), attempt) for attempt in ids],
            )
            self._db.executemany(
                "UPDATE batches SET state = 'moved' WHERE state = 'intent' "
                "AND batch_id = (SELECT batch_id FROM attempts WHERE id = ?)",
                [(attempt,) for attempt in ids],
            )

    def settle_orphan(self, attempt: int, state: str) -> None:
        """A moved attempt's item ended after all: `duplicate` (it completed) or `dropped`."""
        if state not in ORPHAN_ENDS:
            raise ValueError(f"not an orphan's end: {state!r}")
        with self._change():
            self._db.execute(
                "UPDATE attempts SET state = ?, updated_at = ? WHERE id = ? AND state = 'moved'",
                (state, time.time(), attempt),
            )

    def record_image(self, record: ImageRecord) -> None:
        """A downloaded image, once its file is complete under its final name."""
        with self._change():
            self._db.execute(
                "INSERT OR REPLACE INTO images VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.server,
                    record.image_name,
                    record.attempt,
                    record.node_id,
                    record.file,
                    record.size,
                    record.sha256,
                    record.downloaded_at,
                ),
            )

    # --- reading -----------------------------------------------------------------------------------------

    def intent_batches(self) -> list[tuple[str, str]]:
        """(batch id, server) of batches whose enqueue answer was never recorded."""
        rows = self._db.execute("SELECT batch_id, server FROM batches WHERE state = 'intent' ORDER BY rowid")
        return [(str(r[0]), str(r[1])) for r in rows]

    def attempts(
        self, states: Iterable[str] = ACTIVE, server: str | None = None, limit: int | None = None
    ) -> list[Attempt]:
        """Attempts in these states (on one server, if given), oldest first (the first `limit`)."""
        wanted = list(states)
        sql = f"SELECT * FROM attempts WHERE state IN ({','.join('?' * len(wanted))})"
        params: list[Any] = list(wanted)
        if server is not None:
            sql += " AND server = ?"
            params.append(server)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_attempt(r) for r in self._db.execute(sql, params)]

    def active_count(self, server: str | None = None) -> int:
        """How many attempts are in flight (intent or queued), on one server if given."""
        sql = "SELECT count(*) FROM attempts WHERE state IN ('intent', 'queued')"
        params: tuple[str, ...] = ()
        if server is not None:
            sql, params = sql + " AND server = ?", (server,)
        (count,) = self._db.execute(sql, params).fetchone()
        return int(count)

    def is_active(self, attempt: int) -> bool:
        """Whether the attempt is still in flight (intent or queued)."""
        row = self._db.execute("SELECT state FROM attempts WHERE id = ?", (attempt,)).fetchone()
        return row is not None and row[0] in ACTIVE

    def attempts_of_batch(self, batch_id: str) -> list[Attempt]:
        """A batch's attempts in the batch's order."""
        rows = self._db.execute("SELECT * FROM attempts WHERE batch_id = ? ORDER BY id", (batch_id,))
        return [_attempt(r) for r in rows]

    def last_states(self) -> dict[int, str]:
        """Each variant's state: completed if any attempt completed, else its last attempt's state (a
        moved attempt's late end, duplicate or dropped, leaves it as moved)."""
        states: dict[int, str] = {}
        rows = self._db.execute("SELECT variant, state FROM attempts ORDER BY id")
        for variant, state in rows:
            if states.get(variant) == "completed":
                continue
            if state in ORPHAN_ENDS:
                states.setdefault(int(variant), "moved")
            else:
                states[int(variant)] = str(state)
        return states

    def todo(self, total: int, *, retry: Container[int] = ()) -> Iterator[int]:
        """Variants to enqueue (in order): never sent, last lost or canceled, or failed and in `retry`."""
        states = self.last_states()
        for variant in range(total):
            state = states.get(variant)
            if state is None or state in REDO or (state == "failed" and variant in retry):
                yield variant

    def failed(self) -> list[int]:
        """Variants whose last attempt failed."""
        return sorted(v for v, state in self.last_states().items() if state == "failed")

    def images(self, attempt: int | None = None) -> list[ImageRecord]:
        """Downloaded images (of one attempt, if given), in download order."""
        sql = "SELECT * FROM images"
        params: tuple[int, ...] = ()
        if attempt is not None:
            sql, params = sql + " WHERE attempt = ?", (attempt,)
        rows = self._db.execute(sql + " ORDER BY downloaded_at", params)
        return [ImageRecord(**dict(r)) for r in rows]

    def image_rows(self) -> Iterator[tuple[Attempt, ImageRecord]]:
        """Every downloaded image with its attempt, by variant (for the manifest)."""
        rows = self._db.execute(
            "SELECT a.*, i.server AS i_server, i.image_name, i.attempt, i.node_id, i.file, i.size, i.sha256, "
            "i.downloaded_at FROM images i JOIN attempts a ON a.id = i.attempt ORDER BY a.variant, i.rowid"
        )
        for r in rows:
            image = ImageRecord(
                server=r["i_server"],
                image_name=r["image_name"],
                attempt=r["attempt"],
                node_id=r["node_id"],
                file=r["file"],
                size=r["size"],
                sha256=r["sha256"],
                downloaded_at=r["downloaded_at"],
            )
            yield _attempt(r), image

    def counts(self, total: int) -> VariantCounts:
        """How far the run is, from the journal alone."""
        states = self.last_states()
        completed = sum(s == "completed" for s in states.values())
        failed = sum(s == "failed" for s in states.values())
        active = sum(s in ACTIVE for s in states.values())
        (images,) = self._db.execute("SELECT count(*) FROM images").fetchone()
        (duplicates,) = self._db.execute("SELECT count(*) FROM attempts WHERE state = 'duplicate'").fetchone()
        return VariantCounts(
            total=total,
            completed=completed,
            failed=failed,
            active=active,
            todo=total - completed - failed - active,
            images=int(images),
            duplicates=int(duplicates),
        )

    def servers(self) -> list[str]:
        """Every server the run has sent batches to."""
        return [str(r[0]) for r in self._db.execute("SELECT DISTINCT server FROM batches ORDER BY rowid")]

    def batch_ids(self, server: str) -> list[str]:
        """The run's batch ids on `server`."""
        rows = self._db.execute("SELECT batch_id FROM batches WHERE server = ? ORDER BY rowid", (server,))
        return [str(r[0]) for r in rows]


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _attempt(row: sqlite3.Row) -> Attempt:
    return Attempt(
        id=row["id"],
        variant=row["variant"],
        batch_id=row["batch_id"],
        server=row["server"],
        item_id=row["item_id"],
        state=row["state"],
        error=row["error"],
        started_at=row["started_at"],
        completed_at=row["completed_at"],
    )
