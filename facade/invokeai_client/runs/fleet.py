"""`FleetClient`: several InvokeAI servers as one, and `FleetWorkflow`, a workflow run over them.

    fleet = FleetClient.from_urls(["http://gpu0:9090", "http://gpu1:9090"])
    wf = fleet.workflows.create_workflow_from_file("examples/workflows/image-blur.json")
    report = wf.run(sweep={"Blur Radius": list(range(1, 101))})
    for result in report.results:
        print(result.variant, result.server, result.image_names)
    wf.download_outputs(report.results, "out/")

Operations block under their plain names and have `async_<name>` twins running the same fleet operation
(`runs.effects`). `FleetWorkflow.run` is a `runs.Run` without a folder: the one engine every sweep goes
through (pass a folder to `Run.start` for a journaled, resumable run with images fetched as they finish).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import httpx

from invokeai_client._transport.ops import async_op, sync_op
from invokeai_client._transport.retry import RetryPolicy
from invokeai_client.workflow.definition import WorkflowDefinition
from invokeai_client.workflow.form import WorkflowForm

from .effects import FleetOp, OnServer, ServerGroup, Together
from .placement import PlacementPolicy
from .report import FleetProgress, FleetReport, FleetResult

if TYPE_CHECKING:
    from invokeai_client._client import InvokeAIClient
    from invokeai_client.workflow.sweeps import Sweep

__all__ = ["FleetClient", "FleetWorkflow", "FleetWorkflowRepository"]

ProgressCallback = Callable[[FleetProgress], None]
# The fleet rides out a server's trouble by moving its work, not by retrying: fail fast, decide, move on.
# A frozen server (SIGSTOP, a hung host) accepts connections and never answers: only the read timeout
# notices, so it is short. Pass timeout=/retry= to from_urls for servers far away.
FLEET_TIMEOUT = httpx.Timeout(3.0, connect=2.0)
FLEET_RETRY = RetryPolicy.disabled()


def urls_from_env(value: str | None = None) -> list[str]:
    """Server URLs from a comma-separated list (default: the INVOKEAI_URLS environment variable)."""
    text = os.environ.get("INVOKEAI_URLS", "") if value is None else value
    return [url.strip() for url in text.split(",") if url.strip()]


class FleetClient(ServerGroup):
    """Several InvokeAI servers used as one: a sweep's variants are spread over them (`workflows`).

    Each server keeps its own client (`servers`), token and release; the servers' own queues do the work.
    Close the fleet (or use it as a context manager) to close them all.
    """

    def __init__(self, servers: Sequence[InvokeAIClient], *, policy: PlacementPolicy | None = None) -> None:
        super().__init__(servers)
        self.policy: PlacementPolicy = policy or PlacementPolicy()

    @classmethod
    def from_urls(
        cls,
        urls: Sequence[str],
        *,
        tokens: Sequence[str | None] | Mapping[str, str] | None = None,
        policy: PlacementPolicy | None = None,
        **options: Any,
    ) -> FleetClient:
        """A fleet of the servers at `urls`; `tokens` per URL (a list in the same order, or a mapping),
        for servers that want one. Other options go to each `InvokeAIClient` (by default they time out
        and retry briefly: a server in trouble loses its work to the others instead)."""
        from invokeai_client._client import InvokeAIClient

        if isinstance(tokens, Mapping):
            token_list: list[str | None] = [tokens.get(url) for url in urls]
        else:
            token_list = list(tokens) if tokens is not None else [None] * len(urls)
        if len(token_list) != len(urls):
            raise ValueError(f"{len(urls)} URLs but {len(token_list)} tokens")
        options = {"timeout": FLEET_TIMEOUT, "retry": FLEET_RETRY, **options}
        return cls(
            [
                InvokeAIClient(url, token=token, **options)
                for url, token in zip(urls, token_list, strict=True)
            ],
            policy=policy,
        )

    def __repr__(self) -> str:
        return f"FleetClient({[s.base_url for s in self.servers]!r})"

    @property
    def workflows(self) -> FleetWorkflowRepository:
        """Makes workflows that run over the fleet."""
        return FleetWorkflowRepository(self)

    @property
    def client(self) -> FleetClient:
        """The fleet itself (its operations run on it)."""
        return self

    def _ask_all(self, op_name: str) -> FleetOp[dict[str, Any]]:
        answers = yield Together([OnServer(s, getattr(s, op_name)()) for s in self.servers])
        return dict(zip(self.urls, answers, strict=True))

    def _versions(self) -> FleetOp[dict[str, str | Exception]]:
        """Each server's InvokeAI version by URL, or the error asking it met (an unreachable server)."""
        return (yield from self._ask_all("_version"))

    versions: Final = sync_op(_versions)
    async_versions: Final = async_op(_versions)

    def _queue_statuses(self) -> FleetOp[dict[str, Any]]:
        """Each server's queue status by URL (`SessionQueueAndProcessorStatus`), or the error asking met."""
        answers = yield Together([OnServer(s, s.queue._get_status()) for s in self.servers])
        return dict(zip(self.urls, answers, strict=True))

    queue_statuses: Final = sync_op(_queue_statuses)
    async_queue_statuses: Final = async_op(_queue_statuses)

    def close(self) -> None:
        """Close every server's client."""
        for server in self.servers:
            server.close()

    async def async_close(self) -> None:
        """Async twin of `close`."""
        for server in self.servers:
            await server.async_close()

    def __enter__(self) -> FleetClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> FleetClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.async_close()


