"""Journaled runs over two servers, recorded (scripts/record-cassettes with INVOKEAI_FLEET_URLS=A,B): each
image fetched from the server that made it as its item finishes, the journal knowing which batch is on
which server, and resumes that re-adopt the servers' batches or move the work of a server left out.
Requests match on host and port too: each server answers its own."""

from __future__ import annotations

import csv
import zlib
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import FleetClient, Run
from invokeai_client._transport import ids
from invokeai_client.runs.gallery import SHEET_NAME
from invokeai_client.runs.journal import Journal

BLUR = Path(__file__).resolve().parent.parent / "examples" / "workflows" / "image-blur.json"
VARIANTS = 8


@pytest.fixture(scope="module")
def vcr_config(vcr_config: dict[str, Any]) -> dict[str, Any]:
    return {**vcr_config, "match_on": ["method", "host", "port", "path", "query", "json_body"]}


def images(folder: Path) -> list[Path]:
    """The run's images in `folder` (not the gallery's contact sheet)."""
    return [p for p in folder.glob("*.png") if p.name != SHEET_NAME]


def radii(count: int) -> list[float]:
    """Values no recording used before (a node cache would answer), the same when replayed."""
    base = zlib.crc32(ids.new_id().encode()) % 4000 / 100 + 1
    return [round(base + n / 100, 2) for n in range(count)]


def blur(fleet: FleetClient) -> Any:
    wf = fleet.workflows.create_workflow_from_file(BLUR)
    wf.set_input_values({"Width": 16, "Height": 16})
    for node in wf.definition.invocation_nodes():
        node["data"]["useCache"] = False
    return wf


def manifest(folder: Path) -> list[dict[str, str]]:
    return list(csv.DictReader((folder / "manifest.csv").open()))


def test_a_journaled_run_over_two_servers_fetches_each_image_from_its_server(
    fleet_urls: list[str], tmp_path: Path
) -> None:
    values = radii(VARIANTS)
    with FleetClient.from_urls(fleet_urls) as fleet:
        with Run.start(blur(fleet), tmp_path, sweep={"Blur Radius": values}, events=False) as run:
            results = list(run.iter_results())
            report = run.report(results)
        assert sorted(r.variant for r in results) == list(range(VARIANTS))
        assert {r.status for r in results} == {"completed"}
        assert {r.server for r in results} == set(fleet_urls)  # both took part
        for result in results:
            assert result.values == {"blur.radius": values[result.variant]}
            (file,) = result.files
            assert file.parent == tmp_path
            assert file.read_bytes().startswith(b"\x89PNG")
        assert len(images(tmp_path)) == VARIANTS
        rows = manifest(tmp_path)
        assert sorted(int(r["variant"]) for r in rows) == list(range(VARIANTS))
        by_variant = {r.variant: r.server for r in results}
        assert all(row["server"] == by_variant[int(row["variant"])] for row in rows)
        assert sum(s.completed for s in report.servers) == VARIANTS
        assert (report.moves, report.duplicates) == ([], [])
    with Journal(tmp_path) as journal:
        assert set(journal.servers()) == set(fleet_urls)
        for url in fleet_urls:  # every batch journaled with the server it went to
            assert {a.server for b in journal.batch_ids(url) for a in journal.attempts_of_batch(b)} == {url}


def test_a_resume_on_the_same_servers_adopts_their_batches_and_sends_nothing_twice(
    fleet_urls: list[str], tmp_path: Path
) -> None:
    sweep = {"Blur Radius": radii(VARIANTS)}
    with FleetClient.from_urls(fleet_urls) as fleet:
        with Run.start(blur(fleet), tmp_path, sweep=sweep, events=False) as first:
            for _ in first.iter_results():
                break  # stopped after the first result, as a killed client would be
            before = first.counts()
        assert before.completed < VARIANTS
        assert before.active > 0  # items left on the servers
        with Run.open(fleet, tmp_path, events=False) as again:
            counts = again.wait()
    assert (counts.completed, counts.images, counts.duplicates) == (VARIANTS, VARIANTS, 0)
    assert len(images(tmp_path)) == VARIANTS
    with Journal(tmp_path) as journal:
        attempts = [
            a for url in fleet_urls for b in journal.batch_ids(url) for a in journal.attempts_of_batch(b)
        ]
    assert sorted(a.variant for a in attempts) == list(range(VARIANTS))  # each variant enqueued once


def test_a_resume_without_one_server_moves_its_work_to_the_other(
    fleet_urls: list[str], tmp_path: Path
) -> None:
    first_url, second_url = fleet_urls
    sweep = {"Blur Radius": radii(VARIANTS)}
    with (
        FleetClient.from_urls(fleet_urls) as fleet,
        Run.start(blur(fleet), tmp_path, sweep=sweep, events=False) as first,
    ):
        for _ in first.iter_results():
            break
    with Journal(tmp_path) as journal:
        left_on_first = [a.variant for a in journal.attempts(("intent", "queued"), server=first_url)]
    assert left_on_first  # the first server still had work of the run
    with FleetClient.from_urls([second_url]) as fleet, Run.open(fleet, tmp_path, events=False) as again:
        results = list(again.iter_results())
        report = again.report(results)
    assert {r.server for r in results} == {second_url}
    assert sorted(int(r["variant"]) for r in manifest(tmp_path)) == list(range(VARIANTS))
    assert len(images(tmp_path)) == VARIANTS
    assert sorted(m.variant for m in report.moves) == sorted(left_on_first)
    assert {(m.server, m.reason) for m in report.moves} == {(first_url, "server not in this run")}
