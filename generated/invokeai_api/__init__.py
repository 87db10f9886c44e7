"""A client library for accessing Invoke - Community Edition"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __generator_version__, __invokeai_version__, __invokeai_versions__

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__generator_version__",
    "__invokeai_version__",
    "__invokeai_versions__",
)


def __getattr__(name: str) -> Any:
    # The client module pulls in httpx; importing the package (for its version, say) should not.
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
