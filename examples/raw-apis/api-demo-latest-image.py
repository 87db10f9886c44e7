"""The newest image on a board, through the generated bindings, in one request.

The server orders for us: GET /api/v1/images/?board_id=...&limit=1&order_dir=DESC&starred_first=false.
(`starred_first` defaults to true, which would answer the newest *starred* image instead.)

    python examples/raw-apis/api-demo-latest-image.py --board "My renders" --out out/
    python examples/raw-apis/api-demo-latest-image.py             # uncategorized images
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

from invokeai_api.api.images import get_image_full, list_image_dtos
from invokeai_api.models import OffsetPaginatedResultsImageDTO
from invokeai_api.types import File


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("--board", default="none", help="board name ('none': uncategorized)")
    p.add_argument("--out", help="download the image to this folder")
    return _common.run(p, argv, latest)


def latest(args: Any) -> int:
    client = _common.raw_client(args)  # an invokeai_api.AuthenticatedClient
    with client:
        board_id = _common.board_id_named(client, args.board)
        answer = list_image_dtos.sync(
            client=client, board_id=board_id, limit=1, order_dir="DESC", starred_first=False
        )
        page = _common.expect(answer, OffsetPaginatedResultsImageDTO, f"images of {args.board!r}")
        if not page.items:
            raise _common.ExampleError(f"board {args.board!r} has no images")
        image = page.items[0]
        print(f"newest of {page.total} images on {args.board!r}: {image.image_name}")
        print(f"  created {image.created_at}, {image.width}x{image.height}, {image.image_category}")
        print(f"  starred {image.starred}, intermediate {image.is_intermediate}")
        if args.out:
            data = _common.expect(get_image_full.sync(image.image_name, client=client), File, "download")
            target = Path(args.out) / Path(image.image_name).name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data.payload.read())
            print(f"saved {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
