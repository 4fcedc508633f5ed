"""The view server under load and attack on 127.0.0.1: bounded threads and file descriptors, a clean
stop, Host-header and token refusal, and event-stream clients that stop reading."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import struct
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from livestudio.core.live.outputs import OutputTexts, TextFileWriter
from livestudio.core.live.server import (
    OVERLAY,
    STUDIO,
    TOKEN_ALPHABET,
    TOKEN_LENGTH,
    Limits,
    TokenStore,
    ViewServer,
)

PROC_FD = Path("/proc/self/fd")
needs_proc = pytest.mark.skipif(not PROC_FD.exists(), reason="counts fds through /proc/self/fd")


def _fds() -> int:
    return len(os.listdir(PROC_FD))


def _threads() -> int:
    return len(threading.enumerate())


@pytest.fixture
def many_fds() -> Iterator[None]:
    """1,000 client sockets live in this process too: make room for them (and the server's)."""
    if sys.platform == "win32":
        pytest.skip("RLIMIT_NOFILE is POSIX")
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = 4096
    if soft < want:
        if hard != resource.RLIM_INFINITY and hard < want:
            pytest.skip(f"needs {want} file descriptors, the hard limit is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def _request(path: str, host: str, method: str = "GET", close: bool = True) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}"]
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _read_all(sock: socket.socket) -> bytes:
    out = b""
    with contextlib.suppress(ConnectionError, TimeoutError):
        while chunk := sock.recv(65536):
            out += chunk
    return out


def _get(
    port: int, path: str, host: str | None = None, method: str = "GET"
) -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(_request(path, f"127.0.0.1:{port}" if host is None else host, method))
        data = _read_all(s)
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict((k.lower(), v.strip()) for k, _, v in (h.partition(":") for h in lines[1:] if h))
    return int(lines[0].split()[1]), headers, body


def _read_head(sock: socket.socket) -> bytes:
    """The response head, read a byte at a time so nothing after it is consumed."""
    data = b""
    while not data.endswith(b"\r\n\r\n"):
        chunk = sock.recv(1)
        if not chunk:
            break
        data += chunk
    return data


def _events(sock: socket.socket) -> Iterator[dict[str, object]]:
    """Parse `data:` lines from an event stream whose head was already read."""
    buf = b""
    while True:
        while b"\n\n" not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                return
            buf += chunk
        event, buf = buf.split(b"\n\n", 1)
        for line in event.split(b"\n"):
            if line.startswith(b"data: ") and not event.startswith(b"event: ping"):
                yield json.loads(line[6:])


@pytest.fixture
def baseline() -> Iterator[tuple[int, int]]:
    yield _threads(), (_fds() if PROC_FD.exists() else -1)


STATE = {
    "segment": "秒杀 Flash sale",
    "remaining": "2:59",
    "level": "warning",
    "message": "库存紧张",
}


@needs_proc
def test_a_thousand_event_streams_keep_threads_and_fds_bounded(
    many_fds, baseline, tmp_path
) -> None:
    threads0, fds0 = baseline
    cap = 64
    server = ViewServer(Limits(max_connections=cap))
    port = server.start_overlay(0)
    server.publish(STATE)
    host = f"127.0.0.1:{port}"
    clients: list[socket.socket] = []
    try:
        for _ in range(1000):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(_request("/events", host, close=False))
            clients.append(s)
        assert server.wait_for_stats(
            lambda st: (
                st.refused + st.evicted + st.streams.get(OVERLAY, 0) >= 1000 and st.sockets == cap
            ),
            20,
        )
        during_threads = _threads()
        server_fds = _fds() - fds0 - len(clients)
        # The OBS text files still work in the middle of it (they stopped when fds ran out).
        writer = TextFileWriter(tmp_path / "obs")
        assert writer.write(OutputTexts("开场", "9:59", "", "")) == [
            "segment",
            "remaining",
            "promo",
            "next",
        ]
        assert writer.problem is None
        stats = server.stats()
        # Over the cap a newcomer is turned away (503), or it pushes out the oldest connection
        # that has long not finished its request; the streams already running are never cut.
        assert stats.streams[OVERLAY] == cap and stats.refused + stats.evicted == 1000 - cap

        answers = {"stream": 0, "refused": 0, "closed": 0}
        for s in clients:
            s.settimeout(5)
            try:
                head = _read_head(s)
            except ConnectionResetError:
                head = b""
            if head.startswith(b"HTTP/1.1 200") and b"text/event-stream" in head:
                answers["stream"] += 1
            elif head.startswith(b"HTTP/1.1 503"):
                answers["refused"] += 1
            else:
                answers["closed"] += 1  # refused, reset before the 503 was read
        assert answers["stream"] == cap
        assert answers["refused"] + answers["closed"] == 1000 - cap
    finally:
        for s in clients:
            s.close()
        server.stop()
    print(
        f"\n1,000 event-stream clients: {during_threads - threads0} server thread(s), "
        f"{server_fds} server fds once refusals are out (cap {cap}), at most "
        f"{stats.peak_sockets} client sockets at once, {answers}"
    )
    assert stats.peak_sockets <= cap + 8
    assert during_threads == threads0 + 1  # one event-loop thread, whatever the load
    assert server_fds <= cap + 8  # the cap plus the listener, the loop's selector and self-pipe
    assert stats.peak_sockets <= cap + 8
    assert _threads() == threads0
    assert _fds() == fds0


@needs_proc
def test_slowloris_cannot_lock_obs_out(many_fds, baseline) -> None:
    threads0, fds0 = baseline
    cap = 64
    now = [1000.0]  # the server's clock for connection ages (the head deadline is real time)
    server = ViewServer(Limits(max_connections=cap, head_timeout_s=30), clock=lambda: now[0])
    port = server.start_overlay(0)
    server.publish(STATE)
    partial = f"GET /state.json HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Slow: ".encode()
    loris = []
    try:
        for _ in range(500):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(partial)
            loris.append(s)
        assert server.wait_for_stats(lambda st: st.refused + st.open[OVERLAY] == 500, 10)
        server_fds = _fds() - fds0 - len(loris)
        assert _threads() == threads0 + 1
        # A moment later OBS asks for the state: it is served, pushing out the oldest half-sent
        # request, instead of waiting behind 500 of them.
        now[0] += 2
        for _ in range(3):
            status, _, body = _get(port, "/state.json")
            assert status == 200 and json.loads(body)["remaining"] == "2:59"
        # One half-sent request made room; the later requests used the room it left.
        assert server.wait_for_stats(lambda st: st.open[OVERLAY] == cap - 1, 5)
        stats = server.stats()
        assert stats.evicted == 1 and stats.peak_sockets <= cap + 1
    finally:
        server.stop()
        for s in loris:
            s.close()
    print(f"\n500 slowloris clients: {server_fds} server fds (cap {cap}), {stats}")
    assert server_fds <= cap + 8
    assert _threads() == threads0 and _fds() == fds0


def test_trickling_a_byte_at_a_time_buys_no_time() -> None:
    """The whole request head has one deadline; each byte does not restart it."""
    server = ViewServer(Limits(head_timeout_s=0.4))
    port = server.start_overlay(0)
    stop = threading.Event()
    slow = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(5)]

    def trickle() -> None:  # the attacker's pace: a header byte every 50 ms
        while not stop.wait(0.05):
            for s in slow:
                with contextlib.suppress(OSError):
                    s.send(b"X")

    t = threading.Thread(target=trickle)
    t.start()
    try:
        assert server.wait_for_stats(lambda st: st.open.get(OVERLAY, 0) == 5, 5)
        assert server.wait_for_stats(lambda st: st.timed_out == 5 and not st.open[OVERLAY], 5)
    finally:
        stop.set()
        t.join(5)
        for s in slow:
            s.close()
        server.stop()


