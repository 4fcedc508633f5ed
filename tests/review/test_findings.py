"""Findings rules (deterministic, with evidence and an action) and segment-band alignment of minute data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from livestudio.core.db import Store
from livestudio.core.live.summary import PromoActual, RunSummary, SegmentActual
from livestudio.core.models.plan import Segment, Show
from livestudio.core.models.review import ReviewComment, ReviewProductResult, ReviewTrendPoint
from livestudio.core.review import data as review_data
from livestudio.core.review import demo, findings, retro
from tests.review.helpers import import_file

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
MIN = 60_000


@pytest.fixture
def show_id(store: Store) -> int:
    with store.transaction() as s:
        show = Show(title="Weekly live", scheduled_start=START)
        s.add(show)
        s.flush()
        for pos, (title, minutes) in enumerate(
            (("Opening", 5), ("Lipstick", 10), ("Scarf", 10), ("Closing", 5))
        ):
            s.add(
                Segment(
                    show_id=show.id,
                    position=pos,
                    title=title,
                    kind="showcase",
                    planned_duration_ms=minutes * MIN,
                )
            )
        return show.id


def _run(
    show_id: int, actual: list[tuple[str, int, int, int]], promos: list[PromoActual] | None = None
) -> RunSummary:
    segs, t = [], 0
    for pos, (title, planned, minutes, seg_id) in enumerate(actual):
        segs.append(
            SegmentActual(seg_id, pos, title, "showcase", planned * MIN, t, t + minutes * MIN)
        )
        t += minutes * MIN
    return RunSummary(
        1,
        show_id,
        START,
        START + timedelta(milliseconds=t),
        t,
        segments=segs,
        promotions=promos or [],
    )


def _load(
    store: Store, show_id: int, run: RunSummary | None, monkeypatch: pytest.MonkeyPatch
) -> review_data.ReviewData:
    monkeypatch.setattr(review_data, "load_run", lambda session, sid: run)
    with store.session() as s:
        d = review_data.load(s, show_id)
        d.minute_series()
        return d


def test_minute_data_aligns_with_the_actual_segment_bands(
    store: Store, show_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.transaction() as s:
        for sec in range(0, 30 * 60, 10):  # per-10-second data
            m = sec // 60
            s.add(
                ReviewTrendPoint(
                    show_id=show_id,
                    offset_ms=sec * 1000,
                    online=100 + m,
                    orders=1 if m >= 20 else 0,
                )
            )
    run = _run(
        show_id,
        [("Opening", 5, 5, 1), ("Lipstick", 10, 15, 2), ("Scarf", 10, 7, 3), ("Closing", 5, 3, 4)],
    )
    d = _load(store, show_id, run, monkeypatch)
    bands = d.bands()
    assert [(b.title, b.start_ms // MIN, b.end_ms // MIN) for b in bands] == [
        ("Opening", 0, 5),
        ("Lipstick", 5, 20),
        ("Scarf", 20, 27),
        ("Closing", 27, 30),
    ]
    assert d.band_at(19 * MIN + 59_000).title == "Lipstick"  # type: ignore[union-attr]
    assert d.band_at(20 * MIN).title == "Scarf"  # type: ignore[union-attr]
    ms = d.minute_series()
    assert ms.minutes == list(range(30)) and ms.at("online", 7) == 107 and ms.at("orders", 21) == 6
    stats = {st.band.title: st for st in d.band_stats()}
    assert stats["Scarf"].orders == 7 * 6 and stats["Lipstick"].orders == 0
    assert stats["Lipstick"].viewers_start == 105 and stats["Lipstick"].viewers_end == 119


def test_without_a_live_log_the_planned_run_of_show_is_used(
    store: Store, show_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = _load(store, show_id, None, monkeypatch)
    assert [(b.start_ms // MIN, b.actual) for b in d.bands()] == [
        (0, False),
        (5, False),
        (15, False),
        (25, False),
    ]


def test_largest_viewer_drop_and_overruns(
    store: Store, show_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    online = [300] * 5 + list(range(300, 450, 10)) + list(range(450, 150, -30)) + [150] * 5
    with store.transaction() as s:
        for m, v in enumerate(online):
            s.add(ReviewTrendPoint(show_id=show_id, offset_ms=m * MIN, online=v))
    run = _run(
        show_id,
        [("Opening", 5, 5, 1), ("Lipstick", 10, 15, 2), ("Scarf", 10, 10, 3), ("Closing", 5, 5, 4)],
    )
    d = _load(store, show_id, run, monkeypatch)
    found = findings.find(d)
    drop = [f for f in found if f.rule == "viewer_drop"]
    assert len(drop) == 1 and "Scarf" in drop[0].title and "from 450 to 180" in drop[0].evidence
    over = [f for f in found if f.rule == "overrun"]
    assert [f.title for f in over] == ["“Lipstick” overran"] and "+5:00" in over[0].evidence
    assert found == findings.find(d)  # deterministic


def test_interest_without_purchase(
    store: Store, show_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        ("Lipstick", 1000, 100, 30),
        ("Flask", 1000, 80, 20),
        ("Scarf", 1000, 200, 6),
        ("Masks", 1000, 50, 15),
    ]
    with store.transaction() as s:
        for name, imp, clicks, orders in rows:
            s.add(
                ReviewProductResult(
                    show_id=show_id,
                    sku=name[:2],
                    name=name,
                    impressions=imp,
                    clicks=clicks,
                    orders=orders,
                )
            )
    found = [
        f
        for f in findings.find(_load(store, show_id, None, monkeypatch))
        if f.rule == "interest_no_buy"
    ]
    assert [f.title for f in found] == ["Interest without purchase: Scarf"]
    assert "20.0%" in found[0].evidence and "price or the demonstration" in found[0].action


def test_low_promotion_sell_through(
    store: Store, show_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    promos = [
        PromoActual("a", None, "Flask flash sale", 0, 5 * MIN, 100, 90),
        PromoActual("b", None, "Scarf discount", 10 * MIN, 20 * MIN, 60, 12),
    ]
    run = _run(show_id, [("Opening", 5, 30, 1)], promos)
    found = [
        f
        for f in findings.find(_load(store, show_id, run, monkeypatch))
        if f.rule == "low_sell_through"
    ]
    assert (
        len(found) == 1 and "Scarf discount" in found[0].title and "12 of 60" in found[0].evidence
    )


def test_negative_feedback_clusters_by_topic(
    store: Store, show_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [
        ("太贵了", "negative", "price"),
        ("too expensive", "negative", "price"),
        ("价格贵", "negative", "price"),
        ("快递慢", "negative", "logistics"),
        ("好看", "positive", "design"),
    ]
    with store.transaction() as s:
        for text, sentiment, topic in texts:
            s.add(ReviewComment(show_id=show_id, text=text, sentiment=sentiment, topic=topic))
    found = [
        f
        for f in findings.find(_load(store, show_id, None, monkeypatch))
        if f.rule == "negative_topic"
    ]
    assert [f.title for f in found] == ["Negative feedback about price"]
    assert "3 negative comments" in found[0].evidence and "“太贵了”" in found[0].evidence


def test_rules_are_listed_for_the_help() -> None:
    assert [r for r, _ in findings.rules()] == [
        "viewer_drop",
        "interest_no_buy",
        "low_sell_through",
        "overrun",
        "stream_problem",
        "giveaway_participation",
        "questions_most",
        "negative_topic",
        "paid_up_conversion_down",
    ]


def test_sample_show_gives_three_concrete_findings(
    store: Store, finished_show: demo.DemoShow, exports: dict[str, Path]
) -> None:
    for kind in ("douyin", "trend", "products", "comments"):
        import_file(store, finished_show.show_id, exports[kind])
    with store.session() as s:
        d = review_data.load(s, finished_show.show_id)
        found = findings.find(d)
        segs, lineup, promos = retro.plan_vs_actual(d)
    rules = {f.rule for f in found}
    assert {"viewer_drop", "interest_no_buy", "overrun", "negative_topic"} <= rules
    assert all(f.evidence and f.action for f in found)
    # plan vs actual from the real live log
    lip = next(x for x in segs if x.title.startswith("口红"))
    assert lip.planned_ms == 15 * MIN and lip.actual_ms == 21 * MIN and lip.over_ms == 6 * MIN
    assert all(p.started for p in promos)
    assert all(li.sold is not None for li in lineup)
