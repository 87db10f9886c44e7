"""Sweeps to look at (issue 19): a run's `index.html` (cells labelled by the values that vary, constants
once, failed and missing variants shown as such, everything escaped), `contact-sheet.png`, the notebook
display of a run's report and of one result, and `invokeai-client gallery DIR`. Offline from folders made
with the journal's API, and from a recorded run (replayed) that writes its gallery as it finishes and
again when a resume finishes it."""

from __future__ import annotations

import json
import re
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import Run
from invokeai_client._transport import ids
from invokeai_client.cli import main
from invokeai_client.runs.gallery import INDEX_NAME, SHEET_NAME, Gallery, write_gallery
from invokeai_client.workflow.sweeps import Sweep
from tests._gallery import Cells, colour, datum, made_run

BLUR = Path(__file__).resolve().parent.parent / "examples" / "workflows" / "image-blur.json"
HOSTILE = '<script>document.body.setAttribute("data-pwned", "1")</script>'
HOSTILE_ATTR = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"


def hostile_run(folder: Path) -> None:
    """Prompts and labels that would run script if pasted into a page; one variant failed, one missing,
    one unfinished."""
    groups = [
        [datum("p.prompt", [HOSTILE, HOSTILE_ATTR, "a & b"])],
        [datum("n.seed", [1, 10, 2])],
        [datum("s.steps", [4])],
        [datum("c.color", [{"r": 40, "g": 120, "b": 200, "a": 255}])],
    ]
    labels = {"p.prompt": "Prompt <i>", "n.seed": "Seed", "s.steps": "Steps", "c.color": "Color"}
    made_run(
        folder,
        groups,
        labels,
        name="</title><script>alert(1)</script>",
        states={1: "failed", 4: "missing", 8: "unfinished"},
    )


def test_the_page_labels_each_variant_by_what_varies(tmp_path: Path) -> None:
    hostile_run(tmp_path)
    files = write_gallery(tmp_path)
    assert files.index == tmp_path / INDEX_NAME
    page = files.index.read_text(encoding="utf-8")
    cells = Cells(page).cells
    assert [int(c["attrs"]["data-variant"]) for c in cells] == list(range(9))
    # The varying values label each cell (prompt column 0, seed column 1); the constant is in the header.
    prompts, seeds = [HOSTILE, HOSTILE_ATTR, "a & b"], ["1", "10", "2"]
    assert [(c["attrs"]["data-c0"], c["attrs"]["data-c1"]) for c in cells] == [
        (p, s) for p in prompts for s in seeds
    ]
    assert "data-c2" not in cells[0]["attrs"]
    assert page.count(">Steps<") == 1
    assert "<dt>Color</dt><dd>rgba(40,120,200,255)</dd>" in page  # a colour input, not its JSON
    assert "<dt>Steps</dt><dd>4</dd>" in page
    assert "Seed 10" in " ".join(cells[1]["text"].split())
    statuses = [c["attrs"]["data-status"] for c in cells]
    assert statuses == [
        "completed",
        "failed",
        *["completed"] * 2,
        "missing",
        *["completed"] * 3,
        "unfinished",
    ]
    assert "failed: RuntimeError: variant 1 <b>broke</b>" in cells[1]["text"]
    assert "missing: its image file is not in the folder" in cells[4]["text"]
    assert "not finished" in cells[8]["text"]
    # Each completed cell shows its own file, relatively, and links to it.
    assert cells[0]["src"] == cells[0]["href"] == ["image-0.png"]
    assert [c["src"] for c in cells if c["attrs"]["data-status"] != "completed"] == [[], [], []]
    # Numbers sort numerically: the seed's option says so, the prompt's does not.
    assert '<option value="1" data-name="Seed" data-num>' in page
    assert '<option value="0" data-name="Prompt &lt;i&gt;">' in page
    # Nothing from the run became markup: the only script is the page's own.
    assert page.count("<script>") == 1
    assert "<img src=x" not in page
    assert "<b>broke" not in page
    assert "&lt;script&gt;document.body" in page
    assert "&lt;/title&gt;" in page
    assert "http://" not in page
    assert "https://" not in page


def test_numbers_and_runs_and_a_folder_without_a_run(tmp_path: Path) -> None:
    made_run(tmp_path, [[datum("n.seed", [3, 20])]], {"n.seed": "Seed"}, runs=2)
    view = Gallery.from_folder(tmp_path)
    assert view.columns == ["Seed", "run"]
    assert [(c.values["Seed"], c.values["run"]) for c in view.cells] == [(3, 1), (20, 1), (3, 2), (20, 2)]
    assert view.numeric("Seed")
    assert view.numeric("run")
    with pytest.raises(Exception, match=r"holds no run"):
        write_gallery(tmp_path / "nothing-here")


def test_the_contact_sheet_shows_each_image_and_says_what_failed(tmp_path: Path) -> None:
    from PIL import Image

    hostile_run(tmp_path)
    files = write_gallery(tmp_path)
    assert files.sheet == tmp_path / SHEET_NAME
    assert files.note is None
    with Image.open(files.sheet) as sheet:
        assert sheet.info.get("Software") == "invokeai-client gallery"
        width, height = sheet.size
        found = {rgb for _, rgb in sheet.convert("RGB").getcolors(width * height) or []}
    assert 320 <= width <= 8192
    assert height < 4 * width
    completed = [v for v in range(9) if v not in (1, 4, 8)]
    assert all(colour(v) in found for v in completed)  # each image is on the sheet
    assert not {colour(v) for v in (1, 4, 8)} & found  # the failed, missing, unfinished are not
    assert (160, 27, 27) in found  # the failed and missing boxes' red text