@needs_proc
def test_stop_leaves_no_thread_and_no_fd_while_clients_hold_on(many_fds, baseline) -> None:
    threads0, fds0 = baseline
    server = ViewServer(Limits(max_connections=64, head_timeout_s=60))
    port = server.start_overlay(0)
    server.start_studio("127.0.0.1", 0)
    token = server.tokens.issue()
    studio_port = server.listening(STUDIO)[1]  # type: ignore[index]
    held = []
    for i in range(120):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(
            _request("/events", f"127.0.0.1:{port}", close=False)
            if i % 2
            else b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"  # half a request, never finished
        )
        held.append(s)
    for _ in range(10):
        s = socket.create_connection(("127.0.0.1", studio_port), timeout=5)
        s.sendall(_request(f"/h/{token}/events", f"127.0.0.1:{studio_port}", close=False))
        held.append(s)
    assert server.wait_for_stats(lambda st: st.streams.get(STUDIO, 0) == 10, 10)
    server.stop()
    try:
        assert _threads() == threads0
        assert _fds() == fds0 + len(held)  # only the clients' own ends are left
        for s in held:  # and every client sees its connection closed
            s.settimeout(5)
            _read_all(s)
    finally:
        for s in held:
            s.close()
    assert _fds() == fds0
    server.stop()  # a second stop is harmless


