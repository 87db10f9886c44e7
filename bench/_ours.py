"""Benchmark worker for invokeai-client (started by bench/run.py; see _common.serve for the protocol).

python bench/_ours.py --url http://127.0.0.1:9090 --mode poll|events
"""

from __future__ import annotations

import time

PROCESS_START = time.perf_counter()

import argparse  # noqa: E402  (the clock starts before any import)
import json  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING, Any  # noqa: E402

if TYPE_CHECKING:  # mypy runs from the repository's root, where bench/ is the package `bench`
    from bench import _common as common
else:
    import _common as common

from invokeai_client import InvokeAIClient, WorkflowDefinition, WorkflowHandle  # noqa: E402

IMPORTED = time.perf_counter()


class Worker:
    def __init__(self, url: str, mode: str) -> None:
        self.url, self.mode = url, mode
        self.client = InvokeAIClient.from_url(url, events=mode == "events")
        self.boards: list[str] = []
        self.blur: WorkflowHandle | None = None
        self.sdxl_wf: WorkflowHandle | None = None
        self.last_sdxl_item: int | None = None

    def _new_board(self) -> str:
        board = self.client.board_repo.create_board(common.board_name(f"ours-{self.mode}"))
        self.boards.append(board.board_id)
        return board.board_id

    # --- commands ---------------------------------------------------------------------------------------

    def setup(self, _: dict[str, Any]) -> dict[str, Any]:
        """Board, workflow, and one job: the figure is a fresh process's time to its first mapped outputs."""
        self.board = self.client.board_repo.get_board_handle(self._new_board())
        self.blur = self.client.workflow_repo.create_workflow(
            WorkflowDefinition.from_file(common.BLUR_WORKFLOW)
        )
        self.blur.get_input_value("Board").value = self.board.board_id
        self.blur.get_input_value("Blur Radius").value = common.radius()
        self.blur.submit_sync()
        item = self.blur.wait_for_completion_sync(timeout=300)
        assert self.blur.map_outputs_to_images(item, include_intermediate=False)
        return {"cold_first_job": time.perf_counter() - PROCESS_START, "import": IMPORTED - PROCESS_START}

    def single(self, _: dict[str, Any]) -> dict[str, Any]:
        assert self.blur is not None
        return self._one_job(self.blur, "Blur Radius", common.radius())

    def _one_job(self, wf: WorkflowHandle, swept: str, value: Any) -> dict[str, Any]:
        wf.get_input_value(swept).value = value
        with common.Watch(self.url, expected_items=1) as watch:
            start = time.perf_counter()
            wf.submit_sync()
            submitted = time.perf_counter()
            item = wf.wait_for_completion_sync(timeout=300)
            mappings = wf.map_outputs_to_images(item, include_intermediate=False)
            done, mapped_at = time.perf_counter(), time.time()
        if not mappings or not mappings[0].image_names:
            raise RuntimeError(f"queue item {item.item_id} mapped to no image")
        return {
            "wall": done - start,
            "submit": submitted - start,
            **common.item_times(item.created_at, item.started_at, item.completed_at, mapped_at),
            "item_id": item.item_id,
            "contended": watch.contended,
        }

    def sweep(self, command: dict[str, Any]) -> dict[str, Any]:
        """One submission of `count` variants, wait for all, map, then download every image."""
        assert self.blur is not None
        wf, values = self.blur, common.sweep_radii(int(command["count"]))
        with common.Watch(self.url, expected_items=len(values)) as watch:
            before = common.usage()
            start = time.perf_counter()
            submission = wf.submit_sync(sweep={"Blur Radius": values})
            items = wf.wait_for_all_sync(timeout=1800)
            names = [
                name
                for item in items
                for m in wf.map_outputs_to_images(item, include_intermediate=False)
                for name in m.image_names
            ]
            outputs_known = time.perf_counter()
            downloaded = sum(len(self.board.download_image(name)) for name in names)
            downloads_done = time.perf_counter()
            after = common.usage()
        failed = [i.item_id for i in items if i.status != "completed"]
        if failed or len(names) != len(values):
            raise RuntimeError(
                f"sweep: {len(names)} images for {len(values)} variants; failed items {failed}"
            )
        return {
            "outputs": outputs_known - start,
            "downloads": downloads_done - start,
            **common.server_floor([(i.started_at, i.completed_at) for i in items]),
            "enqueue_requests": 1,
            "items_per_request": submission.enqueued,
            "bytes": downloaded,
            "cpu": after["cpu"] - before["cpu"],
            "cpu_process": after["cpu"],
            "maxrss_mb": after["maxrss_mb"],
            "contended": watch.contended,
        }

    def sdxl_setup(self, _: dict[str, Any]) -> dict[str, Any]:
        wf = self.client.workflow_repo.create_workflow(WorkflowDefinition.from_file(common.SDXL_WORKFLOW))
        wf.get_input_value("Width").value = common.SDXL_SIZE
        wf.get_input_value("Height").value = common.SDXL_SIZE
        wf.get_input_value("Steps").value = common.SDXL_STEPS
        wf.get_input_value("Board").value = self.board.board_id
        wf.sync_dnn_model(by_name=True, by_base=True)
        self.sdxl_wf = wf
        self._one_job(wf, "Seed", common.seed())  # the server loads the model once, untimed
        return {"ok": True}

    def sdxl(self, _: dict[str, Any]) -> dict[str, Any]:
        assert self.sdxl_wf is not None
        result = self._one_job(self.sdxl_wf, "Seed", common.seed())
        self.last_sdxl_item = result["item_id"]
        return result

    def make_items(self, command: dict[str, Any]) -> dict[str, Any]:
        """Run the chain graph once and save the raw bytes of its queue item (and of the last SDXL item)."""
        out = Path(command["dir"])
        graph = common.chain_graph()
        body = {"batch": {"graph": graph, "runs": 1, "origin": "invokeai-client-bench"}, "prepend": False}
        answer = self.client.http.post("/api/v1/queue/default/enqueue_batch", json=body)
        answer.raise_for_status()
        (item_id,) = answer.json()["item_ids"]
        self.client.queue.wait_for_item(item_id, timeout=300)
        paths = {"chain": self._save_item(item_id, out / "item-chain.json")}
        if self.last_sdxl_item is not None:
            paths["sdxl"] = self._save_item(self.last_sdxl_item, out / "item-sdxl.json")
        return {"paths": paths, "chain_nodes": len(graph["nodes"])}

    def _save_item(self, item_id: int, path: Path) -> str:
        raw = self.client.http.get(f"/api/v1/queue/default/i/{item_id}")
        raw.raise_for_status()
        path.write_bytes(raw.content)
        return str(path)

    def parse(self, command: dict[str, Any]) -> dict[str, Any]:
        """json.loads alone, and json.loads + the generated SessionQueueItem.from_dict, per call."""
        from invokeai_api.models import GraphNodes, SessionQueueItem

        raw, count = Path(command["path"]).read_bytes(), int(command["count"])
        nodes = SessionQueueItem.from_dict(json.loads(raw)).session.graph.nodes
        assert isinstance(nodes, GraphNodes)
        return {
            "bytes": len(raw),
            "nodes": len(nodes.additional_properties),
            "json_loads": common.time_calls(lambda: json.loads(raw), count),
            "typed": common.time_calls(lambda: SessionQueueItem.from_dict(json.loads(raw)), count),
        }

    def cleanup(self, _: dict[str, Any]) -> dict[str, Any]:
        for board_id in self.boards:
            self.client.board_repo.delete_board(board_id, delete_images=True)
        self.client.close()
        return {"ok": True}


def main() -> None:
    p = argparse.ArgumentParser(description="invokeai-client benchmark worker (driven by bench/run.py)")
    p.add_argument("--url", required=True)
    p.add_argument("--mode", choices=["poll", "events"], default="poll")
    args = p.parse_args()
    worker = Worker(args.url, args.mode)
    common.serve(
        {
            "setup": worker.setup,
            "single": worker.single,
            "sweep": worker.sweep,
            "sdxl_setup": worker.sdxl_setup,
            "sdxl": worker.sdxl,
            "make_items": worker.make_items,
            "parse": worker.parse,
            "cleanup": worker.cleanup,
        }
    )


if __name__ == "__main__":
    main()
