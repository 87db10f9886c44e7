from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cache_stats import CacheStats
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/models/stats",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CacheStats | None | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CacheStats | None:
            if data is None:
                return data

            from invokeai_api.models.cache_stats import CacheStats  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CacheStats.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CacheStats | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CacheStats | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CacheStats | None]:
    """Get model manager RAM cache performance statistics.

     Return performance statistics on the model manager's RAM cache. In multi-GPU mode there is
    one cache per generation device; their statistics are aggregated. Will return null if no models
    have been loaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheStats | None]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CacheStats | None | None:
    """Get model manager RAM cache performance statistics.

     Return performance statistics on the model manager's RAM cache. In multi-GPU mode there is
    one cache per generation device; their statistics are aggregated. Will return null if no models
    have been loaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheStats | None
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CacheStats | None]:
    """Get model manager RAM cache performance statistics.

     Return performance statistics on the model manager's RAM cache. In multi-GPU mode there is
    one cache per generation device; their statistics are aggregated. Will return null if no models
    have been loaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheStats | None]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CacheStats | None | None:
    """Get model manager RAM cache performance statistics.

     Return performance statistics on the model manager's RAM cache. In multi-GPU mode there is
    one cache per generation device; their statistics are aggregated. Will return null if no models
    have been loaded.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheStats | None
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