def test_clients_that_go_away_leave_no_traceback(caplog, capfd) -> None:
    caplog.set_level(logging.DEBUG)
    server = ViewServer(Limits(write_timeout_s=1))
    port = server.start_overlay(0)
    try:
        for i in range(40):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(_request("/events" if i % 2 else "/", f"127.0.0.1:{port}", close=False))
            if i % 4 == 0:
                _read_head(s)
            # RST instead of FIN: the server's next write meets ECONNRESET / EPIPE.
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            s.close()
            server.publish({**STATE, "remaining": f"{i}:00"})
        assert server.wait_for_stats(lambda st: st.open.get(OVERLAY, 0) == 0, 10)
    finally:
        server.stop()
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text


def test_host_header_must_name_the_bound_address() -> None:
    server = ViewServer()
    port = server.start_overlay(0)
    server.publish(STATE)
    try:
        assert _get(port, "/state.json")[0] == 200
        assert _get(port, "/state.json", host=f"localhost:{port}")[0] == 200
        # DNS rebinding: a page on attacker.example re-pointed at 127.0.0.1 sends its own name.
        for host in (f"attacker.example:{port}", "attacker.example", f"127.0.0.1:{port + 1}", ""):
            status, _, body = _get(port, "/state.json", host=host)
            assert status == 421 and b"2:59" not in body, host
        assert _get(port, "/events", host=f"evil.test:{port}")[0] == 421
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(b"GET /state.json HTTP/1.0\r\n\r\n")  # no Host at all
            assert _read_all(s).startswith(b"HTTP/1.1 421")
        assert server.stats().bad_host == 6
    finally:
        server.stop()


def test_nothing_but_get_and_head_and_no_body() -> None:
    server = ViewServer()
    port = server.start_overlay(0)
    server.publish(STATE)
    try:
        for method in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS"):
            status, headers, _ = _get(port, "/state.json", method=method)
            assert status == 405 and headers["allow"] == "GET, HEAD"
        status, headers, body = _get(port, "/state.json", method="HEAD")
        assert status == 200 and body == b"" and int(headers["content-length"]) > 0
        assert server.state() == STATE
    finally:
        server.stop()


def test_keep_alive_serves_several_requests_then_idles_out() -> None:
    server = ViewServer(Limits(idle_timeout_s=0.3))
    port = server.start_overlay(0)
    server.publish(STATE)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            for _ in range(3):
                s.sendall(_request("/state.json", f"127.0.0.1:{port}", close=False))
                head = _read_head(s)
                assert head.startswith(b"HTTP/1.1 200") and b"Connection: keep-alive" in head
                length = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
                body = head.split(b"\r\n\r\n", 1)[1]
                while len(body) < length:
                    body += s.recv(length - len(body))
            assert _read_all(s) == b""  # closed by the server once idle for too long
        assert server.stats().timed_out == 1
    finally:
        server.stop()


def test_tokens_are_random_and_checked() -> None:
    store = TokenStore()
    tokens = {store.issue() for _ in range(200)}
    assert len(tokens) == 200
    assert all(len(t) == TOKEN_LENGTH and set(t) <= set(TOKEN_ALPHABET) for t in tokens)
    t = next(iter(tokens))
    assert store.is_valid(t) and not store.is_valid(t[:-1]) and not store.is_valid(t + "x")
    assert store.revoke(t) and not store.is_valid(t) and not store.revoke(t)


