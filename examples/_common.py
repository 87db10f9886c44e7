"""What every example shares: the --url/--token options, one-line errors with exit codes, a PNG maker.

Exit codes (the same as the `invokeai-client` command):
    0 done, 1 failed (the server refused, a job failed, nothing to show), 2 bad arguments,
    3 server unreachable, 4 a model the workflow needs is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import struct
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from invokeai_client import (
    APIConnectionError,
    InvokeAIClient,
    InvokeAIError,
    ModelNotFoundError,
    RetryPolicy,
    UnresolvedModelError,
    ValidationError,
)
from invokeai_client.workflow.values import spec_for

if TYPE_CHECKING:
    from invokeai_api import AuthenticatedClient
    from invokeai_client import WorkflowHandle

T = TypeVar("T")

DEFAULT_URL = "http://127.0.0.1:9090"
DEFAULT_BOARD = "invokeai-client examples"
EXIT_FAILED, EXIT_USAGE, EXIT_UNREACHABLE, EXIT_MODEL_MISSING = 1, 2, 3, 4


class ExampleError(Exception):
    """A one-line reason to stop, with the exit code to stop with."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def parser(description: str | None) -> argparse.ArgumentParser:
    """An argument parser with --url (INVOKEAI_URL, else the local default) and --token (INVOKEAI_TOKEN)."""
    p = argparse.ArgumentParser(
        description=(description or "").strip().splitlines()[0],
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--url", default=os.environ.get("INVOKEAI_URL") or DEFAULT_URL, help="InvokeAI server")
    p.add_argument(
        "--token", default=os.environ.get("INVOKEAI_TOKEN"), help="for multi-user servers (INVOKEAI_TOKEN)"
    )
    return p


def run(p: argparse.ArgumentParser, argv: Sequence[str] | None, body: Callable[[Any], int]) -> int:
    """Parse `argv` and run `body(args)`; known failures end as one line on stderr and an exit code."""
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:  # --help, or argparse's own usage error (already printed)
        return int(exc.code or 0)
    try:
        return body(args)
    except ExampleError as exc:
        return fail(str(exc), exc.code)
    except APIConnectionError as exc:
        return fail(str(exc), EXIT_UNREACHABLE)
    except (httpx.NetworkError, httpx.TimeoutException) as exc:  # the bindings' client (raw-API examples)
        return fail(f"cannot reach InvokeAI at {args.url}: {exc or type(exc).__name__}", EXIT_UNREACHABLE)
    except httpx.HTTPError as exc:
        return fail(f"talking to InvokeAI at {args.url} failed: {exc or type(exc).__name__}", EXIT_FAILED)
    except (ModelNotFoundError, UnresolvedModelError) as exc:
        return fail(str(exc), EXIT_MODEL_MISSING)
    except ValidationError as exc:
        return fail(str(exc), EXIT_USAGE)
    except InvokeAIError as exc:
        return fail(str(exc), EXIT_FAILED)
    except KeyboardInterrupt:
        return fail("interrupted", 130)


def fail(message: str, code: int) -> int:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return code


def connect(args: Any) -> tuple[InvokeAIClient, str]:
    """A facade client for --url and the server's version.

    One quick request without retries comes first, so an unreachable server is reported at once rather
    than after the client's retries (which stay on for everything that follows)."""
    with InvokeAIClient(args.url, token=args.token, retry=RetryPolicy.disabled()) as probe:
        version = probe.version()
    return InvokeAIClient(args.url, token=args.token), version


def require_models(wf: WorkflowHandle) -> None:
    """After `sync_dnn_model`: stop with exit code 4 if a model input is still empty.

    Model inputs on the form count even when not required (a FLUX loader's encoders, say): the server
    accepts the graph without them and the job fails later."""
    wanted = {
        (inp.node_id, inp.field_name): (f"input {inp.input_index} {inp.label!r}", inp.spec)
        for inp in wf.list_inputs()
        if inp.spec.kind == "model" and not inp.is_set
    }
    for missing in wf.missing_required():
        spec = spec_for(missing.node_type, missing.field_name)
        if spec.kind == "model":
            wanted.setdefault(
                (missing.node_id, missing.field_name), (f"{missing.node_label} -> {missing.label}", spec)
            )
    if not wanted:
        return
    needs = []
    for where, spec in wanted.values():
        kind = " ".join(filter(None, ("/".join(spec.model_bases or ()), "/".join(spec.model_types or ()))))
        needs.append(f"{where} needs a {kind or 'model'} model")
    raise ExampleError(
        f"workflow {wf.name!r} cannot run on {wf.client.base_url}: no suitable model is installed "
        f"({'; '.join(needs)}): install them and run again",
        EXIT_MODEL_MISSING,
    )


def show_inputs(wf: WorkflowHandle) -> None:
    """The form's inputs in the GUI's order: index, label, kind, value."""
    for inp in wf.list_inputs():
        print(f"  [{inp.input_index:>2}] {inp.label:<22} {inp.spec.kind:<8} {short(inp.value)}")


def short(value: Any, width: int = 60) -> str:
    """A value as a table shows it: models by name, boards by id, long text cut."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("board_id") or value.get("image_name") or value
    text = "-" if value is None else str(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def png_bytes(width: int = 64, height: int = 64) -> bytes:
    """A small gradient PNG (no imaging library needed): a source image for examples that need one."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 255 // width, y * 255 // height, 128)) for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# --- for the raw-API examples (the generated bindings) ------------------------------------------------


def raw_client(args: Any) -> AuthenticatedClient:
    """The generated bindings' client for --url/--token.

    Single-user servers (the default) ignore the token, but the endpoints take an AuthenticatedClient
    and an empty token would make an invalid header: any placeholder does. Unexpected statuses raise."""
    from invokeai_api import AuthenticatedClient

    return AuthenticatedClient(
        base_url=args.url,
        token=args.token or "single-user",
        timeout=httpx.Timeout(60, connect=5),
        raise_on_unexpected_status=True,
    )


def require_endpoints(client: AuthenticatedClient, url: str, *endpoints: ModuleType) -> None:
    """Stop with one line if the server's InvokeAI release lacks one of these generated endpoints.

    The bindings cover several releases; `invokeai_api._releases` says which release has what, so a
    raw-API example can say what it needs before sending a request the server would not understand."""
    from invokeai_api import _releases
    from invokeai_api.api.app import app_version
    from invokeai_api.models import AppVersion

    version = expect(app_version.sync(client=client), AppVersion, "server version").version
    lacking = [
        f"{' '.join(_releases.route(e))} ({_releases.endpoint(e).requirement()})"
        for e in endpoints
        if not _releases.endpoint(e).covers(version)
    ]
    if lacking:
        raise ExampleError(
            f"this example needs {', '.join(lacking)}; the server at {url} runs InvokeAI {version}"
        )


def expect(answer: object, kind: type[T], what: str) -> T:
    """The typed answer of a generated `sync()` call, or a one-line error.

    `sync()` returns the documented model, an HTTPValidationError for a 422, or None for other statuses."""
    if isinstance(answer, kind):
        return answer
    detail = answer.to_dict() if hasattr(answer, "to_dict") else answer
    raise ExampleError(f"{what}: the server answered {detail!r}")


def board_id_named(client: AuthenticatedClient, name: str, *, create: bool = False) -> str:
    """The id of the oldest board called `name` ("none" for "Uncategorized"); created if asked."""
    from invokeai_api.api.boards import create_board, list_boards
    from invokeai_api.models import BoardDTO

    if name in ("none", "Uncategorized"):
        return "none"
    boards = expect(list_boards.sync(client=client, all_=True), list, "listing boards")
    named = sorted((b for b in boards if b.board_name == name), key=lambda b: str(b.created_at))
    if named:
        return str(named[0].board_id)
    if not create:
        known = ", ".join(sorted({repr(b.board_name) for b in boards})[:10]) or "none"
        raise ExampleError(f"no board named {name!r} (boards: {known})")
    return expect(create_board.sync(client=client, board_name=name), BoardDTO, "creating a board").board_id


def load_example(path: Path) -> ModuleType:
    """Import an example file by path (their names have dashes, so `import` cannot)."""
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
