from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    video_name: str,
    *,
    invokeai_media_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    cookies = {}
    if invokeai_media_token is not UNSET:
        cookies["invokeai_media_token"] = invokeai_media_token

    _kwargs: dict[str, Any] = {
        "method": "head",
        "url": "/api/v1/videos/i/{video_name}/full".format(
            video_name=quote(str(video_name), safe=""),
        ),
    }
    if cookies:
        _kwargs["cookies"] = cookies

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    video_name: str,
    *,
    client: AuthenticatedClient,
    invokeai_media_token: None | str | Unset = UNSET,
) -> Response[Any | File | HTTPValidationError]:
    """Get Video Full

     Serves the video file with HTTP Range support so HTML5 <video> seek/scrub works.

    Browser media requests authenticate with the path-scoped HttpOnly cookie set at login.

    Args:
        video_name (str): The name of video file to get
        invokeai_media_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        video_name=video_name,
        invokeai_media_token=invokeai_media_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_name: str,
    *,
    client: AuthenticatedClient,
    invokeai_media_token: None | str | Unset = UNSET,
) -> Any | File | HTTPValidationError | None:
    """Get Video Full

     Serves the video file with HTTP Range support so HTML5 <video> seek/scrub works.

    Browser media requests authenticate with the path-scoped HttpOnly cookie set at login.

    Args:
        video_name (str): The name of video file to get
        invokeai_media_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | HTTPValidationError
    """

    return sync_detailed(
        video_name=video_name,
        client=client,
        invokeai_media_token=invokeai_media_token,
    ).parsed


async def asyncio_detailed(
    video_name: str,
    *,
    client: AuthenticatedClient,
    invokeai_media_token: None | str | Unset = UNSET,
) -> Response[Any | File | HTTPValidationError]:
    """Get Video Full

     Serves the video file with HTTP Range support so HTML5 <video> seek/scrub works.

    Browser media requests authenticate with the path-scoped HttpOnly cookie set at login.

    Args:
        video_name (str): The name of video file to get
        invokeai_media_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        video_name=video_name,
        invokeai_media_token=invokeai_media_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_name: str,
    *,
    client: AuthenticatedClient,
    invokeai_media_token: None | str | Unset = UNSET,
) -> Any | File | HTTPValidationError | None:
    """Get Video Full

     Serves the video file with HTTP Range support so HTML5 <video> seek/scrub works.

    Browser media requests authenticate with the path-scoped HttpOnly cookie set at login.

    Args:
        video_name (str): The name of video file to get
        invokeai_media_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            video_name=video_name,
            client=client,
            invokeai_media_token=invokeai_media_token,
        )
    ).parsed
