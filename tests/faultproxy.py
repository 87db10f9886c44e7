"""A fault-injecting HTTP proxy for tests: loopback only, bounded, standard library only.

    with FaultProxy("http://127.0.0.1:9090", rate=0.2, seed=7) as proxy:
        client = InvokeAIClient.from_url(proxy.url)
        ...
        print(proxy.faults)  # Counter({"drop": 12, "reset": 9, ...})

The client talks HTTP/1.1 to the proxy (keep-alive); each request is read whole, then either forwarded to the
upstream server or hit by one fault, chosen with a seeded RNG at `rate`:

    drop          close the connection (TCP reset) before forwarding: the server never sees the request
    reset         forward, then send half the answer and reset: the server did the work, the answer is lost
    delay         wait `delay` seconds (a random point in the range), then forward
    502, 503      answer that status without forwarding
    503-retry     answer 503 with `Retry-After: <retry_after>` without forwarding
    502-lost      forward, then answer 502 instead of the server's answer (a gateway losing the reply)
    429-retry     answer 429 with Retry-After (not in the default mix)
    blackhole     take the request and never forward it, until the client goes away (not in the mix)
    hold          forward, send half the answer, then nothing until the client goes away (not in the mix)

A client killed during `blackhole` never reached the server; one killed during `hold` did, and lost the
answer (or a download's second half). `stalled` lists the requests held so, for tests that kill on cue.

`force(kind, method, path)` queues faults for the next matching requests, ahead of the random draw, for
tests that need a fault at one exact step. Answers are re-framed with Content-Length; WebSocket upgrades are
not supported.
"""

from __future__ import annotations

import http.client
import os
import random
import re
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

KINDS = ("drop", "reset", "delay", "502", "503", "503-retry", "502-lost", "429-retry", "blackhole", "hold")
# The default mix: everything a flaky network or an overloaded gateway does, evenly.
DEFAULT_MIX: Mapping[str, float] = {
    "drop": 1,
    "reset": 1,
    "delay": 1,
    "502": 1,
    "503": 1,
    "503-retry": 1,
    "502-lost": 1,
}
# Faults the client sees as an HTTP answer: the only ones a cassette can record.
STATUS_KINDS = ("502", "503", "503-retry", "502-lost", "429-retry")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
# Taken at import, before any cassette patches http.client: the proxy's own upstream traffic must never be
# recorded or replayed, only the client's view of it.
_HTTPConnection = http.client.HTTPConnection
HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"}
)
MAX_HEAD = 64 * 1024
MAX_BODY = 256 * 1024 * 1024


@dataclass(frozen=True)
class Event:
    """One request the proxy handled: what it was and which fault (or None) it got."""

    method: str
    path: str
    fault: str | None
    status: int | None  # the status the client was sent, None if it got no answer


@dataclass
class _Forced:
    kind: str
    method: str
    path: re.Pattern[str]


class _Closed(Exception):
    """The client closed the connection (or went idle past the timeout)."""


