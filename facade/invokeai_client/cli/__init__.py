"""`invokeai-client`: InvokeAI from the command line, for people who would rather not write Python.

    invokeai-client inputs examples/workflows/sdxl-text-to-image.json
    invokeai-client code examples/workflows/sdxl-text-to-image.json > sdxl.py     # the graph as Python
    invokeai-client run examples/workflows/sdxl-text-to-image.json --set "Positive Prompt=a red fox" \\
        --set Steps=20 --sweep Seed=1,2,3 --board "fox runs" --out out/
    invokeai-client status out/      # a run's progress; the same `run ... --out out/` again resumes it
    invokeai-client generate "a red fox" --model tiny-sdxl --sweep seed=1,2,3 --out out/fox   # a preset
    invokeai-client recall 1a2b3c.png          # what made an image, and the command that makes it again
    invokeai-client gallery out/     # out/index.html and out/contact-sheet.png (a finished run has them)
    invokeai-client --json queue | jq .counts

Several servers: `--url A --url B` (or INVOKEAI_URLS=A,B) spreads `run`'s sweep over them; `queue` and
`version` ask each.

Exit codes: 0 done, 1 failed (a job failed, the server refused), 2 bad arguments or input values,
3 server unreachable, 4 a model the workflow needs is not installed, 130 interrupted.
Errors are one line on stderr; --debug shows the traceback instead.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from invokeai_client import errors

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_MODEL_MISSING",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "build_parser",
    "main",
]

EXIT_FAILED, EXIT_USAGE, EXIT_UNREACHABLE, EXIT_MODEL_MISSING, EXIT_INTERRUPTED = 1, 2, 3, 4, 130
DEFAULT_URL = "http://127.0.0.1:9090"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the console script exits with it)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has already explained
        return int(exc.code or 0)
    args.argv = list(sys.argv[1:] if argv is None else argv)  # to say how to resume a run
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        if args.debug:
            raise
        return _fail("interrupted", EXIT_INTERRUPTED)
    except Exception as exc:
        if args.debug:
            raise
        return _fail(*_explain(exc))


def _dispatch(args: argparse.Namespace) -> int:
    from . import _commands
    from ._output import Output

    out = Output(args.json)
    if args.command == "inputs":
        return _commands.inputs(args, out)  # reads a file; no server needed
    if args.command == "code":
        from ._code import code

        return code(args, out)  # reads a file; no server needed
    if args.command == "status":
        from ._resumable import status

        return status(args, out)  # the journal says which server to ask
    if args.command == "gallery":
        from ._resumable import gallery

        return gallery(args, out)  # reads the folder; no server needed
    if args.command == "run":
        from invokeai_client.workflow.form import WorkflowForm

        from ._convert import check_inputs_named

        # A bad file or input name is exit 2 whether or not a server answers, and nothing is sent.
        check_inputs_named(WorkflowForm.from_file(args.workflow), args.set, args.sweep)
    if args.command == "generate":
        from ._generate import check_sweep_keys

        check_sweep_keys(args)  # a wrong --sweep name is exit 2 whether or not a server answers
    urls = getattr(args, "urls", None) or _env_urls() or [args.url]
    if len(urls) > 1 and args.command == "generate":
        raise errors.ValidationError("generate runs on one server: give one --url")
    if len(urls) > 1:
        from . import _fleet

        return _fleet.dispatch(args, urls, out)
    args.url = urls[0]
    from invokeai_client import InvokeAIClient, RetryPolicy

    # One quick request without retries first: an absent server is reported at once, not after backoff.
    with InvokeAIClient(args.url, token=args.token, retry=RetryPolicy.disabled()) as probe:
        probe.version()
    handler = _handlers()[args.command]
    with InvokeAIClient(args.url, token=args.token) as client:
        return handler(client, args, out)


def _env_urls() -> list[str]:
    return [url.strip() for url in os.environ.get("INVOKEAI_URLS", "").split(",") if url.strip()]


class _Urls(argparse.Action):
    """--url, repeatable: the first is `url`, all of them `urls` (several servers: run, queue, version)."""

    def __call__(
        self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        urls = [*(getattr(namespace, "urls", None) or []), values]
        namespace.urls, namespace.url = urls, urls[0]


def _handlers() -> dict[str, Callable[[Any, argparse.Namespace, Any], int]]:
    from . import _commands, _generate, _recall, _run

    return {
        "run": _run.run,
        "generate": _generate.generate,
        "recall": _recall.recall,
        "version": _commands.version,
        "boards": _commands.boards,
        "images": _commands.images,
        "queue": _commands.queue,
        "models": _commands.models,
    }


def _explain(exc: Exception) -> tuple[str, int]:
    if isinstance(exc, errors.AuthenticationError) and exc.token_sent is not None and exc.hint:
        # The library's hint names Python (from_url(token=)); here the way in is an option.
        hint = (
            "the server refused the token from --token / INVOKEAI_TOKEN (expired, revoked, or another "
            "server's): get a fresh one"
            if exc.token_sent
            else "the server wants a login and no token was given: pass --token or set INVOKEAI_TOKEN"
        )
        return str(exc).removesuffix(f"({exc.hint})") + f"({hint})", EXIT_FAILED
    if isinstance(exc, errors.APIConnectionError):
        return str(exc), EXIT_UNREACHABLE
    if isinstance(exc, errors.AmbiguousModelError):
        return str(exc), EXIT_USAGE  # the models are there: which one is the question
    if isinstance(exc, errors.ModelNotFoundError | errors.UnresolvedModelError):
        return str(exc), EXIT_MODEL_MISSING
    if isinstance(exc, errors.ValidationError):
        return str(exc), EXIT_USAGE
    if isinstance(exc, errors.InvokeAIError):
        return str(exc), EXIT_FAILED
    if isinstance(exc, FileNotFoundError | IsADirectoryError | PermissionError):
        return f"{exc.filename}: {exc.strerror}", EXIT_USAGE
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), EXIT_FAILED
    return f"unexpected {type(exc).__name__}: {exc} (run with --debug for the traceback)", EXIT_FAILED


def _fail(message: str, code: int) -> int:
    one_line = re.sub(r"\s*\n\s*", "; ", message.strip()).replace(":;", ":")
    print(f"error: {one_line}", file=sys.stderr)
    return code


# --- arguments -------------------------------------------------------------------------------------------


def _seconds(text: str) -> float:
    """--timeout: a number of seconds above 0 (refused before anything is sent, not after enqueueing)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the wait needs a number of seconds above 0")
    return value


