"""`run` on one server or several, through the one run engine (`invokeai_client.runs`), and `status DIR`.

With `--out DIR` the run is journaled in its folder and the same command resumes it (on the same servers
or others); without it the journal is kept in memory and the images go to out/.
"""

from __future__ import annotations

import argparse
import shlex
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._output import Output, cell

if TYPE_CHECKING:
    from invokeai_client.runs.engine import RunResult
    from invokeai_client.runs.journal import VariantCounts
    from invokeai_client.runs.report import FleetReport
    from invokeai_client.runs.run import Run
    from invokeai_client.submission.handle import WorkflowHandle
    from invokeai_client.workflow.form import WorkflowForm


def run_sweep(
    wf: WorkflowHandle | WorkflowForm,
    sweep: dict[int | str, list[Any]],
    args: argparse.Namespace,
    out: Output,
) -> int:
    """Run `wf` (a handle: its server; a fleet's workflow: every server) with `sweep`; the exit code."""
    from invokeai_client.runs.run import Run

    folder = Path(args.out) if args.out is not None else None
    # Never the current folder: run from a checkout, that would litter it (the images go under out/).
    download_to = None if args.no_download else (folder or Path("out"))
    started = time.monotonic()
    with Run.start(
        wf,
        folder,
        sweep=sweep or None,
        runs=args.runs,
        retry_failed=args.retry_failed,
        chunk_size=args.chunk_size,
        fresh=args.fresh,
        download_to=download_to,
        sync_models=not args.no_sync_models,
        on_note=out.note,
    ) as run:
        before = run.counts()
        servers = len(run.client.servers)
        on = f" on {servers} servers" if servers > 1 else ""
        if before.completed or before.failed or before.active:
            out.note(f"resuming the run in {folder}{on}: {_counts_text(before)}")
        else:
            into = f" into {folder}" if folder is not None else ""
            out.note(f"run of {run.total} variant(s) of workflow {wf.name!r}{on}{into}")
        if before.failed and not args.retry_failed:
            out.note(f"{before.failed} variant(s) failed before: --retry-failed enqueues them again")
        results: list[RunResult] = []
        try:
            _follow(run, args, out, before, results)
        except KeyboardInterrupt:
            _interrupted(run, args, out)
            raise
        counts = run.counts()
        report = run.report(results)
    elapsed = time.monotonic() - started
    _summary(wf, run, report, results, counts, args, out, elapsed, download_to)
    return 0 if counts.completed == counts.total else 1


def _follow(
    run: Run, args: argparse.Namespace, out: Output, before: VariantCounts, results: list[RunResult]
) -> None:
    deadline = time.monotonic() + args.timeout
    finished = before.completed + before.failed
    with out.progress(run.total, "running") as progress:
        progress.update(finished, "running")
        for result in run.iter_results(timeout=max(0.0, deadline - time.monotonic())):
            finished += 1
            results.append(result)
            values = ", ".join(f"{run.spec.labels.get(k, k)}={cell(v, 30)}" for k, v in result.values.items())
            line = f"variant {result.variant} {result.status} {values}".strip()
            if len(run.client.servers) > 1:
                line = f"{line} | {run.progress().line()}"
            progress.update(finished, line)
        progress.update(finished, "done")


