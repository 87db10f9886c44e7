from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cache_type import CacheType
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cache_type: CacheType | Unset = "RAM",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cache_type: str | Unset = UNSET
    if not isinstance(cache_type, Unset):
        json_cache_type = cache_type

    params["cache_type"] = json_cache_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/models/model_cache",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | float | None:
    if response.status_code == 200:
        response_200 = cast(float, response.json())
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
) -> Response[HTTPValidationError | float]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cache_type: CacheType | Unset = "RAM",
) -> Response[HTTPValidationError | float]:
    """Get maximum size of model manager RAM or VRAM cache.

     Return the current RAM or VRAM cache size setting (in GB).

    Args:
        cache_type (CacheType | Unset): Cache type - one of vram or ram. Default: 'RAM'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | float]
    """

    kwargs = _get_kwargs(
        cache_type=cache_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cache_type: CacheType | Unset = "RAM",
) -> HTTPValidationError | float | None:
    """Get maximum size of model manager RAM or VRAM cache.

     Return the current RAM or VRAM cache size setting (in GB).

    Args:
        cache_type (CacheType | Unset): Cache type - one of vram or ram. Default: 'RAM'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | float
    """

    return sync_detailed(
        client=client,
        cache_type=cache_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cache_type: CacheType | Unset = "RAM",
) -> Response[HTTPValidationError | float]:
    """Get maximum size of model manager RAM or VRAM cache.

     Return the current RAM or VRAM cache size setting (in GB).

    Args:
        cache_type (CacheType | Unset): Cache type - one of vram or ram. Default: 'RAM'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | float]
    """

    kwargs = _get_kwargs(
        cache_type=cache_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cache_type: CacheType | Unset = "RAM",
) -> HTTPValidationError | float | None:
    """Get maximum size of model manager RAM or VRAM cache.

     Return the current RAM or VRAM cache size setting (in GB).

    Args:
        cache_type (CacheType | Unset): Cache type - one of vram or ram. Default: 'RAM'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | float
    """

    return (
        await asyncio_detailed(
            client=client,
            cache_type=cache_type,
        )
    ).parsed
