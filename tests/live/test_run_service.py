"""LiveRunService (plain dataclasses over the store) and the presenter every clock window uses."""

from __future__ import annotations

from datetime import UTC, datetime

from livestudio.core.live.engine import Event, Replay, SegmentPlan
from livestudio.core.live.present import countdown_text, describe_event, log_lines, whats_next
from livestudio.core.live.service import LiveRunService
from livestudio.core.live.timesource import FakeTimeSource
from tests.live.factory import MIN, make_show

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_service_lists_starts_resumes_and_summarises(store) -> None:
    show_id = make_show(store)
    service = LiveRunService(store)
    assert [s.title for s in service.shows()] == ["双11美妆专场 Beauty night"]
    assert len(service.plan(show_id)) == 10
    assert [p.name for p in service.lineup(show_id)] == [
        "雪花秀精华 Sulwhasoo serum",
        "Lip tint 唇釉",
    ]
    assert service.runs(show_id) == [] and service.summary(show_id) is None
    ts = FakeTimeSource()
    clock = service.start(show_id, ts)
    clock.log_sale(2)
    clock.close()
    runs = service.runs(show_id)
    assert [(r.run_id, r.status, r.events) for r in runs] == [(clock.run_id, "live", 2)]
    again = service.resume(clock.run_id, ts)
    assert [e.kind for e in again.events] == ["start", "sale"]
    again.end()
    again.close()
    summary = service.summary(show_id)
    assert summary is not None and sum(s.units for s in summary.sales) == 2


def _replay(n: int = 3) -> Replay:
    plans = [
        SegmentPlan(i, i, f"Seg {i + 1}", "custom", MIN, script=f"cue {i + 1}") for i in range(n)
    ]
    return Replay.build(plans, [Event(1, "start", 0, NOW, {"mode": "manual"})])


def test_whats_next_reads_the_same_everywhere() -> None:
    r = _replay()
    assert whats_next(None).text == ""
    idle = Replay([s.plan for s in r.segments]).view(0, None)
    assert whats_next(idle).state == "not_started" and countdown_text(idle) == "1:00"
    v = r.view(15_000, NOW)
    nxt = whats_next(v)
    assert (nxt.state, nxt.title, nxt.due_in_ms) == ("upcoming", "Seg 2", 45_000)
    assert nxt.text == "Next in 0:45: Seg 2 — cue 2" and nxt.short == "Next in 0:45: Seg 2"
    assert whats_next(r.view(61_000, NOW)).state == "due"
    assert countdown_text(r.view(61_000, NOW)) == "+0:01"
    last = r.apply(Event(2, "jump", 1000, NOW, {"index": 2}))
    assert whats_next(last.view(2000, NOW)).state == "last"


def test_log_lines_are_sentences_and_undo_names_what_it_took_back() -> None:
    events = [
        Event(1, "start", 0, NOW, {}),
        Event(2, "sale", 1000, NOW, {"units": 2, "lineup_item_id": 7}),
        Event(3, "promo_start", 2000, NOW, {"key": "adhoc-1", "title": "秒杀"}),
        Event(4, "promo_stop", 3000, NOW, {"key": "adhoc-1"}),
        Event(5, "cue", 4000, NOW, {"kind": "zero"}),
        Event(6, "add_time", 5000, NOW, {"ms": -60_000}),
        Event(7, "undo", 6000, NOW, {"kind": "add_time"}, target_event_id=6),
    ]
    lines = log_lines(events, {6}, {7: "Serum"})
    assert [line.text for line in lines] == [
        "0:06  Undone: Took 1:00 off the segment",
        "0:05  Took 1:00 off the segment",
        "0:03  Promotion stopped: 秒杀",
        "0:02  Promotion started: 秒杀",
        "0:01  Sale: 2 × Serum",
        "0:00  Show started",
    ]
    assert [line.undone for line in lines] == [False, True, False, False, False, False]
    assert describe_event(Event(8, "something_new", 0, NOW, {}), {}) == "Log entry"