class FaultProxy:
    """A fault-injecting proxy on a free loopback port in front of a loopback `upstream` server."""

    def __init__(
        self,
        upstream: str,
        *,
        rate: float = 0.2,
        seed: int = 0,
        mix: Mapping[str, float] | None = None,
        only: str | None = None,
        delay: tuple[float, float] = (0.2, 1.5),
        retry_after: int = 1,
        max_connections: int = 32,
        timeout: float = 60.0,
    ) -> None:
        if _HTTPConnection.__module__ != "http.client":
            raise RuntimeError("tests.faultproxy was imported while vcrpy patched http.client")
        parts = urlsplit(upstream)
        if parts.scheme != "http" or parts.hostname not in LOOPBACK:
            raise ValueError(f"the fault proxy only fronts plain-HTTP loopback servers, not {upstream!r}")
        mix = dict(mix or DEFAULT_MIX)
        unknown = set(mix) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown fault kinds {sorted(unknown)}; known: {', '.join(KINDS)}")
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.rate = rate
        self.mix = mix
        self.only = re.compile(only) if only else None
        self.delay = delay
        self.retry_after = retry_after
        self.timeout = timeout
        self.faults: Counter[str] = Counter()
        self.requests = 0
        self.forwarded = 0
        self.events: list[Event] = []
        self.stalled: list[tuple[str, str]] = []  # (method, path) of requests held by blackhole or hold
        self._rng = random.Random(seed)
        self._forced: list[_Forced] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections)
        self._connections: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None
        self.port = 0

    # --- lifecycle -------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._acceptor = threading.Thread(target=self._accept_loop, name="faultproxy-accept", daemon=True)
        self._acceptor.start()
        return self

    def stop(self) -> None:
        if self._listener is not None:
            with suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes accept(); close() alone does not
            self._listener.close()
            self._listener = None
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked reading it
            _close(conn)
        for thread in [self._acceptor, *self._threads]:
            if thread is not None:
                thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- configuration and counts --------------------------------------------------------------------

    def force(self, kind: str, method: str = ".*", path: str = ".*", times: int = 1) -> None:
        """Give the next `times` requests matching `method` and `path` (regexes, full match) fault `kind`."""
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        with self._lock:
            self._forced.extend(_Forced(kind, method, re.compile(path)) for _ in range(times))

    def summary(self) -> dict[str, object]:
        with self._lock:
            return {
                "requests": self.requests,
                "forwarded": self.forwarded,
                "faults": dict(sorted(self.faults.items())),
                "faults_total": sum(self.faults.values()),
            }

    def _choose(self, method: str, path: str) -> str | None:
        with self._lock:
            self.requests += 1
            for forced in self._forced:
                if re.fullmatch(forced.method, method) and forced.path.fullmatch(path):
                    self._forced.remove(forced)
                    return forced.kind
            # Draw for every request, eligible or not, so one request's fate does not shift the others'.
            roll, pick = self._rng.random(), self._rng.random()
            if self.only is not None and not self.only.search(path):
                return None
            if roll >= self.rate:
                return None
            total = sum(self.mix.values())
            for kind, weight in self.mix.items():
                pick -= weight / total
                if pick < 0:
                    return kind
            return next(reversed(self.mix))

    def _record(self, method: str, path: str, fault: str | None, status: int | None) -> None:
        with self._lock:
            if fault is not None:
                self.faults[fault] += 1
            self.events.append(Event(method, path, fault, status))

    # --- serving ---------------------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        listener = self._listener
        while listener is not None:
            try:
                conn, _ = listener.accept()
            except OSError:
                return  # closed by stop()
            if not self._slots.acquire(timeout=self.timeout):
                _close(conn)  # still full after the timeout: shed the connection
                continue
            conn.settimeout(self.timeout)
            thread = threading.Thread(target=self._serve, args=(conn,), name="faultproxy-conn", daemon=True)
            with self._lock:
                self._connections.add(conn)
                self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        upstream: http.client.HTTPConnection | None = None
        reader = conn.makefile("rb")
        try:
            while True:
                method, target, headers, body = _read_request(reader)
                path = urlsplit(target).path
                fault = self._choose(method, path)
                if fault == "drop":
                    self._record(method, path, fault, None)
                    _reset(conn)
                    return
                if fault in ("502", "503", "503-retry", "429-retry"):
                    status = int(fault[:3])
                    extra = {"Retry-After": str(self.retry_after)} if fault.endswith("retry") else {}
                    conn.sendall(_status_answer(status, extra))
                    self._record(method, path, fault, status)
                    continue
                if fault == "blackhole":
                    self._stall(conn, method, path, fault)
                    return
                if fault == "delay":
                    time.sleep(self.delay[0] + (self.delay[1] - self.delay[0]) * self._delay_fraction())
                if upstream is None:
                    upstream = _HTTPConnection(self.upstream_host, self.upstream_port, timeout=self.timeout)
                try:
                    status, reason, answer_headers, answer = _forward(upstream, method, target, headers, body)
                except (OSError, http.client.HTTPException):
                    upstream.close()
                    upstream = None
                    conn.sendall(_status_answer(502, {}))  # the upstream is down: what a gateway says
                    self._record(method, path, fault, 502)
                    continue
                with self._lock:
                    self.forwarded += 1
                if fault == "502-lost":
                    conn.sendall(_status_answer(502, {}))
                    self._record(method, path, fault, 502)
                    continue
                payload = _answer(status, reason, answer_headers, answer, head_only=method == "HEAD")
                if fault in ("reset", "hold"):
                    cut = len(payload) - max(1, len(answer) // 2) if answer else len(payload) // 2
                    conn.sendall(payload[:cut])
                    if fault == "hold":
                        self._stall(conn, method, path, fault)
                        return
                    self._record(method, path, fault, None)
                    _reset(conn)
                    return
                conn.sendall(payload)
                self._record(method, path, fault, status)
        except (_Closed, OSError, ValueError):
            pass
        finally:
            reader.close()
            if upstream is not None:
                upstream.close()
            _close(conn)
            with self._lock:
                self._connections.discard(conn)
            self._slots.release()

    def _stall(self, conn: socket.socket, method: str, path: str, fault: str) -> None:
        """Answer nothing more until the client closes the connection (or the timeout)."""
        self._record(method, path, fault, None)
        with self._lock:
            self.stalled.append((method, path))
        with suppress(OSError):
            while conn.recv(65536):
                pass

    def _delay_fraction(self) -> float:
        with self._lock:
            return self._rng.random()


# --- HTTP framing ----------------------------------------------------------------------------------------


def _read_request(reader: object) -> tuple[str, str, list[tuple[str, str]], bytes]:
    read_line = reader.readline  # type: ignore[attr-defined]
    read = reader.read  # type: ignore[attr-defined]
    line = read_line(MAX_HEAD)
    while line in (b"\r\n", b"\n"):  # tolerate stray blank lines between requests
        line = read_line(MAX_HEAD)
    if not line:
        raise _Closed
    method, target, _version = line.decode("latin-1").split(" ", 2)
    headers: list[tuple[str, str]] = []
    size = len(line)
    while True:
        line = read_line(MAX_HEAD)
        size += len(line)
        if not line or size > MAX_HEAD:
            raise _Closed
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
    names = {name.lower(): value for name, value in headers}
    if names.get("transfer-encoding", "").lower() == "chunked":
        chunks = []
        while True:
            chunk_size = int(read_line(MAX_HEAD).split(b";")[0], 16)
            if chunk_size == 0:
                while read_line(MAX_HEAD) not in (b"\r\n", b"\n", b""):
                    pass
                break
            chunks.append(read(chunk_size))
            read_line(MAX_HEAD)
        body = b"".join(chunks)
    else:
        length = int(names.get("content-length", "0"))
        if length > MAX_BODY:
            raise _Closed
        body = read(length) if length else b""
        if len(body) < length:
            raise _Closed
    return method, target, headers, body


def _forward(
    upstream: http.client.HTTPConnection,
    method: str,
    target: str,
    headers: list[tuple[str, str]],
    body: bytes,
) -> tuple[int, str, list[tuple[str, str]], bytes]:
    upstream.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
    for name, value in headers:
        if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
            upstream.putheader(name, value)
    if body or method in ("POST", "PUT", "PATCH"):
        upstream.putheader("Content-Length", str(len(body)))
    upstream.endheaders(body or None)
    response = upstream.getresponse()
    answer = response.read()
    if response.will_close:
        upstream.close()  # http.client reconnects on the next request
    return response.status, response.reason, response.getheaders(), answer


def _answer(
    status: int, reason: str, headers: list[tuple[str, str]], body: bytes, *, head_only: bool
) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [
        f"{name}: {value}"
        for name, value in headers
        if name.lower() not in HOP_BY_HOP and name.lower() != "content-length"
    ]
    lines.append(f"Content-Length: {len(body)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if head_only else head + body


def _status_answer(status: int, extra: Mapping[str, str]) -> bytes:
    reason = {429: "Too Many Requests", 502: "Bad Gateway", 503: "Service Unavailable"}[status]
    body = f'{{"detail":"{reason} (injected by the fault proxy)"}}'.encode()
    headers = [("Content-Type", "application/json"), *extra.items()]
    return _answer(status, reason, headers, body, head_only=False)


def _reset(conn: socket.socket) -> None:
    """Close with a TCP reset (RST), not an orderly FIN: what a crashed peer or a cut cable looks like."""
    with suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    _close(conn)


def _close(conn: socket.socket) -> None:
    with suppress(OSError):
        conn.close()


# --- a loopback upstream for tests without InvokeAI ----------------------------------------------------


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve_directory(root: str | os.PathLike[str]) -> Iterator[str]:
    """Serve the files under `root` on a free loopback port (like `python -m http.server`); yields its URL."""
    handler = partial(_QuietHandler, directory=os.fspath(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="static-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def free_port() -> int:
    """A loopback port nothing listens on (bound and released: connecting to it is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
