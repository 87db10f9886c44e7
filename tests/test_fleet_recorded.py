"""A sweep over two servers, recorded (scripts/record-cassettes with INVOKEAI_FLEET_URLS=A,B): blocking and
asyncio, the same fleet operation. Requests match on host and port too: each server answers its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from invokeai_client import FleetClient, FleetWorkflow

BLUR = Path(__file__).resolve().parent.parent / "examples" / "workflows" / "image-blur.json"
RADII = [float(r) for r in range(1, 9)]


@pytest.fixture(scope="module")
def vcr_config(vcr_config: dict[str, Any]) -> dict[str, Any]:
    return {**vcr_config, "match_on": ["method", "host", "port", "path", "query", "json_body"]}


def blur(fleet: FleetClient) -> FleetWorkflow:
    wf = fleet.workflows.create_workflow_from_file(BLUR)
    for node in wf.definition.invocation_nodes():
        node["data"]["useCache"] = False
    return wf


def check(report: Any, urls: list[str]) -> None:
    assert [r.variant for r in report.results] == list(range(len(RADII)))
    for result in report.results:
        assert result.field_values == {"blur.radius": RADII[result.variant]}
        assert [(v.node_path, v.field_name, v.value) for v in result.item.field_values] == [
            ("blur", "radius", RADII[result.variant])
        ]
    assert report.images == len(RADII)
    by_url = {s.url: s for s in report.servers}
    # Both servers took part, and what they report adds up to the results.
    assert all(by_url[url].completed > 0 for url in urls)
    assert sum(s.completed for s in report.servers) == len(RADII)
    assert {r.server for r in report.results} == set(urls)
    assert report.moves == []
    assert report.duplicates == []


def test_a_sweep_is_spread_over_two_servers_and_downloaded_from_each(
    fleet_urls: list[str], tmp_path: Path
) -> None:
    with FleetClient.from_urls(fleet_urls) as fleet:
        wf = blur(fleet)
        report = wf.run(sweep={"Blur Radius": RADII}, poll_interval=0.2)
        check(report, fleet_urls)
        one_each = [next(r for r in report.results if r.server == url) for url in fleet_urls]
        paths = wf.download_outputs(one_each, tmp_path)
        assert [p.name for p in paths] == [r.image_names[0] for r in one_each]
        assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in paths)


async def test_the_async_twin_runs_the_same_sweep(fleet_urls: list[str]) -> None:
    async with FleetClient.from_urls(fleet_urls) as fleet:
        report = await blur(fleet).async_run(sweep={"Blur Radius": RADII}, poll_interval=0.2)
        check(report, fleet_urls)
        versions = await fleet.async_versions()
        assert set(versions) == set(fleet_urls)
        assert all(isinstance(v, str) for v in versions.values())
