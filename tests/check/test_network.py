"""Network probes against real sockets on 127.0.0.1, and the offline reasons with an injected OS."""

from __future__ import annotations

import errno
import socket
import time

from livestudio.core.checks import network as net
from livestudio.core.checks.presets import get_preset
from livestudio.core.checks.probes import ProbeConfig, probe_network, probe_upload
from livestudio.core.checks.results import Status

from .servers import black_hole, closed_port, http_sink, listening_server, tcp_sink

ONLINE = net.NetworkEnv(interfaces=lambda: [("eth0", ["192.0.2.10"])], default_route=lambda: True)


def test_listening_server_gives_latency_jitter_and_no_losses() -> None:
    with listening_server() as port:
        rep = net.measure_latency(
            net.parse_endpoint(f"rtmp://127.0.0.1:{port}/live"), count=10, timeout=2
        )
    assert rep.offline is None
    assert rep.attempts == 10 and rep.losses == 0 and len(rep.samples_ms) == 10
    assert rep.median_ms is not None and 0 < rep.median_ms < 100
    assert rep.jitter_ms is not None and 0 <= rep.jitter_ms < 100


def test_network_probe_passes_against_a_listening_ingest() -> None:
    with listening_server() as port:
        cfg = ProbeConfig(ingest_url=f"rtmp://127.0.0.1:{port}/app")
        r = probe_network(cfg)
    assert r.status == Status.PASS, r
    assert r.values["losses"] == 0 and r.values["attempts"] == 10
    assert f"127.0.0.1:{port}" in r.value_text and "median" in r.value_text
    assert "150 ms" in r.threshold


def test_closed_port_is_connection_refused() -> None:
    port = closed_port()
    r = probe_network(ProbeConfig(ingest_url=f"rtmp://127.0.0.1:{port}/app"))
    assert r.status == Status.FAIL
    assert r.values["offline"] == "refused"
    assert "connection refused" in r.value_text


def test_black_holed_connect_times_out_within_the_timeout() -> None:
    with black_hole() as port:
        t0 = time.monotonic()
        rep = net.measure_latency(net.parse_endpoint(f"127.0.0.1:{port}"), count=10, timeout=0.25)
        took = time.monotonic() - t0
    assert rep.offline == net.Offline.TIMED_OUT
    assert (
        rep.samples_ms == [] and rep.losses == rep.attempts == 2
    )  # gives up after two silent tries
    assert 0.4 < took < 2 * 0.25 + 1.0


def test_one_lost_connect_among_answers_is_a_warning() -> None:
    calls = iter([0.010, OSError(110, "timed out"), *[0.012] * 8])

    def flaky(ip: str, port: int, timeout: float) -> float:
        v = next(calls)
        if isinstance(v, Exception):
            raise TimeoutError("timed out")
        return v

    env = net.NetworkEnv(
        interfaces=lambda: [("eth0", ["10.0.0.5"])],
        default_route=lambda: True,
        resolver=lambda h, p, t: ["198.51.100.7"],
        connector=flaky,
    )
    r = probe_network(ProbeConfig(ingest_url="rtmp://live.example.com/app", net_env=env))
    assert r.status == Status.WARN
    assert r.values["losses"] == 1 and r.values["attempts"] == 10


def test_unresolvable_host_is_dns_failed() -> None:
    rep = net.measure_latency(
        net.parse_endpoint("rtmp://ingest.x.invalid/live"), count=2, timeout=3, env=ONLINE
    )
    assert rep.offline == net.Offline.DNS_FAILED
    assert rep.attempts == 0


def test_default_ingest_port_is_rtmp_1935() -> None:
    assert net.parse_endpoint("rtmp://live.example.com/app").port == 1935
    assert net.parse_endpoint("rtmps://live.example.com/app").port == 443
    assert net.parse_endpoint("srt://live.example.com:7001").port == 7001


def _gai_again(host: str, port: int, timeout: float) -> list[str]:
    raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")


