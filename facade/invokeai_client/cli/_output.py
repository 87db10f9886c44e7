"""What the commands print: rich tables for people, one JSON document for scripts (--json).

In JSON mode stdout carries exactly one JSON value per command and notes go to stderr, so
`invokeai-client --json boards | jq` always parses. rich is imported only for human output.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from invokeai_client import errors


def plain(value: Any) -> Any:
    """A JSON-able version of a value: generated models as dicts, datetimes as ISO text."""
    if hasattr(value, "to_dict"):
        return plain(value.to_dict())
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def cell(value: Any, width: int = 200) -> str:
    """A value as a table cell: models by name, boards and images by id, long text cut."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("board_id") or value.get("image_name") or json.dumps(value)
    if isinstance(value, datetime.datetime):
        value = value.strftime("%Y-%m-%d %H:%M:%S")
    text = "-" if value is None or value == "" else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


class Output:
    def __init__(self, json_mode: bool) -> None:
        self.json_mode = json_mode
        self._console: Any = None
        self._err_console: Any = None
        if not json_mode:
            try:
                from rich.console import Console
            except ImportError:
                raise errors.InvokeAIError(
                    "tables need rich: pip install 'invokeai-client[cli]' (or pass --json)"
                ) from None
            # Piped output is for reading in full (grep, less): not cut to 80 columns unless COLUMNS says so.
            wide = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 200
            self._console = Console(highlight=False, soft_wrap=False, width=wide)
            self._err_console = Console(stderr=True, highlight=False)

    def note(self, text: str) -> None:
        """A remark along the way (what was uploaded, which model was chosen)."""
        if self.json_mode:
            print(text, file=sys.stderr)
        else:
            self._console.print(text, markup=False)

    def error(self, text: str) -> None:
        """A problem the command goes on past (a failed queue item): one line on stderr."""
        print(f"error: {' '.join(text.split())}", file=sys.stderr)

    def data(self, value: Any) -> None:
        """The command's result in JSON mode (human mode shows tables instead)."""
        if self.json_mode:
            print(json.dumps(plain(value), indent=2))

    def table(self, columns: Sequence[str], rows: Sequence[Sequence[Any]], title: str | None = None) -> None:
        if self.json_mode:
            return
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for name in columns:
            table.add_column(name, overflow="fold")  # ids wrap whole rather than end in an ellipsis
        for row in rows:
            table.add_row(*(cell(v) for v in row))
        self._console.print(table)

    def progress(self, total: int, label: str) -> ProgressDisplay:
        return ProgressDisplay(None if self.json_mode else self._err_console, total, label)


class ProgressDisplay:
    """A progress bar over queue items (on stderr), advanced as items finish; silent in JSON mode."""

    def __init__(self, console: Any, total: int, label: str) -> None:
        self._progress: Any = None
        self._task: Any = None
        if console is not None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
            )
            self._task = self._progress.add_task(label, total=total)

    def __enter__(self) -> ProgressDisplay:
        context: AbstractContextManager[Any] = self._progress or nullcontext()
        context.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def update(self, finished: int, status: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=finished, description=status)
