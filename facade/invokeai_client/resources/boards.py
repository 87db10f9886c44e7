"""Boards (`client.boards`) and handles on one board (`BoardHandle`), the uncategorized one included."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from invokeai_client import errors
from invokeai_client._transport.core import Op
from invokeai_client._transport.ops import Transport, async_op, sync_op

from .images import UNCATEGORIZED, ImagePage, ImageRepository

if TYPE_CHECKING:
    from invokeai_api.models import BoardDTO, ImageDTO

__all__ = ["UNCATEGORIZED", "BoardHandle", "BoardRepository"]


class BoardHandle:
    """One board and the images on it. `board_id` "none" is the uncategorized board."""

    def __init__(
        self, client: Transport, board_id: str, board_name: str, board: BoardDTO | None = None
    ) -> None:
        self.client = client
        self._images = ImageRepository(client)
        self.board_id = board_id
        self.board_name = board_name
        self.board = board

    @property
    def is_uncategorized(self) -> bool:
        return self.board_id == UNCATEGORIZED

    def __repr__(self) -> str:
        return f"BoardHandle(board_id={self.board_id!r}, board_name={self.board_name!r})"

    def _list_images(self, /, *, offset: int = 0, limit: int = 50, **filters: Any) -> Op[ImagePage]:
        """One page of the board's images, newest first (filters as `ImageRepository.list_images`)."""
        return (yield from self._images._list_images(self.board_id, offset=offset, limit=limit, **filters))

    list_images: Final = sync_op(_list_images)
    async_list_images: Final = async_op(_list_images)

    def iter_images(self, *, page_size: int = 100, **filters: Any) -> Iterator[ImageDTO]:
        """Every image on the board, newest first, a page at a time."""
        return self._images.iter_images(self.board_id, page_size=page_size, **filters)

    def async_iter_images(self, *, page_size: int = 100, **filters: Any) -> AsyncIterator[ImageDTO]:
        """`async for image in board.async_iter_images()`: `iter_images` for asyncio."""
        return self._images.async_iter_images(self.board_id, page_size=page_size, **filters)

    def _latest_image(self) -> Op[ImageDTO | None]:
        """The board's newest image, or None if it has none."""
        return (yield from self._images._latest_image(self.board_id))

    latest_image: Final = sync_op(_latest_image)
    async_latest_image: Final = async_op(_latest_image)

    def _starred_images(self, *, limit: int = 100) -> Op[list[ImageDTO]]:
        """The board's starred images (up to `limit`), newest first."""
        # Starred images come first when asked for; stop at the first unstarred one.
        page = yield from self._images._list_images(self.board_id, limit=limit, starred_first=True)
        return list(_take_while_starred(page.items))

    starred_images: Final = sync_op(_starred_images)
    async_starred_images: Final = async_op(_starred_images)

    def _get_image_count(self) -> Op[int]:
        """How many images the board holds."""
        page = yield from self._images._list_images(self.board_id, limit=1)
        return page.total

    get_image_count: Final = sync_op(_get_image_count)
    async_get_image_count: Final = async_op(_get_image_count)

    def _upload_image(self, /, path: str | os.PathLike[str], **options: Any) -> Op[ImageDTO]:
        """Upload an image file onto this board (options as `ImageRepository.upload_image_data`)."""
        return (yield from self._images._upload_image(path, board_id=self.board_id, **options))

    upload_image: Final = sync_op(_upload_image)
    async_upload_image: Final = async_op(_upload_image)

    def _upload_image_data(self, /, data: bytes, **options: Any) -> Op[ImageDTO]:
        """Upload image bytes onto this board (options as `ImageRepository.upload_image_data`)."""
        return (yield from self._images._upload_image_data(data, board_id=self.board_id, **options))

    upload_image_data: Final = sync_op(_upload_image_data)
    async_upload_image_data: Final = async_op(_upload_image_data)

    def _download_image(self, image_name: str, full_resolution: bool = True) -> Op[bytes]:
        """An image's bytes (the thumbnail unless `full_resolution`)."""
        return (yield from self._images._download_image(image_name, full_resolution))

    download_image: Final = sync_op(_download_image)
    async_download_image: Final = async_op(_download_image)

    def _download_image_to(
        self, image_name: str, destination: str | os.PathLike[str], full_resolution: bool = True
    ) -> Op[Path]:
        """Stream an image into a folder or file path, atomically; returns the file's path."""
        return (yield from self._images._download_image_to(image_name, destination, full_resolution))

    download_image_to: Final = sync_op(_download_image_to)
    async_download_image_to: Final = async_op(_download_image_to)

    def _move_image_to(self, image_name: str, target_board_id: str) -> Op[None]:
        """Move an image to another board ("none": uncategorized)."""
        yield from self._images._move_to_board(image_name, target_board_id)

    move_image_to: Final = sync_op(_move_image_to)
    async_move_image_to: Final = async_op(_move_image_to)

    def _remove_image(self, image_name: str) -> Op[None]:
        """Take the image off this board (it becomes uncategorized; nothing is deleted)."""
        yield from self._images._move_to_board(image_name, UNCATEGORIZED)

    remove_image: Final = sync_op(_remove_image)
    async_remove_image: Final = async_op(_remove_image)

    def _delete_image(self, image_name: str) -> Op[None]:
        """Delete an image from the server."""
        yield from self._images._delete_image(image_name)

    delete_image: Final = sync_op(_delete_image)
    async_delete_image: Final = async_op(_delete_image)

    def _star_image(self, image_name: str) -> Op[None]:
        """Star an image."""
        yield from self._images._star_image(image_name)

    star_image: Final = sync_op(_star_image)
    async_star_image: Final = async_op(_star_image)

    def _unstar_image(self, image_name: str) -> Op[None]:
        """Unstar an image."""
        yield from self._images._unstar_image(image_name)

    unstar_image: Final = sync_op(_unstar_image)
    async_unstar_image: Final = async_op(_unstar_image)

    def _get_image_metadata(self, image_name: str) -> Op[dict[str, Any] | None]:
        """An image's generation metadata as a dict, or None if it has none."""
        return (yield from self._images._get_metadata(image_name))

    get_image_metadata: Final = sync_op(_get_image_metadata)
    async_get_image_metadata: Final = async_op(_get_image_metadata)


