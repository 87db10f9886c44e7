"""Every ```python block of README.md runs as written, in order, against a real InvokeAI (or its cassette).

The blocks share one namespace, as a reader pasting them into one session would, and run in a scratch
folder that sees the repository's examples/ (what they write, such as out/, stays there). The one change
made to them: the README's server URL becomes the server under test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
README_URL = "http://127.0.0.1:9090"
BOARD = "My renders"  # the board the README's Usage block files its images on


def python_blocks() -> list[tuple[int, str]]:
    """(line of the first code line, code) for each ```python block."""
    text = (ROOT / "README.md").read_text()
    return [
        (text.count("\n", 0, m.start(1)) + 1, m.group(1))
        for m in re.finditer(r"^```python\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    ]


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def new_board_removed(client: Any) -> Iterator[None]:
    """The README creates its board if the server has none; a board it did not create is left as it was."""
    existed = bool(client.board_repo.get_boards_by_name(BOARD))
    yield
    if not existed:
        for board in client.board_repo.get_boards_by_name(BOARD):
            client.board_repo.delete_board(board.board_id, delete_images=True)


def test_readme_python_blocks_run(server_url: str, scratch: Path, new_board_removed: None) -> None:
    blocks = python_blocks()
    assert len(blocks) >= 3, "README.md has its Usage, Sweeps and bindings blocks"
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    for line, code in blocks:
        # Padded so a traceback names the README's own line numbers.
        source = "\n" * (line - 1) + code.replace(README_URL, server_url)
        exec(compile(source, str(ROOT / "README.md"), "exec"), namespace)
    assert {p.suffix for p in (scratch / "out").iterdir()} == {".png"}  # the Usage block's download
