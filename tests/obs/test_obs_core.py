"""OBS logic without OBS: the handshake messages and the health/incident rules over a scripted
stream (a 42-second reconnect, a burst of dropped frames, OBS going away)."""

from __future__ import annotations

import base64
import hashlib

import pytest

from livestudio.core.obs import protocol as p
from livestudio.core.obs.health import HealthMonitor, IncidentKind, StreamSample
from livestudio.core.obs.link import incident_text


def test_identify_answers_the_challenge_and_refuses_without_a_password() -> None:
    hello = {"rpcVersion": 1, "authentication": {"salt": "s4lt", "challenge": "ch4ll"}}
    msg = p.identify(hello, "pw")
    secret = base64.b64encode(hashlib.sha256(b"pws4lt").digest())
    expected = base64.b64encode(hashlib.sha256(secret + b"ch4ll").digest()).decode()
    assert msg["op"] == p.OP_IDENTIFY and msg["d"]["authentication"] == expected
    assert msg["d"]["eventSubscriptions"] & p.SUB_OUTPUTS
    with pytest.raises(p.NeedPassword):
        p.identify(hello, None)
    assert "authentication" not in p.identify({"rpcVersion": 1}, None)["d"]


def test_the_stream_key_never_leaves_the_reply() -> None:
    reply = p.reply_from(
        {
            "requestType": "GetStreamServiceSettings",
            "requestStatus": {"result": True, "code": 100},
            "responseData": {
                "streamServiceType": "rtmp_custom",
                "streamServiceSettings": {"server": "rtmp://x/live", "key": "live_123_SECRET"},
            },
        }
    )
    assert reply.data["keySet"] is True
    assert "SECRET" not in repr(reply)


def _live(at_s: float, sent_kb: int, frames: int, skipped: int = 0, **kw: object) -> StreamSample:
    return StreamSample(
        int(at_s * 1000),
        True,
        True,
        output_bytes=sent_kb * 1000,
        total_frames=frames,
        skipped_frames=skipped,
        **kw,  # type: ignore[arg-type]
    )


def test_bitrate_from_bytes_and_a_reconnect_with_its_duration() -> None:
    mon = HealthMonitor()
    mon.expect_live = True
    assert mon.feed(_live(0, 0, 0)) == []
    mon.feed(_live(1, 375, 30))  # 375 kB in 1 s = 3000 kbit/s
    assert mon.health.bitrate_kbps == pytest.approx(3000)
    started = mon.feed(_live(2, 375, 60, reconnecting=True))
    assert [i.kind for i in started] == [IncidentKind.RECONNECTING]
    assert mon.health.trouble
    assert mon.feed(_live(20, 375, 60, reconnecting=True)) == []  # still the same incident
    ended = mon.feed(_live(44, 800, 90))
    assert [i.kind for i in ended] == [IncidentKind.RECOVERED]
    assert ended[0].duration_ms == 42_000
    assert "0:42" in incident_text(ended[0])


def test_dropped_frames_above_the_threshold_for_five_seconds() -> None:
    mon = HealthMonitor(drop_threshold_pct=5, drop_sustain_ms=5000, drop_window_ms=10_000)
    frames = skipped = 0
    seen = []
    for second in range(0, 30):
        frames += 30
        skipped += 6 if 5 <= second < 17 else 0  # 20 % dropped for 12 s
        seen += mon.feed(_live(second, second * 300, frames, skipped))
    kinds = [(i.kind, i.at_ms) for i in seen]
    assert kinds[0][0] is IncidentKind.DROPPING_FRAMES
    assert kinds[-1][0] is IncidentKind.FRAMES_OK
    assert len(kinds) == 2
    assert seen[-1].duration_ms >= 10_000


def test_short_dropped_burst_is_not_an_incident() -> None:
    mon = HealthMonitor(drop_threshold_pct=5, drop_sustain_ms=5000, drop_window_ms=3000)
    frames = skipped = 0
    out = []
    for second in range(20):
        frames += 30
        skipped += 10 if second == 5 else 0
        out += mon.feed(_live(second, second * 300, frames, skipped))
    assert out == []


def test_obs_going_away_and_the_stream_stopping_unasked() -> None:
    mon = HealthMonitor()
    mon.expect_live = True
    mon.feed(_live(0, 0, 0))
    gone = mon.disconnected(5000)
    assert [i.kind for i in gone] == [IncidentKind.OBS_DISCONNECTED]
    assert not mon.health.connected
    back = mon.feed(_live(12, 10, 10))
    assert [i.kind for i in back] == [IncidentKind.OBS_RECONNECTED]
    assert back[0].duration_ms == 7000
    stopped = mon.feed(StreamSample(13_000, True, False))
    assert [i.kind for i in stopped] == [IncidentKind.STREAM_DROPPED]
    mon.expect_live = False  # End show stops it: no incident
    mon.feed(_live(14, 20, 20))
    assert mon.feed(StreamSample(15_000, True, False)) == []
