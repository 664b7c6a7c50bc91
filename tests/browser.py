"""Test helpers: headless Chromium over the DevTools protocol, and skipping when a render tool is missing.

Chromium is driven through a pipe (--remote-debugging-pipe), so no port and
no extra package are needed. Without the tools, render tests skip, except in
CI (CI=true), where a missing tool is a failure.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def require(*tools: str) -> dict[str, str]:
    found = {tool: shutil.which(tool) for tool in tools}
    missing = [tool for tool, path in found.items() if not path]
    if missing:
        reason = f"needs {', '.join(missing)} (CI installs them in .ci/run)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found  # type: ignore[return-value]


def require_browser() -> str:
    for name in BROWSERS:
        if shutil.which(name):
            return shutil.which(name)  # type: ignore[return-value]
    require(BROWSERS[0])
    raise AssertionError("unreachable")


class DevTools:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4)."""

    FLAGS = (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--remote-debugging-pipe",
        "--window-size=1280,900",
    )

    def __init__(self, browser: str, profile: Path):
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def connect_pipes():  # in the child: the protocol's fds are 3 (commands) and 4 (replies)
            commands, replies = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(commands, 3)
            os.dup2(replies, 4)

        self.process = subprocess.Popen(
            [browser, *self.FLAGS, f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=connect_pipes,
            close_fds=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer, self._next_id, self.events = b"", 0, []

    def _receive(self, wanted, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if wanted(message):
                    return message
                self.events.append(message)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self._from_browser], [], [], remaining)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk

    def call(self, method: str, session: str | None = None, timeout: float = 20, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        reply = self._receive(lambda m: m.get("id") == message["id"], timeout)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]

    def wait_for(self, method: str, condition=lambda params: True, timeout: float = 20) -> dict:
        for index, event in enumerate(self.events):
            if event.get("method") == method and condition(event["params"]):
                return self.events.pop(index)["params"]
        return self._receive(lambda m: m.get("method") == method and condition(m["params"]), timeout)["params"]

    def open(self, url: str) -> str:
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session)
        self.events.clear()
        self.call("Page.navigate", session, url=url)
        self.wait_for("Page.loadEventFired")
        return session

    def evaluate(self, session: str, expression: str):
        return self.call("Runtime.evaluate", session, expression=expression, returnByValue=True, awaitPromise=True)[
            "result"
        ].get("value")

    def download(self, session: str, selector: str, folder: Path) -> Path:
        """Click the link and wait until the browser has saved what it points to."""
        self.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(folder), eventsEnabled=True)
        self.events.clear()
        assert self.evaluate(
            session,
            f"(() => {{ const a = document.querySelector({json.dumps(selector)}); a.click(); return a.href; }})()",
        )
        done = self.wait_for("Browser.downloadProgress", lambda p: p["state"] in ("completed", "canceled"))
        assert done["state"] == "completed", done
        return Path(done["filePath"])

    def screenshot(self, session: str) -> bytes:
        return base64.b64decode(
            self.call("Page.captureScreenshot", session, format="png", captureBeyondViewport=True)["data"]
        )

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.call("Browser.close", timeout=5)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
