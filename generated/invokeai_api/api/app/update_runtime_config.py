from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.invoke_ai_app_config_with_set_fields import InvokeAIAppConfigWithSetFields
from ...models.update_app_generation_settings_request import UpdateAppGenerationSettingsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateAppGenerationSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/app/runtime_config",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | InvokeAIAppConfigWithSetFields | None:
    if response.status_code == 200:
        response_200 = InvokeAIAppConfigWithSetFields.from_dict(response.json())

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
) -> Response[HTTPValidationError | InvokeAIAppConfigWithSetFields]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateAppGenerationSettingsRequest,
) -> Response[HTTPValidationError | InvokeAIAppConfigWithSetFields]:
    """Update Runtime Config

    Args:
        body (UpdateAppGenerationSettingsRequest): Writable generation-related app settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | InvokeAIAppConfigWithSetFields]
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
    body: UpdateAppGenerationSettingsRequest,
) -> HTTPValidationError | InvokeAIAppConfigWithSetFields | None:
    """Update Runtime Config

    Args:
        body (UpdateAppGenerationSettingsRequest): Writable generation-related app settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | InvokeAIAppConfigWithSetFields
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateAppGenerationSettingsRequest,
) -> Response[HTTPValidationError | InvokeAIAppConfigWithSetFields]:
    """Update Runtime Config

    Args:
        body (UpdateAppGenerationSettingsRequest): Writable generation-related app settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | InvokeAIAppConfigWithSetFields]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateAppGenerationSettingsRequest,
) -> HTTPValidationError | InvokeAIAppConfigWithSetFields | None:
    """Update Runtime Config

    Args:
        body (UpdateAppGenerationSettingsRequest): Writable generation-related app settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | InvokeAIAppConfigWithSetFields
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
