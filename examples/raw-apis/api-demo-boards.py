"""Boards through the generated bindings: every board with its counts, and the newest images on one.

Run it as:
    python examples/raw-apis/api-demo-boards.py                      # all boards, uncategorized included
    python examples/raw-apis/api-demo-boards.py --board "My renders" --limit 5
    python examples/raw-apis/api-demo-boards.py --create "New board"
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

from invokeai_api import AuthenticatedClient
from invokeai_api.api.boards import create_board, list_boards
from invokeai_api.api.images import list_image_dtos
from invokeai_api.models import BoardDTO, OffsetPaginatedResultsImageDTO
from invokeai_api.types import Unset


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("--board", help="also list the newest images on this board (a name, or 'none')")
    p.add_argument("--limit", type=int, default=10, help="how many images to list")
    p.add_argument("--create", metavar="NAME", help="create a board first (names need not be unique)")
    return _common.run(p, argv, report)


def report(args: Any) -> int:
    client = _common.raw_client(args)  # an invokeai_api.AuthenticatedClient
    with client:
        if args.create:
            board = _common.expect(
                create_board.sync(client=client, board_name=args.create), BoardDTO, "create"
            )
            print(f"created board {board.board_name!r} ({board.board_id})")

        # Without all=true (or offset and limit) the server answers 400.
        boards = _common.expect(list_boards.sync(client=client, all_=True), list, "listing boards")
        print(f"{'board':<32} {'id':<36} {'images':>6} {'assets':>6}")
        print(f"{'Uncategorized':<32} {'none':<36} {count_images(client, 'none'):>6} {'':>6}")
        for board in boards:
            name = board.board_name[:32]
            assets = "-" if isinstance(board.asset_count, Unset) else board.asset_count  # counted from 6.0
            print(f"{name:<32} {board.board_id:<36} {board.image_count:>6} {assets:>6}")
        print(f"{len(boards)} boards")

        if args.board:
            board_id = _common.board_id_named(client, args.board)
            page = newest_images(client, board_id, args.limit)
            print(f"newest {len(page.items)} of {page.total} images on {args.board!r}:")
            for image in page.items:
                star = " *" if image.starred else ""
                print(f"  {image.image_name}  {image.width}x{image.height}  {image.created_at}{star}")
    return 0


def count_images(client: AuthenticatedClient, board_id: str) -> int:
    """How many images a board has; the uncategorized one ("none") is not in the board list."""
    return newest_images(client, board_id, 1).total


def newest_images(client: AuthenticatedClient, board_id: str, limit: int) -> OffsetPaginatedResultsImageDTO:
    answer = list_image_dtos.sync(
        client=client, board_id=board_id, limit=limit, order_dir="DESC", starred_first=False
    )
    return _common.expect(answer, OffsetPaginatedResultsImageDTO, f"images of board {board_id}")


if __name__ == "__main__":
    sys.exit(main())
