from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.session_queue_and_processor_status import SessionQueueAndProcessorStatus
from ...types import Response


def _get_kwargs(
    queue_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/queue/{queue_id}/status".format(
            queue_id=quote(str(queue_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SessionQueueAndProcessorStatus | None:
    if response.status_code == 200:
        response_200 = SessionQueueAndProcessorStatus.from_dict(response.json())

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
) -> Response[HTTPValidationError | SessionQueueAndProcessorStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SessionQueueAndProcessorStatus]:
    """Get Queue Status

     Gets the status of the session queue. Returns global counts; every user additionally gets
    their own pending/in_progress counts (so the UI can show an X/Y badge and scope personal UI
    like the progress bar to the user's own activity). Non-admin users cannot see the current
    item's identifiers unless they own it.

    Args:
        queue_id (str): The queue id to perform this operation on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionQueueAndProcessorStatus]
    """

    kwargs = _get_kwargs(
        queue_id=queue_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SessionQueueAndProcessorStatus | None:
    """Get Queue Status

     Gets the status of the session queue. Returns global counts; every user additionally gets
    their own pending/in_progress counts (so the UI can show an X/Y badge and scope personal UI
    like the progress bar to the user's own activity). Non-admin users cannot see the current
    item's identifiers unless they own it.

    Args:
        queue_id (str): The queue id to perform this operation on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionQueueAndProcessorStatus
    """

    return sync_detailed(
        queue_id=queue_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    queue_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SessionQueueAndProcessorStatus]:
    """Get Queue Status

     Gets the status of the session queue. Returns global counts; every user additionally gets
    their own pending/in_progress counts (so the UI can show an X/Y badge and scope personal UI
    like the progress bar to the user's own activity). Non-admin users cannot see the current
    item's identifiers unless they own it.

    Args:
        queue_id (str): The queue id to perform this operation on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SessionQueueAndProcessorStatus]
    """

    kwargs = _get_kwargs(
        queue_id=queue_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SessionQueueAndProcessorStatus | None:
    """Get Queue Status

     Gets the status of the session queue. Returns global counts; every user additionally gets
    their own pending/in_progress counts (so the UI can show an X/Y badge and scope personal UI
    like the progress bar to the user's own activity). Non-admin users cannot see the current
    item's identifiers unless they own it.

    Args:
        queue_id (str): The queue id to perform this operation on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SessionQueueAndProcessorStatus
    """

    return (
        await asyncio_detailed(
            queue_id=queue_id,
            client=client,
        )
    ).parsed
