"""Starred images through the generated bindings: star or unstar some, then list the starred ones.

The listing asks the server to put starred images first (starred_first=true, newest first within) and
pages through until the first unstarred image, so it never loads a whole board.

    python examples/raw-apis/api-demo-starred-images.py --board "My renders"
    python examples/raw-apis/api-demo-starred-images.py --star IMAGE_NAME --unstar OTHER_NAME
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

from invokeai_api import AuthenticatedClient
from invokeai_api.api.images import list_image_dtos, star_images_in_list, unstar_images_in_list
from invokeai_api.models import (
    BodyStarImagesInList,
    BodyUnstarImagesInList,
    ImageDTO,
    OffsetPaginatedResultsImageDTO,
    StarredImagesResult,
    UnstarredImagesResult,
)

PAGE = 50


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("--board", help="only this board (a name, or 'none'); default: every board")
    p.add_argument("--star", action="append", default=[], metavar="IMAGE", help="star this image first")
    p.add_argument("--unstar", action="append", default=[], metavar="IMAGE", help="unstar this image first")
    return _common.run(p, argv, starred)


def starred(args: Any) -> int:
    client = _common.raw_client(args)  # an invokeai_api.AuthenticatedClient
    with client:
        if args.star:
            body = BodyStarImagesInList(image_names=args.star)
            done = _common.expect(
                star_images_in_list.sync(client=client, body=body), StarredImagesResult, "star"
            )
            print(f"starred {len(done.starred_images)} image(s)")
        if args.unstar:
            body_off = BodyUnstarImagesInList(image_names=args.unstar)
            answer = unstar_images_in_list.sync(client=client, body=body_off)
            undone = _common.expect(answer, UnstarredImagesResult, "unstar")
            print(f"unstarred {len(undone.unstarred_images)} image(s)")

        board_id = _common.board_id_named(client, args.board) if args.board else None
        where = f"on {args.board!r}" if args.board else "on any board"
        count = 0
        for image in starred_images(client, board_id):
            count += 1
            print(f"  * {image.image_name}  {image.width}x{image.height}  board {image.board_id or 'none'}")
        print(f"{count} starred image(s) {where}")
    return 0


def starred_images(client: AuthenticatedClient, board_id: str | None) -> Iterator[ImageDTO]:
    """Starred images, newest first, a page at a time until the first unstarred one."""
    offset = 0
    while True:
        answer = list_image_dtos.sync(
            client=client,
            board_id=board_id,  # None: every board
            offset=offset,
            limit=PAGE,
            order_dir="DESC",
            starred_first=True,
        )
        page = _common.expect(answer, OffsetPaginatedResultsImageDTO, "listing images")
        for image in page.items:
            if not image.starred:
                return
            yield image
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return


if __name__ == "__main__":
    sys.exit(main())
