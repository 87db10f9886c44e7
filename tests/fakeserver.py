"""A scripted loopback HTTP server for answers no real InvokeAI sends: standard library only, bounded.

    def answer(method: str, path: str, body: bytes) -> Reply:
        return Reply(200, b"not json", content_type="application/json")

    with FakeServer(answer) as server:
        InvokeAIClient(server.url).version()

Each request is read (head and Content-Length body), then answered by `answer(method, path, body)`: a `Reply`
whose bytes are sent at once, or trickled `trickle` bytes a second (head included) until the client goes
away; `length` may claim more bytes than the body has. The server stops its threads when the block ends.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field

MAX_HEAD = 64 * 1024


@dataclass
class Reply:
    """One answer: status, body, headers; `trickle` sends one byte every 1/trickle s (head too, unless
    `trickle_head` is False) and then spaces forever."""

    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    length: int | None = None  # the Content-Length to claim (default: the body's)
    trickle: float | None = None
    trickle_head: bool = True  # False: the head at once, then the body trickled
    chunked: bool = False  # body as chunks of `body`, repeated `repeat` times, no Content-Length
    repeat: int = 1

    def head(self) -> bytes:
        lines = [f"HTTP/1.1 {self.status} Whatever", f"Content-Type: {self.content_type}"]
        lines += [f"{name}: {value}" for name, value in self.headers.items()]
        if self.chunked:
            lines.append("Transfer-Encoding: chunked")
        else:
            lines.append(f"Content-Length: {len(self.body) if self.length is None else self.length}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


Answer = Callable[[str, str, bytes], Reply]


class FakeServer:
    """Serves `answer` on a free loopback port; `requests` lists "METHOD path" as they came."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.requests: list[str] = []
        self._stop = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()

    def __enter__(self) -> FakeServer:
        thread = threading.Thread(target=self._accept, name="fakeserver-accept", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        with suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            conn.settimeout(30)
            thread = threading.Thread(target=self._serve, args=(conn,), name="fakeserver-conn", daemon=True)
            with self._lock:
                self._connections.append(conn)
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            while not self._stop.is_set():
                line = reader.readline(MAX_HEAD)
                if not line:
                    return
                method, target, _ = line.decode("latin-1").split(" ", 2)
                length = 0
                while (header := reader.readline(MAX_HEAD)) not in (b"\r\n", b"\n", b""):
                    name, _, value = header.decode("latin-1").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                body = reader.read(length)
                path = target.split("?", 1)[0]
                with self._lock:
                    self.requests.append(f"{method} {path}")
                reply = self.answer(method, path, body)
                if reply.trickle:
                    if not reply.trickle_head:
                        conn.sendall(reply.head())
                    head = reply.head() if reply.trickle_head else b""
                    self._trickle(conn, head + reply.body, reply.trickle)
                    return
                conn.sendall(reply.head())
                if reply.chunked:
                    for _ in range(reply.repeat):
                        if self._stop.is_set():
                            return
                        conn.sendall(f"{len(reply.body):x}\r\n".encode() + reply.body + b"\r\n")
                    conn.sendall(b"0\r\n\r\n")
                else:
                    conn.sendall(reply.body)
                if reply.length is not None and reply.length != len(reply.body):
                    return  # claimed more than it sent: close, as a server that died mid-answer does
        except (OSError, ValueError):
            pass
        finally:
            reader.close()
            with suppress(OSError):
                conn.close()

    def _trickle(self, conn: socket.socket, data: bytes, per_second: float) -> None:
        for byte in data:
            if self._stop.wait(1 / per_second):
                return
            conn.sendall(bytes([byte]))
        while not self._stop.wait(1 / per_second):
            conn.sendall(b" ")  # JSON allows whitespace: the answer never ends
