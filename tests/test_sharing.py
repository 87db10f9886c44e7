"""Sharing a client and its handles: across threads, event loops, and after closing.

A scripted loopback server (tests/fakeserver.py) answers the enqueues, echoing each batch, so that every
test can read what was sent.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import json
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from invokeai_client import ClientClosedError, ConcurrentUseError, InvokeAIClient, WorkflowHandle
from tests.fakeserver import FakeServer, Reply

pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
WORKFLOWS = Path(__file__).resolve().parent.parent / "examples" / "workflows"
ENQUEUE = "/api/v1/queue/default/enqueue_batch"


class Queue:
    """A server that enqueues whatever it is sent (one item per batch) and remembers each batch."""

    def __init__(self) -> None:
        self.batches: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def answer(self, method: str, path: str, body: bytes) -> Reply:
        if path == "/api/v1/app/version":
            return Reply(200, b'{"version": "6.14.2"}')
        if path == ENQUEUE:
            batch = json.loads(body)["batch"]
            with self._lock:
                self.batches[batch["batch_id"]] = batch
                item = next(self._ids)
            answer = {"queue_id": "default", "enqueued": 1, "requested": 1, "batch": batch, "priority": 0}
            return Reply(200, json.dumps({**answer, "item_ids": [item]}).encode())
        return Reply(404, b'{"detail": "Not Found"}')

    def width_sent(self, batch_id: str) -> int:
        nodes = self.batches[batch_id]["graph"]["nodes"]
        (width,) = [node["width"] for node in nodes.values() if node["type"] == "blank_image"]
        return int(width)


@pytest.fixture
def queue() -> Iterator[tuple[Queue, str]]:
    server = Queue()
    with FakeServer(server.answer) as running:
        yield server, running.url


@pytest.fixture  # not named `client`: that name makes conftest replay a cassette
def local(queue: tuple[Queue, str]) -> Iterator[InvokeAIClient]:
    with InvokeAIClient(queue[1]) as made:
        yield made


def blur(client: InvokeAIClient) -> WorkflowHandle:
    wf = client.workflows.create_workflow_from_file(WORKFLOWS / "image-blur.json")
    wf.set_input_values({"Height": 16, "Board": "none"})
    return wf


# --- threads ----------------------------------------------------------------------------------------------


def test_a_handle_shared_by_threads_never_sends_another_threads_value(
    queue: tuple[Queue, str], local: InvokeAIClient
) -> None:
    server, _ = queue
    shared = blur(local)
    everyone_has_set = threading.Barrier(16, timeout=10)
    sent: dict[int, str] = {}
    refused: dict[int, str] = {}

    def job(index: int) -> None:
        try:
            shared.set_input_value("Width", 16 + index)
        except ConcurrentUseError as exc:
            refused[index] = str(exc)
            everyone_has_set.wait()
            return
        everyone_has_set.wait()  # every thread sets before any enqueues: the worst interleaving
        sent[index] = shared.enqueue().batch_id

    threads = [threading.Thread(target=job, args=(i,), name=f"job-{i}") for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    # It used to send 16 enqueues, 15 of them with another thread's width. The main thread filled the
    # handle and still runs: each worker is told, before anything is sent.
    assert {i: server.width_sent(batch) for i, batch in sent.items()} == {i: 16 + i for i in sent}
    assert (len(sent), len(refused)) == (0, 16)
    assert (
        "this handle's inputs belong to thread 'MainThread', the first to read or set them, and "
        in (refused[3])
    )
    assert "thread 'job-3' used them too" in refused[3]
    assert "give each thread its own, wf.copy()" in refused[3]


def test_one_handle_per_thread_by_copy_sends_each_threads_value(
    queue: tuple[Queue, str], local: InvokeAIClient
) -> None:
    server, _ = queue
    shared = blur(local)
    sent: dict[int, str] = {}

    def job(index: int) -> None:
        mine = shared.copy()
        mine.set_input_value("Width", 16 + index)
        sent[index] = mine.enqueue().batch_id

    threads = [threading.Thread(target=job, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert {i: server.width_sent(batch) for i, batch in sent.items()} == {i: 16 + i for i in range(8)}


def test_a_handle_passes_to_another_thread_once_its_owner_has_ended(
    queue: tuple[Queue, str], local: InvokeAIClient
) -> None:
    server, _ = queue
    made: list[WorkflowHandle] = []
    # Made and filled in a thread that then ends: the handle is this thread's now.
    filler = threading.Thread(target=lambda: made.append(blur(local)))
    filler.start()
    filler.join()
    wf = made[0]
    wf.set_input_value("Width", 20)
    assert server.width_sent(wf.enqueue().batch_id) == 20


def test_an_enqueue_sends_the_values_it_started_with(queue: tuple[Queue, str]) -> None:
    # Async tasks share a thread: an input changed while an enqueue awaits the server is not sent with it.
    server, url = queue

    async def main() -> int:
        async with InvokeAIClient(url) as client:
            wf = blur(client)
            wf.set_input_value("Width", 16)
            enqueueing = asyncio.create_task(wf.async_enqueue())
            await asyncio.sleep(0)  # the enqueue starts, and waits for the server's version
            wf.set_input_value("Width", 99)
            return server.width_sent((await enqueueing).batch_id)

    assert asyncio.run(main()) == 16  # it used to send 99


# --- closing ----------------------------------------------------------------------------------------------


def test_a_closed_client_refuses_to_be_used_again(queue: tuple[Queue, str]) -> None:
    _, url = queue
    client = InvokeAIClient(url)
    assert client.version() == "6.14.2"
    client.close()
    # It used to open new connections silently.
    with pytest.raises(ClientClosedError, match=r"InvokeAIClient\('http://127\.0\.0\.1:\d+'.* was closed"):
        client.version()
    with pytest.raises(ClientClosedError):
        asyncio.run(client.async_version())
    client.close()  # twice is fine
    with pytest.raises(ClientClosedError), client:
        pass


def test_close_closes_the_async_connections_too(queue: tuple[Queue, str]) -> None:
    _, url = queue
    client = InvokeAIClient(url)
    loop = asyncio.new_event_loop()
    try:
        opened: list[httpx.AsyncClient] = []

        async def use() -> None:
            await client.async_version()
            opened.append(client.async_http)

        loop.run_until_complete(use())
        client.close()  # from blocking code, the loop idle: it used to leave the async client open
        assert opened[0].is_closed
    finally:
        loop.close()


def test_a_new_event_loop_closes_the_old_loops_connections(queue: tuple[Queue, str]) -> None:
    _, url = queue
    client = InvokeAIClient(url)
    opened: list[httpx.AsyncClient] = []

    async def use() -> None:
        await client.async_version()
        opened.append(client.async_http)

    gc.collect()  # earlier tests' garbage, so that only this test's sockets are counted below
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        asyncio.run(use())
        asyncio.run(use())
        client.close()
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
    first, second = opened
    assert first is not second
    assert first.is_closed  # closed as its loop ended: it used to be dropped with its sockets open
