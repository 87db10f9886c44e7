"""One job in a fresh process with invokeai-client, as a scheduled job or the CLI runs it (bench/_fresh.py).

    .venv/bin/python bench/_fresh_ours.py '{"url": "http://127.0.0.1:9090", "mode": "poll", "board": "<id>"}'

Import, client, workflow file, one Blur Radius (new every run: the node cache never answers), submit, wait,
map. Prints one `@@bench {json}` line: epoch timestamps between the steps and the queue item's own times.
Before the clock starts only os, sys and time are imported, which the interpreter loads at start-up anyway.
"""

import os
import sys
import time

START = time.time()

import json  # noqa: E402  (both clients import it anyway)

from invokeai_client import InvokeAIClient, WorkflowDefinition  # noqa: E402  (timed)

IMPORTED = time.time()


def main() -> None:
    options = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    here = os.path.dirname(os.path.abspath(__file__))
    workflow = options.get("workflow") or os.path.join(here, "..", "examples", "workflows", "image-blur.json")
    # From the clock, not `random`: importing random would be timed as the client's.
    radius = options.get("radius") or 1 + (time.time_ns() // 1000 % 29_000_000) / 1e6
    url = options.get("url") or os.environ.get("INVOKEAI_URL") or "http://127.0.0.1:9090"
    with InvokeAIClient.from_url(url, events=options.get("mode") == "events") as client:
        made = time.time()
        wf = client.workflow_repo.create_workflow(WorkflowDefinition.from_file(workflow))
        wf.get_input_value("Blur Radius").value = radius
        if options.get("board"):
            wf.get_input_value("Board").value = options["board"]
        loaded = time.time()
        wf.submit_sync()
        submitted = time.time()
        item = wf.wait_for_completion_sync(timeout=300)
        waited = time.time()
        mappings = wf.map_outputs_to_images(item, include_intermediate=False)
        mapped = time.time()
    closed = time.time()
    if not mappings or not mappings[0].image_names:
        raise SystemExit(f"queue item {item.item_id} mapped to no image")
    stamps = {"start": START, "imported": IMPORTED, "client": made, "loaded": loaded}
    stamps |= {"submitted": submitted, "waited": waited, "mapped": mapped, "closed": closed}
    item_times = {k: str(getattr(item, k)) for k in ("created_at", "started_at", "completed_at")}
    print("@@bench " + json.dumps({"stamps": stamps, "item": item_times, "item_id": item.item_id}))


if __name__ == "__main__":
    main()
