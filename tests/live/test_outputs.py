"""Outputs for OBS: text files rewritten each second, and the loopback-only overlay server."""

from __future__ import annotations

import http.client
import json
import urllib.request

import pytest

from livestudio.core.live.clock import ShowClock
from livestudio.core.live.outputs import OverlayServer, TextFileWriter, texts_for
from livestudio.core.live.timesource import FakeTimeSource
from tests.live.factory import MIN, make_show


def test_text_files_change_each_second(store, tmp_path) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    writer = TextFileWriter(tmp_path / "obs")
    writer.write(texts_for(clock.view()))
    folder = tmp_path / "obs"
    assert (folder / "segment.txt").read_text(encoding="utf-8") == "开场暖场 Warm-up"
    assert (folder / "remaining.txt").read_text(encoding="utf-8") == "10:00"
    assert (folder / "next.txt").read_text(encoding="utf-8") == "Next: 雪花秀精华 Sulwhasoo serum"
    seen = set()
    for _ in range(5):
        clock.time.advance(1000)
        assert "remaining" in writer.write(texts_for(clock.view()))
        seen.add((folder / "remaining.txt").read_text(encoding="utf-8"))
    assert seen == {"9:59", "9:58", "9:57", "9:56", "9:55"}
    clock.start_next_planned_promotion()
    writer.write(texts_for(clock.view()))
    assert "Lottery" in (folder / "promo.txt").read_text(encoding="utf-8")
    clock.time.advance(11 * MIN)
    writer.write(texts_for(clock.view()))
    assert (folder / "remaining.txt").read_text(encoding="utf-8") == "+1:05"  # overtime counts up
    assert not [p for p in folder.iterdir() if p.suffix == ".tmp"]  # no temporary files left


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "localhost", "::", ""])
def test_overlay_refuses_any_address_but_loopback(host) -> None:
    with pytest.raises(ValueError, match="127.0.0.1"):
        OverlayServer(8765, host=host)


def test_overlay_answers_on_loopback_with_page_state_and_events() -> None:
    server = OverlayServer(0)
    port = server.start()
    try:
        assert server.url.startswith("http://127.0.0.1:")
        page = urllib.request.urlopen(server.url, timeout=5).read().decode("utf-8")
        assert "EventSource" in page and "transparent" in page
        server.publish({"segment": "秒杀 Flash sale", "remaining": "2:59", "level": "warning"})
        state = json.loads(urllib.request.urlopen(server.url + "state.json", timeout=5).read())
        assert state["remaining"] == "2:59"
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/events")
        resp = conn.getresponse()
        assert resp.getheader("Content-Type") == "text/event-stream"
        first = resp.fp.readline().decode("utf-8")
        assert first.startswith("data: ") and "2:59" in first
        resp.fp.readline()
        server.publish({"segment": "秒杀 Flash sale", "remaining": "2:58", "level": "warning"})
        assert "2:58" in resp.fp.readline().decode("utf-8")
        conn.close()
    finally:
        server.stop()