def test_studio_network_needs_the_token_and_revoking_it_disconnects() -> None:
    server = ViewServer(studio_limits=Limits(max_connections=16, max_token_failures=5))
    port = server.start_studio(
        "127.0.0.1", 0, labels={"next": "下一个", "revoked": "链接已失效"}, lang="zh_CN"
    )
    host = f"127.0.0.1:{port}"
    token = server.tokens.issue()
    server.publish(STATE)
    try:
        assert server.studio_url(token) == f"http://{host}/h/{token}"
        status, headers, body = _get(port, f"/h/{token}")
        page = body.decode()
        assert status == 200 and '<html lang="zh-CN">' in page and "下一个" in page
        assert f'"/h/{token}"' in page and headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "no-referrer"  # the token never leaks in a Referer
        assert json.loads(_get(port, f"/h/{token}/state.json")[2])["message"] == "库存紧张"
        # No token, a wrong one, or the overlay's own paths: nothing.
        assert _get(port, "/state.json")[0] == 404
        assert _get(port, "/events")[0] == 404
        assert _get(port, "/")[0] == 404
        status, _, body = _get(port, "/h/" + "a" * TOKEN_LENGTH + "/state.json")
        assert status == 403 and "链接已失效" in body.decode() and b"2:59" not in body
        assert _get(port, f"/h/{token}/state.json", method="POST")[0] == 405

        phone = socket.create_connection(("127.0.0.1", port), timeout=5)
        phone.sendall(_request(f"/h/{token}/events", host, close=False))
        assert b"text/event-stream" in _read_head(phone)
        assert server.wait_for_stats(lambda st: st.streams.get(STUDIO, 0) == 1, 5)
        server.revoke(token)
        assert server.wait_for_stats(lambda st: st.streams.get(STUDIO, 0) == 0, 5)
        phone.settimeout(5)
        _read_all(phone)  # returns: the server closed the stream
        phone.close()
        assert _get(port, f"/h/{token}")[0] == 403
        fresh = server.tokens.issue()
        assert _get(port, f"/h/{fresh}/state.json")[0] == 200

        # Guessing: after a few wrong tokens this address is turned away, even with a good one.
        for _ in range(5):
            _get(port, "/h/guess123456")
        assert _get(port, f"/h/{fresh}/state.json")[0] == 429
    finally:
        server.stop()


@pytest.mark.parametrize("address", ["0.0.0.0", "::", "localhost", "", "192.168.1.300"])
def test_studio_network_binds_one_ipv4_interface_only(address) -> None:
    server = ViewServer()
    with pytest.raises(ValueError):
        server.start_studio(address, 0)
    assert server.listening(STUDIO) is None


def test_overlay_stays_on_loopback_and_studio_only_when_asked() -> None:
    server = ViewServer()
    try:
        server.start_overlay(0)
        assert server.listening(OVERLAY)[0] == "127.0.0.1"  # type: ignore[index]
        assert server.listening(STUDIO) is None
    finally:
        server.stop()


def test_an_event_stream_client_that_stops_reading_is_dropped() -> None:
    server = ViewServer(Limits(write_timeout_s=0.3, send_buffer_bytes=8192))
    port = server.start_overlay(0)
    host = f"127.0.0.1:{port}"
    stalled = socket.socket()
    stalled.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    stalled.connect(("127.0.0.1", port))
    stalled.sendall(_request("/events", host, close=False))
    reader = socket.create_connection(("127.0.0.1", port), timeout=5)
    reader.sendall(_request("/events", host, close=False))
    _read_head(reader)
    seen: list[dict[str, object]] = []
    got_last = threading.Event()

    def read() -> None:
        with contextlib.suppress(OSError):
            for ev in _events(reader):
                seen.append(ev)
                if ev.get("remaining") == "last":
                    got_last.set()

    t = threading.Thread(target=read)
    t.start()
    try:
        assert server.wait_for_stats(lambda st: st.streams.get(OVERLAY, 0) == 2, 5)
        padding = "库存" * 2000
        i = 0
        while not server.wait_for_stats(lambda st: st.dropped_slow >= 1, 0.005):
            i += 1
            server.publish({"remaining": str(i), "cue": padding})
            assert i < 20000, "the stalled client was never dropped"
        print(f"\nstalled client dropped after {i} publishes")
        assert server.wait_for_stats(lambda st: st.streams[OVERLAY] == 1, 5)  # the reader stays
        assert server.stats().dropped_slow == 1
        server.publish({"remaining": "last"})
        assert got_last.wait(10)  # the client that reads still gets every change
        assert server.stats().open[OVERLAY] == 1
    finally:
        reader.shutdown(socket.SHUT_RDWR)
        t.join(5)
        reader.close()
        stalled.close()
        server.stop()
    assert seen[0] == {}  # nothing published yet when it connected


