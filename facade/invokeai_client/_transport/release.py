"""What the connected server's InvokeAI release offers, so operations pick the way that release does things.

The bindings cover a range of releases; `invokeai_api._releases` (built by scripts/regenerate from each
release's schema snapshot) says which releases have which operation and node type. The server's version is
asked once per client (`GET /api/v1/app/version`, cached on the pipeline) and then looked up there, so a
request the server would not understand is refused before it is sent, naming the release it needs.

A server whose version cannot be read (not an InvokeAI, or unreachable) is taken to offer everything: the
request goes out and the pipeline's own checks say what went wrong.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from invokeai_client import errors

if TYPE_CHECKING:
    from .core import Op
    from .pipeline import Pipeline

__all__ = ["lacking_node_types", "offers", "require", "server_release"]


def server_release(pipeline: Pipeline) -> Op[str | None]:
    """The server's version string (asked once per client), or None if it will not say; raises
    UnexpectedResponseError, naming it, if it is not a release number."""
    return (yield from pipeline.release_version())


def offers(pipeline: Pipeline, endpoint: ModuleType) -> Op[bool]:
    """Whether the server's release has the operation of a generated endpoint module."""
    from invokeai_api import _releases

    version = yield from server_release(pipeline)
    return version is None or _releases.endpoint(endpoint).covers(version)


def require(pipeline: Pipeline, endpoint: ModuleType, feature: str) -> Op[None]:
    """Raise EndpointNotAvailableError, before anything is sent, if the server's release lacks `endpoint`.

    `feature` says what the caller wanted, in the user's words ("logging in", "listing queue item ids").
    """
    from invokeai_api import _releases

    if (yield from offers(pipeline, endpoint)):
        return
    method, path = _releases.route(endpoint)
    availability = _releases.endpoint(endpoint)
    raise errors.FeatureNotAvailableError(
        f"{feature} needs {availability.requirement()} ({method} {path}); the server at "
        f"{pipeline.base_url} runs InvokeAI {pipeline.server_version}",
        method=method,
        url=f"{pipeline.base_url}{path}",
        server_version=pipeline.server_version,
        feature=feature,
        requirement=availability.requirement(),
    )


def lacking_node_types(pipeline: Pipeline, node_types: set[str]) -> Op[dict[str, str]]:
    """The node types of `node_types` that the server's release lacks, each with the releases that have it.

    Types that no covered release knows (custom nodes, or newer than the bindings) are left to the server.
    """
    from invokeai_api import _releases

    version = yield from server_release(pipeline)
    if version is None:
        return {}
    lacking: dict[str, str] = {}
    for node_type in sorted(node_types):
        try:
            availability = _releases.node_type(node_type)
        except KeyError:
            continue
        if not availability.covers(version):
            lacking[node_type] = availability.requirement()
    return lacking
