"""Outputs for OBS: text files rewritten each second, and the loopback-only overlay server."""

from __future__ import annotations

import http.client
import json
import urllib.request

import pytest

from livestudio.core.live.clock import ShowClock
from livestudio.core.live.outputs import (
    OutputTexts,
    OverlayServer,
    TextFileWriter,
    texts_for,
    view_state,
    write_atomically,
)
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


def test_view_state_carries_what_the_phone_page_shows(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    clock.next()  # the serum segment: a product with a cue
    clock.time.advance(30_000)
    clock.start_next_planned_promotion()  # the lottery first (35 min), 5 units
    clock.log_sale(2, promotion_key=clock.running_promos()[0].key)
    state = view_state(
        clock.view(),
        show_title="双11美妆专场 Beauty night",
        message="库存紧张 Stock low",
        blink=True,
        talking_points="1. 质地 texture\n2. 保湿 moisture",
    )
    assert state["segment"] == "雪花秀精华 Sulwhasoo serum"
    assert state["remaining"] == "24:30" and state["level"] == "normal"
    assert state["position"] == "2 / 10" and state["running"] is True
    assert state["product"] == "雪花秀精华 Sulwhasoo serum"
    assert state["cue"] == "Texture close-up, 3 selling points"
    assert state["points"].startswith("1. 质地")
    assert state["next_title"] == "抽奖 Lottery" and state["next_in"] == "in 24:30"
    assert state["message"] == "库存紧张 Stock low" and state["blink"] is True
    [promo] = state["promos"]
    assert promo["title"] == "Lottery 抽奖" and promo["time"] == "1:00"
    assert promo["left"] == 3 and promo["left_text"] == "3 left" and promo["low"] is True
    assert json.loads(json.dumps(state)) == state  # what the server sends is plain JSON
    # The four OBS texts stay as they were, so existing browser sources keep working.
    assert state["promo"] == "Lottery 抽奖 1:00 — 3 left"
    assert view_state(None, show_title="x")["started"] is False


class _Flaky:
    """A file replace that fails the way Windows does while OBS holds the file open."""

    def __init__(self, fail: int, exc: OSError | None = None) -> None:
        self.fail = fail
        self.exc = exc or PermissionError(13, "The process cannot access the file")
        self.calls = 0

    def __call__(self, path, text) -> None:  # type: ignore[no-untyped-def]
        self.calls += 1
        if self.fail > 0:
            self.fail -= 1
            raise self.exc
        write_atomically(path, text)


TEXTS = OutputTexts("秒杀 Flash sale", "2:59", "", "Next: Q&A")


def test_a_briefly_locked_file_is_retried_at_once_without_a_report(tmp_path) -> None:
    reports: list[str] = []
    slept: list[float] = []
    flaky = _Flaky(fail=2)
    writer = TextFileWriter(tmp_path, on_problem=reports.append, sleep=slept.append, replace=flaky)
    assert writer.write(TEXTS) == ["segment", "remaining", "promo", "next"]
    assert (tmp_path / "segment.txt").read_text(encoding="utf-8") == "秒杀 Flash sale"
    assert reports == [] and writer.problem is None and len(slept) == 2


def test_a_failing_folder_is_reported_once_and_never_switched_off(tmp_path) -> None:
    reports: list[str] = []
    recovered: list[str] = []
    flaky = _Flaky(fail=10**6, exc=OSError(28, "No space left on device"))
    writer = TextFileWriter(
        tmp_path, on_problem=reports.append, on_recovered=recovered.append, replace=flaky
    )
    for sec in range(60):  # a minute of the show with a full disk
        writer.write(OutputTexts("Warm-up", f"9:{59 - sec:02d}", "", ""))
    assert len(reports) == 1 and "No space left on device" in reports[0]
    assert "keeps trying" in reports[0] and writer.problem == reports[0]
    calls = flaky.calls
    assert calls >= 60  # it kept trying every second, one attempt per file during the outage
    flaky.fail = 0  # space freed
    writer.write(OutputTexts("Warm-up", "8:59", "", ""))
    # Everything is written, the segment too although its text did not change meanwhile.
    assert (tmp_path / "segment.txt").read_text(encoding="utf-8") == "Warm-up"
    assert (tmp_path / "remaining.txt").read_text(encoding="utf-8") == "8:59"
    assert len(recovered) == 1 and writer.problem is None
    flaky.fail = 1
    writer.write(OutputTexts("Warm-up", "8:58", "", ""))
    assert len(reports) == 2  # a new outage is a new report


def test_without_a_reporter_the_first_failure_is_raised_once(tmp_path) -> None:
    blocker = tmp_path / "obs"
    blocker.write_text("not a folder", encoding="utf-8")  # mkdir fails: a file is in the way
    writer = TextFileWriter(blocker)
    with pytest.raises(OSError):
        writer.write(TEXTS)
    for _ in range(5):
        assert writer.write(TEXTS) == []  # still trying, no more raising
    blocker.unlink()
    assert writer.write(TEXTS) == ["segment", "remaining", "promo", "next"]
    assert writer.problem is None


def test_overlay_views_are_served_for_each_element() -> None:
    server = OverlayServer(0)
    server.start()
    try:
        for view in ("clock", "segment", "next", "promo"):
            url = f"{server.url}overlay?view={view}&style=plain&size=48&color=%23ffcc00"
            page = urllib.request.urlopen(url, timeout=5).read().decode("utf-8")
            assert "EventSource" in page and 'view") : "all"' in page
    finally:
        server.stop()


def test_one_overlay_server_also_carries_the_studio_network() -> None:
    server = OverlayServer(0)
    try:
        server.start()
        studio = server.start_studio("127.0.0.1", 0)
        token = server.tokens.issue()
        server.publish({"remaining": "4:00"})
        server.stop_overlay()  # OBS overlay switched off: the phones keep their page
        with pytest.raises(OSError):
            urllib.request.urlopen(server.url + "state.json", timeout=5)
        url = f"http://127.0.0.1:{studio}/h/{token}/state.json"
        assert json.loads(urllib.request.urlopen(url, timeout=5).read())["remaining"] == "4:00"
        port = server.start(0)  # and on again
        assert server.url == f"http://127.0.0.1:{port}/"
        assert json.loads(urllib.request.urlopen(server.url + "state.json", timeout=5).read())
    finally:
        server.stop()
