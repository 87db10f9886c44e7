"""Benchmark worker for the peer client, invokeai-py-client 1.1.1 (runs in the peer's own venv).

    .bench/peer-venv/bin/python bench/_peer.py --url http://127.0.0.1:9090 --mode sync|events

Driven the way its README and examples do: WorkflowDefinition.from_file/from_dict ->
workflow_repo.create_workflow -> inputs by index -> submit_sync + wait_for_completion_sync (polls every
0.5 s, its default) or, in `events` mode, `await submit(subscribe_events=True)` + `await
wait_for_completion()` (socket.io) -> map_outputs_to_images -> BoardHandle.download_image. It has no batch
API, so a sweep is a loop of single submissions.
"""

from __future__ import annotations

import time

PROCESS_START = time.perf_counter()

import argparse  # noqa: E402  (the clock starts before any import)
import asyncio  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

if TYPE_CHECKING:  # mypy runs from the repository's root, where bench/ is the package `bench`
    from bench import _common as common
else:
    import _common as common

# The peer client is installed only in its own venv (.bench/peer-venv), never in the project's.
from invokeai_py_client import InvokeAIClient  # type: ignore[import-not-found]  # noqa: E402
from invokeai_py_client.workflow import WorkflowDefinition  # type: ignore[import-not-found]  # noqa: E402

IMPORTED = time.perf_counter()


def _index(wf: Any, *, label: str | None = None, field: str | None = None) -> int:
    for inp in wf.list_inputs():
        if (label is None or inp.label == label) and (field is None or inp.field_name == field):
            return int(inp.input_index)
    raise LookupError(f"the peer found no input labelled {label!r} / field {field!r}")


