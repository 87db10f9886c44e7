"""Live only: a sweep over three local servers while one is killed (SIGKILL) and one is frozen (SIGSTOP).

    INVOKEAI_URL=unused INVOKEAI_SERVE=/path/to/scripts/serve-invokeai \\
        .venv/bin/pytest --disable-recording -s tests/test_fleet_live.py

The test starts its own three servers (ports INVOKEAI_FLEET_PORTS, default 9204,9205,9206; fresh roots
under /tmp) and stops every one of them by pid afterwards.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from invokeai_client import FleetClient, FleetWorkflow, InvokeAIClient, PlacementPolicy
from invokeai_client.runs.report import FleetProgress
from tests.fleet_servers import local_servers

pytestmark = pytest.mark.live

ROOT = Path(__file__).resolve().parent.parent
BLUR = ROOT / "examples" / "workflows" / "image-blur.json"
PORTS = [int(p) for p in os.environ.get("INVOKEAI_FLEET_PORTS", "9204,9205,9206").split(",")]
VARIANTS = 80
FROZEN_FOR = 12.0


def blur(fleet: FleetClient) -> FleetWorkflow:
    wf = fleet.workflows.create_workflow_from_file(BLUR)
    for node in wf.definition.invocation_nodes():
        node["data"]["useCache"] = False
    return wf


def test_no_variant_is_lost_when_one_server_is_killed_and_one_frozen(tmp_path: Path) -> None:
    with local_servers(PORTS) as servers:
        killed, frozen = servers[:2]
        events: dict[str, Any] = {}

        def on_progress(progress: FleetProgress) -> None:
            if progress.done >= 10 and "killed" not in events:
                killed.kill()
                events["killed"] = time.monotonic()
            if progress.done >= 20 and "frozen" not in events:
                frozen.pause()
                events["frozen"] = time.monotonic()
                timer = threading.Timer(FROZEN_FOR, frozen.resume)
                timer.start()
                events["timer"] = timer
            if "timer" in events and not events["timer"].is_alive() and "thawed" not in events:
                events["thawed"] = progress.completed_by_server[frozen.url]

        policy = PlacementPolicy(down_after=5.0, revive_after=2.0)
        with FleetClient.from_urls([s.url for s in servers], policy=policy) as fleet:
            radii = [float(r) for r in range(1, VARIANTS + 1)]
            report = blur(fleet).run(sweep={"Blur Radius": radii}, on_progress=on_progress, timeout=600)
            events["timer"].join()

            # Every variant once, with its own values, and one image each.
            assert [r.variant for r in report.results] == list(range(VARIANTS))
            assert report.failures == []
            for result in report.results:
                assert result.field_values == {"blur.radius": radii[result.variant]}
                assert isinstance(result.item.field_values, list)
                values = [(v.node_path, v.field_name, v.value) for v in result.item.field_values]
                assert values == [("blur", "radius", radii[result.variant])]
            assert report.images == VARIANTS
            names = [name for r in report.results for name in r.image_names]
            assert len(set(names)) == len(names)
            by_url = {s.url: s for s in report.servers}
            # Both troubled servers lost work, and it ran elsewhere.
            assert by_url[killed.url].lost_work
            assert by_url[frozen.url].lost_work
            assert {m.server for m in report.moves} == {killed.url, frozen.url}
            assert sum(s.completed for s in report.servers) == VARIANTS
            # The frozen server came back and got work again.
            assert "thawed" in events
            assert by_url[frozen.url].completed > events["thawed"]
            # Duplicates are copies the servers really finished, counted only once.
            with InvokeAIClient(frozen.url) as direct:
                for dup in report.duplicates:
                    assert dup.server == frozen.url
                    assert str(direct.queue.get_item(dup.item_id).status) == "completed"
                    assert report.results[dup.variant].item.item_id != dup.item_id
            assert by_url[frozen.url].duplicates == len(report.duplicates)
            # Images come from the server that made them (the killed one's are gone with it).
            alive = [r for r in report.results if r.server != killed.url][:6]
            paths = blur(fleet).download_outputs(alive, tmp_path)
            assert len(paths) == len(alive)
            assert all(p.stat().st_size > 0 for p in paths)
            print(
                f"\nfleet live: {report.elapsed:.1f} s, moves {len(report.moves)}, duplicates "
                f"{len(report.duplicates)}, per server "
                + ", ".join(f"{s.url} {s.completed} (lost: {s.lost_work})" for s in report.servers)
            )
