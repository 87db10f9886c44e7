from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gallery_item_names_result import GalleryItemNamesResult
from ...models.http_validation_error import HTTPValidationError
from ...models.image_category import ImageCategory
from ...models.resource_origin import ResourceOrigin
from ...models.sq_lite_direction import SQLiteDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    origin: None | ResourceOrigin | Unset = UNSET,
    categories: list[ImageCategory] | None | Unset = UNSET,
    is_intermediate: bool | None | Unset = UNSET,
    board_id: None | str | Unset = UNSET,
    order_dir: SQLiteDirection | Unset = UNSET,
    starred_first: bool | Unset = True,
    search_term: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_origin: None | str | Unset
    if isinstance(origin, Unset):
        json_origin = UNSET
    elif isinstance(origin, str):
        json_origin = origin
    else:
        json_origin = origin
    params["origin"] = json_origin

    json_categories: list[str] | None | Unset
    if isinstance(categories, Unset):
        json_categories = UNSET
    elif isinstance(categories, list):
        json_categories = []
        for categories_type_0_item_data in categories:
            categories_type_0_item: str = categories_type_0_item_data
            json_categories.append(categories_type_0_item)

    else:
        json_categories = categories
    params["categories"] = json_categories

    json_is_intermediate: bool | None | Unset
    if isinstance(is_intermediate, Unset):
        json_is_intermediate = UNSET
    else:
        json_is_intermediate = is_intermediate
    params["is_intermediate"] = json_is_intermediate

    json_board_id: None | str | Unset
    if isinstance(board_id, Unset):
        json_board_id = UNSET
    else:
        json_board_id = board_id
    params["board_id"] = json_board_id

    json_order_dir: str | Unset = UNSET
    if not isinstance(order_dir, Unset):
        json_order_dir = order_dir

    params["order_dir"] = json_order_dir

    params["starred_first"] = starred_first

    json_search_term: None | str | Unset
    if isinstance(search_term, Unset):
        json_search_term = UNSET
    else:
        json_search_term = search_term
    params["search_term"] = json_search_term

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/gallery/items/names",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GalleryItemNamesResult | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = GalleryItemNamesResult.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GalleryItemNamesResult | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    origin: None | ResourceOrigin | Unset = UNSET,
    categories: list[ImageCategory] | None | Unset = UNSET,
    is_intermediate: bool | None | Unset = UNSET,
    board_id: None | str | Unset = UNSET,
    order_dir: SQLiteDirection | Unset = UNSET,
    starred_first: bool | Unset = True,
    search_term: None | str | Unset = UNSET,
) -> Response[GalleryItemNamesResult | HTTPValidationError]:
    """Get Gallery Item Names

     Returns an ordered (kind, name) list — used to drive virtualized gallery selection.

    Deprecated: use `GET /v1/gallery/item_names`, which returns the same order as a flat name
    list. The `kind` discriminator here costs a model per row — ~800ms on a 200k-item library —
    for a value callers already derive from the file extension.

    Args:
        origin (None | ResourceOrigin | Unset): The origin of items to list.
        categories (list[ImageCategory] | None | Unset): The categories to include. Shared between
            images and videos.
        is_intermediate (bool | None | Unset): Whether to list intermediate items.
        board_id (None | str | Unset): The board id to filter by. Use 'none' to find items without
            a board.
        order_dir (SQLiteDirection | Unset):
        starred_first (bool | Unset): Whether to sort by starred items first Default: True.
        search_term (None | str | Unset): The term to search for

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GalleryItemNamesResult | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        origin=origin,
        categories=categories,
        is_intermediate=is_intermediate,
        board_id=board_id,
        order_dir=order_dir,
        starred_first=starred_first,
        search_term=search_term,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    origin: None | ResourceOrigin | Unset = UNSET,
    categories: list[ImageCategory] | None | Unset = UNSET,
    is_intermediate: bool | None | Unset = UNSET,
    board_id: None | str | Unset = UNSET,
    order_dir: SQLiteDirection | Unset = UNSET,
    starred_first: bool | Unset = True,
    search_term: None | str | Unset = UNSET,
) -> GalleryItemNamesResult | HTTPValidationError | None:
    """Get Gallery Item Names

     Returns an ordered (kind, name) list — used to drive virtualized gallery selection.

    Deprecated: use `GET /v1/gallery/item_names`, which returns the same order as a flat name
    list. The `kind` discriminator here costs a model per row — ~800ms on a 200k-item library —
    for a value callers already derive from the file extension.

    Args:
        origin (None | ResourceOrigin | Unset): The origin of items to list.
        categories (list[ImageCategory] | None | Unset): The categories to include. Shared between
            images and videos.
        is_intermediate (bool | None | Unset): Whether to list intermediate items.
        board_id (None | str | Unset): The board id to filter by. Use 'none' to find items without
            a board.
        order_dir (SQLiteDirection | Unset):
        starred_first (bool | Unset): Whether to sort by starred items first Default: True.
        search_term (None | str | Unset): The term to search for

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GalleryItemNamesResult | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        origin=origin,
        categories=categories,
        is_intermediate=is_intermediate,
        board_id=board_id,
        order_dir=order_dir,
        starred_first=starred_first,
        search_term=search_term,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    origin: None | ResourceOrigin | Unset = UNSET,
    categories: list[ImageCategory] | None | Unset = UNSET,
    is_intermediate: bool | None | Unset = UNSET,
    board_id: None | str | Unset = UNSET,
    order_dir: SQLiteDirection | Unset = UNSET,
    starred_first: bool | Unset = True,
    search_term: None | str | Unset = UNSET,
) -> Response[GalleryItemNamesResult | HTTPValidationError]:
    """Get Gallery Item Names

     Returns an ordered (kind, name) list — used to drive virtualized gallery selection.

    Deprecated: use `GET /v1/gallery/item_names`, which returns the same order as a flat name
    list. The `kind` discriminator here costs a model per row — ~800ms on a 200k-item library —
    for a value callers already derive from the file extension.

    Args:
        origin (None | ResourceOrigin | Unset): The origin of items to list.
        categories (list[ImageCategory] | None | Unset): The categories to include. Shared between
            images and videos.
        is_intermediate (bool | None | Unset): Whether to list intermediate items.
        board_id (None | str | Unset): The board id to filter by. Use 'none' to find items without
            a board.
        order_dir (SQLiteDirection | Unset):
        starred_first (bool | Unset): Whether to sort by starred items first Default: True.
        search_term (None | str | Unset): The term to search for

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GalleryItemNamesResult | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        origin=origin,
        categories=categories,
        is_intermediate=is_intermediate,
        board_id=board_id,
        order_dir=order_dir,
        starred_first=starred_first,
        search_term=search_term,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    origin: None | ResourceOrigin | Unset = UNSET,
    categories: list[ImageCategory] | None | Unset = UNSET,
    is_intermediate: bool | None | Unset = UNSET,
    board_id: None | str | Unset = UNSET,
    order_dir: SQLiteDirection | Unset = UNSET,
    starred_first: bool | Unset = True,
    search_term: None | str | Unset = UNSET,
) -> GalleryItemNamesResult | HTTPValidationError | None:
    """Get Gallery Item Names

     Returns an ordered (kind, name) list — used to drive virtualized gallery selection.

    Deprecated: use `GET /v1/gallery/item_names`, which returns the same order as a flat name
    list. The `kind` discriminator here costs a model per row — ~800ms on a 200k-item library —
    for a value callers already derive from the file extension.

    Args:
        origin (None | ResourceOrigin | Unset): The origin of items to list.
        categories (list[ImageCategory] | None | Unset): The categories to include. Shared between
            images and videos.
        is_intermediate (bool | None | Unset): Whether to list intermediate items.
        board_id (None | str | Unset): The board id to filter by. Use 'none' to find items without
            a board.
        order_dir (SQLiteDirection | Unset):
        starred_first (bool | Unset): Whether to sort by starred items first Default: True.
        search_term (None | str | Unset): The term to search for

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GalleryItemNamesResult | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            origin=origin,
            categories=categories,
            is_intermediate=is_intermediate,
            board_id=board_id,
            order_dir=order_dir,
            starred_first=starred_first,
            search_term=search_term,
        )
    ).parsed
