"""Outputs for streaming software: text files for OBS "text from file" sources, and a local overlay
page (server-sent events) for an OBS browser source. The overlay only ever listens on 127.0.0.1.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from livestudio.core.i18n import translate
from livestudio.core.live.engine import LiveView, format_clock

log = logging.getLogger("livestudio.live")

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class OutputTexts:
    segment: str
    remaining: str
    promo: str
    next: str

    def as_dict(self) -> dict[str, str]:
        return {
            "segment": self.segment,
            "remaining": self.remaining,
            "promo": self.promo,
            "next": self.next,
        }


def texts_for(view: LiveView) -> OutputTexts:
    if view.ended or not view.started:
        remaining = ""
    elif view.seg_remaining_ms < 0:
        remaining = "+" + format_clock(-view.seg_remaining_ms, ceil=False)
    else:
        remaining = format_clock(view.seg_remaining_ms)
    promo = "\n".join(
        (
            translate("Live", "{title} {time} — {left} left").format(
                title=p.title, time=format_clock(p.remaining_ms), left=p.units_left
            )
            if p.units_left is not None
            else translate("Live", "{title} {time}").format(
                title=p.title, time=format_clock(p.remaining_ms)
            )
        )
        for p in view.promos
    )
    nxt = ""
    if view.next_index is not None and not view.ended:
        nxt = translate("Live", "Next: {title}").format(title=view.next_title)
    return OutputTexts(view.title if view.started else "", remaining, promo, nxt)


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename over it: OBS never reads half a file."""
    fd, tmp = tempfile.mkstemp(prefix="." + path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class TextFileWriter:
    """segment.txt, remaining.txt, promo.txt, next.txt; a file is rewritten only when it changes."""

    NAMES = ("segment", "remaining", "promo", "next")

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._last: dict[str, str] = {}

    def write(self, texts: OutputTexts) -> list[str]:
        self.folder.mkdir(parents=True, exist_ok=True)
        changed = []
        for name, text in texts.as_dict().items():
            if self._last.get(name) != text:
                write_atomically(self.folder / f"{name}.txt", text)
                self._last[name] = text
                changed.append(name)
        return changed


OVERLAY_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>LiveStudio overlay</title>
<style>
html,body{background:transparent;margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif}
#box{display:inline-block;margin:16px;padding:12px 20px;border-radius:12px;
 background:rgba(0,0,0,.55);color:#fff;text-shadow:0 2px 4px #000}
#remaining{font-size:64px;font-weight:700;font-variant-numeric:tabular-nums}
#remaining.warning{color:#ffc83d}#remaining.danger{color:#ff8a3d}#remaining.overtime{color:#ff4d4d}
#segment{font-size:28px}#promo{font-size:24px;color:#ffd84d;white-space:pre-line}
#next{font-size:20px;opacity:.8}
</style></head><body><div id="box">
<div id="segment"></div><div id="remaining"></div><div id="promo"></div><div id="next"></div></div>
<script>
const es = new EventSource("/events");
es.onmessage = (m) => { const d = JSON.parse(m.data);
  for (const k of ["segment","remaining","promo","next"]) document.getElementById(k).textContent = d[k] || "";
  document.getElementById("remaining").className = d.level || ""; };
</script></body></html>
"""


class OverlayServer:
    """A tiny HTTP server for an OBS browser source: `/` the page, `/events` server-sent events,
    `/state.json` the latest state. Runs in its own thread; `publish()` is thread-safe."""

    def __init__(self, port: int, host: str = LOOPBACK) -> None:
        if host != LOOPBACK:
            raise ValueError(
                translate(
                    "Live",
                    "The overlay server only listens on 127.0.0.1 (this computer); "
                    "refusing to start on {host}.",
                ).format(host=host)
            )
        if not 0 <= int(port) <= 65535:
            raise ValueError(
                translate("Live", "{port} is not a valid port (0-65535).").format(port=port)
            )
        self.host = host
        self.port = int(port)
        self._state: dict[str, Any] = {}
        self._version = 0
        self._cond = threading.Condition()
        self._stopping = False
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> int:
        """Bind and serve; returns the port (useful with port 0). Raises OSError when it is taken."""
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, fmt: str, *args: Any) -> None:  # quiet: no stderr spam
                log.debug("overlay: " + fmt, *args)

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                if self.path in ("/", "/index.html"):
                    self._send(200, "text/html; charset=utf-8", OVERLAY_PAGE.encode("utf-8"))
                elif self.path == "/state.json":
                    self._send(200, "application/json", json.dumps(outer.state()).encode("utf-8"))
                elif self.path == "/events":
                    self._events()
                else:
                    self._send(404, "text/plain", b"not found")

            def _send(self, code: int, ctype: str, body: bytes) -> None:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def _events(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                seen = -1
                try:
                    while True:
                        with outer._cond:

                            def ready(since: int = seen) -> bool:
                                return outer._version != since or outer._stopping

                            outer._cond.wait_for(ready, timeout=15)
                            if outer._stopping:
                                return
                            changed = outer._version != seen
                            seen, state = outer._version, dict(outer._state)
                        if changed:
                            data = json.dumps(state, ensure_ascii=False)
                            self.wfile.write(f"data: {data}\n\n".encode())
                        else:
                            self.wfile.write(b": keep-alive\n\n")
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError, OSError):
                    return

        server = ThreadingHTTPServer((self.host, self.port), Handler)
        server.daemon_threads = True
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever, name="overlay-server", daemon=True
        )
        self._thread.start()
        log.info("overlay server on http://%s:%s/", self.host, self.port)
        return self.port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def publish(self, state: dict[str, Any]) -> None:
        with self._cond:
            if state != self._state:
                self._state = dict(state)
                self._version += 1
                self._cond.notify_all()

    def state(self) -> dict[str, Any]:
        with self._cond:
            return dict(self._state)

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
