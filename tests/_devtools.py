"""Headless Chromium driven over the DevTools protocol through a pipe (`--remote-debugging-pipe`: JSON
messages ended by NUL on file descriptors 3 and 4), so a live test can use a server's own web UI with the
standard library alone. Used by tests/test_recall_gui_live.py."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

from tests._gallery import CHROMIUM, CHROMIUM_FLAGS


class Browser:
    """One Chromium process showing `url`, stopped by its pid on `close()`."""

    def __init__(self, url: str, profile: Path) -> None:
        assert CHROMIUM is not None, "no Chromium"
        to_browser, self._out = os.pipe()  # our end writes what the browser reads on its fd 3
        self._in, from_browser = os.pipe()  # the browser writes on its fd 4, our end reads

        def wire() -> None:
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        flags = [f for f in CHROMIUM_FLAGS if f != "--headless"]
        command = [CHROMIUM, "--headless=new", *flags, "--remote-debugging-pipe",
                   f"--user-data-dir={profile}", "--window-size=1600,1000", url]  # fmt: skip
        self.process = subprocess.Popen(
            command, pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next = 0
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t["targetId"] for t in targets if t["type"] == "page")
        self._session = self.call("Target.attachToTarget", targetId=page, flatten=True)["sessionId"]

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self._next:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer["result"]
                return result

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed its DevTools pipe")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def js(self, expression: str) -> Any:
        """The value of `expression` in the page (a promise is awaited)."""
        answer = self.call("Runtime.evaluate", session=True, expression=expression, awaitPromise=True,
                           returnByValue=True)  # fmt: skip
        if "exceptionDetails" in answer:
            raise RuntimeError(f"{expression[:60]!r}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def wait_for(self, expression: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.js(expression):
                return True
            time.sleep(0.5)
        return False

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._out)
        os.close(self._in)
