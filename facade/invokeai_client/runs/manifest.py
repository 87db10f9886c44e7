"""The manifest beside a run's images: one row per image, as CSV (`manifest.csv`) and JSON lines
(`manifest.jsonl`), for pandas (`pd.read_csv`, `pd.read_json(lines=True)`) or a spreadsheet.

The journal is the record; the manifest is a view of it. Rows are appended as images arrive, and the
whole file is rewritten from the journal when a run starts and when it ends, so a row lost or cut off
by a kill (appended after the journal's commit) is back on the next start.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .files import AtomicText
from .journal import Attempt, ImageRecord, Journal
from .spec import RunSpec

__all__ = ["CSV_NAME", "JSONL_NAME", "Manifest"]

CSV_NAME, JSONL_NAME = "manifest.csv", "manifest.jsonl"
_FIXED = ["variant"]
_AFTER = [
    "seed",
    "item_id",
    "batch_id",
    "server",
    "node_id",
    "image_name",
    "file",
    "size",
    "sha256",
    "started_at",
    "completed_at",
    "downloaded_at",
]


class Manifest:
    """The manifest files of one run in `folder`."""

    def __init__(self, folder: Path, spec: RunSpec) -> None:
        self.folder: Path = folder
        self.spec: RunSpec = spec
        self.value_columns: list[str] = value_columns(spec)
        self.columns: list[str] = _FIXED + self.value_columns + _AFTER
        self._seed = _fixed_seed(spec)

    def row(self, attempt: Attempt, image: ImageRecord) -> dict[str, Any]:
        """One image's row."""
        values = self.spec.values(attempt.variant)
        seed = next((v for k, v in values.items() if k.endswith(".seed")), self._seed)
        row: dict[str, Any] = {"variant": attempt.variant}
        row.update(zip(self.value_columns, values.values(), strict=True))
        row.update(
            seed=seed,
            item_id=attempt.item_id,
            batch_id=attempt.batch_id,
            server=image.server,
            node_id=image.node_id,
            image_name=image.image_name,
            file=image.file,
            size=image.size,
            sha256=image.sha256,
            started_at=attempt.started_at,
            completed_at=attempt.completed_at,
            downloaded_at=datetime.fromtimestamp(image.downloaded_at, UTC).isoformat(),
        )
        return row

    def rewrite(self, journal: Journal) -> int:
        """Write both files afresh from the journal (atomically); returns the number of rows."""
        count = 0
        with (
            AtomicText(self.folder / CSV_NAME) as csv_file,
            AtomicText(self.folder / JSONL_NAME) as jsonl_file,
        ):
            writer = csv.DictWriter(csv_file, self.columns)
            writer.writeheader()
            for attempt, image in journal.image_rows():
                row = self.row(attempt, image)
                writer.writerow(_cells(row))
                jsonl_file.write(json.dumps(row) + "\n")
                count += 1
        return count

    def append(self, rows: Iterable[dict[str, Any]]) -> None:
        """Add rows to both files (after the journal recorded their images)."""
        rows = list(rows)
        if not rows:
            return
        text = io.StringIO()
        writer = csv.DictWriter(text, self.columns)
        for row in rows:
            writer.writerow(_cells(row))
        with open(self.folder / CSV_NAME, "a", newline="", encoding="utf-8") as f:
            f.write(text.getvalue())
        with open(self.folder / JSONL_NAME, "a", encoding="utf-8") as f:
            f.write("".join(json.dumps(row) + "\n" for row in rows))


def value_columns(spec: RunSpec) -> list[str]:
    """A column per swept field, named by its label; a label that is also a manifest column (`variant`,
    `file`, ...) or another swept field's label gets its field beside it ("Size (resize.width)"), so no
    column is overwritten or lost."""
    labels = [spec.labels.get(key, key) for key in spec.fields]
    taken = set(_FIXED) | set(_AFTER)
    return [
        f"{label} ({key})" if label in taken or labels.count(label) > 1 else label
        for key, label in zip(spec.fields, labels, strict=True)
    ]


def _cells(row: dict[str, Any]) -> dict[str, Any]:
    # A spreadsheet cell holds text: values that are lists or mappings (an image field) go in as JSON.
    return {k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in row.items()}


def _fixed_seed(spec: RunSpec) -> Any:
    """The seed the workflow sets when the sweep does not (the first node input named `seed`)."""
    for node in spec.workflow.get("nodes", []):
        field = ((node.get("data") or {}).get("inputs") or {}).get("seed")
        if isinstance(field, dict) and "value" in field:
            return field["value"]
    return None
