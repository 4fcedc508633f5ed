"""Run-of-show timing: start times, clock times across midnight, totals over/under, edits."""

from __future__ import annotations

from datetime import datetime

import pytest

from livestudio.core.db import Store
from livestudio.core.models import Promotion, Show
from livestudio.core.plan import segments as seg
from livestudio.core.plan.shows import create_show, parse_local_start, show_end, utc_to_local

MIN = 60_000


def _show(store: Store, start: str = "2026-12-04 20:00", minutes: int = 60) -> int:
    with store.transaction() as s:
        return create_show(
            s,
            "Test show",
            parse_local_start(start),
            planned_duration_ms=minutes * MIN,
            with_defaults=False,
        ).id


def test_segment_starts_are_running_sums() -> None:
    class S:
        def __init__(self, ms: int) -> None:
            self.planned_duration_ms = ms

    assert seg.segment_starts([S(90_000), S(0), S(30_000), S(60_000)]) == [
        0,
        90_000,
        90_000,
        120_000,
    ]
    assert seg.segment_starts([]) == []


def test_clock_times_follow_the_scheduled_start_and_cross_midnight(
    store: Store, shanghai_tz: None
) -> None:
    sid = _show(store, "2026-12-04 23:30", minutes=120)
    with store.transaction() as s:
        for minutes in (20, 25, 45, 30):
            seg.insert_segment(s, sid, duration_ms=minutes * MIN)
    with store.session() as s:
        show = s.get(Show, sid)
        assert show is not None
        clocks = [utc_to_local(t.start_at).strftime("%d %H:%M") for t in seg.timeline(show)]
        assert clocks == ["04 23:30", "04 23:50", "05 00:15", "05 01:00"]
        assert utc_to_local(show_end(show)).strftime("%d %H:%M") == "05 01:30"
        assert seg.totals(show).state == "exact"


def test_totals_report_over_and_under(store: Store) -> None:
    sid = _show(store, minutes=30)
    with store.transaction() as s:
        first = seg.insert_segment(s, sid, duration_ms=20 * MIN)
        seg.insert_segment(s, sid, duration_ms=5 * MIN)
    with store.session() as s:
        t = seg.totals(s.get(Show, sid))
        assert (t.state, t.difference_ms) == ("under", -5 * MIN)
    with store.transaction() as s:
        seg.update_segment(s, first.id, planned_duration_ms=32 * MIN)
    with store.session() as s:
        t = seg.totals(s.get(Show, sid))
        assert (t.state, t.difference_ms) == ("over", 7 * MIN)


def test_zero_length_segment_is_kept_and_flagged(store: Store) -> None:
    sid = _show(store)
    with store.transaction() as s:
        seg.insert_segment(s, sid, duration_ms=0, title="Placeholder")
    with store.session() as s:
        show = s.get(Show, sid)
        assert [t.zero_length for t in seg.timeline(show)] == [True]
    with store.transaction() as s, pytest.raises(ValueError):
        seg.insert_segment(s, sid, duration_ms=-1)


def test_insert_duplicate_move_delete_keep_positions_dense(store: Store) -> None:
    sid = _show(store)
    with store.transaction() as s:
        a = seg.insert_segment(s, sid, title="A")
        b = seg.insert_segment(s, sid, title="B")
        seg.insert_segment(s, sid, 1, title="between")
        seg.duplicate_segment(s, b.id)
        assert seg.move_segment(s, sid, 0, 3)
        s.flush()
        titles = [x.title for x in seg.ordered_segments(s, sid)]
        assert titles == ["between", "B", "B", "A"]
        seg.delete_segments(s, [a.id])
        rows = seg.ordered_segments(s, sid)
        assert [x.position for x in rows] == [0, 1, 2]


def test_deleting_a_segment_keeps_promotion_time(store: Store) -> None:
    sid = _show(store)
    with store.transaction() as s:
        seg.insert_segment(s, sid, duration_ms=10 * MIN)
        second = seg.insert_segment(s, sid, duration_ms=5 * MIN)
        s.add(Promotion(show_id=sid, kind="lottery", title="Lottery", start_segment_id=second.id))
        s.flush()
        seg.delete_segments(s, [second.id])
    with store.session() as s:
        promo = s.get(Show, sid).promotions[0]
        assert promo.start_segment_id is None and promo.start_offset_ms == 10 * MIN


def test_local_start_round_trips_through_utc(shanghai_tz: None) -> None:
    utc = parse_local_start("2026-12-04 23:30")
    assert utc.tzinfo is not None and utc.hour == 15
    assert utc_to_local(utc).replace(tzinfo=None) == datetime(2026, 12, 4, 23, 30)
