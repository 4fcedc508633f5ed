"""The show clock on a fake time source: a whole three-hour show runs in milliseconds."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from livestudio.core.live.clock import LiveError, ShowClock, end_stale_run, open_runs
from livestudio.core.live.engine import format_clock, format_over
from livestudio.core.live.summary import record_run, run_summary
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LiveEvent, LiveRun, Show
from tests.live.factory import MIN, make_show

SEC = 1000


def _rows(store, run_id):
    with store.session() as s:
        return [
            (r.id, r.kind, r.offset_ms, r.wall_utc, r.payload_json, r.target_event_id)
            for r in s.scalars(
                select(LiveEvent).where(LiveEvent.run_id == run_id).order_by(LiveEvent.id)
            )
        ]


def test_full_three_hour_show_on_a_fake_clock(store) -> None:
    show_id = make_show(store)
    ts = FakeTimeSource()
    clock = ShowClock.start_new(store, show_id, ts)
    with store.session() as s:
        assert s.get(Show, show_id).status == "live"
    v = clock.view()
    assert v.planned_total_ms == 180 * MIN
    assert v.index == 0 and v.seg_remaining_ms == 10 * MIN and v.level == "normal"
    fired = []
    # every segment runs 30 s over its plan, checked every 50 ms around the crossing
    for i, row in enumerate(v.rows):
        ts.advance(row.planned_ms - 2 * MIN - 1)
        clock.tick()
        assert clock.view().level == "normal"
        ts.advance(2)
        assert clock.view().level == "warning"
        ts.advance(MIN)
        assert clock.view().level == "danger"
        for _ in range(2 * 60 * 20):  # 2 minutes in 50 ms steps
            ts.advance(50)
            fired += clock.tick()
        assert clock.view().level == "overtime"
        assert clock.view().seg_remaining_ms == pytest.approx(-MIN, abs=100)
        if i < len(v.rows) - 1:
            clock.next()
    # one chime per segment, each logged within 50 ms of its moment
    assert [c.kind for c in fired] == ["zero"] * 10
    end_view = clock.view()
    assert end_view.over_ms == pytest.approx(10 * MIN, abs=1000)
    assert format_over(end_view.over_ms) == "+10:00 behind"
    clock.end()
    with store.session() as s:
        assert s.get(Show, show_id).status == "ended"
        assert s.get(LiveRun, clock.run_id).status == "ended"
        summary = run_summary(s, show_id)
    assert summary is not None
    assert summary.total_ms == pytest.approx(190 * MIN, abs=1000)
    for seg in summary.segments:
        assert seg.end_ms - seg.start_ms == pytest.approx(seg.planned_ms + MIN, abs=1000)


def test_pause_stops_the_segment_and_resume_continues(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    ts = clock.time
    ts.advance(3 * MIN)
    clock.pause()
    ts.advance(10 * MIN)  # paused: nothing moves
    assert clock.view().seg_remaining_ms == 7 * MIN
    assert clock.view().now_ms == 3 * MIN
    clock.resume()
    ts.advance(MIN)
    assert clock.view().seg_remaining_ms == 6 * MIN
    assert clock.toggle().kind == "pause"
    assert not clock.running


def test_add_and_remove_time(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    clock.time.advance(MIN)
    clock.add_time(MIN)
    clock.add_time(MIN)
    clock.add_time(-MIN)
    v = clock.view()
    assert v.seg_remaining_ms == 10 * MIN
    assert v.over_ms == MIN  # the show now ends a minute late
    assert format_over(v.over_ms) == "+1:00 behind"


def test_auto_advance_at_zero_even_across_several_segments(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource(), mode="auto")
    clock.time.advance(10 * MIN + 25 * MIN + 30 * SEC)  # through the opening and the serum
    clock.tick()
    v = clock.view()
    assert v.index == 2 and v.seg_remaining_ms == 5 * MIN - 30 * SEC
    nexts = [e for e in clock.events if e.kind == "next"]
    assert [e.offset_ms for e in nexts] == [10 * MIN, 35 * MIN]  # logged at the exact moment
    assert v.over_ms == 0
    clock.set_mode("manual")
    clock.time.advance(6 * MIN)
    clock.tick()
    assert clock.view().index == 2 and clock.view().level == "overtime"


def test_tighten_remaining_preview_then_apply(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    clock.time.advance(22 * MIN)  # opening 12 minutes over
    clock.next()
    before = clock.view().over_ms
    assert before == 12 * MIN
    preview = clock.tighten_preview("scale")
    assert preview.over_before_ms == before and abs(preview.over_after_ms) < 10 * SEC
    assert clock.view().over_ms == before  # a preview changes nothing
    clock.apply_tighten(preview)
    assert abs(clock.view().over_ms) < 10 * SEC
    assert clock.view().rows[9].planned_ms < 10 * MIN  # later segments got shorter
    trim = clock.tighten_preview("trim")
    assert trim.changes == [] or abs(trim.over_after_ms) < 10 * SEC
    # replayable: a fresh clock from the log agrees
    again = ShowClock(store, clock.run_id, clock.time)
    assert again.view().over_ms == clock.view().over_ms


def test_trim_cuts_from_the_end(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    clock.time.advance(15 * MIN)
    clock.next()
    preview = clock.tighten_preview("trim")
    assert [c[0] for c in preview.changes] == [9]  # only the closing, which can give 5 minutes
    assert preview.changes[0][3] == 5 * MIN
    assert preview.over_after_ms == 0


def test_chime_once_per_crossing_across_pause_resume_and_restart(store) -> None:
    show_id = make_show(store)
    ts = FakeTimeSource()
    clock = ShowClock.start_new(store, show_id, ts)
    ts.advance(10 * MIN - 10)
    assert clock.tick() == []
    ts.advance(60)
    fired = clock.tick()
    assert len(fired) == 1 and fired[0].at_ms == 10 * MIN
    cue = [e for e in clock.events if e.kind == "cue"]
    assert cue[0].offset_ms == 10 * MIN
    ts.advance(5 * SEC)
    clock.pause()
    ts.advance(MIN)
    clock.resume()
    ts.advance(MIN)
    assert clock.tick() == []
    # restart: a new process on the same log
    ts2 = ts.restarted()
    ts2.elapse(30 * SEC)
    again = ShowClock(store, clock.run_id, ts2)
    assert again.tick() == []
    # adding time makes a new crossing, which chimes once more
    again.add_time(MIN)  # still overtime (1:35 over): no new crossing, no chime
    assert again.tick() == []
    again.add_time(MIN)  # now 0:25 left: crossing again later
    ts2.advance(2 * MIN)
    assert [c.kind for c in again.tick()] == ["zero"]
    assert again.tick() == []


def test_undo_is_an_event_and_the_log_is_never_rewritten(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    clock.time.advance(MIN)
    clock.log_sale(2)
    clock.log_viewers(1234)
    clock.next()
    before = _rows(store, clock.run_id)
    undo = clock.undo()  # takes back the "next"
    assert undo.target_event_id == before[-1][0]
    assert clock.view().index == 0
    clock.undo()  # takes back the viewer count
    with store.session() as s:
        summary = run_summary(s, clock.show_id)
    assert summary.viewers == [] and [x.units for x in summary.sales] == [2]
    after = _rows(store, clock.run_id)
    assert after[: len(before)] == before  # ids and rows unchanged
    assert [r[1] for r in after[len(before) :]] == ["undo", "undo"]
    with pytest.raises(LiveError):
        fresh = ShowClock.start_new(store, make_show(store, title="empty"), FakeTimeSource())
        fresh.undo()


def test_crash_recovery_rebuilds_from_the_log_counting_downtime(store) -> None:
    show_id = make_show(store)
    ts = FakeTimeSource()
    clock = ShowClock.start_new(store, show_id, ts)
    ts.advance(12 * MIN)
    clock.next()
    clock.promo_start("Ad-hoc ¥9.9", 5 * MIN, quantity_limit=20)  # for the current product
    clock.log_sale(3)
    ts.advance(MIN)
    events = _rows(store, clock.run_id)
    # the process dies; 2 minutes pass on the wall clock; a new process starts
    ts2 = ts.restarted()
    ts2.elapse(2 * MIN)
    runs = open_runs(store, ts2)
    assert [(r.run_id, r.running_ms, r.stale) for r in runs] == [(clock.run_id, 15 * MIN, False)]
    rebuilt = ShowClock(store, clock.run_id, ts2)
    v = rebuilt.view()
    assert v.now_ms == 15 * MIN
    assert v.index == 1 and v.seg_remaining_ms == 25 * MIN - 3 * MIN
    assert v.promos[0].remaining_ms == 2 * MIN and v.promos[0].units_left == 17
    assert _rows(store, clock.run_id) == events
    ts2.advance(SEC)
    assert rebuilt.view().now_ms == 15 * MIN + SEC


def test_paused_run_recovers_without_counting_downtime(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    clock.time.advance(MIN)
    clock.pause()
    ts2 = clock.time.restarted()
    ts2.elapse(30 * MIN)
    assert ShowClock(store, clock.run_id, ts2).view().now_ms == MIN


def test_run_untouched_for_12_hours_is_offered_for_ending(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    clock.time.advance(MIN)
    clock.log_text("note", "mic check")
    ts2 = clock.time.restarted()
    ts2.elapse(13 * 60 * MIN)
    (run,) = open_runs(store, ts2)
    assert run.stale
    end_stale_run(store, run.run_id, ts2)
    assert open_runs(store, ts2) == []
    with store.session() as s:
        assert run_summary(s, clock.show_id).total_ms == MIN


def test_promotions_run_side_by_side_with_units_left_and_an_end_cue(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    first = clock.start_next_planned_promotion()  # the lottery is due first (35 min)
    assert first.payload["title"] == "Lottery 抽奖"
    clock.start_next_planned_promotion()
    clock.promo_start("Ad-hoc coupon", 5 * SEC)  # clamped up to 10 s
    promos = clock.view().promos
    assert len(promos) == 3
    tint = next(p for p in clock.running_promos() if p.lineup_item_id is not None)
    clock.log_sale(4, lineup_item_id=tint.lineup_item_id)  # counts against the flash sale
    assert next(p for p in clock.view().promos if p.key == tint.key).units_left == 46
    clock.time.advance(10 * SEC)
    fired = clock.tick()
    assert [c.kind for c in fired] == ["promo_end"]
    assert len(clock.view().promos) == 2
    clock.time.advance(MIN)
    assert [c.kind for c in clock.tick()] == ["promo_end"]
    with pytest.raises(LiveError):
        clock.start_next_planned_promotion()


def test_record_run_and_summary_for_review(store) -> None:
    from datetime import UTC, datetime

    show_id = make_show(store)
    started = datetime(2026, 11, 11, 12, 0, tzinfo=UTC)
    with store.transaction() as s:
        run = record_run(
            s,
            show_id,
            [
                ("next", 11 * MIN, {}),
                ("sale", 12 * MIN, {"units": 3, "lineup_item_id": None}),
                ("viewers", 13 * MIN, {"count": 800}),
                ("comment", 14 * MIN, {"text": "有没有小样?"}),
                ("sale", 15 * MIN, {"units": 9}),
                ("undo", 16 * MIN, {"target_index": 4}),
                ("end", 20 * MIN, {}),
            ],
            started,
        )
        assert run.status == "ended"
    with store.session() as s:
        summary = run_summary(s, show_id)
    assert summary.total_ms == 20 * MIN
    assert [x.units for x in summary.sales] == [3]
    assert summary.viewers == [(13 * MIN, 800)]
    assert summary.entries[0].text == "有没有小样?"
    assert summary.segments[0].start_ms == 0 and summary.segments[0].end_ms == 11 * MIN
    assert summary.segments[1].end_ms == 20 * MIN
    assert summary.segments[2].start_ms is None
    assert summary.started_utc == started


def test_formatting() -> None:
    assert format_clock(65_000) == "1:05"
    assert format_clock(200) == "0:01"
    assert format_clock(3_733_000) == "1:02:13"
    assert format_over(-45_000) == "-0:45 ahead"
    assert format_over(130_000) == "+2:10 behind"


def test_thousands_of_events_add_no_drift(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    total = 0.0
    for i in range(3000):
        clock.time.advance(33.37)  # sub-millisecond remainders every time
        total += 33.37
        clock.log_viewers(i)
    assert abs(clock.now_ms() - total) <= 1  # before the fix, each event lost up to 1 ms
    assert abs(clock.events[-1].offset_ms - total) <= 1


def test_a_wall_clock_change_while_down_is_not_counted_within_one_boot(store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource(), mode="auto")
    ts = clock.time
    ts.advance(8 * MIN + 30 * SEC)
    clock.log_sale(1)
    ts2 = ts.restarted()
    ts2.elapse(5 * SEC)  # 5 s of real downtime ...
    ts2.jump_wall(60 * MIN)  # ... and the clock was put forward an hour meanwhile
    (run,) = open_runs(store, ts2)
    assert run.gap_ms == 5 * SEC and not run.gap_assumed
    again = ShowClock(store, clock.run_id, ts2)
    assert again.view().now_ms == 8 * MIN + 35 * SEC  # not 68.5 min
    assert again.tick() == [] and again.view().index == 0  # no phantom auto-advances
    again.close()


def test_after_a_reboot_the_wall_clock_gap_is_assumed_and_can_be_corrected(store) -> None:
    from livestudio.core.live.clock import resume_run

    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource(), mode="auto")
    ts = clock.time
    ts.advance(8 * MIN + 30 * SEC)
    clock.log_sale(1)
    clock.close()
    ts2 = ts.rebooted()
    ts2.jump_wall(60 * MIN)  # the machine came back an hour "later" by its (wrong) clock
    (run,) = open_runs(store, ts2)
    assert run.gap_assumed and run.gap_ms == 60 * MIN and run.running
    assert run.running_ms == 68 * MIN + 30 * SEC  # what the resume question shows
    resume_run(store, run.run_id, 2 * MIN, ts2)  # the host says: it was down 2 minutes
    again = ShowClock(store, clock.run_id, ts2)
    assert again.view().now_ms == 10 * MIN + 30 * SEC
    # the gap ran past the end of the first segment: no cue or advance for that unseen time,
    # the show resumes in the segment it was in (in overtime)
    assert again.tick() == []
    assert again.view().index == 0 and again.view().seg_remaining_ms == -30 * SEC
    kinds = [e.kind for e in again.events]
    assert kinds == ["start", "sale", "restart"]
    ts2.advance(MIN)  # the host moves on by hand; auto-advance works again from there
    again.next()
    ts2.advance(25 * MIN)
    again.tick()
    assert again.view().index == 2
    again.close()


@pytest.mark.parametrize("hours", [13, 48])
def test_a_long_pause_can_still_be_resumed_with_the_gap_shown(store, hours) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    ts = clock.time
    ts.advance(30 * MIN)
    clock.pause()
    clock.close()
    ts2 = ts.restarted()
    ts2.elapse(hours * 60 * MIN)
    (run,) = open_runs(store, ts2)
    assert run.stale and not run.running and run.gap_ms == hours * 60 * MIN
    assert run.running_ms == 30 * MIN  # paused: the gap is not show time
    again = ShowClock(store, clock.run_id, ts2)
    again.resume()
    ts2.advance(MIN)
    assert again.view().now_ms == 31 * MIN and again.running
    again.close()


def test_a_silent_running_show_after_hours_resumes_counting_what_the_host_says(store) -> None:
    from livestudio.core.live.clock import resume_run

    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    ts = clock.time
    ts.advance(10 * MIN)
    clock.log_sale(1)
    clock.close()
    ts2 = ts.restarted()
    ts2.elapse(13 * 60 * MIN)
    (run,) = open_runs(store, ts2)
    assert run.running and run.gap_ms == 13 * 60 * MIN and not run.gap_assumed
    resume_run(store, run.run_id, 0, ts2)  # "do not count the night"
    again = ShowClock(store, clock.run_id, ts2)
    assert again.view().now_ms == 10 * MIN
    again.close()


def test_a_second_window_cannot_drive_a_run_that_is_driven(store) -> None:
    from livestudio.core.live.clock import RunDrivenElsewhere

    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    with pytest.raises(RunDrivenElsewhere, match="another LiveStudio window") as info:
        ShowClock(store, clock.run_id, FakeTimeSource(), owner="studio-pc:999")
    assert info.value.holder.owner == clock.owner
    viewer = ShowClock(store, clock.run_id, FakeTimeSource(), drive=False)  # looking is fine
    assert viewer.view().started
    clock.close()  # the lease is given back: now the other window may drive it
    other = ShowClock(store, clock.run_id, FakeTimeSource(), owner="studio-pc:999")
    other.log_sale(1)
    other.close()


def test_a_busy_store_refuses_a_start_with_a_plain_message(store) -> None:
    import sqlite3

    show_id = make_show(store)
    con = sqlite3.connect(store.path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(LiveError, match="busy"):
            ShowClock.start_new(store, show_id, FakeTimeSource())
    finally:
        con.execute("ROLLBACK")
        con.close()
    ShowClock.start_new(store, show_id, FakeTimeSource()).close()  # pressing again works
