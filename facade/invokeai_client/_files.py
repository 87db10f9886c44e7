"""Files the client writes: made beside their final name, then renamed into place, with the user's umask."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

__all__ = ["create_new", "open_beside"]


def create_new(name_for: Callable[[str], Path], *, readable: bool = False) -> tuple[int, Path]:
    """A new file at `name_for(<random token>)`, open for writing (and reading, if `readable`): (fd, path).

    Created with mode 0666 less the umask, as `open()` would make the final file (tempfile.mkstemp makes
    0600 files, which a rename would carry to the final name); a name already taken draws another token."""
    access = os.O_RDWR if readable else os.O_WRONLY
    flags = access | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        path = name_for(secrets.token_hex(4))
        try:
            return os.open(path, flags, 0o666), path
        except FileExistsError:
            continue


def open_beside(target: Path) -> tuple[int, Path]:
    """A new temporary file `.<name>.<random>.part` in `target`'s folder, open for writing: (fd, path)."""
    return create_new(lambda token: target.parent / f".{target.name}.{token}.part")
