from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_images_to_board_result import AddImagesToBoardResult
from ...models.body_add_image_to_board import BodyAddImageToBoard
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BodyAddImageToBoard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/board_images/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddImagesToBoardResult | None | HTTPValidationError | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> AddImagesToBoardResult | None:
            if data is None:
                return data

            from invokeai_api.models.add_images_to_board_result import AddImagesToBoardResult  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = AddImagesToBoardResult.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddImagesToBoardResult | None, data)

        response_201 = _parse_response_201(response.json())

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
) -> Response[AddImagesToBoardResult | None | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyAddImageToBoard,
) -> Response[AddImagesToBoardResult | None | HTTPValidationError]:
    """Add Image To Board

     Creates a board_image

    Args:
        body (BodyAddImageToBoard):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddImagesToBoardResult | None | HTTPValidationError]
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
    body: BodyAddImageToBoard,
) -> AddImagesToBoardResult | None | HTTPValidationError | None:
    """Add Image To Board

     Creates a board_image

    Args:
        body (BodyAddImageToBoard):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddImagesToBoardResult | None | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyAddImageToBoard,
) -> Response[AddImagesToBoardResult | None | HTTPValidationError]:
    """Add Image To Board

     Creates a board_image

    Args:
        body (BodyAddImageToBoard):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddImagesToBoardResult | None | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyAddImageToBoard,
) -> AddImagesToBoardResult | None | HTTPValidationError | None:
    """Add Image To Board

     Creates a board_image

    Args:
        body (BodyAddImageToBoard):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddImagesToBoardResult | None | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