def _summary(
    wf: Any,
    run: Run,
    report: FleetReport,
    results: list[RunResult],
    counts: VariantCounts,
    args: argparse.Namespace,
    out: Output,
    elapsed: float,
    download_to: Path | None,
) -> None:
    labels = run.spec.labels
    items: list[dict[str, Any]] = [
        {
            "variant": r.variant,
            "item_id": r.item_id,
            "server": r.server,
            "status": r.status,
            "values": {labels.get(k, k): v for k, v in r.values.items()},
            "images": _images(r),
            "error": r.error,
        }
        for r in sorted(results, key=lambda r: r.variant)
    ]
    data = report.to_dict()
    data.pop("results", None)
    out.data(
        {"folder": args.out, **data, "elapsed": round(elapsed, 3), **_counts_dict(counts), "items": items}
    )
    if args.out is None:
        rows = [
            [i["item_id"], i["status"], ", ".join(f"{k}={cell(v, 30)}" for k, v in i["values"].items()),
             "\n".join(x["path"] or x["image_name"] for x in i["images"]) or i["error"]]
            for i in items
        ]  # fmt: skip
        out.table(["item", "status", "values", "images"], rows)
    if len(report.servers) > 1:
        out.table(
            ["server", "InvokeAI", "enqueued", "completed", "images", "duplicates", "s/item", "note"],
            [[s.url, s.version or "", s.enqueued, s.completed, s.images, s.duplicates,
              "" if s.pace is None else f"{s.pace:.2f}", s.reason or "; ".join(s.lost_work)]
             for s in report.servers],
        )  # fmt: skip
    moved = (
        f"; {len(report.moves)} moved, {counts.duplicates} duplicate(s) not counted" if report.moves else ""
    )
    on = f" on {len(report.servers)} servers" if len(report.servers) > 1 else ""
    done = f"{counts.completed} of {counts.total} variant(s) completed{on}"
    if args.out is not None:
        files = (
            f"{counts.images} image(s) in {args.out} (manifest.csv, manifest.jsonl{_gallery_files(args.out)})"
        )
        out.note(f"{done}, {files} in {elapsed:.1f} s{moved}")
    else:
        images = counts.images if download_to is not None else report.images
        where = " to out/" if download_to is not None else " (left on the servers)"
        out.note(f"{done} in {elapsed:.1f} s; {images} image(s){where}{moved}")
    for result in results:
        if result.status != "completed":
            out.error(f"variant {result.variant} (item {result.item_id}) failed: {cell(result.error, 200)}")


def _gallery_files(folder: str) -> str:
    from invokeai_client.runs.gallery import INDEX_NAME, SHEET_NAME

    return "".join(f", {name}" for name in (INDEX_NAME, SHEET_NAME) if (Path(folder) / name).is_file())


def _images(result: RunResult) -> list[dict[str, Any]]:
    names = [(m.node_id, m.board_id, name) for m in result.outputs for name in m.image_names]
    # `files` follow the outputs' image names when every image was fetched.
    paths = [str(f) for f in result.files] if len(result.files) == len(names) else [None] * len(names)
    return [
        {"image_name": name, "node_id": node, "board_id": board, "path": path}
        for (node, board, name), path in zip(names, paths, strict=True)
    ]


def _interrupted(run: Run, args: argparse.Namespace, out: Output) -> None:
    if args.cancel_on_interrupt:
        canceled = run.cancel()
        out.note(f"stopped; canceled {canceled} item(s) of the run on the servers")
    else:
        out.note("stopped waiting; the run's queued items keep running on the servers")
    counts = run.counts()
    if run.folder is not None:
        out.note(f"{_counts_text(counts)}; resume with: {shlex.join(['invokeai-client', *args.argv])}")
    else:
        out.note(f"{_counts_text(counts)} (no --out: the run cannot be resumed)")


def status(args: argparse.Namespace, out: Output) -> int:
    """`status DIR`: the journal's counts, and each of the run's servers asked (reachable or not)."""
    from invokeai_client import InvokeAIClient, RetryPolicy
    from invokeai_client.runs.effects import ServerGroup
    from invokeai_client.runs.run import Run

    urls = _journal_servers(args.folder) or [args.url]
    clients = [InvokeAIClient(url, token=args.token, retry=RetryPolicy.disabled()) for url in urls]
    try:
        with Run.open(ServerGroup(clients), args.folder) as run:
            report = run.status()
            labels = run.spec.labels
    finally:
        for client in clients:
            client.close()
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


def gallery(args: argparse.Namespace, out: Output) -> int:
    """`gallery DIR`: write the run's `index.html` and `contact-sheet.png` from its folder alone."""
    from invokeai_client.runs.gallery import Gallery

    view = Gallery.from_folder(args.folder)
    files = view.write(sheet=not args.no_sheet)
    counts = view.counts()
    index, sheet = (None if f is None else str(f) for f in (files.index, files.sheet))
    out.data({"folder": args.folder, "index": index, "contact_sheet": sheet, "note": files.note,
              "variants": len(view.cells), **counts})  # fmt: skip
    said = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
    for path in (index, sheet):
        if path is not None:
            out.note(f"{path}: {len(view.cells)} variant(s) ({said or 'none'})")
    if files.note is not None:
        out.note(files.note)
    return 0 if index is not None else 1


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
        "duplicates": counts.duplicates,
    }


def _counts_text(counts: VariantCounts) -> str:
    return (
        f"{counts.completed} of {counts.total} variant(s) completed, {counts.failed} failed, "
        f"{counts.active} on the servers, {counts.todo} not yet enqueued; {counts.images} image(s)"
    )