def test_events_start_with_the_current_state_and_follow_each_change() -> None:
    server = ViewServer()
    port = server.start_overlay(0)
    server.publish(STATE)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(_request("/events", f"127.0.0.1:{port}", close=False))
            head = _read_head(s)
            assert b"text/event-stream" in head and b"Cache-Control: no-store" in head
            events = _events(s)
            assert next(events)["remaining"] == "2:59"
            server.publish({**STATE, "remaining": "2:58"})
            assert next(events)["remaining"] == "2:58"
            server.publish({**STATE, "remaining": "2:58"})  # unchanged: nothing sent
            server.publish({**STATE, "remaining": "2:57"})
            assert next(events)["remaining"] == "2:57"
    finally:
        server.stop()


@pytest.mark.perf
def test_stop_is_prompt_with_streams_and_idle_connections_open() -> None:
    import time

    server = ViewServer()
    port = server.start_overlay(0)
    held = []
    for path in ("/events", "/state.json", None):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        if path:
            s.sendall(_request(path, f"127.0.0.1:{port}", close=False))
            _read_head(s)
        held.append(s)
    assert server.wait_for_stats(lambda st: st.streams.get(OVERLAY, 0) == 1, 5)
    t0 = time.perf_counter()
    server.stop()
    took = time.perf_counter() - t0
    for s in held:
        s.close()
    print(
        f"\nstop() with a stream, an idle keep-alive and a silent connection: {took * 1000:.1f} ms"
    )
    assert took < 0.5


def test_listeners_can_be_stopped_and_started_again() -> None:
    server = ViewServer()
    try:
        for _ in range(3):  # the host turns sharing off and on again during the evening
            port = server.start_studio("127.0.0.1", 0)
            token = server.tokens.issue()
            overlay = server.start_overlay(0)
            server.publish({"remaining": f"{port}"})
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                s.sendall(_request(f"/h/{token}/events", f"127.0.0.1:{port}", close=False))
                _read_head(s)
                assert next(_events(s))["remaining"] == f"{port}"
            assert _get(overlay, "/state.json")[0] == 200
            server.stop_overlay()  # the studio listener goes on alone
            assert _get(port, f"/h/{token}/state.json")[0] == 200
            server.stop_studio()  # the last listener: the thread ends too
            assert server.listening(STUDIO) is None and server.listening(OVERLAY) is None
            assert not [t for t in threading.enumerate() if t.name == "livestudio-view-server"]
    finally:
        server.stop()


def test_the_wrong_token_lockout_lasts_a_minute() -> None:
    now = [500.0]
    server = ViewServer(studio_limits=Limits(max_token_failures=3), clock=lambda: now[0])
    port = server.start_studio("127.0.0.1", 0)
    token = server.tokens.issue()
    try:
        for _ in range(3):
            assert _get(port, "/h/wrongtoken1")[0] == 403
        assert _get(port, f"/h/{token}/state.json")[0] == 429
        now[0] += 61
        assert _get(port, f"/h/{token}/state.json")[0] == 200
        assert server.stats().bad_token == 3
    finally:
        server.stop()


def test_lan_addresses_offer_ipv4_interfaces_private_first(monkeypatch) -> None:
    from livestudio.core.live import server as server_mod

    monkeypatch.setattr(
        server_mod,
        "active_interfaces",
        lambda: [
            ("docker0", ["8.8.4.4"]),
            ("wlan0", ["192.168.1.20", "fe80::1", "fd00::2"]),
            ("eth0", ["10.0.0.5"]),
        ],
    )
    found = server_mod.lan_addresses()
    assert [(a.interface, a.address) for a in found] == [
        ("eth0", "10.0.0.5"),
        ("wlan0", "192.168.1.20"),
        ("docker0", "8.8.4.4"),
    ]
    assert server_mod.preferred_address([]) is None
    assert server_mod.preferred_address(found) in {a.address for a in found}
