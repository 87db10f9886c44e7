"""One exception hierarchy for everything the client raises.

InvokeAIError
├── APIError                      talking to the server went wrong
│   ├── APIConnectionError        no answer: refused, reset, DNS  (APITimeoutError: too slow)
│   ├── APIStatusError            an HTTP error status, with the server's detail
│   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
│   │   ├── NotFoundError 404     (BoardNotFoundError, ModelNotFoundError: the server has no such id)
│   │   ├── ConflictError 409, UnprocessableEntityError 422,
│   │   └── RateLimitError 429, InternalServerError 5xx
│   ├── EndpointNotAvailableError this server version has no such endpoint
│   │   └── FeatureNotAvailableError   its release cannot do this, said before sending
│   │       └── NodeTypeNotAvailableError   the workflow's node types it lacks
│   └── UnexpectedResponseError   an answer that is not what the API documents (HTML for JSON, ...)
├── ValidationError               caught on the client; nothing was created, changed or enqueued
│   ├── WorkflowFormatError       not a workflow the GUI could have exported
│   ├── InputNotFoundError, AmbiguousInputError, InvalidValueError, MissingInputError
│   ├── UnresolvedModelError (AmbiguousModelError), UnresolvedBoardError, AmbiguousBoardError
│   └── RunMismatchError         an output folder holds a different run
├── RecipeNotAvailableError       an image with no graph stored (uploaded): nothing to re-run
├── JobError                      a queue item did not produce its results
│   └── JobFailedError, JobCanceledError, JobTimeoutError
├── ClientClosedError             a closed client was used again
└── ConcurrentUseError            a workflow handle's inputs used from a second thread

Something missing is reported by who found it missing. When the server answers 404 for a board id, a
model key, an image or a queue item, the error is a `NotFoundError` carrying that answer (status, method,
URL, the server's detail), whatever the resource: `BoardNotFoundError` and `ModelNotFoundError` for boards
and models. When no request failed but the client finds nothing to resolve a name to among the lists the
server gave (a board name, a workflow's saved model, a model name on the command line), the error is a
client-side `UnresolvedBoardError` or `UnresolvedModelError`: there is no status to carry, and nothing was
created or enqueued. Both kinds are `LookupError`s, so `except LookupError` catches a missing board or
model however it was found missing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Self

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousBoardError",
    "AmbiguousInputError",
    "AmbiguousModelError",
    "AuthenticationError",
    "BadRequestError",
    "BoardNotFoundError",
    "ClientClosedError",
    "ConcurrentUseError",
    "ConflictError",
    "EndpointNotAvailableError",
    "FeatureNotAvailableError",
    "FleetUnavailableError",
    "InputNotFoundError",
    "InternalServerError",
    "InvalidValueError",
    "InvokeAIError",
    "JobCanceledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "MissingInputError",
    "ModelNotFoundError",
    "NodeTypeNotAvailableError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RecipeNotAvailableError",
    "RunMismatchError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "UnresolvedBoardError",
    "UnresolvedModelError",
    "ValidationError",
    "WorkflowFormatError",
]


class InvokeAIError(Exception):
    """Base class of every error this library raises."""


# --- talking to the server -----------------------------------------------------------------------------


class APIError(InvokeAIError):
    """A request to the server failed."""

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url


class APIConnectionError(APIError):
    """The server could not be reached or dropped the connection."""


class APITimeoutError(APIConnectionError):
    """The server did not answer in time."""


class APIStatusError(APIError):
    """The server answered with an error status.

    `detail` is the server's own explanation (FastAPI's `detail` field) when it gave one; `body` is the raw
    decoded body (JSON value or text). `hint`, when the message ends with one in parentheses, is that
    advice on its own (a command line can replace it with its own words).
    """

    hint: str = ""

    def __init__(
        self, message: str, *, method: str, url: str, status_code: int, body: Any, detail: Any
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.body = body
        self.detail = detail


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: no valid credentials. `token_sent` says whether the refused request carried a token (None when
    not known: a failed login builds its own message)."""

    token_sent: bool | None = None


class PermissionDeniedError(APIStatusError):
    """403: credentials valid, action not allowed."""


class NotFoundError(APIStatusError):
    """404 for a resource (board, model, image, queue item) the server does not have."""

    @classmethod
    def about(cls, what: str, answer: NotFoundError) -> Self:
        """The server's 404 `answer` as this class, its message saying first what was missing."""
        return cls(
            f"{what} on the server ({answer.method} {answer.url} answered {answer.status_code})",
            method=answer.method,
            url=answer.url,
            status_code=answer.status_code,
            body=answer.body,
            detail=answer.detail,
        )


class BoardNotFoundError(NotFoundError, LookupError):
    """The server answered 404 for a board id."""


class ModelNotFoundError(NotFoundError, LookupError):
    """The server answered 404 for a model key: no installed model has it."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422: the server's request validation rejected the request."""


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """5xx."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The APIStatusError subclass for an HTTP status (InternalServerError for every 5xx)."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


class EndpointNotAvailableError(APIError):
    """The server has no such endpoint: an older or newer InvokeAI than the one these bindings came from."""

    def __init__(self, message: str, *, method: str, url: str, server_version: str | None) -> None:
        super().__init__(message, method=method, url=url)
        self.server_version = server_version


class FeatureNotAvailableError(EndpointNotAvailableError):
    """The server's InvokeAI release cannot do what was asked; nothing was sent.

    `feature` names what was asked for, `requirement` the releases that can ("InvokeAI >= 6.12.0"),
    `server_version` the server's own release.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        server_version: str | None,
        feature: str,
        requirement: str,
    ) -> None:
        super().__init__(message, method=method, url=url, server_version=server_version)
        self.feature = feature
        self.requirement = requirement


