"""What a run's folder must never do to its user, offline (issue 17): manifest columns that clobber each
other, image names landing on the run's own files or on each other, a lost or garbage journal taken for a
new run, files hidden from the user's group, unwritable folders answered with a raw OperationalError, a
dead server called reachable, a timeout naming item -1, and the driver loop's `type: ignore`s."""

from __future__ import annotations

import csv
import json
import os
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import InvokeAIClient, Run
from invokeai_client.cli import main
from invokeai_client.resources.images import safe_file_name
from invokeai_client.runs import servers as ops
from invokeai_client.runs.effects import ServerGroup
from invokeai_client.runs.engine import Engine
from invokeai_client.runs.files import AtomicText, claim_name, open_part
from invokeai_client.runs.journal import ImageRecord, Journal, RunFolderError
from invokeai_client.runs.manifest import Manifest
from invokeai_client.runs.run import RunTimeoutError
from invokeai_client.runs.spec import RunSpec
from tests._png import png_bytes
from tests.faultproxy import free_port

ROOT = Path(__file__).resolve().parent.parent
BLUR = ROOT / "examples" / "workflows" / "image-blur.json"
OFFLINE = "http://invokeai.test"  # nothing in these tests sends a request there


def datum(key: str, items: list[Any]) -> dict[str, Any]:
    node, name = key.split(".")
    return {"node_path": node, "field_name": name, "items": items}


def blur(client: InvokeAIClient) -> Any:
    return client.workflows.create_workflow_from_file(BLUR)


# --- item 5: manifest columns ----------------------------------------------------------------------------


def test_manifest_columns_never_overwrite_each_other(tmp_path: Path) -> None:
    groups = [
        [
            datum("a.variant", [10, 11]),
            datum("b.file", ["x", "y"]),
            datum("c.w", [1, 2]),
            datum("d.w", [3, 4]),
        ]
    ]
    labels = {"a.variant": "variant", "b.file": "file", "c.w": "Size", "d.w": "Size"}
    spec = RunSpec(workflow={}, groups=groups, runs=1, labels=labels)
    journal = Journal(tmp_path)
    journal.record_intent("b1", OFFLINE, [0, 1])
    journal.record_enqueued("b1", [5, 6])
    for attempt in journal.attempts():
        name = f"img{attempt.variant}.png"
        journal.record_image(ImageRecord(OFFLINE, name, attempt.id, "n", name, 3, "ab", 0.0))
    Manifest(tmp_path, spec).rewrite(journal)
    rows = list(csv.DictReader((tmp_path / "manifest.csv").open()))
    assert [(r["variant"], r["file"]) for r in rows] == [("0", "img0.png"), ("1", "img1.png")]
    assert [(r["variant (a.variant)"], r["file (b.file)"]) for r in rows] == [("10", "x"), ("11", "y")]
    assert [(r["Size (c.w)"], r["Size (d.w)"]) for r in rows] == [("1", "3"), ("2", "4")]
    lines = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text().splitlines()]
    assert [(x["variant"], x["Size (c.w)"], x["Size (d.w)"]) for x in lines] == [(0, 1, 3), (1, 2, 4)]


# --- item 6: image names ---------------------------------------------------------------------------------


class _AnyImage(BaseHTTPRequestHandler):
    """Answers every GET with a PNG: a server whose image names are hostile (no InvokeAI names them so)."""

    def do_GET(self) -> None:
        body = png_bytes(2, 2)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def any_image_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _AnyImage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_a_downloaded_image_never_overwrites_the_journal_the_manifest_or_another_image(
    tmp_path: Path, any_image_server: str
) -> None:
    journal = Journal(tmp_path)
    journal.set_spec({"workflow": {}, "groups": [], "runs": 1, "labels": {}})
    (tmp_path / "manifest.csv").write_text("variant\n")
    names = ["x/../run.sqlite", "x/../manifest.csv", "a/x.png", "b/x.png", "c/x.png"]
    assert [safe_file_name(n) for n in names] == ["run.sqlite", "manifest.csv", "x.png", "x.png", "x.png"]
    with InvokeAIClient(any_image_server) as client:
        fetched = client.run(ops.fetch(client, tmp_path, [("node", n) for n in names]))
    assert [f.error for f in fetched] == [None] * 5
    files = [f.file for f in fetched]
    assert files == ["run-2.sqlite", "manifest-2.csv", "x.png", "x-2.png", "x-3.png"]
    assert journal.spec() is not None  # the journal is intact
    assert (tmp_path / "manifest.csv").read_text() == "variant\n"
    assert all((tmp_path / f).read_bytes().startswith(b"\x89PNG") for f in files)


