"""An image made by InvokeAI's own web UI, back to its recipe: the server's GUI opened in headless Chromium
(tests/_devtools.py), a prompt typed into its Generate tab and Invoke clicked, with the GUI's own defaults
(the model it picks, size, steps, scheduler, a random seed). `from_image` on that image must hold the GUI's
graph; re-run, the stored graph equals the GUI's and the image is the same, pixel for pixel.

    INVOKEAI_URL=http://127.0.0.1:9090 .venv/bin/pytest --disable-recording tests/test_recall_gui_live.py

Needs a release whose GUI has the Generate tab (6.x) and a main model installed (scripts/make-tiny-models).
"""

from __future__ import annotations

import io
import json
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from invokeai_client.workflow.graph_diff import graph_differences
from tests._devtools import Browser
from tests._gallery import CHROMIUM

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(CHROMIUM is None, reason="needs headless Chromium: apt-get install chromium"),
]

PROMPT_BOX = "document.querySelector('textarea')"
INVOKE = "Array.from(document.querySelectorAll('button')).find(b => b.innerText.trim() === 'Invoke')"
# React keeps the textarea's value in its own state: set it the way typing would, then tell React.
TYPE_PROMPT = """(() => {
  const box = %s;
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(box, %s);
  box.dispatchEvent(new Event('input', {bubbles: true}));
  return box.value;
})()"""


def gui_image(client: Any, profile: Path, prompt: str) -> str:
    """The name of the image the GUI makes from `prompt`."""
    browser = Browser(f"{client.base_url}/", profile)
    try:
        if not browser.wait_for(f"!!{PROMPT_BOX} && !!{INVOKE}", timeout=90):
            pytest.skip(
                f"{client.base_url}: the GUI shows no prompt box and Invoke button (no Generate tab?)"
            )
        assert browser.js(TYPE_PROMPT % (PROMPT_BOX, json.dumps(prompt))) == prompt
        time.sleep(1.0)  # the GUI debounces its prompt state
        browser.js(f"{INVOKE}.click()")
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            mine = [
                i for i in client.queue.latest(5) if prompt in json.dumps(i.to_dict()["session"]["graph"])
            ]
            if mine and str(mine[0].status) in ("completed", "failed", "canceled"):
                assert str(mine[0].status) == "completed", mine[0].error_message
                results = mine[0].to_dict()["session"]["results"].values()
                return str([r["image"]["image_name"] for r in results if "image" in r][-1])
            time.sleep(1.0)
        raise AssertionError("the GUI's item did not finish within 300 s")
    finally:
        browser.close()


def test_an_image_the_gui_made_is_recalled_and_made_again_exactly(client: Any, tmp_path: Path) -> None:
    from PIL import Image, ImageChops

    prompt = f"a lighthouse at dusk, typed into the GUI ({uuid.uuid4().hex[:8]})"
    name = gui_image(client, tmp_path / "profile", prompt)
    recipe = client.workflows.get_recipe(name)
    assert recipe.graph is not None
    assert recipe.workflow is None  # the Generate tab stores none
    assert any(node["type"] == "core_metadata" for node in recipe.graph["nodes"].values())

    wf = client.workflows.from_image(name)
    assert not wf.from_workflow
    assert wf.metadata is not None
    assert wf.metadata.positive_prompt == prompt
    assert wf.differences() == []
    httpx.delete(f"{client.base_url}/api/v1/app/invocation_cache").raise_for_status()  # else: the same image
    wf.enqueue()
    again = wf.wait()
    graph = client.queue.get_item(again.item_id).to_dict()["session"]["graph"]
    assert graph_differences(recipe.graph, graph) == []
    (made,) = [n for m in wf.map_outputs_to_images(again) if not m.is_intermediate for n in m.image_names]
    assert made != name
    first, second = (
        Image.open(io.BytesIO(client.images.download_image(n))).convert("RGB") for n in (name, made)
    )
    assert first.size == second.size
    assert ImageChops.difference(first, second).getbbox() is None  # pixel for pixel