def _take_while_starred(images: list[ImageDTO]) -> Iterator[ImageDTO]:
    for image in images:
        if not image.starred:
            return
        yield image


class BoardRepository:
    """The server's boards (`client.boards`). Board names are not unique; ids are."""

    def __init__(self, client: Transport) -> None:
        self.client = client

    def _list_boards(
        self, include_uncategorized: bool = False, include_archived: bool = False
    ) -> Op[list[BoardDTO]]:
        """Every board, archived ones if asked; `include_uncategorized` puts the uncategorized one first."""
        from invokeai_api.api.boards import list_boards

        boards = yield from self.client.pipeline.call(
            list_boards, all_=True, include_archived=include_archived
        )
        # all_=True answers the list, never a page; the parser's type has both (mypy joins them to object).
        found = list(cast("list[BoardDTO]", boards))
        if include_uncategorized:
            found.insert(0, _uncategorized_dto())
        return found

    list_boards: Final = sync_op(_list_boards)
    async_list_boards: Final = async_op(_list_boards)

    def _get_board_by_id(self, board_id: str) -> Op[BoardDTO]:
        """The board with this id ("none": the uncategorized one); raises BoardNotFoundError."""
        from invokeai_api.api.boards import get_board

        if board_id == UNCATEGORIZED:
            return _uncategorized_dto()
        try:
            return (yield from self.client.pipeline.call(get_board, board_id))
        except errors.NotFoundError as exc:
            raise errors.BoardNotFoundError.about(f"no board with id {board_id!r}", exc) from exc

    get_board_by_id: Final = sync_op(_get_board_by_id)
    async_get_board_by_id: Final = async_op(_get_board_by_id)

    def _get_boards_by_name(self, name: str) -> Op[list[BoardDTO]]:
        """Every board called `name` (names are not unique)."""
        boards = yield from self._list_boards(include_uncategorized=name == "Uncategorized")
        return [board for board in boards if board.board_name == name]

    get_boards_by_name: Final = sync_op(_get_boards_by_name)
    async_get_boards_by_name: Final = async_op(_get_boards_by_name)

    def _get_board_handle_by_name(self, name: str, *, first: bool = False) -> Op[BoardHandle]:
        """The board called `name`. Several boards may share a name: that raises AmbiguousBoardError unless
        `first` asks for the oldest of them."""
        matches = yield from self._get_boards_by_name(name)
        if not matches:
            names = sorted({b.board_name for b in (yield from self._list_boards())})
            shown = ", ".join(repr(n) for n in names[:20]) or "none"
            raise errors.UnresolvedBoardError(f"no board named {name!r}; boards on the server: {shown}")
        if len(matches) > 1 and not first:
            ids = [b.board_id for b in matches]
            raise errors.AmbiguousBoardError(
                f"{len(matches)} boards are named {name!r} (ids {', '.join(ids)}): pass a board id, "
                "or first=True for the oldest",
                ids,
            )
        board = min(matches, key=lambda b: str(b.created_at)) if first else matches[0]
        return BoardHandle(self.client, board.board_id, board.board_name, board)

    get_board_handle_by_name: Final = sync_op(_get_board_handle_by_name)
    async_get_board_handle_by_name: Final = async_op(_get_board_handle_by_name)

    def _get_board_handle(self, board_id: str | None) -> Op[BoardHandle]:
        """A handle on the board with this id; None or "none" give the uncategorized board."""
        board = yield from self._get_board_by_id(board_id or UNCATEGORIZED)
        return BoardHandle(self.client, board.board_id, board.board_name, board)

    get_board_handle: Final = sync_op(_get_board_handle)
    async_get_board_handle: Final = async_op(_get_board_handle)

    def get_uncategorized_handle(self) -> BoardHandle:
        """A handle on the uncategorized board (images on no board); asks the server nothing."""
        return BoardHandle(self.client, UNCATEGORIZED, "Uncategorized", _uncategorized_dto())

    def _create_board(self, name: str) -> Op[BoardHandle]:
        """Create a board called `name` (even if one already has the name); returns its handle."""
        from invokeai_api.api.boards import create_board

        if not name.strip():
            raise errors.ValidationError("a board name cannot be empty")
        try:
            board = yield from self.client.pipeline.call(create_board, board_name=name)
        except errors.InternalServerError as exc:
            exc.add_note(
                f"the board {name!r} may exist anyway (InvokeAI 6.10 stores a new board, then answers 500 "
                "'Failed to create board'): look for it with get_board_handle_by_name before creating again"
            )
            raise
        return BoardHandle(self.client, board.board_id, board.board_name, board)

    create_board: Final = sync_op(_create_board)
    async_create_board: Final = async_op(_create_board)

    def _get_or_create_board(self, name: str) -> Op[BoardHandle]:
        """The oldest board called `name`, created if there is none."""
        matches = yield from self._get_boards_by_name(name)
        if matches:
            board = min(matches, key=lambda b: str(b.created_at))
            return BoardHandle(self.client, board.board_id, board.board_name, board)
        try:
            return (yield from self._create_board(name))
        except errors.InternalServerError:
            # InvokeAI 6.10 stores the board and then fails to answer for it: none had the name just now,
            # so one that has it now is the one this call made.
            matches = yield from self._get_boards_by_name(name)
            if not matches:
                raise
        board = min(matches, key=lambda b: str(b.created_at))
        return BoardHandle(self.client, board.board_id, board.board_name, board)

    get_or_create_board: Final = sync_op(_get_or_create_board)
    async_get_or_create_board: Final = async_op(_get_or_create_board)

    def _delete_board(self, board_id: str, delete_images: bool = False) -> Op[None]:
        """Delete a board; its images become uncategorized unless `delete_images`."""
        from invokeai_api.api.boards import delete_board

        if board_id == UNCATEGORIZED:
            raise errors.ValidationError('the uncategorized board ("none") cannot be deleted')
        try:
            yield from self.client.pipeline.call(delete_board, board_id, include_images=delete_images)
        except errors.NotFoundError as exc:
            raise errors.BoardNotFoundError.about(f"no board with id {board_id!r}", exc) from exc

    delete_board: Final = sync_op(_delete_board)
    async_delete_board: Final = async_op(_delete_board)


def _uncategorized_dto() -> BoardDTO:
    """The uncategorized board, which the server lists nowhere, as a BoardDTO like the others."""
    from invokeai_api.models import BoardDTO

    return BoardDTO.from_dict(
        {
            "board_id": UNCATEGORIZED,
            "board_name": "Uncategorized",
            "user_id": "system",
            "cover_image_name": None,
            "created_at": "",
            "updated_at": "",
            "archived": False,
            "image_count": 0,
            "asset_count": 0,
            "video_count": 0,
        }
    )
