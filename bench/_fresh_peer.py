"""One job in a fresh process with invokeai-py-client 1.1.1 (in its own venv; started by bench/_fresh.py).

    .bench/peer-venv/bin/python bench/_fresh_peer.py '{"url": ..., "mode": "sync", "workflow": "<copy>"}'

The same job as bench/_fresh_ours.py, the peer's way (see bench/_peer.py): the workflow file with its form's
root renamed "root" (bench/_fresh.py writes that copy), `create_workflow(..., validate=False)`, inputs by
index; `submit_sync` + `wait_for_completion_sync` (polls every 0.5 s, its default) or, in `events` mode,
`await submit(subscribe_events=True)` + `await wait_for_completion()`. Prints the same `@@bench` line.
"""

import os
import sys
import time

START = time.time()

import json  # noqa: E402  (both clients import it anyway)

# The peer client is installed only in its own venv (.bench/peer-venv), never in the project's.
from invokeai_py_client import InvokeAIClient  # type: ignore[import-not-found]  # noqa: E402  (timed)
from invokeai_py_client.workflow import WorkflowDefinition  # type: ignore[import-not-found]  # noqa: E402

IMPORTED = time.time()


def _index(wf: object, *, label: str | None = None, field: str | None = None) -> int:
    for inp in wf.list_inputs():  # type: ignore[attr-defined]
        if (label is None or inp.label == label) and (field is None or inp.field_name == field):
            return int(inp.input_index)
    raise LookupError(f"the peer found no input labelled {label!r} / field {field!r}")


def main() -> None:
    options = json.loads(sys.argv[1])
    radius = options.get("radius") or 1 + (time.time_ns() // 1000 % 29_000_000) / 1e6
    url = options.get("url") or os.environ.get("INVOKEAI_URL") or "http://127.0.0.1:9090"
    events = options.get("mode") == "events"
    client = InvokeAIClient.from_url(url)
    made = time.time()
    with open(options["workflow"]) as file:
        definition = WorkflowDefinition.from_dict(json.load(file))
    wf = client.workflow_repo.create_workflow(definition, validate=False)
    wf.get_input_value(_index(wf, label="Blur Radius")).value = radius
    if options.get("board"):
        wf.get_input_value(_index(wf, field="board")).value = options["board"]
    loaded = time.time()
    if events:
        import asyncio

        async def run() -> tuple[float, dict[str, object]]:
            await wf.submit(subscribe_events=True)
            submitted = time.time()
            return submitted, await wf.wait_for_completion(timeout=300)

        loop = asyncio.new_event_loop()
        submitted, item = loop.run_until_complete(run())
    else:
        wf.submit_sync()
        submitted = time.time()
        item = wf.wait_for_completion_sync(timeout=300)
    waited = time.time()
    mappings = wf.map_outputs_to_images(item)
    mapped = time.time()
    if events:
        loop.run_until_complete(client.disconnect_socketio())
    client.close()
    closed = time.time()
    if not mappings or not mappings[0]["image_names"]:
        raise SystemExit(f"queue item {item['item_id']} mapped to no image")
    stamps = {"start": START, "imported": IMPORTED, "client": made, "loaded": loaded}
    stamps |= {"submitted": submitted, "waited": waited, "mapped": mapped, "closed": closed}
    item_times = {k: str(item[k]) for k in ("created_at", "started_at", "completed_at")}
    print("@@bench " + json.dumps({"stamps": stamps, "item": item_times, "item_id": item["item_id"]}))


if __name__ == "__main__":
    main()