def test_claiming_a_name_never_replaces_a_file(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"theirs")
    temp, sink = open_part(tmp_path, "a.png")
    with sink:
        sink.write(b"ours")
    assert claim_name(temp, tmp_path, "a.png").name == "a-2.png"
    assert (tmp_path / "a.png").read_bytes() == b"theirs"
    assert not temp.exists()


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_a_download_a_kill_left_unjournaled_is_adopted_not_written_twice(
    tmp_path: Path, any_image_server: str
) -> None:
    # A kill between renaming a download into place and journaling it leaves the image's file behind; the
    # resumed run fetches that image again and must keep the one file (seen live: 42 PNGs for 40 variants).
    served = png_bytes(2, 2)
    (tmp_path / "left.png").write_bytes(served)  # the killed run's, never journaled
    (tmp_path / "theirs.png").write_bytes(b"\x89PNG not the same image")  # the user's
    (tmp_path / "done.png").write_bytes(served)  # journaled: another variant's
    spec = RunSpec(workflow={}, groups=[[{"node_path": "n", "field_name": "f", "items": [1, 2]}]],
                   runs=1, labels={})  # fmt: skip
    with InvokeAIClient(any_image_server) as client, Journal(tmp_path) as journal:
        journal.record_intent("batch", client.base_url, [0, 1])
        journal.record_enqueued("batch", [10, 11])
        done = journal.attempts()[0].id
        journal.record_image(ImageRecord(client.base_url, "done.png", done, "node", "done.png", len(served),
                                         "sha", 0.0))  # fmt: skip
        engine = Engine(ServerGroup([client]), spec, journal, folder=tmp_path, manifest=None, events=False)
        assert engine.leftovers == {"left.png", "theirs.png"}
        names = [("node", n) for n in ("left.png", "theirs.png", "done.png")]
        fetched = client.run(ops.fetch(client, tmp_path, names, engine.leftovers))
    assert [f.file for f in fetched] == ["left.png", "theirs-2.png", "done-2.png"]
    assert (tmp_path / "theirs.png").read_bytes() == b"\x89PNG not the same image"
    assert sorted(p.name for p in tmp_path.glob("*.png")) == [
        "done-2.png", "done.png", "left.png", "theirs-2.png", "theirs.png"
    ]  # fmt: skip
    assert not list(tmp_path.glob(".invokeai-part.*"))


# --- item 7: a lost or garbage journal -------------------------------------------------------------------


def finished_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "manifest.csv").write_text("variant,file\n0,a.png\n")
    (folder / "manifest.jsonl").write_text('{"variant": 0}\n')
    (folder / "a.png").write_bytes(png_bytes(2, 2))


@pytest.mark.parametrize("journal", ["deleted", "truncated", "garbage"])
def test_a_folder_whose_journal_is_lost_is_refused_not_started_again(tmp_path: Path, journal: str) -> None:
    folder = tmp_path / "out"
    finished_folder(folder)
    if journal == "truncated":
        (folder / "run.sqlite").write_bytes(b"")
    elif journal == "garbage":
        (folder / "run.sqlite").write_bytes(b"not a database at all, " * 100)
    with InvokeAIClient(OFFLINE) as client, pytest.raises(RunFolderError) as refused:
        Run.start(blur(client), folder, sweep={"Blur Radius": [1.0]})
    message = str(refused.value)
    assert str(folder / "run.sqlite") in message
    assert "--fresh" in message
    assert "another folder" in message
    if journal == "deleted":
        assert not (folder / "run.sqlite").exists()  # refusing created nothing
    with (
        InvokeAIClient(OFFLINE) as client,
        Run.start(blur(client), folder, sweep={"Blur Radius": [1.0]}, fresh=True) as run,
    ):
        assert run.counts().todo == 1  # started over
    assert (folder / "a.png").exists()  # the images stay


