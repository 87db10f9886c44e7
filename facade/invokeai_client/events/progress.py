"""A progress display for scripts and the CLI, fed by a submission's server events.

    with ProgressBar() as bar:
        wf.enqueue(on_progress=bar)
        item = wf.wait()

It shows how many items of the batch have finished and, for the item running, its node and the node's
percentage. With `rich` installed (the `cli` extra) it draws rich progress bars; otherwise one text line on
stderr, rewritten in place on a terminal, or a line per status change when stderr is a file or a pipe.
"""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from invokeai_client.resources.queue import TERMINAL_STATUSES

if TYPE_CHECKING:
    from .hub import QueueEvent

__all__ = ["ItemProgress", "ProgressBar", "ProgressState"]

_BAR_WIDTH = 20


@dataclass
class ItemProgress:
    """What is known about one queue item: its status and, while it runs, the node and its progress."""

    item_id: int
    status: str = "pending"
    node: str = ""
    percentage: float | None = None  # 0..1; None while a node's progress is indeterminate
    message: str = ""


@dataclass
class ProgressState:
    """Items and batch totals, updated from events; rendering reads it. No I/O."""

    items: dict[int, ItemProgress] = field(default_factory=dict)
    totals: dict[str, tuple[int, int]] = field(default_factory=dict)  # batch_id -> (finished, total)
    current: int | None = None  # the item whose node progress is shown

    def update(self, event: QueueEvent) -> bool:
        """Apply one event; answers whether anything shown changed."""
        event_: Any = event  # read by name: a RawEvent (unparsed payload) simply changes nothing
        name = type(event).__name__
        item_id = getattr(event, "item_id", None)
        if name == "BatchEnqueuedEvent":
            self.totals.setdefault(str(event_.batch_id), (0, int(event_.enqueued)))
            return True
        if not isinstance(item_id, int):
            return False
        item = self.items.setdefault(item_id, ItemProgress(item_id))
        if name == "QueueItemStatusChangedEvent":
            item.status = str(getattr(event, "status", item.status))
            batch = getattr(event, "batch_status", None)
            if batch is not None:
                finished = int(batch.completed) + int(batch.failed) + int(batch.canceled)
                self.totals[str(event_.batch_id)] = (finished, int(batch.total))
            if item.status in TERMINAL_STATUSES:
                item.percentage = None
                if self.current == item_id:
                    self.current = None
            else:
                self.current = item_id
        elif name == "InvocationStartedEvent":
            item.node, item.percentage, item.message = _node_name(event), None, ""
            item.status, self.current = "in_progress", item_id
        elif name == "InvocationProgressEvent":
            item.node = _node_name(event)
            item.percentage = getattr(event, "percentage", None)
            item.message = str(getattr(event, "message", "") or "")
            self.current = item_id
        elif name == "InvocationErrorEvent":
            item.message = f"{getattr(event, 'error_type', 'error')}: {getattr(event, 'error_message', '')}"
        else:
            return False
        return True

    @property
    def finished(self) -> int:
        return sum(done for done, _ in self.totals.values())

    @property
    def total(self) -> int:
        return sum(total for _, total in self.totals.values()) or len(self.items)

    @property
    def done(self) -> bool:
        """Every batch seen has finished all its items."""
        return bool(self.totals) and all(done >= total for done, total in self.totals.values())

    def line(self) -> str:
        """One line: items finished, then the running item's node and percentage."""
        text = f"{self.finished}/{self.total} items done"
        failed = [i.item_id for i in self.items.values() if i.status in ("failed", "canceled")]
        if failed:
            text += f" ({len(failed)} failed or canceled)"
        item = self.items.get(self.current) if self.current is not None else None
        if item is None:
            return text
        text += f" | item {item.item_id} {item.node or item.status}"
        if item.percentage is not None:
            text += f" {_text_bar(item.percentage)} {item.percentage:4.0%}"
        if item.message:
            text += f" {item.message}"
        return text


def _text_bar(fraction: float, width: int = _BAR_WIDTH) -> str:
    """A text progress bar, `[####------]`, `fraction` of it filled."""
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "[" + "#" * filled + "-" * (width - filled) + "]"


def _node_name(event: Any) -> str:
    node_type = getattr(getattr(event, "invocation", None), "type_", None)
    source = getattr(event, "invocation_source_id", "")
    return f"{source} ({node_type})" if node_type and node_type != source else str(source)


class ProgressBar:
    """An `on_progress` callback that draws the batch's progress until every item has finished.

    `plain=True` forces the text line even with rich installed; `stream` is where it goes (stderr).
    Call `close()` (or use it as a context manager) to end the display early.
    """

    def __init__(self, *, stream: TextIO | None = None, plain: bool | None = None) -> None:
        self.stream: TextIO = stream if stream is not None else sys.stderr
        self.state: ProgressState = ProgressState()
        self._lock = threading.Lock()
        self._closed = False
        self._last_line = ""
        self._rich: Any = None
        self._tasks: dict[str, Any] = {}
        if not plain:
            try:
                from rich.console import Console
                from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn
            except ImportError:
                pass
            else:
                self._rich = Progress(
                    TextColumn("{task.description}"),
                    BarColumn(),
                    TaskProgressColumn(),
                    TextColumn("{task.fields[message]}"),
                    console=Console(file=self.stream),
                    transient=False,
                )

    def __call__(self, event: QueueEvent) -> None:
        with self._lock:
            if self._closed or not self.state.update(event):
                return
            if self._rich is not None:
                self._draw_rich(event)
            else:
                self._draw_text()
            if self.state.done:
                self._finish()

    def _draw_text(self) -> None:
        line = self.state.line()
        if line == self._last_line:
            return
        if self.stream.isatty():
            pad = " " * max(0, len(self._last_line) - len(line))
            self.stream.write("\r" + line + pad)
        elif _status_part(line) != _status_part(self._last_line):
            # Not a terminal (a log, a pipe): a line per status change, not per step.
            self.stream.write(line + "\n")
        self.stream.flush()
        self._last_line = line

    def _draw_rich(self, event: QueueEvent) -> None:
        progress = self._rich
        if not self._tasks:
            progress.start()
            self._tasks["items"] = progress.add_task("items", total=None, message="")
        state = self.state
        progress.update(self._tasks["items"], completed=state.finished, total=state.total or None)
        item_id = getattr(event, "item_id", None)
        if not isinstance(item_id, int):
            return
        item = state.items[item_id]
        key = f"item {item_id}"
        if item.status in TERMINAL_STATUSES:
            task = self._tasks.pop(key, None)
            if task is not None:
                progress.remove_task(task)
            return
        if key not in self._tasks:
            self._tasks[key] = progress.add_task(key, total=None, message="")
        percentage = None if item.percentage is None else round(item.percentage * 100)
        progress.update(
            self._tasks[key],
            description=f"{key} {item.node or item.status}",
            completed=percentage or 0,
            total=None if percentage is None else 100,
            message=item.message,
        )

    def _finish(self) -> None:
        self._closed = True
        if self._rich is not None:
            if self._tasks:
                self._rich.stop()
        elif self._last_line and self.stream.isatty():
            self.stream.write("\n")
            self.stream.flush()

    def close(self) -> None:
        """End the display (also done by itself once every item has finished)."""
        with self._lock:
            if not self._closed:
                self._finish()

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _status_part(line: str) -> str:
    return line.split(" | ", 1)[0] + " " + line.split(" | ", 1)[-1].split(" [", 1)[0]