def _count(text: str) -> int:
    """--runs, --chunk-size: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: at least 1")
    return value


def _board(text: str) -> str:
    """--board: never empty (an empty name would be ignored, or make a nameless board)."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "empty: give a board name or id, 'none' (uncategorized) or 'auto' (the workflow's auto-add board)"
        )
    return text


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """--url, --token, --json, --debug; accepted before or after the command.

    On the subcommands their defaults are SUPPRESS, so an option given before the command is not
    overwritten by the subcommand's default."""

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if suppress else value

    group = parser.add_argument_group("connection and output")
    group.add_argument(
        "--url",
        action=_Urls,
        default=default(os.environ.get("INVOKEAI_URL") or DEFAULT_URL),
        help="InvokeAI server; repeat it to spread `run`'s sweep over several (`queue` and `version` ask "
        f"each) (default: INVOKEAI_URLS=A,B,..., else INVOKEAI_URL, else {DEFAULT_URL})",
    )
    group.add_argument(
        "--token",
        default=default(os.environ.get("INVOKEAI_TOKEN")),
        help="access token for a multi-user server (default: INVOKEAI_TOKEN)",
    )
    group.add_argument("--json", action="store_true", default=default(False), help="print JSON for scripts")
    group.add_argument("--debug", action="store_true", default=default(False), help="tracebacks on errors")


