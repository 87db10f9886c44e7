from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.starter_model import StarterModel
from ...models.starter_model_response import StarterModelResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/models/starter_models",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[StarterModel] | StarterModelResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[StarterModel] | StarterModelResponse:

            from invokeai_api.models.starter_model import StarterModel  # noqa: PLC0415
            from invokeai_api.models.starter_model_response import StarterModelResponse  # noqa: PLC0415

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StarterModelResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_response_get_starter_models = []
            _response_200_response_get_starter_models = data
            for response_200_response_get_starter_models_item_data in _response_200_response_get_starter_models:
                response_200_response_get_starter_models_item = StarterModel.from_dict(
                    response_200_response_get_starter_models_item_data
                )

                response_200_response_get_starter_models.append(response_200_response_get_starter_models_item)

            return response_200_response_get_starter_models

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[StarterModel] | StarterModelResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[StarterModel] | StarterModelResponse]:
    """Get Starter Models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[StarterModel] | StarterModelResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[StarterModel] | StarterModelResponse | None:
    """Get Starter Models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[StarterModel] | StarterModelResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[StarterModel] | StarterModelResponse]:
    """Get Starter Models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[StarterModel] | StarterModelResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[StarterModel] | StarterModelResponse | None:
    """Get Starter Models

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[StarterModel] | StarterModelResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