def test_a_thousand_variants_stay_light(tmp_path: Path) -> None:
    made_run(tmp_path, [[datum("n.seed", list(range(1000)))]], {"n.seed": "Seed"})
    files = write_gallery(tmp_path)
    assert files.index is not None
    assert files.sheet is not None
    assert files.index.stat().st_size < 1_000_000  # links to the files, not the images inlined
    from PIL import Image

    with Image.open(files.sheet) as sheet:
        assert max(sheet.size) <= 8192
        assert 0.5 < sheet.size[0] / sheet.size[1] < 2
    assert len(Cells(files.index.read_text()).cells) == 1000


def test_without_pillow_the_page_is_written_and_the_note_says_how(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made_run(tmp_path, [[datum("n.seed", [1, 2])]], {"n.seed": "Seed"})
    monkeypatch.setitem(sys.modules, "PIL", None)  # import PIL fails, as without the extra
    monkeypatch.setitem(sys.modules, "invokeai_client.runs.sheet", None)
    files = write_gallery(tmp_path)
    assert files.index is not None
    assert files.sheet is None
    assert files.note is not None
    assert "pip install 'invokeai-client[images]'" in files.note
    assert f"invokeai-client gallery {tmp_path}" in files.note
    assert not (tmp_path / SHEET_NAME).exists()
    # The notebook display embeds the small files themselves.
    assert Gallery.from_folder(tmp_path)._repr_html_().count('src="data:image/png;base64,') == 2


def test_a_file_of_the_users_is_never_overwritten(tmp_path: Path) -> None:
    made_run(tmp_path, [[datum("n.seed", [1, 2])]], {"n.seed": "Seed"})
    (tmp_path / INDEX_NAME).write_text("<html>my own page</html>")
    files = write_gallery(tmp_path)
    assert files.index is None
    assert files.note is not None
    assert "left alone" in files.note
    assert (tmp_path / INDEX_NAME).read_text() == "<html>my own page</html>"
    assert files.sheet is not None
    assert write_gallery(tmp_path).sheet == files.sheet  # its own sheet it rewrites


def test_the_notebook_shows_the_grid_with_images_inside(tmp_path: Path) -> None:
    hostile_run(tmp_path)
    html = Gallery.from_folder(tmp_path)._repr_html_()
    cells = Cells(html).cells
    assert len(cells) == 9
    assert all(src.startswith("data:image/png;base64,") for c in cells for src in c["src"])
    assert sum(len(c["src"]) for c in cells) == 6
    assert not any(c["href"] for c in cells)
    (root,) = re.findall(r'<div class="iai-gallery"[^>]*>', html)
    assert "data-hash" not in root  # the view is not kept in the notebook's URL
    assert "<html" not in html
    assert html.count("<script>") == 1


def test_cli_gallery_rebuilds_the_page_for_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile_run(tmp_path)
    assert main(["--json", "gallery", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["index"] == str(tmp_path / INDEX_NAME)
    assert report["contact_sheet"] == str(tmp_path / SHEET_NAME)
    assert (report["variants"], report["completed"], report["failed"], report["missing"]) == (9, 6, 1, 1)
    assert main(["gallery", str(tmp_path / "none")]) == 2
    assert "holds no run" in capsys.readouterr().err


# --- a recorded run ----------------------------------------------------------------------------------------


def radii(count: int) -> list[float]:
    """Values no recording used before (the node cache would answer), the same when replayed."""
    base = zlib.crc32(ids.new_id().encode()) % 4000 / 100 + 1
    return [round(base + n / 10, 2) for n in range(count)]


def blur(client: Any) -> Any:
    wf = client.workflows.create_workflow_from_file(BLUR)
    wf.set_input_values({"Height": 32})
    return wf


def test_a_run_writes_its_gallery_when_a_resume_finishes_it(client: Any, tmp_path: Path) -> None:
    values = radii(2)
    sweep: Sweep = {"Blur Radius": values, "Width": [24, 48]}
    with Run.start(blur(client), tmp_path, sweep=sweep, chunk_size=1) as run:
        first = next(run.iter_results())  # then the process stops, the rest still on the server
        assert first._repr_png_() == first.files[0].read_bytes()
    assert not (tmp_path / INDEX_NAME).exists()  # not finished: no gallery yet
    with Run.open(client, tmp_path) as resumed:
        results = list(resumed.iter_results())
        report = resumed.report(results)
    assert (tmp_path / INDEX_NAME).is_file()
    assert (tmp_path / SHEET_NAME).is_file()
    cells = Cells((tmp_path / INDEX_NAME).read_text()).cells
    expected = [(str(r), str(w)) for r in values for w in (24, 48)]
    assert [(c["attrs"]["data-c0"], c["attrs"]["data-c1"]) for c in cells] == expected
    assert {c["attrs"]["data-status"] for c in cells} == {"completed"}
    for cell in cells:  # each cell shows its variant's own image
        (src,) = cell["src"]
        assert (tmp_path / src).read_bytes().startswith(b"\x89PNG")
    assert len({c["src"][0] for c in cells}) == 4
    # The report a notebook shows: the same grid, the images inside.
    shown = Cells(report._repr_html_()).cells
    assert [(c["attrs"]["data-c0"], c["attrs"]["data-c1"]) for c in shown] == expected
    assert all(c["src"][0].startswith("data:image/png;base64,") for c in shown)
    assert report.gallery is not None
    assert report.gallery.constants["Height"] == 32
    # The same run opened again when finished: nothing to do, but a page deleted since is written again.
    (tmp_path / INDEX_NAME).unlink()
    with Run.open(client, tmp_path) as again:
        assert list(again.iter_results()) == []
    assert Cells((tmp_path / INDEX_NAME).read_text()).cells == cells
