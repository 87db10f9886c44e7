"""Images: upload, download (to bytes or straight to a file), star, move, delete, list in pages."""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar

from invokeai_client import errors
from invokeai_client._files import open_beside
from invokeai_client._transport.core import Op
from invokeai_client._transport.ops import Transport, async_op, sync_op

if TYPE_CHECKING:
    from invokeai_api.models import ImageDTO, MetadataField

__all__ = ["UNCATEGORIZED", "ImageCategory", "ImagePage", "ImageRepository", "safe_file_name"]

T = TypeVar("T")
ImageCategory = Literal["general", "mask", "control", "user", "other"]
UNCATEGORIZED = "none"

_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"BM", 0, "image/bmp"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
)


def _sniff_image_type(data: bytes) -> str | None:
    """The image MIME type of `data` from its leading bytes, or None if it is not an image we know."""
    for signature, offset, mime in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            if mime == "image/webp" and not data.startswith(b"RIFF"):
                continue
            return mime
    return None


def safe_file_name(name: str) -> str:
    """A server-provided image name reduced to a plain file name that cannot leave its folder."""
    base = re.sub(r"[^A-Za-z0-9._-]", "_", os.path.basename(name.replace("\\", "/")))
    base = base.lstrip(".")
    if not base:
        raise errors.ValidationError(f"image name {name!r} does not make a usable file name")
    return base


def _check_image_name(image_name: str) -> None:
    # "." and ".." survive URL quoting and would climb to another endpoint once the path is normalized.
    if not isinstance(image_name, str) or image_name.strip() in ("", ".", ".."):
        raise errors.ValidationError(f"{image_name!r} is not an image name (like 'a1b2c3.png')")


def _about_image(image_name: str, op: Op[T]) -> Op[T]:
    """Run `op`; a 404 becomes a NotFoundError that names the image."""
    _check_image_name(image_name)
    try:
        return (yield from op)
    except errors.NotFoundError as exc:
        raise errors.NotFoundError.about(f"no image named {image_name!r}", exc) from exc


@dataclass(frozen=True)
class ImagePage:
    """One page of an image listing."""

    items: list[ImageDTO]
    offset: int
    limit: int
    total: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total


