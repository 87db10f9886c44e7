from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cursor_paginated_results_session_queue_item import CursorPaginatedResultsSessionQueueItem
from ...models.cursor_paginated_results_session_queue_item_dto import CursorPaginatedResultsSessionQueueItemDTO
from ...models.http_validation_error import HTTPValidationError
from ...models.list_queue_items_status_type_0 import ListQueueItemsStatusType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    queue_id: str,
    *,
    limit: int | Unset = 50,
    status: ListQueueItemsStatusType0 | None | Unset = UNSET,
    cursor: int | None | Unset = UNSET,
    priority: int | Unset = 0,
    destination: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_cursor: int | None | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["priority"] = priority

    json_destination: None | str | Unset
    if isinstance(destination, Unset):
        json_destination = UNSET
    else:
        json_destination = destination
    params["destination"] = json_destination

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/queue/{queue_id}/list".format(
            queue_id=quote(str(queue_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO:

            from invokeai_api.models.cursor_paginated_results_session_queue_item import (
                CursorPaginatedResultsSessionQueueItem,  # noqa: PLC0415
            )
            from invokeai_api.models.cursor_paginated_results_session_queue_item_dto import (
                CursorPaginatedResultsSessionQueueItemDTO,  # noqa: PLC0415
            )

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CursorPaginatedResultsSessionQueueItem.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = CursorPaginatedResultsSessionQueueItemDTO.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    status: ListQueueItemsStatusType0 | None | Unset = UNSET,
    cursor: int | None | Unset = UNSET,
    priority: int | Unset = 0,
    destination: None | str | Unset = UNSET,
) -> Response[CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError]:
    """List Queue Items

     Gets cursor-paginated queue items

    Args:
        queue_id (str): The queue id to perform this operation on
        limit (int | Unset): The number of items to fetch Default: 50.
        status (ListQueueItemsStatusType0 | None | Unset): The status of items to fetch
        cursor (int | None | Unset): The pagination cursor
        priority (int | Unset): The pagination cursor priority Default: 0.
        destination (None | str | Unset): The destination of queue items to fetch

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        queue_id=queue_id,
        limit=limit,
        status=status,
        cursor=cursor,
        priority=priority,
        destination=destination,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    status: ListQueueItemsStatusType0 | None | Unset = UNSET,
    cursor: int | None | Unset = UNSET,
    priority: int | Unset = 0,
    destination: None | str | Unset = UNSET,
) -> CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError | None:
    """List Queue Items

     Gets cursor-paginated queue items

    Args:
        queue_id (str): The queue id to perform this operation on
        limit (int | Unset): The number of items to fetch Default: 50.
        status (ListQueueItemsStatusType0 | None | Unset): The status of items to fetch
        cursor (int | None | Unset): The pagination cursor
        priority (int | Unset): The pagination cursor priority Default: 0.
        destination (None | str | Unset): The destination of queue items to fetch

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError
    """

    return sync_detailed(
        queue_id=queue_id,
        client=client,
        limit=limit,
        status=status,
        cursor=cursor,
        priority=priority,
        destination=destination,
    ).parsed


async def asyncio_detailed(
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    status: ListQueueItemsStatusType0 | None | Unset = UNSET,
    cursor: int | None | Unset = UNSET,
    priority: int | Unset = 0,
    destination: None | str | Unset = UNSET,
) -> Response[CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError]:
    """List Queue Items

     Gets cursor-paginated queue items

    Args:
        queue_id (str): The queue id to perform this operation on
        limit (int | Unset): The number of items to fetch Default: 50.
        status (ListQueueItemsStatusType0 | None | Unset): The status of items to fetch
        cursor (int | None | Unset): The pagination cursor
        priority (int | Unset): The pagination cursor priority Default: 0.
        destination (None | str | Unset): The destination of queue items to fetch

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        queue_id=queue_id,
        limit=limit,
        status=status,
        cursor=cursor,
        priority=priority,
        destination=destination,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    status: ListQueueItemsStatusType0 | None | Unset = UNSET,
    cursor: int | None | Unset = UNSET,
    priority: int | Unset = 0,
    destination: None | str | Unset = UNSET,
) -> CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError | None:
    """List Queue Items

     Gets cursor-paginated queue items

    Args:
        queue_id (str): The queue id to perform this operation on
        limit (int | Unset): The number of items to fetch Default: 50.
        status (ListQueueItemsStatusType0 | None | Unset): The status of items to fetch
        cursor (int | None | Unset): The pagination cursor
        priority (int | Unset): The pagination cursor priority Default: 0.
        destination (None | str | Unset): The destination of queue items to fetch

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CursorPaginatedResultsSessionQueueItem | CursorPaginatedResultsSessionQueueItemDTO | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            queue_id=queue_id,
            client=client,
            limit=limit,
            status=status,
            cursor=cursor,
            priority=priority,
            destination=destination,
        )
    ).parsed
