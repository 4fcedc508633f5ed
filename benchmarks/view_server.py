"""View server figures on 127.0.0.1: how late a published state reaches event-stream clients
(OBS browser sources, phones), and what 1,000 clients and 500 slowloris connections cost in
threads and file descriptors, before and after stop().

    .venv/bin/python benchmarks/view_server.py        # about 20 s

Delivery lag = publish() called on this thread -> the client thread has parsed that event.
Linux only for the fd figures (/proc/self/fd).
"""

from __future__ import annotations

import json
import os
import resource
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from livestudio.core.live.server import OVERLAY, Limits, ViewServer

FD = Path("/proc/self/fd")


def fds() -> int:
    return len(os.listdir(FD)) if FD.exists() else -1


def request(path: str, port: int) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()


def delivery_lag(clients: int = 20, publishes: int = 100) -> None:
    server = ViewServer()
    port = server.start_overlay(0)
    lags: list[float] = []
    lock = threading.Lock()
    sent: dict[int, float] = {}
    done = threading.Barrier(clients + 1)

    def reader() -> None:
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(request("/events", port))
        buf = b""
        while b"\r\n\r\n" not in buf:
            buf += s.recv(4096)
        buf = buf.split(b"\r\n\r\n", 1)[1]
        done.wait()
        last = -1
        while last < publishes - 1:
            while b"\n\n" not in buf:
                chunk = s.recv(65536)
                if not chunk:
                    return
                buf += chunk
            event, buf = buf.split(b"\n\n", 1)
            if not event.startswith(b"data: "):
                continue
            seq = json.loads(event[6:]).get("seq", -1)
            if seq >= 0:
                now = time.perf_counter()
                with lock:
                    lags.append(now - sent[seq])
                last = seq
        s.close()

    threads = [threading.Thread(target=reader) for _ in range(clients)]
    for t in threads:
        t.start()
    server.wait_for_stats(lambda st: st.streams.get(OVERLAY, 0) == clients, 10)
    done.wait()
    for seq in range(publishes):
        with lock:
            sent[seq] = time.perf_counter()
        server.publish({"seq": seq, "remaining": f"{seq // 60}:{seq % 60:02d}"})
        time.sleep(0.02)  # the pace of the test itself, not a wait for a result
    for t in threads:
        t.join(10)
    server.stop()
    lags.sort()
    ms = [x * 1000 for x in lags]
    print(
        f"delivery lag, {clients} event-stream clients x {publishes} publishes: "
        f"median {statistics.median(ms):.2f} ms, p99 {ms[int(len(ms) * 0.99) - 1]:.2f} ms, "
        f"max {ms[-1]:.2f} ms"
    )


def storm() -> None:
    threads0, fds0 = threading.active_count(), fds()
    server = ViewServer(Limits(max_connections=64))
    port = server.start_overlay(0)
    server.publish({"remaining": "9:59"})
    clients = []
    for _ in range(1000):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(request("/events", port))
        clients.append(s)
    server.wait_for_stats(
        lambda st: st.refused + st.evicted + st.streams.get(OVERLAY, 0) >= 1000, 20
    )
    server.wait_for_stats(lambda st: st.sockets <= 64, 10)
    print(
        f"1,000 event-stream clients: {threading.active_count() - threads0} server thread, "
        f"{fds() - fds0 - len(clients)} server fds, {server.stats().streams[OVERLAY]} served, "
        f"{server.stats().refused} refused, {server.stats().evicted} evicted"
    )
    loris = []
    for c in clients:
        c.close()
    server.wait_for_stats(lambda st: st.sockets == 0, 10)
    partial = f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Slow: ".encode()
    for _ in range(500):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(partial)
        loris.append(s)
    server.wait_for_stats(lambda st: st.sockets >= 64, 10)
    print(
        f"500 slowloris connections: {threading.active_count() - threads0} server thread, "
        f"{fds() - fds0 - len(loris)} server fds"
    )
    t0 = time.perf_counter()
    server.stop()
    took = (time.perf_counter() - t0) * 1000
    print(
        f"stop() with them connected: {took:.1f} ms; threads left {threading.active_count() - threads0}, "
        f"server fds left {fds() - fds0 - len(loris)}"
    )
    for s in loris:
        s.close()


if __name__ == "__main__":
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(4096, hard), hard))
    delivery_lag()
    storm()
