from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    queue_id: str,
    *,
    key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["key"] = key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/client_state/{queue_id}/get_by_key".format(
            queue_id=quote(str(queue_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | None | str | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | str:
            if data is None:
                return data

            return cast(None | str, data)

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
) -> Response[HTTPValidationError | None | str]:
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
    key: str,
) -> Response[HTTPValidationError | None | str]:
    """Get Client State By Key

     Gets the client state for the current user (or system user if not authenticated)

    Args:
        queue_id (str): The queue id (ignored, kept for backwards compatibility)
        key (str): Key to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | None | str]
    """

    kwargs = _get_kwargs(
        queue_id=queue_id,
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_id: str,
    *,
    client: AuthenticatedClient,
    key: str,
) -> HTTPValidationError | None | str | None:
    """Get Client State By Key

     Gets the client state for the current user (or system user if not authenticated)

    Args:
        queue_id (str): The queue id (ignored, kept for backwards compatibility)
        key (str): Key to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | None | str
    """

    return sync_detailed(
        queue_id=queue_id,
        client=client,
        key=key,
    ).parsed


async def asyncio_detailed(
    queue_id: str,
    *,
    client: AuthenticatedClient,
    key: str,
) -> Response[HTTPValidationError | None | str]:
    """Get Client State By Key

     Gets the client state for the current user (or system user if not authenticated)

    Args:
        queue_id (str): The queue id (ignored, kept for backwards compatibility)
        key (str): Key to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | None | str]
    """

    kwargs = _get_kwargs(
        queue_id=queue_id,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_id: str,
    *,
    client: AuthenticatedClient,
    key: str,
) -> HTTPValidationError | None | str | None:
    """Get Client State By Key

     Gets the client state for the current user (or system user if not authenticated)

    Args:
        queue_id (str): The queue id (ignored, kept for backwards compatibility)
        key (str): Key to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | None | str
    """

    return (
        await asyncio_detailed(
            queue_id=queue_id,
            client=client,
            key=key,
        )
    ).parsed
