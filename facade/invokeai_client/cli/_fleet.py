"""`run`, `queue` and `version` over several servers (`--url A --url B`, or INVOKEAI_URLS=A,B).

`run` spreads the sweep over the servers (`invokeai_client.fleet`), downloads each image from the server
that made it, and reports per server what it ran; `queue` and `version` ask every server.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invokeai_client import errors

from ._convert import Converter, split_assignment, split_sweep
from ._output import Output, cell

if TYPE_CHECKING:
    from invokeai_client.fleet.client import FleetClient
    from invokeai_client.fleet.report import FleetProgress

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
    if args.board:
        raise errors.ValidationError(
            "--board with several servers: board ids are per server (not supported yet)"
        )
    if args.out is not None:
        # A journaled, resumable run (runs/) keeps one server per run for now.
        out.note(f"several servers: images go to {args.out}, but the run is not journaled there (no resume)")
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

    # Batch nodes may multiply this; the progress line shows the run's own count.
    total = math.prod(len(v) for v in sweep.values()) * args.runs
    with out.progress(total, "preparing") as display:

        def on_progress(progress: FleetProgress) -> None:
            display.update(progress.done, progress.line())

        try:
            report = wf.run(
                sweep=sweep or None,
                runs=args.runs,
                sync_models=not args.no_sync_models,
                timeout=args.timeout,
                on_progress=on_progress,
            )
        except errors.FleetUnavailableError as exc:
            if all(reason.startswith(_UNREACHABLE) for reason in exc.reasons.values()):
                raise errors.APIConnectionError(str(exc)) from exc
            raise
    downloaded, lost = _download(wf, report.results, None if args.no_download else Path(args.out or "."), out)
    data = report.to_dict()
    for entry in data["results"]:
        entry["paths"] = downloaded.get(entry["variant"], [])
    data["download_failures"] = lost
    out.data(data)
    out.table(
        ["server", "InvokeAI", "enqueued", "completed", "images", "duplicates", "s/item", "note"],
        [
            [
                s.url,
                s.version or "",
                s.enqueued,
                s.completed,
                s.images,
                s.duplicates,
                "" if s.pace is None else f"{s.pace:.2f}",
                s.reason or "; ".join(s.lost_work),
            ]
            for s in report.servers
        ],
    )
    where = f" to {args.out or '.'}" if not args.no_download else ""
    out.note(
        f"{len(report.results)} of {report.variants} variant(s) completed on {len(report.servers)} servers "
        f"in {report.elapsed:.1f} s; {report.images} image(s){where}; {len(report.moves)} moved, "
        f"{len(report.duplicates)} duplicate(s) not counted"
    )
    for failure in report.failures:
        out.error(
            f"variant {failure.variant} on {failure.server} item {failure.item_id}: "
            + cell(failure.error, 200)
        )
    for variant, error in lost:
        out.error(f"variant {variant}: image not downloaded: {error}")
    return 0 if len(report.results) == report.variants and not lost else 1


def _download(
    wf: Any, results: list[Any], folder: Path | None, out: Output
) -> tuple[dict[int, list[str]], list[tuple[int, str]]]:
    downloaded: dict[int, list[str]] = {}
    lost: list[tuple[int, str]] = []
    if folder is None:
        return downloaded, lost
    for result in results:
        try:
            downloaded[result.variant] = [str(p) for p in wf.download_outputs([result], folder)]
        except errors.APIError as exc:
            # The server that made it is gone (its images with it): say so, keep the others.
            lost.append((result.variant, f"{result.server}: {_one_line(exc)}"))
    return downloaded, lost


def _answer(answer: Any, key: str) -> dict[str, Any]:
    return {"error": _one_line(answer)} if isinstance(answer, Exception) else {key: answer}


def _one_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {' '.join(str(exc).split())}"