def test_offline_reasons_are_distinct() -> None:
    ep = net.parse_endpoint("rtmp://live.example.com/app")
    no_iface = net.NetworkEnv(interfaces=list, default_route=lambda: False)
    assert net.measure_latency(ep, env=no_iface).offline == net.Offline.NO_INTERFACE
    cable_pulled = net.NetworkEnv(
        interfaces=lambda: [("wlan0", ["10.0.0.5"])],
        default_route=lambda: False,
        resolver=_gai_again,
    )
    assert net.measure_latency(ep, env=cable_pulled).offline == net.Offline.NO_ROUTE
    dns_down = net.NetworkEnv(
        interfaces=lambda: [("eth0", ["10.0.0.5"])], default_route=lambda: True, resolver=_gai_again
    )
    assert net.measure_latency(ep, env=dns_down).offline == net.Offline.DNS_FAILED

    def unreachable(ip: str, port: int, timeout: float) -> float:
        raise OSError(errno.ENETUNREACH, "Network is unreachable")

    routed_nowhere = net.NetworkEnv(
        interfaces=lambda: [("eth0", ["10.0.0.5"])],
        default_route=lambda: True,
        resolver=lambda h, p, t: ["198.51.100.7"],
        connector=unreachable,
    )
    rep = net.measure_latency(ep, env=routed_nowhere)
    assert rep.offline == net.Offline.NO_ROUTE
    labels = {r.label() for r in net.Offline}
    assert len(labels) == 5 and "offline: no route" in labels


def test_cable_pulled_probe_says_offline_no_route_quickly() -> None:
    env = net.NetworkEnv(
        interfaces=lambda: [("eth0", ["10.0.0.5"])],
        default_route=lambda: False,
        resolver=_gai_again,
    )
    r = probe_network(ProbeConfig(ingest_url="rtmp://live.douyin.example/stream", net_env=env))
    assert r.status == Status.FAIL and r.value_text.startswith("offline: no route")


def test_hung_resolver_is_cut_off_at_the_timeout(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    release = threading.Event()
    real = socket.getaddrinfo

    def hanging_getaddrinfo(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(5)
        return real("127.0.0.1", 1)

    monkeypatch.setattr(socket, "getaddrinfo", hanging_getaddrinfo)
    t0 = time.monotonic()
    rep = net.measure_latency(
        net.parse_endpoint("rtmp://slow.example/app"),
        timeout=0.2,
        env=net.NetworkEnv(interfaces=lambda: [("eth0", ["10.0.0.5"])], default_route=lambda: True),
    )
    took = time.monotonic() - t0
    release.set()
    assert rep.offline == net.Offline.DNS_FAILED and took < 1.0


def test_upload_throughput_through_a_raw_tcp_sink() -> None:
    with tcp_sink() as (port, received):
        rep = net.measure_upload(f"tcp://127.0.0.1:{port}", nbytes=8 * 1024 * 1024, timeout=10)
    assert rep.offline is None, rep.detail
    assert received == [8 * 1024 * 1024]
    assert rep.kbps is not None and rep.kbps > 50_000  # loopback carries far more than any stream


def test_upload_throughput_through_http_post() -> None:
    with http_sink() as (port, received):
        rep = net.measure_upload(
            f"http://127.0.0.1:{port}/upload", nbytes=4 * 1024 * 1024, timeout=10
        )
    assert rep.offline is None, rep.detail
    assert received == [4 * 1024 * 1024]
    assert rep.kbps is not None and rep.kbps > 50_000


def test_upload_probe_judges_against_the_preset_with_headroom() -> None:
    with tcp_sink() as (port, _):
        r = probe_upload(
            ProbeConfig(
                preset=get_preset("1080p60"),
                upload_endpoint=f"tcp://127.0.0.1:{port}",
                upload_bytes=2 * 1024 * 1024,
            )
        )
    assert r.status == Status.PASS
    assert r.values["required_kbps"] == (6000 + 160) * 1.5
    assert r.values["kbps"] > r.values["required_kbps"]
    refused = probe_upload(ProbeConfig(upload_endpoint=f"tcp://127.0.0.1:{closed_port()}"))
    assert refused.status == Status.FAIL and refused.values["offline"] == "refused"
    assert probe_upload(ProbeConfig()).status == Status.SKIPPED
