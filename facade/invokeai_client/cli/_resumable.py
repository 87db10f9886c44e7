"""`run --out DIR` (a run journaled in its folder, resumed by the same command) and `status DIR`."""

from __future__ import annotations

import argparse
import shlex
import time
from typing import TYPE_CHECKING, Any

from ._output import Output, cell
from ._run import fill

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.runs.journal import VariantCounts
    from invokeai_client.runs.run import Run, RunResult


def run_in_folder(client: InvokeAIClient, args: argparse.Namespace, out: Output) -> int:
    from invokeai_client.runs.run import Run

    wf, sweep = fill(client, args, out)
    started = time.monotonic()
    with Run.start(
        wf,
        args.out,
        sweep=sweep or None,
        runs=args.runs,
        retry_failed=args.retry_failed,
        chunk_size=args.chunk_size,
    ) as run:
        before = run.counts()
        if before.completed or before.failed or before.active:
            out.note(f"resuming the run in {args.out}: {_counts_text(before)}")
        else:
            out.note(f"run of {run.total} variant(s) of workflow {wf.name!r} into {args.out}")
        if before.failed and not args.retry_failed:
            out.note(f"{before.failed} variant(s) failed before: --retry-failed enqueues them again")
        failures: list[RunResult] = []
        try:
            _follow(run, args, out, before, failures)
        except KeyboardInterrupt:
            _interrupted(run, args, out)
            raise
        counts = run.counts()
    elapsed = time.monotonic() - started
    out.data({"folder": args.out, "elapsed": round(elapsed, 3), **_counts_dict(counts)})
    out.note(
        f"{counts.completed} of {counts.total} variant(s) completed, {counts.images} image(s) in {args.out} "
        f"(manifest.csv, manifest.jsonl) in {elapsed:.1f} s"
    )
    for result in failures:
        out.error(f"variant {result.variant} (item {result.item_id}) failed: {result.error}")
    return 0 if counts.completed == counts.total else 1


def _follow(
    run: Run, args: argparse.Namespace, out: Output, before: VariantCounts, failures: list[RunResult]
) -> None:
    deadline = time.monotonic() + args.timeout
    finished = before.completed + before.failed
    with out.progress(run.total, "running") as progress:
        progress.update(finished, "running")
        for result in run.iter_results(timeout=max(0.0, deadline - time.monotonic())):
            finished += 1
            values = ", ".join(f"{run.spec.labels.get(k, k)}={cell(v, 30)}" for k, v in result.values.items())
            progress.update(finished, f"variant {result.variant} {result.status} {values}".strip())
            if result.status != "completed":
                failures.append(result)
        progress.update(finished, "done")


def _interrupted(run: Run, args: argparse.Namespace, out: Output) -> None:
    if args.cancel_on_interrupt:
        canceled = run.cancel()
        out.note(f"stopped; canceled {canceled} item(s) of the run on the server")
    else:
        out.note("stopped waiting; the run's queued items keep running on the server")
    counts = run.counts()
    out.note(f"{_counts_text(counts)}; resume with: {shlex.join(['invokeai-client', *args.argv])}")


def status(args: argparse.Namespace, out: Output) -> int:
    from invokeai_client import InvokeAIClient, RetryPolicy
    from invokeai_client.runs.run import Run

    servers = _journal_servers(args.folder)
    url = servers[0] if servers else args.url
    with (
        InvokeAIClient(url, token=args.token, retry=RetryPolicy.disabled()) as client,
        Run.open(client, args.folder) as run,
    ):
        report = run.status()
        labels = run.spec.labels
    counts = report.counts
    out.data(
        {
            "folder": str(report.folder),
            **_counts_dict(counts),
            "servers": report.servers,
            "server_statuses": report.in_flight,
            "unreachable": report.unreachable,
            "swept": labels,
        }
    )
    out.note(f"{report.folder}: {_counts_text(counts)}")
    for server in report.servers:
        where = "unreachable" if server in report.unreachable else "reachable"
        states = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in sorted(report.in_flight.items()))
        out.note(f"server {server} ({where}){': ' + states if states and where == 'reachable' else ''}")
    return 0


def _journal_servers(folder: str) -> list[str]:
    from invokeai_client import errors
    from invokeai_client.runs.journal import Journal

    if not Journal.exists(folder):
        raise errors.ValidationError(f"{folder} holds no run (made by `invokeai-client run ... --out DIR`)")
    with Journal(folder) as journal:
        return journal.servers()


def _counts_dict(counts: VariantCounts) -> dict[str, Any]:
    return {
        "variants": counts.total,
        "completed": counts.completed,
        "failed": counts.failed,
        "on_server": counts.active,
        "to_do": counts.todo,
        "images": counts.images,
    }


def _counts_text(counts: VariantCounts) -> str:
    return (
        f"{counts.completed} of {counts.total} variant(s) completed, {counts.failed} failed, "
        f"{counts.active} on the server, {counts.todo} not yet enqueued; {counts.images} image(s)"
    )