def _run_options(p: argparse.ArgumentParser) -> None:
    """The options of a run (`run`, `generate`): board, output folder, chunks, resuming, waiting."""
    p.add_argument(
        "--board", type=_board,
        help="board name or id for every board input (created if no board has the name); 'none' or "
        "'Uncategorized': uncategorized; 'auto': the workflow's 'auto' (the auto-add board)",
    )  # fmt: skip
    p.add_argument(
        "--out", metavar="DIR",
        help="folder for the images, their manifest and the run's journal: the same command again resumes "
        "the run there (default: images to out/, no journal)",
    )  # fmt: skip
    p.add_argument(
        "--chunk-size", type=_count, default=100, metavar="N",
        help="most variants per enqueued batch; on one server at most two batches wait at a time",
    )  # fmt: skip
    p.add_argument(
        "--fresh", action="store_true",
        help="with --out: start the run in DIR over (journal, manifest; images stay, never overwritten)",
    )  # fmt: skip
    p.add_argument(
        "--retry-failed", action="store_true", help="with --out: enqueue the variants that failed again"
    )
    p.add_argument(
        "--cancel-on-interrupt", action="store_true",
        help="with --out: Ctrl-C cancels the run's items on the server (default: they keep running)",
    )  # fmt: skip
    p.add_argument("--no-download", action="store_true", help="leave the images on the server")
    p.add_argument("--runs", type=_count, default=1, help="run each variant this many times")
    p.add_argument("--timeout", type=_seconds, default=1800, help="seconds to wait for the items")
    p.add_argument("--no-sync-models", action="store_true", help="keep model fields as saved")


def build_parser() -> argparse.ArgumentParser:
    """The command line's argument parser (its subcommands and options)."""
    parser = argparse.ArgumentParser(
        prog="invokeai-client",
        description="InvokeAI from the command line: run GUI-exported workflows, look at boards, images, "
        "the queue and models.",
        epilog="Exit codes: 0 done, 1 failed, 2 bad arguments, 3 server unreachable, 4 model missing.",
    )
    _add_common(parser, suppress=False)
    shared = argparse.ArgumentParser(add_help=False)
    _add_common(shared, suppress=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[shared], help=help, description=help)

    p = command("inputs", "list a workflow's form inputs: index, label, type, value")
    p.add_argument("workflow", help="workflow JSON exported from the GUI")

    p = command("code", "print Python that builds a workflow's graph (its `graph` variable)")
    p.add_argument("workflow", help="workflow JSON exported from the GUI, or a graph JSON (a queue item's)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the script to FILE instead of printing it")

    p = command("run", "fill a workflow's inputs, run it, wait, download the images")
    p.add_argument("workflow", help="workflow JSON exported from the GUI")
    p.add_argument(
        "--set", action="append", default=[], metavar="INPUT=VALUE",
        help="set an input by form index or label (see `inputs`); repeatable",
    )  # fmt: skip
    p.add_argument(
        "--sweep", action="append", default=[], metavar="INPUT=V1,V2,...",
        help="one queue item per value (a JSON list for values with commas); several --sweep multiply",
    )  # fmt: skip
    _run_options(p)

    p = command("generate", "make images from a prompt with a preset (no workflow file), as `run` runs one")
    from ._generate import add_arguments

    add_arguments(p)
    _run_options(p)

    p = command("recall", "what made an image (metadata, inputs) and the command that re-runs it")
    from ._recall import add_arguments

    add_arguments(p)

    p = command("status", "a run's progress (run --out DIR), from its journal and its server")
    p.add_argument("folder", metavar="DIR", help="the run's output folder")

    p = command(
        "gallery", "(re)build a run's index.html and contact-sheet.png (run --out DIR) from its folder"
    )
    p.add_argument("folder", metavar="DIR", help="the run's output folder")
    p.add_argument("--no-sheet", action="store_true", help="only index.html, no contact-sheet.png")

    command("version", "the server's and this client's versions")
    p = command("boards", "list boards with their image counts")
    p.add_argument("--archived", action="store_true", help="include archived boards")

    p = command("images", "list images, newest first")
    p.add_argument(
        "--board", type=_board, help="board name or id ('none': uncategorized); default: every board"
    )
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--starred", action="store_true", help="starred images first")
    p.add_argument("--category", action="append", choices=["general", "user", "control", "mask", "other"])
    p.add_argument("--intermediate", action=argparse.BooleanOptionalAction, help="only (or no) intermediates")

    p = command("queue", "queue status and the newest items")
    p.add_argument("--limit", type=int, default=10, help="how many of the newest items to show")

    p = command("models", "list installed models")
    p.add_argument("--base", help="e.g. sdxl, sd-1, flux")
    p.add_argument("--type", help="e.g. main, vae, lora")
    p.add_argument("--name", help="exact model name")
    return parser
