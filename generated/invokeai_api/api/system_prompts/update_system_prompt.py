from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.system_prompt_changes import SystemPromptChanges
from ...models.system_prompt_record_dto import SystemPromptRecordDTO
from ...types import Response


def _get_kwargs(
    system_prompt_id: str,
    *,
    body: SystemPromptChanges,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/system_prompts/i/{system_prompt_id}".format(
            system_prompt_id=quote(str(system_prompt_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SystemPromptRecordDTO | None:
    if response.status_code == 200:
        response_200 = SystemPromptRecordDTO.from_dict(response.json())

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
) -> Response[HTTPValidationError | SystemPromptRecordDTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    system_prompt_id: str,
    *,
    client: AuthenticatedClient,
    body: SystemPromptChanges,
) -> Response[HTTPValidationError | SystemPromptRecordDTO]:
    """Update System Prompt

     Updates a system prompt. Only the owner or an admin may update.

    Args:
        system_prompt_id (str): The id of the system prompt to update
        body (SystemPromptChanges):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SystemPromptRecordDTO]
    """

    kwargs = _get_kwargs(
        system_prompt_id=system_prompt_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    system_prompt_id: str,
    *,
    client: AuthenticatedClient,
    body: SystemPromptChanges,
) -> HTTPValidationError | SystemPromptRecordDTO | None:
    """Update System Prompt

     Updates a system prompt. Only the owner or an admin may update.

    Args:
        system_prompt_id (str): The id of the system prompt to update
        body (SystemPromptChanges):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SystemPromptRecordDTO
    """

    return sync_detailed(
        system_prompt_id=system_prompt_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    system_prompt_id: str,
    *,
    client: AuthenticatedClient,
    body: SystemPromptChanges,
) -> Response[HTTPValidationError | SystemPromptRecordDTO]:
    """Update System Prompt

     Updates a system prompt. Only the owner or an admin may update.

    Args:
        system_prompt_id (str): The id of the system prompt to update
        body (SystemPromptChanges):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SystemPromptRecordDTO]
    """

    kwargs = _get_kwargs(
        system_prompt_id=system_prompt_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    system_prompt_id: str,
    *,
    client: AuthenticatedClient,
    body: SystemPromptChanges,
) -> HTTPValidationError | SystemPromptRecordDTO | None:
    """Update System Prompt

     Updates a system prompt. Only the owner or an admin may update.

    Args:
        system_prompt_id (str): The id of the system prompt to update
        body (SystemPromptChanges):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SystemPromptRecordDTO
    """

    return (
        await asyncio_detailed(
            system_prompt_id=system_prompt_id,
            client=client,
            body=body,
        )
    ).parsed
