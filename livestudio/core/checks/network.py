"""Network probes on real sockets: interfaces, DNS, TCP connect latency/jitter/loss, upload speed.

Every step has a timeout and failures are sorted into distinct offline reasons (no interface,
no route, DNS failed, connection refused, timed out). The pieces that touch the OS are passed in
(`NetworkEnv`) so tests can stand in for a pulled cable without pulling one.
"""

from __future__ import annotations

import errno
import http.client
import ipaddress
import socket
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

import psutil

from livestudio.core.i18n import translate

DEFAULT_PORTS = {"rtmp": 1935, "rtmps": 443, "srt": 9000, "http": 80, "https": 443, "tcp": 9}
# Address used only to ask the kernel for a route (UDP connect sends no packet). TEST-NET-3.
ROUTE_PROBE_V4 = "203.0.113.1"


class Offline(StrEnum):
    NO_INTERFACE = "no_interface"
    NO_ROUTE = "no_route"
    DNS_FAILED = "dns_failed"
    REFUSED = "refused"
    TIMED_OUT = "timed_out"

    def label(self) -> str:
        return {
            Offline.NO_INTERFACE: translate("Check", "offline: no network interface is up"),
            Offline.NO_ROUTE: translate("Check", "offline: no route"),
            Offline.DNS_FAILED: translate("Check", "offline: DNS failed"),
            Offline.REFUSED: translate("Check", "offline: connection refused"),
            Offline.TIMED_OUT: translate("Check", "offline: timed out"),
        }[self]


