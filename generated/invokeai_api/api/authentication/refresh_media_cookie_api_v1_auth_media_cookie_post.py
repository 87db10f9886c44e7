from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.media_cookie_response import MediaCookieResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/media-cookie",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MediaCookieResponse | None:
    if response.status_code == 200:
        response_200 = MediaCookieResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MediaCookieResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[MediaCookieResponse]:
    """Refresh Media Cookie

     Re-issue the media cookie from a valid Bearer token.

    The media cookie is normally set at login, but a session can hold a valid JWT
    without it — the session may predate the cookie's introduction, or the cookie
    may have been cleared while the JWT (in client storage) survived. Media
    elements can't send Authorization headers, so such sessions silently fail to
    load videos (black player) while every other API call works. The frontend
    calls this on app load so an existing session self-heals without re-login.

    The cookie's lifetime is clamped to the presented token's remaining validity —
    it is the same JWT, so a longer-lived cookie would just yield 401s after
    expiry anyway.

    Returns:
        MediaCookieResponse indicating the cookie was set. In single-user mode the
        media routes don't require authentication, so this is a successful no-op.

    Raises:
        HTTPException: 401 if the Bearer token is missing, invalid, or expired, or
        the user no longer exists or is inactive (raised by the auth dependency).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MediaCookieResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> MediaCookieResponse | None:
    """Refresh Media Cookie

     Re-issue the media cookie from a valid Bearer token.

    The media cookie is normally set at login, but a session can hold a valid JWT
    without it — the session may predate the cookie's introduction, or the cookie
    may have been cleared while the JWT (in client storage) survived. Media
    elements can't send Authorization headers, so such sessions silently fail to
    load videos (black player) while every other API call works. The frontend
    calls this on app load so an existing session self-heals without re-login.

    The cookie's lifetime is clamped to the presented token's remaining validity —
    it is the same JWT, so a longer-lived cookie would just yield 401s after
    expiry anyway.

    Returns:
        MediaCookieResponse indicating the cookie was set. In single-user mode the
        media routes don't require authentication, so this is a successful no-op.

    Raises:
        HTTPException: 401 if the Bearer token is missing, invalid, or expired, or
        the user no longer exists or is inactive (raised by the auth dependency).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MediaCookieResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[MediaCookieResponse]:
    """Refresh Media Cookie

     Re-issue the media cookie from a valid Bearer token.

    The media cookie is normally set at login, but a session can hold a valid JWT
    without it — the session may predate the cookie's introduction, or the cookie
    may have been cleared while the JWT (in client storage) survived. Media
    elements can't send Authorization headers, so such sessions silently fail to
    load videos (black player) while every other API call works. The frontend
    calls this on app load so an existing session self-heals without re-login.

    The cookie's lifetime is clamped to the presented token's remaining validity —
    it is the same JWT, so a longer-lived cookie would just yield 401s after
    expiry anyway.

    Returns:
        MediaCookieResponse indicating the cookie was set. In single-user mode the
        media routes don't require authentication, so this is a successful no-op.

    Raises:
        HTTPException: 401 if the Bearer token is missing, invalid, or expired, or
        the user no longer exists or is inactive (raised by the auth dependency).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MediaCookieResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> MediaCookieResponse | None:
    """Refresh Media Cookie

     Re-issue the media cookie from a valid Bearer token.

    The media cookie is normally set at login, but a session can hold a valid JWT
    without it — the session may predate the cookie's introduction, or the cookie
    may have been cleared while the JWT (in client storage) survived. Media
    elements can't send Authorization headers, so such sessions silently fail to
    load videos (black player) while every other API call works. The frontend
    calls this on app load so an existing session self-heals without re-login.

    The cookie's lifetime is clamped to the presented token's remaining validity —
    it is the same JWT, so a longer-lived cookie would just yield 401s after
    expiry anyway.

    Returns:
        MediaCookieResponse indicating the cookie was set. In single-user mode the
        media routes don't require authentication, so this is a successful no-op.

    Raises:
        HTTPException: 401 if the Bearer token is missing, invalid, or expired, or
        the user no longer exists or is inactive (raised by the auth dependency).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MediaCookieResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