def test_cli_names_the_lost_journal_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out"
    finished_folder(folder)
    (folder / "run.sqlite").write_bytes(b"garbage" * 200)
    # `status` reads the folder first: no server is asked.
    assert main(["status", str(folder)]) != 0
    err = capsys.readouterr().err
    assert re.search(r"error: .*run\.sqlite is not a run's journal that can be read", err), err
    assert "DatabaseError" not in err


# --- item 9: unwritable folders, dead servers -------------------------------------------------------------


def test_an_unusable_folder_is_named_with_the_resume_hint(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with InvokeAIClient(OFFLINE) as client, pytest.raises(RunFolderError) as refused:
        Run.start(blur(client), blocker / "out", sweep={"Blur Radius": [1.0]})
    assert str(blocker / "out") in str(refused.value)
    assert "run the same command again to resume" in str(refused.value)
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "run.sqlite").mkdir()  # the journal's name taken by a folder: cannot open it
    with InvokeAIClient(OFFLINE) as client, pytest.raises(RunFolderError, match=r"db/run\.sqlite"):
        Run.start(blur(client), tmp_path / "db", sweep={"Blur Radius": [1.0]})


@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_status_calls_a_dead_server_unreachable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    folder = tmp_path / "out"
    with InvokeAIClient(dead) as client, Run.start(blur(client), folder, sweep={"Blur Radius": [1.0]}):
        pass  # a run begun and nothing sent yet: nothing in flight to ask about
    with Journal(folder) as journal:  # as a run that enqueued on that server leaves it
        journal.record_intent("b1", dead, [0])
    assert main(["--json", "status", str(folder)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["unreachable"] == [dead]
    assert main(["status", str(folder)]) == 0
    assert f"server {dead} (unreachable)" in capsys.readouterr().out


# --- item 10: permissions and partial files ---------------------------------------------------------------


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_images_and_manifests_get_the_umasks_permissions(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        temp, sink = open_part(tmp_path, "a.png")
        with sink:
            sink.write(b"png")
        image = claim_name(temp, tmp_path, "a.png")
        with AtomicText(tmp_path / "manifest.csv") as f:
            f.write("variant\n")
    finally:
        os.umask(old)
    assert image.stat().st_mode & 0o777 == 0o666 & ~umask
    assert (tmp_path / "manifest.csv").stat().st_mode & 0o777 == 0o666 & ~umask


# --- item 12: a run's timeout names its items -------------------------------------------------------------


def test_a_runs_timeout_names_the_items_still_on_the_servers(tmp_path: Path) -> None:
    with (
        InvokeAIClient(OFFLINE) as client,
        Run.start(blur(client), tmp_path, sweep={"Blur Radius": [1.0, 2.0]}) as run,
    ):
        run.journal.record_intent("b1", OFFLINE, [0, 1])
        run.journal.record_enqueued("b1", [41, 42])
        with pytest.raises(RunTimeoutError) as gave_up:
            run.wait(timeout=-1)
    assert (gave_up.value.item_id, gave_up.value.item_ids) == (41, [41, 42])
    assert gave_up.value.counts.active == 2
    assert "resume the run from" in str(gave_up.value)


# --- item 17: one driver loop -----------------------------------------------------------------------------


def test_the_runners_step_operations_through_one_drive_without_type_ignores() -> None:
    facade = ROOT / "facade" / "invokeai_client"
    runners = [facade / "_transport" / "core.py", facade / "runs" / "effects.py"]
    for path in runners:
        text = path.read_text()
        assert "type: ignore" not in text, path
        assert "StopIteration" not in text, path  # the generator protocol lives in _transport/drive.py only
        assert "Drive(op)" in text, path
    ignores = [
        p for p in facade.rglob("*.py") if "type: ignore[no-any-return]  # what op returned" in p.read_text()
    ]
    assert ignores == []
