from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_remove_images_from_board import BodyRemoveImagesFromBoard
from ...models.http_validation_error import HTTPValidationError
from ...models.remove_images_from_board_result import RemoveImagesFromBoardResult
from ...types import Response


def _get_kwargs(
    *,
    body: BodyRemoveImagesFromBoard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/board_images/batch/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RemoveImagesFromBoardResult | None:
    if response.status_code == 201:
        response_201 = RemoveImagesFromBoardResult.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | RemoveImagesFromBoardResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyRemoveImagesFromBoard,
) -> Response[HTTPValidationError | RemoveImagesFromBoardResult]:
    """Remove Images From Board

     Removes a list of images from their board, if they had one

    Args:
        body (BodyRemoveImagesFromBoard):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoveImagesFromBoardResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyRemoveImagesFromBoard,
) -> HTTPValidationError | RemoveImagesFromBoardResult | None:
    """Remove Images From Board

     Removes a list of images from their board, if they had one

    Args:
        body (BodyRemoveImagesFromBoard):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoveImagesFromBoardResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyRemoveImagesFromBoard,
) -> Response[HTTPValidationError | RemoveImagesFromBoardResult]:
    """Remove Images From Board

     Removes a list of images from their board, if they had one

    Args:
        body (BodyRemoveImagesFromBoard):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RemoveImagesFromBoardResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyRemoveImagesFromBoard,
) -> HTTPValidationError | RemoveImagesFromBoardResult | None:
    """Remove Images From Board

     Removes a list of images from their board, if they had one

    Args:
        body (BodyRemoveImagesFromBoard):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RemoveImagesFromBoardResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