class NodeTypeNotAvailableError(FeatureNotAvailableError):
    """The workflow uses node types the server's release does not have; nothing was sent.

    `nodes` lists each one as "node id (label): type, needs InvokeAI ...".
    """

    def __init__(self, message: str, *, url: str, server_version: str | None, nodes: Sequence[str]) -> None:
        super().__init__(
            message,
            method="POST",
            url=url,
            server_version=server_version,
            feature="these node types",
            requirement="; ".join(nodes),
        )
        self.nodes: list[str] = list(nodes)


class UnexpectedResponseError(APIError):
    """The server's answer is not what the API documents (for example HTML where JSON was expected)."""

    def __init__(self, message: str, *, method: str, url: str, status_code: int, content_type: str) -> None:
        super().__init__(message, method=method, url=url)
        self.status_code = status_code
        self.content_type = content_type


# --- caught on the client ------------------------------------------------------------------------------


class ValidationError(InvokeAIError, ValueError):
    """Bad input caught on the client: nothing was created, changed or enqueued because of it.

    Most are caught before any request; resolving a name may first read what the server has (its boards,
    its installed models)."""


class WorkflowFormatError(ValidationError):
    """The data is not a workflow the GUI could have exported. `where` names the offending part."""

    def __init__(self, message: str, *, where: str = "", source: str = "") -> None:
        prefix = f"{source}: " if source else ""
        located = f" (at {where})" if where else ""
        super().__init__(f"{prefix}{message}{located}")
        self.where = where
        self.source = source


class InputNotFoundError(ValidationError, LookupError):
    """No form input matches the given index, label or node_id.field_name."""


class AmbiguousInputError(ValidationError, LookupError):
    """More than one form input matches; `candidates` lists them."""

    def __init__(self, message: str, candidates: Sequence[str]) -> None:
        super().__init__(message)
        self.candidates: list[str] = list(candidates)


class InvalidValueError(ValidationError, TypeError):
    """A value does not fit the input's type or constraints."""


class MissingInputError(ValidationError):
    """Required inputs are unset; `missing` describes each one."""

    def __init__(self, message: str, missing: Sequence[str]) -> None:
        super().__init__(message)
        self.missing: list[str] = list(missing)


class UnresolvedModelError(ValidationError, LookupError):
    """A model field (or a model given by name) matches no installed model, and nothing suitable replaces
    it. Found by the client in the server's model list; a 404 for a key is a ModelNotFoundError."""


class AmbiguousModelError(UnresolvedModelError):
    """Several installed models fit a model field equally (same name, base and type); `candidates` lists
    their keys. Nothing is picked for you: set the field to one of them by key."""

    def __init__(self, message: str, candidates: Sequence[str]) -> None:
        super().__init__(message)
        self.candidates: list[str] = list(candidates)


class UnresolvedBoardError(ValidationError, LookupError):
    """No listed board has that name (or id). Found by the client in the server's board list; a 404 for an
    id is a BoardNotFoundError."""


class AmbiguousBoardError(ValidationError, LookupError):
    """Several boards share the name; `candidates` lists their ids."""

    def __init__(self, message: str, candidates: Sequence[str]) -> None:
        super().__init__(message)
        self.candidates: list[str] = list(candidates)


class RunMismatchError(ValidationError):
    """The output folder's journal belongs to a different run; `differences` says what differs."""

    def __init__(self, message: str, differences: Sequence[str]) -> None:
        super().__init__(message)
        self.differences: list[str] = list(differences)


# --- jobs ----------------------------------------------------------------------------------------------


class RecipeNotAvailableError(InvokeAIError, LookupError):
    """The server holds no graph for an image (uploaded, or made by something that stored none), so there
    is no recipe to re-run; `image_name` names it, `server_version` is the server's release."""

    def __init__(self, message: str, *, image_name: str, server_version: str | None) -> None:
        super().__init__(message)
        self.image_name = image_name
        self.server_version = server_version


class JobError(InvokeAIError):
    """A queue item (or a model install job: then `item_id` is the job's id) did not complete."""

    def __init__(self, message: str, *, item_id: int, status: str | None = None) -> None:
        super().__init__(message)
        self.item_id = item_id
        self.status = status


class JobFailedError(JobError):
    """The server ran the item and it failed; carries the server's error fields."""

    def __init__(
        self,
        message: str,
        *,
        item_id: int,
        error_type: str | None,
        error_message: str | None,
        error_traceback: str | None,
    ) -> None:
        super().__init__(message, item_id=item_id, status="failed")
        self.error_type = error_type
        self.error_message = error_message
        self.error_traceback = error_traceback


class JobCanceledError(JobError):
    """The item was canceled before it completed."""


class JobTimeoutError(JobError, TimeoutError):
    """Waiting gave up; the item may still complete on the server."""


class ClientClosedError(InvokeAIError, RuntimeError):
    """The client was closed and then used: make a new one."""


class ConcurrentUseError(InvokeAIError, RuntimeError):
    """A workflow handle's inputs were used from a second thread while the first still runs: one thread's
    values would go into another's enqueue. Give each thread its own handle (`wf.copy()`)."""


class FleetUnavailableError(InvokeAIError):
    """No server of a fleet can run the workflow; `reasons` says why, per server URL."""

    def __init__(self, message: str, reasons: Mapping[str, str]) -> None:
        super().__init__(message)
        self.reasons: dict[str, str] = dict(reasons)