class NetworkFailure(Exception):
    def __init__(self, reason: Offline, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Endpoint:
    scheme: str
    host: str
    port: int
    path: str = ""

    @property
    def is_loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


def parse_endpoint(url: str, default_scheme: str = "rtmp") -> Endpoint:
    """`rtmp://live.example.com/app` -> host + port (1935 unless given). Raises ValueError."""
    url = url.strip()
    if "://" not in url:
        url = f"{default_scheme}://{url}"
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(
            translate("Check", "unsupported address scheme {scheme!r} in {url}").format(
                scheme=scheme, url=url
            )
        )
    if not parts.hostname:
        raise ValueError(translate("Check", "no host name in {url}").format(url=url))
    try:
        port = parts.port or DEFAULT_PORTS[scheme]
    except ValueError as exc:
        raise ValueError(translate("Check", "bad port in {url}").format(url=url)) from exc
    return Endpoint(scheme, parts.hostname, port, parts.path or "/")


# ---- the OS-facing pieces ------------------------------------------------------------------


def active_interfaces() -> list[tuple[str, list[str]]]:
    """Non-loopback interfaces that are up and have an address: [(name, [addresses])]."""
    stats = psutil.net_if_stats()
    found: list[tuple[str, list[str]]] = []
    for name, addrs in psutil.net_if_addrs().items():
        st = stats.get(name)
        if st is None or not st.isup:
            continue
        ips = [
            a.address.split("%")[0] for a in addrs if a.family in (socket.AF_INET, socket.AF_INET6)
        ]
        ips = [
            ip
            for ip in ips
            if not ipaddress.ip_address(ip).is_loopback
            and not ipaddress.ip_address(ip).is_link_local
        ]
        if ips:
            found.append((name, ips))
    return found


def has_default_route() -> bool:
    """Ask the kernel whether any route leads off this machine (no packet is sent)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.connect((ROUTE_PROBE_V4, 9))
        return True
    except OSError:
        return False
    finally:
        s.close()


def resolve(host: str, port: int, timeout: float) -> list[str]:
    """getaddrinfo in a helper thread, so a hung resolver cannot outlast `timeout`."""
    box: dict[str, object] = {}
    done = threading.Event()

    def work() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            box["ips"] = list(dict.fromkeys(str(i[4][0]) for i in infos))
        except OSError as exc:
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name="dns-lookup", daemon=True).start()
    if not done.wait(timeout):
        raise NetworkFailure(
            Offline.DNS_FAILED, translate("Check", "no answer in {s:.0f} s").format(s=timeout)
        )
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["ips"]  # type: ignore[return-value]


def tcp_connect(ip: str, port: int, timeout: float) -> float:
    """Seconds to complete a TCP handshake; the socket is closed at once."""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    s = socket.socket(family, socket.SOCK_STREAM)
    s.settimeout(timeout)
    try:
        t0 = time.perf_counter()
        s.connect((ip, port))
        return time.perf_counter() - t0
    finally:
        s.close()


@dataclass
class NetworkEnv:
    interfaces: Callable[[], list[tuple[str, list[str]]]] = active_interfaces
    default_route: Callable[[], bool] = has_default_route
    resolver: Callable[[str, int, float], list[str]] = resolve
    connector: Callable[[str, int, float], float] = tcp_connect


def classify(exc: BaseException) -> Offline:
    if isinstance(exc, NetworkFailure):
        return exc.reason
    if isinstance(exc, socket.gaierror):
        return Offline.DNS_FAILED
    if isinstance(exc, ConnectionRefusedError):
        return Offline.REFUSED
    if isinstance(exc, TimeoutError | socket.timeout):
        return Offline.TIMED_OUT
    if isinstance(exc, OSError) and exc.errno in (
        errno.ENETUNREACH,
        errno.EHOSTUNREACH,
        errno.EADDRNOTAVAIL,
    ):
        return Offline.NO_ROUTE
    return Offline.TIMED_OUT


# ---- measurements -------------------------------------------------------------------------


@dataclass
class LatencyReport:
    host: str
    port: int
    addresses: list[str] = field(default_factory=list)
    interfaces: list[str] = field(default_factory=list)
    dns_ms: float | None = None
    samples_ms: list[float] = field(default_factory=list)
    attempts: int = 0
    offline: Offline | None = None
    detail: str = ""

    @property
    def losses(self) -> int:
        return self.attempts - len(self.samples_ms)

    @property
    def median_ms(self) -> float | None:
        return statistics.median(self.samples_ms) if self.samples_ms else None

    @property
    def jitter_ms(self) -> float | None:
        """Mean absolute difference between consecutive connect times (RFC 3550's idea)."""
        s = self.samples_ms
        if len(s) < 2:
            return 0.0 if s else None
        return sum(abs(b - a) for a, b in zip(s, s[1:], strict=False)) / (len(s) - 1)


def measure_latency(
    endpoint: Endpoint,
    count: int = 10,
    timeout: float = 2.0,
    env: NetworkEnv | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LatencyReport:
    """Interfaces -> DNS -> `count` TCP connects. Never raises for network trouble: the report
    carries `offline` and `detail` instead."""
    env = env or NetworkEnv()
    rep = LatencyReport(endpoint.host, endpoint.port)
    if not endpoint.is_loopback:
        rep.interfaces = [name for name, _ in env.interfaces()]
        if not rep.interfaces:
            rep.offline = Offline.NO_INTERFACE
            return rep
    t0 = time.perf_counter()
    try:
        rep.addresses = env.resolver(endpoint.host, endpoint.port, timeout)
    except (OSError, NetworkFailure) as exc:
        rep.detail = str(exc.detail if isinstance(exc, NetworkFailure) else exc)
        # A resolver that cannot be reached with no way off the machine is a routing problem.
        name_missing = isinstance(exc, socket.gaierror) and exc.errno == socket.EAI_NONAME
        if not endpoint.is_loopback and not name_missing and not env.default_route():
            rep.offline = Offline.NO_ROUTE
        else:
            rep.offline = Offline.DNS_FAILED
        return rep
    rep.dns_ms = (time.perf_counter() - t0) * 1000
    if not endpoint.is_loopback and not env.default_route():
        rep.offline = Offline.NO_ROUTE
        return rep
    ip = rep.addresses[0]
    errors: list[Offline] = []
    for _ in range(count):
        if cancelled is not None and cancelled():
            break
        rep.attempts += 1
        try:
            rep.samples_ms.append(env.connector(ip, endpoint.port, timeout) * 1000)
        except OSError as exc:
            errors.append(classify(exc))
            rep.detail = str(exc)
            if errors[-1] in (Offline.REFUSED, Offline.NO_ROUTE):
                break  # the answer will not change; do not hammer
            if not rep.samples_ms and len(errors) >= 2:
                break  # two timeouts and not one answer: unreachable, say so now, not after 10
    if not rep.samples_ms and errors:
        rep.offline = errors[-1]
    return rep


@dataclass
class UploadReport:
    endpoint: str
    bytes_sent: int = 0
    seconds: float = 0.0
    offline: Offline | None = None
    detail: str = ""

    @property
    def kbps(self) -> float | None:
        if self.offline is not None or self.seconds <= 0:
            return None
        return self.bytes_sent * 8 / 1000 / self.seconds


CHUNK = 64 * 1024


def measure_upload(
    url: str,
    nbytes: int = 4 * 1024 * 1024,
    timeout: float = 10.0,
    env: NetworkEnv | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> UploadReport:
    """Send `nbytes` to `url` and time it until the far end has it all.

    `http(s)://host/path`: an HTTP POST; done when the response arrives.
    `tcp://host:port`: a raw sink; we half-close and wait until the sink closes (it read all).
    """
    rep = UploadReport(url)
    try:
        ep = parse_endpoint(url, default_scheme="http")
    except ValueError as exc:
        rep.offline, rep.detail = Offline.DNS_FAILED, str(exc)
        return rep
    env = env or NetworkEnv()
    try:
        addrs = env.resolver(ep.host, ep.port, timeout)
    except (OSError, NetworkFailure) as exc:
        rep.offline, rep.detail = classify(exc), str(exc)
        return rep
    chunk = bytes(CHUNK)
    deadline = time.monotonic() + timeout
    try:
        t0 = time.perf_counter()
        if ep.scheme in ("http", "https"):
            conn_cls = (
                http.client.HTTPSConnection if ep.scheme == "https" else http.client.HTTPConnection
            )
            conn = conn_cls(addrs[0] if ep.scheme == "http" else ep.host, ep.port, timeout=timeout)
            try:
                conn.putrequest("POST", ep.path or "/")
                conn.putheader("Host", ep.host)
                conn.putheader("Content-Type", "application/octet-stream")
                conn.putheader("Content-Length", str(nbytes))
                conn.endheaders()
                sent = 0
                while sent < nbytes:
                    if (cancelled is not None and cancelled()) or time.monotonic() > deadline:
                        raise TimeoutError("upload did not finish in time")
                    part = chunk[: min(CHUNK, nbytes - sent)]
                    conn.send(part)
                    sent += len(part)
                resp = conn.getresponse()
                resp.read()
                if resp.status >= 400:
                    rep.offline = Offline.REFUSED
                    rep.detail = f"HTTP {resp.status} {resp.reason}"
                    return rep
            finally:
                conn.close()
        else:
            family = socket.AF_INET6 if ":" in addrs[0] else socket.AF_INET
            s = socket.socket(family, socket.SOCK_STREAM)
            s.settimeout(timeout)
            try:
                s.connect((addrs[0], ep.port))
                t0 = time.perf_counter()
                sent = 0
                while sent < nbytes:
                    if (cancelled is not None and cancelled()) or time.monotonic() > deadline:
                        raise TimeoutError("upload did not finish in time")
                    sent += s.send(chunk[: min(CHUNK, nbytes - sent)])
                s.shutdown(socket.SHUT_WR)
                while s.recv(4096):  # the sink closes once it has read everything
                    if time.monotonic() > deadline:
                        raise TimeoutError("sink did not confirm in time")
            finally:
                s.close()
        rep.seconds = time.perf_counter() - t0
        rep.bytes_sent = nbytes
    except OSError as exc:
        rep.offline, rep.detail = classify(exc), str(exc)
    return rep