class ImageRepository:
    """Images on the server, whatever board they are on (`client.images`)."""

    def __init__(self, client: Transport) -> None:
        self.client = client

    # --- reading -----------------------------------------------------------------------------------------

    def _get_image(self, image_name: str) -> Op[ImageDTO]:
        """The image's record (board, size, flags); raises NotFoundError naming it."""
        from invokeai_api.api.images import get_image_dto

        op = self.client.pipeline.call(get_image_dto, image_name)
        return (yield from _about_image(image_name, op))

    get_image: Final = sync_op(_get_image)
    async_get_image: Final = async_op(_get_image)

    def _list_images(
        self,
        board_id: str | None = None,
        *,
        offset: int = 0,
        limit: int = 50,
        categories: list[ImageCategory] | None = None,
        is_intermediate: bool | None = None,
        newest_first: bool = True,
        starred_first: bool = False,
        search_term: str | None = None,
    ) -> Op[ImagePage]:
        """One page of images, newest first unless `newest_first` is False.

        `board_id` None lists every board, "none" the uncategorized images; the filters are the GUI's
        gallery filters. `ImagePage.has_more` says whether another page follows."""
        from invokeai_api.api.images import list_image_dtos
        from invokeai_api.types import UNSET

        page = yield from self.client.pipeline.call(
            list_image_dtos,
            board_id=board_id if board_id is not None else UNSET,
            offset=offset,
            limit=limit,
            categories=categories if categories is not None else UNSET,
            is_intermediate=is_intermediate if is_intermediate is not None else UNSET,
            order_dir="DESC" if newest_first else "ASC",
            starred_first=starred_first,
            search_term=search_term if search_term is not None else UNSET,
        )
        return ImagePage(items=list(page.items), offset=page.offset, limit=page.limit, total=page.total)

    list_images: Final = sync_op(_list_images)
    async_list_images: Final = async_op(_list_images)

    def iter_images(
        self, board_id: str | None = None, *, page_size: int = 100, **filters: Any
    ) -> Iterator[ImageDTO]:
        """Every matching image, newest first, fetched a page at a time."""
        offset = 0
        while True:
            page = self.list_images(board_id, offset=offset, limit=page_size, **filters)
            yield from page.items
            if not page.has_more or not page.items:
                return
            offset += len(page.items)

    async def async_iter_images(
        self, board_id: str | None = None, *, page_size: int = 100, **filters: Any
    ) -> AsyncIterator[ImageDTO]:
        """`async for image in images.async_iter_images()`: `iter_images` for asyncio."""
        offset = 0
        while True:
            page = await self.async_list_images(board_id, offset=offset, limit=page_size, **filters)
            for item in page.items:
                yield item
            if not page.has_more or not page.items:
                return
            offset += len(page.items)

    def _latest_image(self, board_id: str) -> Op[ImageDTO | None]:
        """The newest image on `board_id` ("none": uncategorized), or None."""
        page = yield from self._list_images(board_id, limit=1, newest_first=True, starred_first=False)
        return page.items[0] if page.items else None

    latest_image: Final = sync_op(_latest_image)
    async_latest_image: Final = async_op(_latest_image)

    def _get_metadata(self, image_name: str) -> Op[dict[str, Any] | None]:
        """The image's generation metadata as a dict, or None if it has none."""
        from invokeai_api.api.images import get_image_metadata

        op = self.client.pipeline.call(get_image_metadata, image_name)
        # Images made outside a workflow have none: the server answers null (see Endpoint).
        metadata: MetadataField | None = yield from _about_image(image_name, op)
        # The parser hands back what is not a metadata object as it came: only objects have to_dict.
        return metadata.to_dict() if metadata is not None and hasattr(metadata, "to_dict") else None

    get_metadata: Final = sync_op(_get_metadata)
    async_get_metadata: Final = async_op(_get_metadata)

    # --- downloading -------------------------------------------------------------------------------------

    def _image_request(self, image_name: str, full_resolution: bool) -> dict[str, Any]:
        from invokeai_api.api.images import get_image_full, get_image_thumbnail

        if full_resolution:
            return get_image_full._get_kwargs(image_name)
        return get_image_thumbnail._get_kwargs(image_name)

    def _download_image(self, image_name: str, full_resolution: bool = True) -> Op[bytes]:
        """The image's bytes (the thumbnail unless `full_resolution`)."""
        sink = BytesIO()
        yield from self._stream_image(image_name, full_resolution, sink)
        return sink.getvalue()

    download_image: Final = sync_op(_download_image)
    async_download_image: Final = async_op(_download_image)

    def _stream_image(self, image_name: str, full_resolution: bool, sink: Any) -> Op[int]:
        op = self.client.pipeline.download(self._image_request(image_name, full_resolution), sink)
        return (yield from _about_image(image_name, op))

    def _download_image_to(
        self, image_name: str, destination: str | os.PathLike[str], full_resolution: bool = True
    ) -> Op[Path]:
        """Stream the image into `destination` and return the file's path. `destination` is a folder (the
        file takes the sanitized image name) if it is one already, ends with a separator, or has no file
        suffix ("out", "out/"); else it is the file's path ("out/fox.png"). Missing folders are made.
        Written atomically, with the user's umask: the file appears complete or not at all."""
        target = Path(destination)
        text = os.fspath(destination)
        separators = tuple(filter(None, (os.sep, os.altsep)))
        if target.is_dir() or text.endswith(separators) or not target.suffix:
            target = target / safe_file_name(image_name)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = open_beside(target)
        try:
            with os.fdopen(fd, "wb") as sink:
                yield from self._stream_image(image_name, full_resolution, sink)
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return target

    download_image_to: Final = sync_op(_download_image_to)
    async_download_image_to: Final = async_op(_download_image_to)

    # --- writing -----------------------------------------------------------------------------------------

    def _upload_image_data(
        self,
        data: bytes,
        *,
        file_name: str = "image.png",
        board_id: str | None = None,
        image_category: ImageCategory = "user",
        is_intermediate: bool = False,
    ) -> Op[ImageDTO]:
        """Upload image bytes; `board_id` None or "none" leaves it uncategorized."""
        from invokeai_api.api.images import upload_image
        from invokeai_api.models import BodyUploadImage
        from invokeai_api.types import UNSET, File

        if not data:
            raise errors.ValidationError(f"cannot upload {file_name!r}: it is empty")
        mime = _sniff_image_type(data)
        if mime is None:
            raise errors.ValidationError(
                f"cannot upload {file_name!r}: not an image (PNG, JPEG, WEBP, GIF, BMP or TIFF expected)"
            )
        body = BodyUploadImage(file=File(payload=BytesIO(data), file_name=file_name, mime_type=mime))
        # The parser's other answer, Any, is its 415 (not an image), which `call` raises.
        dto: ImageDTO = yield from self.client.pipeline.call(
            upload_image,
            body=body,
            image_category=image_category,
            is_intermediate=is_intermediate,
            board_id=board_id if board_id not in (None, UNCATEGORIZED) else UNSET,
        )
        return dto

    upload_image_data: Final = sync_op(_upload_image_data)
    async_upload_image_data: Final = async_op(_upload_image_data)

    def _upload_image(self, /, path: str | os.PathLike[str], **options: Any) -> Op[ImageDTO]:
        """Upload an image file; options as `upload_image_data` (its file name by default)."""
        source = Path(path)
        if not source.is_file():
            raise errors.ValidationError(f"cannot upload {source}: no such file")
        options.setdefault("file_name", source.name)
        return (yield from self._upload_image_data(source.read_bytes(), **options))

    upload_image: Final = sync_op(_upload_image)
    async_upload_image: Final = async_op(_upload_image)

    def _delete_image(self, image_name: str) -> Op[None]:
        """Delete the image from the server."""
        from invokeai_api.api.images import delete_image

        yield from _about_image(image_name, self.client.pipeline.call(delete_image, image_name))

    delete_image: Final = sync_op(_delete_image)
    async_delete_image: Final = async_op(_delete_image)

    def _set_starred(self, image_names: list[str], starred: bool) -> Op[None]:
        from invokeai_api.api.images import star_images_in_list, unstar_images_in_list
        from invokeai_api.models import BodyStarImagesInList, BodyUnstarImagesInList

        if starred:
            yield from self.client.pipeline.call_idempotent(
                star_images_in_list, body=BodyStarImagesInList(image_names=image_names)
            )
        else:
            yield from self.client.pipeline.call_idempotent(
                unstar_images_in_list, body=BodyUnstarImagesInList(image_names=image_names)
            )

    def _star_image(self, image_name: str) -> Op[None]:
        """Star the image."""
        yield from self._set_starred([image_name], True)

    def _unstar_image(self, image_name: str) -> Op[None]:
        """Unstar the image."""
        yield from self._set_starred([image_name], False)

    star_image: Final = sync_op(_star_image)
    async_star_image: Final = async_op(_star_image)
    unstar_image: Final = sync_op(_unstar_image)
    async_unstar_image: Final = async_op(_unstar_image)

    def _move_to_board(self, image_name: str, board_id: str) -> Op[None]:
        """Put the image on `board_id`, or take it off its board with "none"."""
        from invokeai_api.api.boards import add_image_to_board, remove_image_from_board
        from invokeai_api.models import BodyAddImageToBoard, BodyRemoveImageFromBoard

        if board_id == UNCATEGORIZED:
            body = BodyRemoveImageFromBoard(image_name=image_name)
            yield from self.client.pipeline.call_idempotent(remove_image_from_board, body=body)
        else:
            add = BodyAddImageToBoard(board_id=board_id, image_name=image_name)
            yield from self.client.pipeline.call_idempotent(add_image_to_board, body=add)

    move_to_board: Final = sync_op(_move_to_board)
    async_move_to_board: Final = async_op(_move_to_board)
