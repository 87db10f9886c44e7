"""Transports for a client of an http:// server: no CA bundle parsed unless a request needs TLS."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from typing import Any, TypeAlias

import httpx

__all__ = ["AsyncPlainHTTPTransport", "PlainHTTPTransport", "Verify"]

Verify: TypeAlias = bool | str | ssl.SSLContext


class _TLSOnDemand:
    """What the transports of a client for an http:// server share: TLS set up only if a request needs it.

    httpx gives every transport an SSL context when it is made, and for the default (verified) one it parses
    certifi's CA bundle: about 20 ms for every client made, most of a one-job process's client set-up.
    Requests to http:// URLs go through a pool whose context loads no CA at all; it still demands a valid
    certificate for the right host, so TLS through it could only fail, never pass unchecked, and the
    routing below sends it none. Any other request (an absolute https:// URL given to `client.http`) goes
    through a transport made on first use with the client's own `verify`, as httpx would have made it.
    """

    def __init__(self, make: Callable[..., Any], verify: Verify) -> None:
        self._make, self._verify = make, verify
        self._plain = make(verify=_trusts_no_one())
        self._tls: Any = None
        self._lock = threading.Lock()

    def _for(self, request: httpx.Request) -> Any:
        if request.url.scheme == "http":
            return self._plain
        with self._lock:
            if self._tls is None:
                self._tls = self._make(verify=self._verify)
            return self._tls


def _trusts_no_one() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # PROTOCOL_TLS_CLIENT's defaults already; set anyway so that no default can ever make this context lax.
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


class PlainHTTPTransport(_TLSOnDemand, httpx.BaseTransport):
    """The blocking transport of a client for an http:// server."""

    def __init__(self, verify: Verify) -> None:
        super().__init__(httpx.HTTPTransport, verify)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._for(request).handle_request(request)  # type: ignore[no-any-return]

    def close(self) -> None:
        self._plain.close()
        if self._tls is not None:
            self._tls.close()


class AsyncPlainHTTPTransport(_TLSOnDemand, httpx.AsyncBaseTransport):
    """The asyncio transport of a client for an http:// server."""

    def __init__(self, verify: Verify) -> None:
        super().__init__(httpx.AsyncHTTPTransport, verify)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._for(request).handle_async_request(request)  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        await self._plain.aclose()
        if self._tls is not None:
            await self._tls.aclose()
