"""The overlay / studio-network server: read-only views of the live show over HTTP.

One event-loop thread serves every client (no thread per connection). Each listener has a
connection cap; a request head must arrive within a deadline, idle keep-alive connections are
closed, and a server-sent-events client that stops reading is dropped after a write timeout. The
OBS overlay listens on 127.0.0.1 only. The studio network (phones and tablets on the studio Wi-Fi)
listens on the one address the user picked, only while it is on, and every path there carries a
random token that can be revoked. Every request's Host header must name the address it came to,
so a DNS-rebinding web page cannot read the state. No endpoint changes anything.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hmac
import ipaddress
import json
import logging
import os
import secrets
import selectors
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote, urlsplit

from livestudio.core import paths
from livestudio.core.checks.network import ROUTE_PROBE_V4, active_interfaces
from livestudio.core.i18n import translate

log = logging.getLogger("livestudio.live.server")

LOOPBACK = "127.0.0.1"
OVERLAY = "overlay"
STUDIO = "studio"

# Lower-case letters and digits a phone keyboard types easily, without 0/o, 1/l/i.
TOKEN_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
TOKEN_LENGTH = 10  # 31**10 ~ 2**49.5: far beyond guessing at the failure limit below

BACKLOG = 128  # also the most connections one accept burst takes before any is refused

_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
    b"Retry-After: 5\r\nConnection: close\r\n\r\nbusy\n"
)

_REASONS = {
    200: "OK",
    204: "No Content",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    421: "Misdirected Request",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    503: "Service Unavailable",
}


@dataclass(frozen=True)
class Limits:
    """How much one listener lets its clients hold. The defaults suit a studio: a handful of OBS
    browser sources and a few phones; tests shrink the timeouts."""

    max_connections: int = 64
    head_timeout_s: float = 5.0  # the whole request head, from connect: defeats slowloris
    idle_timeout_s: float = 10.0  # between two requests on a keep-alive connection
    write_timeout_s: float = 5.0  # an event (or response) must leave within this, else drop
    ping_interval_s: float = 10.0  # SSE comment when nothing changed, so dead peers are found
    max_head_bytes: int = 8192
    max_requests_per_connection: int = 100
    max_token_failures: int = 20  # wrong tokens per client address per minute
    send_buffer_bytes: int = 32 * 1024  # per connection; a stalled reader cannot pile up more


@dataclass(frozen=True)
class ServerStats:
    """A snapshot for tests and the studio-network dialog."""

    open: Mapping[str, int] = field(default_factory=dict)  # connections per listener
    streams: Mapping[str, int] = field(default_factory=dict)  # event streams per listener
    refused: int = 0  # over the cap with nothing to evict: answered 503
    evicted: int = 0  # half-open or idle connections closed to make room
    timed_out: int = 0  # request head not complete in time, or idle too long
    dropped_slow: int = 0  # event-stream clients that stopped reading
    bad_host: int = 0
    bad_token: int = 0
    sockets: int = 0  # client sockets held now, evicted ones still closing included
    peak_sockets: int = 0


class TokenStore:
    """The studio network's access tokens: random, checked in constant time, revocable."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: list[str] = []

    def issue(self) -> str:
        token = "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))
        with self._lock:
            self._tokens.append(token)
        return token

    def revoke(self, token: str) -> bool:
        with self._lock:
            if token in self._tokens:
                self._tokens.remove(token)
                return True
        return False

    def revoke_all(self) -> list[str]:
        with self._lock:
            gone, self._tokens = self._tokens, []
        return gone

    def active(self) -> list[str]:
        with self._lock:
            return list(self._tokens)

    def is_valid(self, token: str) -> bool:
        with self._lock:
            tokens = list(self._tokens)
        ok = False
        for t in tokens:  # no early exit: the time taken says nothing about which token is near
            ok |= hmac.compare_digest(t.encode(), token.encode())
        return ok


