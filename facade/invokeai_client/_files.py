"""Files the client writes: made beside their final name, then renamed into place, with the user's umask."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

__all__ = ["open_beside"]


def open_beside(target: Path) -> tuple[int, Path]:
    """A new temporary file `.<name>.<random>.part` in `target`'s folder, open for writing: (fd, path).

    Created with mode 0666 less the umask, as `open()` would make `target` itself (tempfile.mkstemp makes
    0600 files, which a rename would carry to the final name)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