class FleetWorkflow(WorkflowForm):
    """A workflow to run over a fleet: fill its form (see `WorkflowForm`), then `run` a sweep.

    Each server gets the workflow with its own model keys (matched by hash, then name+base+type); a server
    that lacks a node type or a model gets no work and the report says why.
    """

    def __init__(self, fleet: FleetClient, definition: WorkflowDefinition) -> None:
        super().__init__(definition)
        self.client: FleetClient = fleet
        self.last_report: FleetReport | None = None

    def _run(
        self,
        sweep: Sweep | None = None,
        *,
        runs: int = 1,
        sync_models: bool = True,
        timeout: float | None = 1800.0,
        poll_interval: float = 0.25,
        on_progress: ProgressCallback | None = None,
    ) -> FleetOp[FleetReport]:
        """Run every variant of `sweep` (as `WorkflowHandle.enqueue` takes it; none: one job) over the
        fleet and wait for all of them: each variant once, on the server where it finishes soonest, moved
        if that server stops answering or stalls. `on_progress` gets the counts after every round.
        Raises FleetUnavailableError if no server can run the workflow, JobTimeoutError after `timeout`."""
        from invokeai_client.runs.run import Run

        run = Run.start(self, None, sweep=sweep, runs=runs, download_to=None, policy=self.client.policy,
                        sync_models=sync_models, poll_interval=poll_interval)  # fmt: skip
        with run:
            results = yield from run._collect(timeout, on_progress)
            report = run.report(results)
        self.last_report = report
        return report

    run: Final = sync_op(_run)
    async_run: Final = async_op(_run)

    def _download_outputs(
        self,
        results: Sequence[FleetResult],
        destination: str | os.PathLike[str],
        *,
        include_intermediate: bool = False,
    ) -> FleetOp[list[Path]]:
        """Download the results' images into the folder `destination`, each from the server that made it."""
        by_url = {server.base_url: server for server in self.client.servers}
        folder = Path(destination)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for result in results:
            server = by_url[result.server]
            for mapping in result.outputs:
                if mapping.is_intermediate and not include_intermediate:
                    continue
                for name in mapping.image_names:
                    paths.append((yield OnServer(server, server.images._download_image_to(name, folder))))
        return paths

    download_outputs: Final = sync_op(_download_outputs)
    async_download_outputs: Final = async_op(_download_outputs)


class FleetWorkflowRepository:
    """Makes fleet workflows (`fleet.workflows`)."""

    def __init__(self, fleet: FleetClient) -> None:
        self.client = fleet

    def create_workflow(self, definition: WorkflowDefinition) -> FleetWorkflow:
        """A fleet workflow on `definition` (copied, not changed)."""
        return FleetWorkflow(self.client, definition)

    def create_workflow_from_file(self, path: str | os.PathLike[str]) -> FleetWorkflow:
        """A fleet workflow on the workflow file at `path` (exported from the GUI)."""
        return FleetWorkflow(self.client, WorkflowDefinition.from_file(path))
