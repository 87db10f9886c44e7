"""Runs against the server (replayed offline): images streamed as variants finish, a finished run that
resumes to nothing, a kill between sending a batch and journaling its answer settled through the batch id,
a folder holding another run refused, and a run resumed from its folder alone with the async twins."""

from __future__ import annotations

import asyncio
import csv
import json
import zlib
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import Run, RunMismatchError
from invokeai_client._transport import ids
from invokeai_client.cli import main
from invokeai_client.runs.journal import Journal

BLUR = str(Path(__file__).resolve().parent.parent / "examples" / "workflows" / "image-blur.json")


def radii(count: int) -> list[float]:
    """Values no recording used before (the node cache would answer), the same when replayed: the ids the
    test makes up carry its recording's token."""
    base = zlib.crc32(ids.new_id().encode()) % 4000 / 100 + 1
    return [round(base + n / 100, 2) for n in range(count)]


def blur(client: Any) -> Any:
    wf = client.workflows.create_workflow_from_file(BLUR)
    wf.set_input_values({"Width": 16, "Height": 16})
    return wf


def server_items(client: Any, folder: Path) -> int:
    with Journal(folder) as journal:
        return sum(client.queue.get_batch_status(b).total for b in journal.batch_ids(journal.servers()[0]))


def test_a_run_streams_its_images_and_resumes_to_nothing(client: Any, tmp_path: Path) -> None:
    values = radii(3)
    sweep = {"Blur Radius": values}
    with Run.start(blur(client), tmp_path, sweep=sweep, chunk_size=2) as run:
        results = list(run.iter_results())
        assert sorted(r.variant for r in results) == [0, 1, 2]
        for result in results:
            assert result.status == "completed"
            assert result.values == {"blur.radius": values[result.variant]}
            (file,) = result.files
            assert file.read_bytes().startswith(b"\x89PNG")
        assert len({r.batch_id for r in results}) == 2  # chunks of two
    rows = list(csv.DictReader((tmp_path / "manifest.csv").open()))
    assert [(int(r["variant"]), float(r["Blur Radius"])) for r in rows] == list(enumerate(values))
    assert {r["server"] for r in rows} == {client.pipeline.base_url}

    with Run.start(blur(client), tmp_path, sweep=sweep, chunk_size=2) as again:
        assert again.done
        assert list(again.iter_results()) == []  # nothing enqueued, nothing downloaded again
    assert server_items(client, tmp_path) == 3

    with pytest.raises(RunMismatchError, match=r"sweep of blur\.radius") as refused:
        Run.start(blur(client), tmp_path, sweep={"Blur Radius": values[:2]})
    assert refused.value.differences == [
        f"sweep of blur.radius: {json.dumps(values[:2])} here, {json.dumps(values)} in the folder"
    ]


def test_a_batch_sent_but_not_journaled_is_found_not_resent(client: Any, tmp_path: Path) -> None:
    values = radii(4)
    wf = blur(client)
    with Run.start(wf, tmp_path, sweep={"Blur Radius": values}, chunk_size=2) as run:
        # What a process killed at the worst moments leaves: a batch journaled and sent, its answer never
        # journaled; then a batch journaled and never sent.
        sent, unsent = ids.new_id(), ids.new_id()
        run.journal.record_intent(sent, run.server, [0, 1])
        wf.enqueue(sweep=run.spec.chunk_sweep([0, 1]), batch_id=sent, events=False)
        run.journal.record_intent(unsent, run.server, [2, 3])
    with Run.start(blur(client), tmp_path, sweep={"Blur Radius": values}, chunk_size=2) as resumed:
        results = list(resumed.iter_results())
        assert sorted(r.variant for r in results) == [0, 1, 2, 3]
        by_variant = {r.variant: r for r in results}
        assert {by_variant[0].batch_id, by_variant[1].batch_id} == {sent}
        assert by_variant[2].batch_id not in (sent, unsent)
        lost = resumed.journal.attempts(("lost",))
        assert [(a.batch_id, a.variant) for a in lost] == [(unsent, 2), (unsent, 3)]
    assert client.queue.get_batch_status(unsent).total == 0
    assert server_items(client, tmp_path) == 4


def test_resumed_from_the_folder_alone_with_the_async_twins(client: Any, tmp_path: Path) -> None:
    values = radii(3)
    with Run.start(blur(client), tmp_path, sweep={"Blur Radius": values}, chunk_size=1) as run:
        first = next(run.iter_results())  # then the process stops, items still on the server
        assert first.variant == 0
        states = run.journal.last_states()
        before = {v for v, state in states.items() if state == "completed"}

    async def scenario() -> tuple[list[int], Any]:
        with Run.open(client, tmp_path) as reopened:
            seen = [r.variant async for r in reopened.async_iter_results()]
            return seen, await reopened.async_status()

    seen, status = asyncio.run(scenario())
    assert sorted(before | set(seen)) == [0, 1, 2]
    assert not before & set(seen)  # nothing finished twice
    assert (status.counts.completed, status.counts.images, status.in_flight) == (3, 3, {})
    assert server_items(client, tmp_path) == 3


def test_cli_status_reads_the_journal_and_asks_the_server(
    client: Any, server_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "out")
    sweep = f"Blur Radius={json.dumps(radii(2))}"
    command = ["--url", server_url, "run", BLUR, "--set", "Width=16", "--sweep", sweep, "--out", folder]
    assert main(command) == 0
    out = capsys.readouterr().out
    assert f"2 of 2 variant(s) completed, 2 image(s) in {folder}" in out
    assert main(command) == 0  # again: resumes, finds everything done
    assert "resuming the run" in capsys.readouterr().out
    assert main(["--json", "status", folder]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["variants"], report["completed"], report["images"]) == (2, 2, 2)
    assert report["servers"] == [client.pipeline.base_url]
    assert server_items(client, tmp_path / "out") == 2