class Worker:
    def __init__(self, url: str, mode: str) -> None:
        self.url, self.mode = url, mode
        self.client = InvokeAIClient.from_url(url)
        self.loop = asyncio.new_event_loop() if mode == "events" else None
        self.boards: list[str] = []
        self.blur: Any = None
        self.sdxl_wf: Any = None

    def _workflow(self, path: Path) -> Any:
        # validate=False: the peer refuses workflow format 4.0.0 (what InvokAI 6.13+ exports) when validating.
        definition = WorkflowDefinition.from_dict(common.rooted_form(json.loads(path.read_text())))
        return self.client.workflow_repo.create_workflow(definition, validate=False)

    def _run_job(self, wf: Any) -> dict[str, Any]:
        """Submit and wait the peer's way for this mode; the completed queue item (a dict)."""
        if self.loop is None:
            wf.submit_sync()
            return wf.wait_for_completion_sync(timeout=300)  # type: ignore[no-any-return]

        async def run() -> dict[str, Any]:
            await wf.submit(subscribe_events=True)
            return await wf.wait_for_completion(timeout=300)  # type: ignore[no-any-return]

        return self.loop.run_until_complete(run())

    # --- commands ---------------------------------------------------------------------------------------

    def setup(self, _: dict[str, Any]) -> dict[str, Any]:
        self.board = self.client.board_repo.create_board(common.board_name(f"peer-{self.mode}"))
        self.boards.append(self.board.board_id)
        self.blur = self._workflow(common.BLUR_WORKFLOW)
        self.blur_radius = _index(self.blur, label="Blur Radius")
        self.blur.get_input_value(_index(self.blur, field="board")).value = self.board.board_id
        self.blur.get_input_value(self.blur_radius).value = common.radius()
        assert self.blur.map_outputs_to_images(self._run_job(self.blur))
        return {"cold_first_job": time.perf_counter() - PROCESS_START, "import": IMPORTED - PROCESS_START}

    def single(self, _: dict[str, Any]) -> dict[str, Any]:
        return self._one_job(self.blur, self.blur_radius, common.radius())

    def _one_job(self, wf: Any, index: int, value: Any) -> dict[str, Any]:
        wf.get_input_value(index).value = value
        with common.Watch(self.url, expected_items=1) as watch:
            start = time.perf_counter()
            item = self._run_job(wf)
            mappings = wf.map_outputs_to_images(item)
            done, mapped_at = time.perf_counter(), time.time()
        if not mappings or not mappings[0]["image_names"]:
            raise RuntimeError(f"queue item {item['item_id']} mapped to no image")
        return {
            "wall": done - start,
            **common.item_times(item["created_at"], item["started_at"], item["completed_at"], mapped_at),
            "item_id": item["item_id"],
            "contended": watch.contended,
        }

    def sweep(self, command: dict[str, Any]) -> dict[str, Any]:
        """The peer's loop: per value, set the input, submit, wait, map; then download every image."""
        wf, values = self.blur, common.sweep_radii(int(command["count"]))
        field = wf.get_input_value(self.blur_radius)
        with common.Watch(self.url, expected_items=len(values)) as watch:
            before = common.usage()
            start = time.perf_counter()
            items, names = [], []
            for value in values:
                field.value = value
                item = self._run_job(wf)
                items.append(item)
                names += [name for m in wf.map_outputs_to_images(item) for name in m["image_names"]]
            outputs_known = time.perf_counter()
            downloaded = sum(len(self.board.download_image(name)) for name in names)
            downloads_done = time.perf_counter()
            after = common.usage()
        if len(names) != len(values):
            raise RuntimeError(f"sweep: {len(names)} images for {len(values)} variants")
        return {
            "outputs": outputs_known - start,
            "downloads": downloads_done - start,
            **common.server_floor([(i["started_at"], i["completed_at"]) for i in items]),
            "enqueue_requests": len(values),
            "items_per_request": 1,
            "bytes": downloaded,
            "cpu": after["cpu"] - before["cpu"],
            "cpu_process": after["cpu"],
            "maxrss_mb": after["maxrss_mb"],
            "contended": watch.contended,
        }

    def sdxl_setup(self, _: dict[str, Any]) -> dict[str, Any]:
        wf = self._workflow(common.SDXL_WORKFLOW)
        # The peer's sync_dnn_model leaves a model field that was never chosen (None) alone, so the model is
        # set by hand, as its examples do, from its own model listing.
        main = next(
            m
            for m in self.client.dnn_model_repo.list_models()
            if str(getattr(m.base, "value", m.base)) == "sdxl"
            and str(getattr(m.type, "value", m.type)) == "main"
        )
        model = wf.get_input_value(_index(wf, field="model"))
        model.key, model.hash, model.name, model.base, model.type = (
            main.key,
            main.hash,
            main.name,
            main.base,
            main.type,
        )
        wf.sync_dnn_model(by_name=True, by_base=True)
        wf.get_input_value(_index(wf, label="Width")).value = common.SDXL_SIZE
        wf.get_input_value(_index(wf, label="Height")).value = common.SDXL_SIZE
        wf.get_input_value(_index(wf, label="Steps")).value = common.SDXL_STEPS
        wf.get_input_value(_index(wf, field="board")).value = self.board.board_id
        self.sdxl_wf, self.sdxl_seed = wf, _index(wf, label="Seed")
        self._one_job(wf, self.sdxl_seed, common.seed())  # the server loads the model once, untimed
        return {"ok": True}

    def sdxl(self, _: dict[str, Any]) -> dict[str, Any]:
        return self._one_job(self.sdxl_wf, self.sdxl_seed, common.seed())

    def parse(self, command: dict[str, Any]) -> dict[str, Any]:
        """json.loads alone, and the peer's typed path for a queue item (QueueHandle.get_item parses
        response.json() with this pydantic model; session and workflow stay plain dicts)."""
        from invokeai_py_client.queue.queue_handle import QueueHandle  # type: ignore[import-not-found]

        raw, count = Path(command["path"]).read_bytes(), int(command["count"])
        return {
            "bytes": len(raw),
            "json_loads": common.time_calls(lambda: json.loads(raw), count),
            "typed": common.time_calls(lambda: QueueHandle._parse_queue_item(json.loads(raw)), count),
        }

    def cleanup(self, _: dict[str, Any]) -> dict[str, Any]:
        for board_id in self.boards:
            self.client.board_repo.delete_board(board_id, delete_images=True)
        if self.loop is not None:
            self.loop.run_until_complete(self.client.disconnect_socketio())
        self.client.close()
        return {"ok": True}


def main() -> None:
    p = argparse.ArgumentParser(description="invokeai-py-client benchmark worker (driven by bench/run.py)")
    p.add_argument("--url", required=True)
    p.add_argument("--mode", choices=["sync", "events"], default="sync")
    args = p.parse_args()
    worker = Worker(args.url, args.mode)
    common.serve(
        {
            "setup": worker.setup,
            "single": worker.single,
            "sweep": worker.sweep,
            "sdxl_setup": worker.sdxl_setup,
            "sdxl": worker.sdxl,
            "parse": worker.parse,
            "cleanup": worker.cleanup,
        }
    )


if __name__ == "__main__":
    main()