@dataclass(frozen=True)
class NetworkAddress:
    interface: str
    address: str

    @property
    def private(self) -> bool:
        return ipaddress.ip_address(self.address).is_private


def lan_addresses() -> list[NetworkAddress]:
    """IPv4 addresses of this computer's interfaces that are up (Check's `active_interfaces`:
    loopback and link-local left out), private (Wi-Fi / LAN) ones first."""
    found = [
        NetworkAddress(name, ip)
        for name, ips in active_interfaces()
        for ip in ips
        if isinstance(ipaddress.ip_address(ip), ipaddress.IPv4Address)
    ]
    return sorted(found, key=lambda n: (not n.private, n.interface, n.address))


def preferred_address(choices: list[NetworkAddress]) -> str | None:
    """The address the default route leaves from, when it is among `choices`; else the first."""
    if not choices:
        return None
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect((ROUTE_PROBE_V4, 9))  # UDP connect sends nothing; it only picks a route
            mine = s.getsockname()[0]
    except OSError:
        mine = None
    for c in choices:
        if c.address == mine:
            return c.address
    return choices[0].address


def _read_page(name: str) -> str:
    return paths.resource("web", name).read_text(encoding="utf-8")


def _json_for_html(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace("&", "\\u0026")


@dataclass
class _Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    keep_alive: bool


@dataclass(eq=False)
class _Conn:
    writer: asyncio.StreamWriter | None  # None until its transport is made
    since: float
    peer: str
    state: str = "head"  # head / idle / busy / stream
    token: str | None = None
    aborted: bool = False

    def abort(self) -> None:
        self.aborted = True
        if self.writer is not None and not self.writer.transport.is_closing():
            self.writer.transport.abort()


@dataclass
class _Listener:
    name: str
    host: str
    port: int
    sock: socket.socket
    allowed_hosts: frozenset[str]
    limits: Limits
    conns: dict[int, _Conn] = field(default_factory=dict)
    paused: asyncio.TimerHandle | None = None  # accepting paused after EMFILE


class _BadRequest(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class ViewServer:
    """Read-only HTTP views of the show for OBS (loopback) and the studio network (one LAN address,
    token in the path). `publish()` is thread-safe; start and stop from any one thread."""

    def __init__(
        self,
        limits: Limits | None = None,
        *,
        studio_limits: Limits | None = None,
        tokens: TokenStore | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limits = limits or Limits()
        self.studio_limits = studio_limits or replace(self.limits, max_connections=32)
        self.tokens = tokens or TokenStore()
        self._clock = clock
        self._lock = threading.Lock()
        self._state: dict[str, Any] = {}
        self._version = 0
        self._stats = ServerStats()
        self._stats_cond = threading.Condition()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._listeners: dict[str, _Listener] = {}  # the caller's view
        self._live: dict[str, _Listener] = {}  # the loop thread's view
        self._tasks: set[asyncio.Task[None]] = set()
        self._socks: set[socket.socket] = set()  # accepted sockets not yet closed
        self._changed: asyncio.Event | None = None
        self._failures: dict[str, collections.deque[float]] = {}
        self._pages: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._lang = "en"

    # ---- public API (any thread) --------------------------------------------------------------
    def start_overlay(self, port: int) -> int:
        """Listen on 127.0.0.1:`port` for OBS browser sources; returns the port (useful with 0).
        Raises OSError when the port is taken."""
        return self._open(OVERLAY, LOOPBACK, port)

    def stop_overlay(self) -> None:
        self._close(OVERLAY)

    def start_studio(
        self,
        address: str,
        port: int,
        labels: Mapping[str, str] | None = None,
        lang: str = "en",
    ) -> int:
        """Listen on `address` (one interface the user chose) for the phone host page. `labels` are
        the page's own words in the app's language. Raises OSError when it cannot bind."""
        try:
            ip = ipaddress.IPv4Address(address)
        except ValueError:
            ip = None
        if ip is None or ip.is_unspecified:
            raise ValueError(
                translate(
                    "Live",
                    "The studio network needs the address of one network interface, not {address}.",
                ).format(address=address or "—")
            )
        self._labels = dict(labels or {})
        self._lang = lang
        return self._open(STUDIO, address, port)

    def stop_studio(self) -> None:
        self._close(STUDIO)

    def listening(self, name: str) -> tuple[str, int] | None:
        lst = self._listeners.get(name)
        return (lst.host, lst.port) if lst is not None else None

    @property
    def overlay_url(self) -> str | None:
        at = self.listening(OVERLAY)
        return f"http://{at[0]}:{at[1]}/" if at else None

    def studio_url(self, token: str) -> str | None:
        at = self.listening(STUDIO)
        return f"http://{at[0]}:{at[1]}/h/{token}" if at else None

    def revoke(self, token: str) -> bool:
        """The token stops working at once; phones holding it are disconnected."""
        gone = self.tokens.revoke(token)
        self._drop_token_holders()
        return gone

    def revoke_all(self) -> None:
        self.tokens.revoke_all()
        self._drop_token_holders()

    def publish(self, state: Mapping[str, Any]) -> None:
        with self._lock:
            if state == self._state:
                return
            self._state = dict(state)
            self._version += 1
            loop = self._loop
        if loop is not None:
            try:
                loop.call_soon_threadsafe(self._wake)
            except RuntimeError:  # the loop closed meanwhile
                pass

    def state(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._state)

    def stats(self) -> ServerStats:
        with self._stats_cond:
            return self._stats

    def wait_for_stats(self, predicate: Callable[[ServerStats], bool], timeout: float) -> bool:
        """Block until `predicate(stats)` holds (tests and diagnostics); False on timeout."""
        with self._stats_cond:
            return self._stats_cond.wait_for(lambda: predicate(self._stats), timeout)

    def stop(self) -> None:
        """Close every listener and connection and end the server thread; idempotent."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(10)
            loop.close()
            self._loop = self._thread = None
            self._listeners.clear()
            self._live = {}
            self._tasks = set()
            self._changed = None  # an asyncio.Event belongs to the loop it was first used on
            self._set_stats(open={}, streams={})

    # ---- loop management ------------------------------------------------------------------------
    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is not None:
            return self._loop
        # A selector loop everywhere: Windows' default proactor loop has no add_reader, and the
        # caps keep us far below select()'s 512 sockets there.
        loop = asyncio.SelectorEventLoop(selectors.DefaultSelector())
        loop.set_exception_handler(self._on_loop_error)
        started = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(started.set)
            loop.run_forever()

        thread = threading.Thread(target=run, name="livestudio-view-server", daemon=True)
        thread.start()
        started.wait(10)
        self._loop, self._thread = loop, thread
        return loop

    def _open(self, name: str, host: str, port: int) -> int:
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError(
                translate("Live", "{port} is not a valid port (0-65535).").format(port=port)
            )
        if name in self._listeners:
            self._close(name)
        if not self._pages:
            self._pages = {"overlay": _read_page("overlay.html"), "host": _read_page("host.html")}
        loop = self._ensure_loop()
        try:
            lst = asyncio.run_coroutine_threadsafe(self._listen(name, host, port), loop).result(10)
        except BaseException:
            if not self._listeners:
                self.stop()
            raise
        self._listeners[name] = lst
        log.info("%s server on http://%s:%s/", name, host, lst.port)
        return lst.port

    def _close(self, name: str) -> None:
        lst = self._listeners.pop(name, None)
        if lst is None or self._loop is None:
            return
        if not self._listeners:
            self.stop()
            return
        asyncio.run_coroutine_threadsafe(self._close_listener(lst), self._loop).result(10)

    def _on_loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, (ConnectionError, TimeoutError, OSError)):
            log.debug("view server: %s (%s)", context.get("message"), exc)
            return
        log.error("view server: %s", context.get("message"), exc_info=exc)

    def _set_stats(self, **changes: Any) -> None:
        with self._stats_cond:
            self._stats = replace(self._stats, **changes)
            self._stats_cond.notify_all()

    def _bump(self, name: str) -> None:
        with self._stats_cond:
            self._stats = replace(self._stats, **{name: getattr(self._stats, name) + 1})
            self._stats_cond.notify_all()

    def _count(self) -> None:
        self._set_stats(
            open={n: len(lst.conns) for n, lst in self._live.items()},
            streams={
                n: sum(1 for c in lst.conns.values() if c.state == "stream")
                for n, lst in self._live.items()
            },
        )

    # ---- on the loop thread -----------------------------------------------------------------------
    async def _listen(self, name: str, host: str, port: int) -> _Listener:
        if self._changed is None:
            self._changed = asyncio.Event()
        limits = self.limits if name == OVERLAY else self.studio_limits
        lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            if os.name != "nt":  # on Windows SO_REUSEADDR would let another program share it
                lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            lsock.bind((host, port))
            lsock.listen(BACKLOG)
            lsock.setblocking(False)
        except BaseException:
            lsock.close()
            raise
        bound = lsock.getsockname()[1]
        names = {f"{host}:{bound}"}
        if name == OVERLAY:
            names.add(f"localhost:{bound}")
        if bound == 80:
            names |= {n.rsplit(":", 1)[0] for n in names}
        lst = _Listener(name, host, bound, lsock, frozenset(names), limits)
        asyncio.get_running_loop().add_reader(lsock, self._on_acceptable, lst)
        self._live[name] = lst
        return lst

    def _on_acceptable(self, lst: _Listener) -> None:
        """Accept what is waiting, synchronously (so no accepted socket can be lost to a
        cancellation). Over the cap with nothing to evict, the newcomer gets a 503 and is closed
        on the spot, so refusals never hold a socket."""
        loop = asyncio.get_running_loop()
        for _ in range(BACKLOG):
            try:
                sock, addr = lst.sock.accept()
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:  # EMFILE and the like: pause rather than spin
                log.warning("view server could not accept a connection: %s", exc)
                loop.remove_reader(lst.sock)
                lst.paused = loop.call_later(0.2, self._resume_accepting, lst)
                break
            sock.setblocking(False)
            if len(lst.conns) >= lst.limits.max_connections and not self._make_room(lst):
                self._bump("refused")
                with contextlib.suppress(OSError):
                    sock.send(_BUSY)
                sock.close()
                continue
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, lst.limits.send_buffer_bytes)
            conn = _Conn(None, self._clock(), str(addr[0]))
            lst.conns[id(conn)] = conn
            self._socks.add(sock)
            with self._stats_cond:
                n = self._stats.sockets + 1
                peak = max(n, self._stats.peak_sockets)
                self._stats = replace(self._stats, sockets=n, peak_sockets=peak)
            task = loop.create_task(self._serve(lst, conn, sock))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        self._count()

    def _resume_accepting(self, lst: _Listener) -> None:
        lst.paused = None
        if self._live.get(lst.name) is lst:
            asyncio.get_running_loop().add_reader(lst.sock, self._on_acceptable, lst)

    async def _close_listener(self, lst: _Listener) -> None:
        self._live.pop(lst.name, None)
        await self._stop_listener(lst)
        await self._settle()
        self._count()

    async def _stop_listener(self, lst: _Listener) -> None:
        asyncio.get_running_loop().remove_reader(lst.sock)
        if lst.paused is not None:
            lst.paused.cancel()
        lst.sock.close()
        for conn in list(lst.conns.values()):
            conn.abort()
        self._wake()  # event streams waiting for a change see their connection is gone

    async def _settle(self) -> None:
        """Let aborted connections' handlers finish (their finally blocks close the sockets)."""
        for _ in range(3):
            pending = [t for t in self._tasks if not t.done()]
            if not pending:
                return
            await asyncio.wait(pending, timeout=1)

    async def _shutdown(self) -> None:
        for lst in list(self._live.values()):
            await self._stop_listener(lst)
        await self._settle()
        for t in list(self._tasks):
            t.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        for sock in self._socks:  # accepted, but its task was cancelled before it ever ran
            sock.close()
        self._socks.clear()
        self._live = {}

    def _wake(self) -> None:
        ev, self._changed = self._changed, asyncio.Event()
        if ev is not None:
            ev.set()

    def _drop_token_holders(self) -> None:
        loop = self._loop
        if loop is None:
            return

        def drop() -> None:
            lst = self._live.get(STUDIO)
            if lst is None:
                return
            for conn in list(lst.conns.values()):
                if conn.token is not None and not self.tokens.is_valid(conn.token):
                    conn.abort()
            self._wake()  # streams waiting for the next change notice at once

        try:
            loop.call_soon_threadsafe(drop)
        except RuntimeError:
            pass

    async def _serve(self, lst: _Listener, conn: _Conn, sock: socket.socket) -> None:
        writer: asyncio.StreamWriter | None = None
        graceful = False
        try:
            reader, writer = await asyncio.open_connection(
                sock=sock, limit=lst.limits.max_head_bytes
            )
            conn.writer = writer
            writer.transport.set_write_buffer_limits(high=lst.limits.send_buffer_bytes)
            if not conn.aborted:  # not evicted or stopped while the transport was being made
                await self._requests(lst, conn, reader)
                graceful = True
        except (ConnectionError, TimeoutError, asyncio.IncompleteReadError, OSError):
            pass  # the client went away or was too slow: nothing to report
        except asyncio.CancelledError:
            pass  # stop(): the server is closing
        finally:
            lst.conns.pop(id(conn), None)
            self._socks.discard(sock)
            if writer is None:
                sock.close()
            else:
                if graceful and not writer.transport.is_closing():
                    writer.close()  # lets the last response leave before the FIN
                    with contextlib.suppress(BaseException):
                        await asyncio.wait_for(writer.wait_closed(), lst.limits.write_timeout_s)
                conn.abort()
                with contextlib.suppress(BaseException):  # until the socket is really closed
                    await asyncio.wait_for(writer.wait_closed(), 1)
            with self._stats_cond:
                self._stats = replace(self._stats, sockets=self._stats.sockets - 1)
            self._count()

    def _make_room(self, lst: _Listener) -> bool:
        """At the cap, close the oldest connection that has been doing nothing useful for a while
        (still sending its request head, or idle between requests). Event streams are kept, and
        so is a connection that has only just arrived: in a burst, newcomers are the ones refused."""
        now = self._clock()
        grace = min(1.0, lst.limits.head_timeout_s / 2)
        idle = [
            c for c in lst.conns.values() if c.state in ("head", "idle") and now - c.since >= grace
        ]
        if not idle:
            return False
        victim = min(idle, key=lambda c: c.since)
        lst.conns.pop(id(victim), None)
        victim.abort()
        self._bump("evicted")
        return True

    async def _requests(self, lst: _Listener, conn: _Conn, reader: asyncio.StreamReader) -> None:
        limits = lst.limits
        for served in range(limits.max_requests_per_connection):
            conn.state = "head" if served == 0 else "idle"
            conn.since = self._clock()
            try:
                async with asyncio.timeout(
                    limits.head_timeout_s if served == 0 else limits.idle_timeout_s
                ):
                    head = await reader.readuntil(b"\r\n\r\n")
            except TimeoutError:
                self._bump("timed_out")
                return
            except asyncio.LimitOverrunError:
                await self._send(conn, lst, 431, "text/plain", b"request head too large\n", False)
                return
            conn.state = "busy"
            try:
                req = self._parse(head)
            except _BadRequest as bad:
                await self._send(conn, lst, bad.code, "text/plain", b"bad request\n", False)
                return
            keep = req.keep_alive and served + 1 < limits.max_requests_per_connection
            if not await self._route(lst, conn, req, keep):
                return
            if not keep:
                return

    @staticmethod
    def _parse(head: bytes) -> _Request:
        try:
            text = head.decode("latin-1")
            line, *rest = text.split("\r\n")
            method, target, version = line.split(" ")
        except ValueError:
            raise _BadRequest(400) from None
        if not version.startswith("HTTP/1."):
            raise _BadRequest(400)
        headers: dict[str, str] = {}
        for h in rest:
            if not h:
                continue
            name, sep, value = h.partition(":")
            if not sep or not name or name != name.strip():
                raise _BadRequest(400)
            key = name.lower()
            if key in headers and key == "host":
                raise _BadRequest(400)  # two Host headers: ambiguous, refuse
            headers[key] = value.strip()
        if headers.get("transfer-encoding") or headers.get("content-length", "0") != "0":
            raise _BadRequest(400)  # nothing here takes a body
        conn_hdr = headers.get("connection", "").lower()
        keep = "close" not in conn_hdr and (version == "HTTP/1.1" or "keep-alive" in conn_hdr)
        parts = urlsplit(target)
        return _Request(method, unquote(parts.path), parts.query, headers, keep)

    async def _route(self, lst: _Listener, conn: _Conn, req: _Request, keep: bool) -> bool:
        """Answer one request; False when the connection must close."""
        host = req.headers.get("host", "").lower()
        if host not in lst.allowed_hosts:
            self._bump("bad_host")
            log.info("refused a request for host %r on %s:%s", host[:80], lst.host, lst.port)
            await self._send(conn, lst, 421, "text/plain", b"wrong host\n", False)
            return False
        if req.method not in ("GET", "HEAD"):
            await self._send(
                conn, lst, 405, "text/plain", b"read-only\n", False, {"Allow": "GET, HEAD"}
            )
            return False
        head_only = req.method == "HEAD"
        if lst.name == OVERLAY:
            return await self._route_overlay(lst, conn, req, keep, head_only)
        return await self._route_studio(lst, conn, req, keep, head_only)

    async def _route_overlay(
        self, lst: _Listener, conn: _Conn, req: _Request, keep: bool, head_only: bool
    ) -> bool:
        if req.path in ("/", "/index.html", "/overlay"):
            page = self._pages["overlay"].replace("/*__STATE__*/{}", _json_for_html(self.state()))
            body = page.encode("utf-8")
            return await self._send(
                conn, lst, 200, "text/html; charset=utf-8", body, keep, None, head_only
            )
        if req.path == "/state.json":
            return await self._send(
                conn, lst, 200, "application/json", self._state_json(), keep, None, head_only
            )
        if req.path == "/events":
            return await self._stream(lst, conn, head_only)
        if req.path == "/favicon.ico":
            return await self._send(conn, lst, 204, "text/plain", b"", keep)
        return await self._send(conn, lst, 404, "text/plain", b"not found\n", keep)

    async def _route_studio(
        self, lst: _Listener, conn: _Conn, req: _Request, keep: bool, head_only: bool
    ) -> bool:
        parts = req.path.split("/")
        if len(parts) < 3 or parts[1] != "h" or len(parts) > 4:
            if req.path == "/favicon.ico":
                return await self._send(conn, lst, 204, "text/plain", b"", keep)
            return await self._send(conn, lst, 404, "text/plain", b"not found\n", keep)
        if self._too_many_failures(conn.peer):
            await self._send(conn, lst, 429, "text/plain", b"too many wrong links\n", False)
            return False
        token = parts[2]
        if not self.tokens.is_valid(token):
            self._bump("bad_token")
            if len(self._failures) > 1024:  # many addresses guessing: forget the oldest half
                for peer in list(self._failures)[:512]:
                    del self._failures[peer]
            self._failures.setdefault(conn.peer, collections.deque()).append(self._clock())
            body = self._labels.get("revoked", "This link is not valid.").encode("utf-8")
            await self._send(conn, lst, 403, "text/plain; charset=utf-8", body, False)
            return False
        conn.token = token
        sub = parts[3] if len(parts) == 4 else ""
        if sub == "":
            html = (
                self._pages["host"]
                .replace("__LANG__", "zh-CN" if self._lang.startswith("zh") else "en")
                .replace("__BASE__", f"/h/{token}")
                .replace("/*__LABELS__*/{}", _json_for_html(self._labels))
                .replace("/*__STATE__*/{}", _json_for_html(self.state()))
            )
            extra = {"X-Frame-Options": "DENY"}
            return await self._send(
                conn,
                lst,
                200,
                "text/html; charset=utf-8",
                html.encode("utf-8"),
                keep,
                extra,
                head_only,
            )
        if sub == "state.json":
            return await self._send(
                conn, lst, 200, "application/json", self._state_json(), keep, None, head_only
            )
        if sub == "events":
            return await self._stream(lst, conn, head_only)
        return await self._send(conn, lst, 404, "text/plain", b"not found\n", keep)

    def _too_many_failures(self, peer: str) -> bool:
        times = self._failures.get(peer)
        if not times:
            return False
        now = self._clock()
        while times and now - times[0] > 60:
            times.popleft()
        if not times:
            del self._failures[peer]
            return False
        return len(times) >= self.studio_limits.max_token_failures

    def _state_json(self) -> bytes:
        with self._lock:
            return json.dumps(self._state, ensure_ascii=False).encode("utf-8")

    def _headers(self, code: int, ctype: str, extra: Mapping[str, str] | None) -> list[str]:
        lines = [
            f"HTTP/1.1 {code} {_REASONS.get(code, 'Error')}",
            f"Content-Type: {ctype}",
            "Cache-Control: no-store",
            "X-Content-Type-Options: nosniff",
            "Referrer-Policy: no-referrer",
        ]
        if ctype.startswith("text/html"):
            lines.append(
                "Content-Security-Policy: default-src 'none'; script-src 'unsafe-inline'; "
                "style-src 'unsafe-inline'; connect-src 'self'; img-src data:"
            )
        lines += [f"{k}: {v}" for k, v in (extra or {}).items()]
        return lines

    async def _send(
        self,
        conn: _Conn,
        lst: _Listener,
        code: int,
        ctype: str,
        body: bytes,
        keep: bool,
        extra: Mapping[str, str] | None = None,
        head_only: bool = False,
    ) -> bool:
        lines = self._headers(code, ctype, extra)
        lines.append(f"Content-Length: {len(body)}")
        lines.append("Connection: keep-alive" if keep else "Connection: close")
        data = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        await self._write(conn, lst, data if head_only else data + body)
        return keep

    async def _write(self, conn: _Conn, lst: _Listener, data: bytes) -> None:
        writer = conn.writer
        if writer is None or writer.transport.is_closing():
            raise ConnectionResetError
        writer.write(data)
        try:
            async with asyncio.timeout(lst.limits.write_timeout_s):
                await writer.drain()
        except TimeoutError:
            if conn.state == "stream":
                self._bump("dropped_slow")
                log.info("dropped an event-stream client that stopped reading (%s)", conn.peer)
            raise

    async def _stream(self, lst: _Listener, conn: _Conn, head_only: bool) -> bool:
        lines = self._headers(200, "text/event-stream", {"X-Accel-Buffering": "no"})
        await self._write(conn, lst, ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if head_only:
            return False
        conn.state = "stream"
        self._count()
        seen = -1
        while True:
            if conn.aborted or (conn.token is not None and not self.tokens.is_valid(conn.token)):
                return False
            changed = self._changed
            assert changed is not None
            with self._lock:
                version = self._version
            if version != seen:
                seen = version
                payload = b"data: " + self._state_json() + b"\n\n"
            else:
                try:
                    async with asyncio.timeout(lst.limits.ping_interval_s):
                        await changed.wait()
                    continue
                except TimeoutError:
                    payload = b"event: ping\ndata: {}\n\n"  # pages see it: the link is alive
            await self._write(conn, lst, payload)
