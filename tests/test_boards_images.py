"""Boards and images through the facade, against a real InvokeAI (replayed offline)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import (
    AmbiguousBoardError,
    BoardHandle,
    NotFoundError,
    UnresolvedBoardError,
    ValidationError,
)
from tests._png import png_bytes


@pytest.fixture
def board(client: Any, request: pytest.FixtureRequest) -> Iterator[BoardHandle]:
    handle = client.board_repo.create_board(f"test {request.node.name}")
    yield handle
    client.board_repo.delete_board(handle.board_id, delete_images=True)


def test_upload_list_download_and_delete(client: Any, board: BoardHandle, tmp_path: Path) -> None:
    first = board.upload_image_data(png_bytes(4, 4, (1, 2, 3)), file_name="first.png")
    second = board.upload_image_data(png_bytes(6, 2, (4, 5, 6)), file_name="second.png")
    assert first.board_id == board.board_id
    assert (second.width, second.height) == (6, 2)

    page = board.list_images(limit=10)
    assert page.total == 2
    assert [i.image_name for i in page.items] == [second.image_name, first.image_name]  # newest first
    latest = board.latest_image()
    assert latest is not None
    assert latest.image_name == second.image_name
    assert board.get_image_count() == 2

    data = board.download_image(first.image_name)
    assert data.startswith(b"\x89PNG")
    saved = board.download_image_to(first.image_name, tmp_path)
    assert saved == tmp_path / first.image_name
    assert saved.read_bytes() == data
    assert not list(tmp_path.glob(".*.part"))  # written atomically: no temp files left behind

    board.delete_image(first.image_name)
    with pytest.raises(NotFoundError, match="404"):
        client.images.get_image(first.image_name)


def test_star_move_and_remove(client: Any, board: BoardHandle) -> None:
    image = board.upload_image_data(png_bytes(3, 3), file_name="star.png")
    board.star_image(image.image_name)
    assert [i.image_name for i in board.starred_images()] == [image.image_name]
    board.unstar_image(image.image_name)
    assert board.starred_images() == []

    other = client.board_repo.create_board("test star_move_and_remove other")
    try:
        board.move_image_to(image.image_name, other.board_id)
        assert client.images.get_image(image.image_name).board_id == other.board_id
        assert board.get_image_count() == 0
        other.remove_image(image.image_name)
        moved = client.images.get_image(image.image_name)
        assert moved.board_id in (None, "none")
    finally:
        client.images.delete_image(image.image_name)
        client.board_repo.delete_board(other.board_id)


def test_boards_by_name_are_exact_and_ambiguity_is_reported(client: Any) -> None:
    first = client.board_repo.create_board("test twin board")
    second = client.board_repo.create_board("test twin board")
    try:
        with pytest.raises(AmbiguousBoardError) as caught:
            client.board_repo.get_board_handle_by_name("test twin board")
        assert set(caught.value.candidates) == {first.board_id, second.board_id}
        oldest = client.board_repo.get_board_handle_by_name("test twin board", first=True)
        assert oldest.board_id in (first.board_id, second.board_id)
        assert client.board_repo.get_or_create_board("test twin board").board_id == oldest.board_id
        with pytest.raises(UnresolvedBoardError, match="no board named 'test no such board'"):
            client.board_repo.get_board_handle_by_name("test no such board")
    finally:
        client.board_repo.delete_board(first.board_id)
        client.board_repo.delete_board(second.board_id)


def test_uncategorized_board_is_a_handle(client: Any) -> None:
    boards = client.board_repo.list_boards(include_uncategorized=True)
    assert boards[0].board_id == "none"
    handle = client.board_repo.get_board_handle(None)
    assert handle.is_uncategorized
    image = handle.upload_image_data(png_bytes(2, 2), file_name="loose.png")
    try:
        assert client.images.get_image(image.image_name).board_id in (None, "none")
        assert handle.latest_image().image_name == image.image_name
    finally:
        handle.delete_image(image.image_name)
    with pytest.raises(ValidationError, match="cannot be deleted"):
        client.board_repo.delete_board("none")


def test_uploads_that_are_not_images_are_refused_before_sending(client: Any, board: BoardHandle) -> None:
    with pytest.raises(ValidationError, match="empty"):
        board.upload_image_data(b"", file_name="empty.png")
    with pytest.raises(ValidationError, match="not an image"):
        board.upload_image_data(b"hello, world", file_name="notes.txt")
    assert board.get_image_count() == 0


def test_async_twins_share_the_operations(client: Any) -> None:
    async def scenario() -> tuple[str, int]:
        handle = await client.board_repo.async_create_board("test async board")
        try:
            image = await handle.async_upload_image_data(png_bytes(5, 5), file_name="async.png")
            data = await handle.async_download_image(image.image_name)
            return image.image_name, len(data)
        finally:
            await client.board_repo.async_delete_board(handle.board_id, delete_images=True)

    name, size = asyncio.run(scenario())
    assert name.endswith(".png")
    assert size > 50
