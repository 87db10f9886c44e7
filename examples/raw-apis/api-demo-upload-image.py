"""Upload an image through the generated bindings, onto a board, and read back what the server stored.

Run it as:
    python examples/raw-apis/api-demo-upload-image.py photo.png --board "Sources"
    python examples/raw-apis/api-demo-upload-image.py             # a generated gradient, uncategorized
"""

from __future__ import annotations

import mimetypes
import sys
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/_common.py

import _common

from invokeai_api.api.images import get_image_dto, upload_image
from invokeai_api.models import BodyUploadImage, ImageDTO
from invokeai_api.types import UNSET, File


def main(argv: list[str] | None = None) -> int:
    p = _common.parser(__doc__)
    p.add_argument("file", nargs="?", type=Path, help="image file (default: a generated 64x64 gradient)")
    p.add_argument("--board", default="none", help="board name, created if missing ('none': uncategorized)")
    p.add_argument("--category", default="user", choices=["user", "general", "control", "mask", "other"])
    return _common.run(p, argv, upload)


def upload(args: Any) -> int:
    if args.file is not None:
        if not args.file.is_file():
            raise _common.ExampleError(f"no such file: {args.file}", _common.EXIT_USAGE)
        data, name = args.file.read_bytes(), args.file.name
    else:
        data, name = _common.png_bytes(64, 64), "gradient.png"
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if not mime.startswith("image/"):
        raise _common.ExampleError(f"{name} is not an image ({mime}); the server takes image/* only", 2)

    client = _common.raw_client(args)  # an invokeai_api.AuthenticatedClient
    with client:
        board_id = _common.board_id_named(client, args.board, create=True)
        body = BodyUploadImage(file=File(payload=BytesIO(data), file_name=name, mime_type=mime))
        # Uncategorized means no board_id at all, not "none".
        answer = upload_image.sync(
            client=client,
            body=body,
            image_category=args.category,
            is_intermediate=False,
            board_id=board_id if board_id != "none" else UNSET,
        )
        uploaded = _common.expect(answer, ImageDTO, f"uploading {name}")
        print(f"uploaded {name} ({len(data)} bytes) as {uploaded.image_name}")

        stored = _common.expect(
            get_image_dto.sync(uploaded.image_name, client=client), ImageDTO, "image record"
        )
        print(f"  size      {stored.width}x{stored.height}")
        print(f"  category  {stored.image_category}")
        print(f"  board     {stored.board_id or 'none'} ({args.board})")
        base = args.url.rstrip("/") + "/"  # the server's URLs are relative: api/v1/images/i/...
        print(f"  full      {urljoin(base, stored.image_url)}")
        print(f"  thumbnail {urljoin(base, stored.thumbnail_url)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
