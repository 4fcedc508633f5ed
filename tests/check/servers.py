"""Tiny loopback servers for the network probe tests (127.0.0.1 only, never anything else)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def listening_server() -> Iterator[int]:
    """Accepts and closes connections, like an ingest server answering the handshake."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(64)
    stop = threading.Event()

    def serve() -> None:
        srv.settimeout(0.05)
        while not stop.is_set():
            try:
                c, _ = srv.accept()
                c.close()
            except TimeoutError:
                continue
            except OSError:
                break

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    try:
        yield srv.getsockname()[1]
    finally:
        stop.set()
        t.join(2)
        srv.close()


@contextmanager
def black_hole() -> Iterator[int]:
    """A listener whose backlog is full: further handshakes get no answer (like a dropped SYN)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(0)
    port = srv.getsockname()[1]
    held = []
    for _ in range(3):  # fill the accept queue; later connects stall
        c = socket.socket()
        c.settimeout(0.2)
        try:
            c.connect(("127.0.0.1", port))
            held.append(c)
        except OSError:
            c.close()
            break
    try:
        yield port
    finally:
        for c in held:
            c.close()
        srv.close()


def closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@contextmanager
def tcp_sink() -> Iterator[tuple[int, list[int]]]:
    """Reads everything a client sends, then closes; records how many bytes each client sent."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    received: list[int] = []
    stop = threading.Event()

    def serve() -> None:
        srv.settimeout(0.05)
        while not stop.is_set():
            try:
                c, _ = srv.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            c.settimeout(5)
            n = 0
            while chunk := c.recv(1 << 16):
                n += len(chunk)
            received.append(n)
            c.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    try:
        yield srv.getsockname()[1], received
    finally:
        stop.set()
        t.join(2)
        srv.close()


@contextmanager
def http_sink() -> Iterator[tuple[int, list[int]]]:
    received: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            left = length
            while left:
                left -= len(self.rfile.read(min(left, 1 << 16)))
            received.append(length)
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        yield srv.server_address[1], received
    finally:
        srv.shutdown()
        srv.server_close()
        t.join(2)
