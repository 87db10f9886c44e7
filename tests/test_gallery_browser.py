"""A run's `index.html` in a real browser: headless Chromium (Debian's `chromium`; `.ci/run` installs it)
opens the page of a recorded run (replayed offline) and (a) takes a screenshot that shows the grid,
(b) dumps the DOM: one cell per variant with its values, (c) the view in the URL's hash sorts and filters
the cells. And a page built from hostile values runs none of them. Nothing is fetched: the page, its
images and the browser's profile are in a temporary folder."""

from __future__ import annotations

import itertools
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import Run
from invokeai_client._transport import ids
from invokeai_client.runs.gallery import INDEX_NAME, write_gallery
from tests._gallery import CHROMIUM, Cells, chromium, datum, made_run

BLUR = Path(__file__).resolve().parent.parent / "examples" / "workflows" / "image-blur.json"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs headless Chromium: apt-get install chromium (.ci/run installs it)"
)


def radii(count: int) -> list[float]:
    """Values no recording used before (the node cache would answer), the same when replayed."""
    base = zlib.crc32(ids.new_id().encode()) % 4000 / 100 + 1
    return [round(base + n / 4, 2) for n in range(count)]


def values_of(cells: list[dict[str, Any]]) -> list[tuple[float, int]]:
    return [(float(c["attrs"]["data-c0"]), int(c["attrs"]["data-c1"])) for c in cells]


def test_the_page_of_a_run_in_headless_chromium(client: Any, tmp_path: Path) -> None:
    from PIL import Image

    folder = tmp_path / "run"
    values = radii(3)
    wf = client.workflows.create_workflow_from_file(BLUR)
    wf.set_input_values({"Height": 64})
    with Run.start(wf, folder, sweep={"Blur Radius": values, "Width": [32, 64]}) as run:
        assert len(list(run.iter_results())) == 6
    page = folder / INDEX_NAME
    expected = [(r, w) for r in values for w in (32, 64)]

    # (a) The screenshot shows the grid: the blurred images' blue in six places, labels under them.
    shot = tmp_path / "screenshot.png"
    chromium(page, tmp_path / "profile-a", f"--screenshot={shot}", "--window-size=1400,900")
    with Image.open(shot) as image:
        rgb = image.convert("RGB")
        colours = rgb.getcolors(1400 * 900) or []
        blue = [(x, y) for x in range(0, 1400, 4) for y in range(0, 900, 4) if _blueish(rgb.getpixel((x, y)))]
    assert len(colours) > 50  # not blank: images, text, controls
    assert len(blue) > 6 * 200  # six thumbnails of the blurred blue image
    # Columns of the screen with a thumbnail's height of blue (not the size slider's small blue knob).
    xs = sorted(x for x, n in Counter(x for x, _ in blue).items() if n >= 20)
    assert 1 + sum(b - a > 8 for a, b in itertools.pairwise(xs)) == 6  # side by side: a grid

    # (b) The DOM: one cell per variant, in variant order, with its values and its own image.
    cells = Cells(chromium(page, tmp_path / "profile-b", "--dump-dom")).cells
    assert values_of(cells) == expected
    assert [c["attrs"]["data-variant"] for c in cells] == [str(n) for n in range(6)]
    assert all((folder / c["src"][0]).is_file() for c in cells)
    assert not any("hidden" in c["attrs"] for c in cells)

    # (c) Sorted by a value, descending (numerically): the cells reordered; filtered: the others hidden.
    dom = chromium(page, tmp_path / "profile-c", "--dump-dom", fragment="#sort=-Blur+Radius")
    cells = Cells(dom).cells
    assert values_of(cells) == sorted(expected, key=lambda v: (-v[0], expected.index(v)))
    assert "6 of 6 shown" in dom
    dom = chromium(page, tmp_path / "profile-d", "--dump-dom", fragment="#sort=-Width&Width=64")
    cells = Cells(dom).cells
    shown = [values_of([c])[0] for c in cells if "hidden" not in c["attrs"]]
    assert shown == [(r, 64) for r in values]
    assert values_of(cells)[:3] == [(r, 64) for r in values]
    assert "3 of 6 shown" in dom


def _blueish(pixel: float | tuple[int, ...] | None) -> bool:
    assert isinstance(pixel, tuple)  # as an RGB image's pixels are
    r, g, b = pixel[:3]
    return b > 150 and b - r > 80 and b - g > 30


def test_hostile_values_run_nothing_in_the_browser(tmp_path: Path) -> None:
    attack = '<script>document.body.setAttribute("data-pwned", "1")</script>'
    broken = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
    groups = [[datum("p.prompt", [attack, broken, "plain"])], [datum("n.seed", [7, 8])]]
    made_run(tmp_path, groups, {"p.prompt": "Prompt", "n.seed": "Seed"}, name=attack, states={3: "failed"})
    files = write_gallery(tmp_path)
    assert files.index is not None
    dom = chromium(files.index, tmp_path / "profile", "--dump-dom", fragment="#sort=-Seed")
    assert 'data-pwned="' not in dom  # neither script set the attribute
    cells = Cells(dom).cells
    assert [c["attrs"]["data-c1"] for c in cells] == ["8", "8", "8", "7", "7", "7"]
    prompts = {c["attrs"]["data-c0"] for c in cells}
    assert prompts == {attack, broken, "plain"}  # shown as text, as given
    assert Cells(dom).tags.count("script") == 1
