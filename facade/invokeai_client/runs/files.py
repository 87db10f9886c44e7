"""Files a run writes in its folder: under a temporary name first, renamed when complete, with the
permissions the user's umask gives (as `open` would), never over the run's own files or another image.

Temporary files are named `.invokeai-part.<name>.<random>`: a new run removes those (a kill cut their
download short) and never a file of the user's, whatever it is called.
"""

from __future__ import annotations

import filecmp
import io
import os
from collections.abc import Container
from pathlib import Path
from typing import Any

from invokeai_client._files import create_new

__all__ = [
    "PART_PREFIX",
    "AtomicText",
    "claim_name",
    "open_part",
    "remove_partial_files",
    "unrecorded_files",
]

PART_PREFIX = ".invokeai-part."
# The run's own files: a server's image name never lands on them, whatever it sanitises to.
RESERVED = frozenset(
    {"run.sqlite", "run.sqlite-wal", "run.sqlite-shm", "run.sqlite-journal", "run.lock",
     "manifest.csv", "manifest.jsonl", "index.html", "contact-sheet.png"}
)  # fmt: skip


def open_part(folder: Path, name: str) -> tuple[Path, io.BufferedRandom]:
    """A new temporary file for `name` in `folder`, opened for writing; created with mode 0666 less the
    umask (tempfile's 0600 would hide the images from the user's group)."""
    fd, path = create_new(lambda token: folder / f"{PART_PREFIX}{name}.{token}", readable=True)
    return path, os.fdopen(fd, "w+b")


def claim_name(temp: Path, folder: Path, name: str, *, adoptable: Container[str] = ()) -> Path:
    """Give the complete file `temp` its final name: `name`, or `name-2`, `name-3`, ... if that is taken
    (by another image, or by the run's own files). Never replaces a file: a hard link fails on an
    existing name, so two downloads racing for one name each get their own.

    A taken name in `adoptable` whose file holds exactly these bytes is this same image, renamed into place
    by a run killed before it could journal it: that file is kept and `temp` removed."""
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    for n in range(1, 10_000):
        candidate = name if n == 1 else f"{stem}-{n}{'.' + suffix if suffix else ''}"
        if candidate in RESERVED or candidate.startswith(PART_PREFIX):
            continue
        target = folder / candidate
        try:
            os.link(temp, target)
        except FileExistsError:
            pass
        except OSError:
            # No hard links here (some network or FAT file systems): check, then rename.
            if not target.exists():
                os.replace(temp, target)
                return target
        else:
            temp.unlink()
            return target
        # Taken.
        if candidate in adoptable and _same_bytes(temp, target):
            temp.unlink()
            return target
    raise FileExistsError(f"{folder}: no free file name for {name}")


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return b.is_file() and filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def unrecorded_files(folder: Path, recorded: Container[str]) -> set[str]:
    """The names of the files in `folder` that a run's journal does not record (a user's, or downloads a
    kill left renamed into place but unjournaled): `claim_name` may adopt the latter."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return set()
    return {n for n in names if n not in recorded and n not in RESERVED and not n.startswith(PART_PREFIX)}


def remove_partial_files(folder: Path) -> None:
    """Temporary files of this client's downloads that a kill cut short: never counted, removed."""
    for path in folder.glob(f"{PART_PREFIX}*"):
        path.unlink(missing_ok=True)


class AtomicText:
    """A text file written under a temporary name and renamed over the old one when complete."""

    def __init__(self, path: Path) -> None:
        self.path: Path = path
        self.temp: Path | None = None
        self.file: io.TextIOWrapper | None = None

    def __enter__(self) -> io.TextIOWrapper:
        self.temp, raw = open_part(self.path.parent, self.path.name)
        self.file = file = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        return file

    def __exit__(self, exc_type: object, exc: object, tb: Any) -> None:
        assert self.file is not None
        assert self.temp is not None
        self.file.close()
        if exc_type is None:
            os.replace(self.temp, self.path)
        else:
            self.temp.unlink(missing_ok=True)
