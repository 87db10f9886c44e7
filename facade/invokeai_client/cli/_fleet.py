"""`run`, `queue` and `version` over several servers (`--url A --url B`, or INVOKEAI_URLS=A,B).

`run` spreads the sweep over the servers through the run engine (`_resumable.run_sweep`: journaled and
resumable with --out), fetching each image from the server that made it as it finishes, and reports per
server what it ran; `queue` and `version` ask every server.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from invokeai_client import errors

from ._convert import Converter, split_assignment, split_sweep
from ._output import Output

if TYPE_CHECKING:
    from invokeai_client.runs.fleet import FleetClient

__all__ = ["COMMANDS", "dispatch"]

COMMANDS = ("run", "queue", "version")
_UNREACHABLE = ("APIConnectionError", "APITimeoutError")


def dispatch(args: argparse.Namespace, urls: list[str], out: Output) -> int:
    """Run `args.command` over the servers at `urls`."""
    from invokeai_client import FleetClient

    if args.command not in COMMANDS:
        raise errors.ValidationError(
            f"`{args.command}` works on one server: pass a single --url (several work with "
            f"{', '.join(COMMANDS)})"
        )
    token = getattr(args, "token", None)
    with FleetClient.from_urls(urls, tokens=[token] * len(urls)) as fleet:
        handler = {"run": run, "queue": queue, "version": version}[args.command]
        return handler(fleet, args, out)


def version(fleet: FleetClient, args: argparse.Namespace, out: Output) -> int:
    from invokeai_client import __version__

    answers = fleet.versions()
    rows = [{"url": url, **_answer(answer, "server")} for url, answer in answers.items()]
    out.data({"client": __version__, "servers": rows})
    out.table(["url", "InvokeAI", "error"], [[r["url"], r.get("server"), r.get("error")] for r in rows])
    return 0 if all("server" in r for r in rows) else 3


def queue(fleet: FleetClient, args: argparse.Namespace, out: Output) -> int:
    statuses = fleet.queue_statuses()
    rows: list[dict[str, Any]] = []
    for url, status in statuses.items():
        if isinstance(status, Exception):
            rows.append({"url": url, "error": _one_line(status)})
            continue
        q = status.queue
        counts = {
            k: getattr(q, k) for k in ("pending", "in_progress", "completed", "failed", "canceled", "total")
        }
        rows.append({"url": url, "counts": counts, "processing": status.processor.is_processing})
    out.data({"servers": rows})
    keys = ("pending", "in_progress", "completed", "failed", "canceled", "total")
    out.table(
        ["url", *keys, "error"],
        [[r["url"], *(r.get("counts", {}).get(k, "") for k in keys), r.get("error", "")] for r in rows],
    )
    return 0 if all("counts" in r for r in rows) else 3


def run(fleet: FleetClient, args: argparse.Namespace, out: Output) -> int:
    from ._resumable import run_sweep

    if args.board:
        raise errors.ValidationError(
            "--board with several servers: board ids are per server (not supported yet)"
        )
    wf = fleet.workflows.create_workflow_from_file(args.workflow)
    # Text is converted once, against the first server; model fields are then matched on each server.
    convert = Converter(fleet.servers[0], None, note=out.note)
    values: dict[int | str, Any] = {}
    for text in args.set:
        key, raw = split_assignment(text, "--set")
        inp = wf.get_input(key)
        values[inp.input_index] = convert.value(inp, raw)
    wf.set_input_values(values)
    sweep: dict[int | str, list[Any]] = {}
    for text in args.sweep:
        key, raw = split_assignment(text, "--sweep")
        inp = wf.get_input(key)
        sweep[inp.input_index] = [convert.item(inp, v) for v in split_sweep(raw)]
    try:
        return run_sweep(wf, sweep, args, out)
    except errors.FleetUnavailableError as exc:
        if all(reason.startswith(_UNREACHABLE) for reason in exc.reasons.values()):
            raise errors.APIConnectionError(str(exc)) from exc
        raise


def _answer(answer: Any, key: str) -> dict[str, Any]:
    return {"error": _one_line(answer)} if isinstance(answer, Exception) else {key: answer}


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"
