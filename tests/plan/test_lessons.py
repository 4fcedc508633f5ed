"""Lessons into the next plan: 'Draft from lineup' learns from past shows on the same platform —
segment lengths by their median overrun, products by past GMV per minute (or click-to-order), the
start time by past viewers — each with its evidence, each one optional, none without history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from livestudio.core.db import Store
from livestudio.core.live.summary import record_run
from livestudio.core.models import LineupItem, Segment, Show
from livestudio.core.models.review import ReviewProductResult, ReviewSummary
from livestudio.core.plan import draft, lessons
from livestudio.core.plan.service import PlanService
from livestudio.core.plan.shows import create_show

MIN = 60_000
SH = ZoneInfo("Asia/Shanghai")


@dataclass
class Past:
    """A finished show: each product gets a 10-minute showcase that really took `overrun` × that."""

    day: int
    platform: str = "Douyin"
    hour: int = 20  # local start, Shanghai
    overrun: float = 1.18
    products: list[tuple[str, int | None, int | None, int | None]] = field(
        default_factory=lambda: [("A", 100_000, 1000, 30), ("B", 300_000, 1000, 60)]
    )  # (sku, gmv, clicks, orders)
    avg_viewers: int | None = 800
    currency: str = "CNY"
    status: str = "ended"


def _past(s: Session, p: Past) -> int:
    start = datetime(2026, 11, p.day, p.hour, 0, tzinfo=SH).astimezone(UTC)
    show = Show(
        title=f"Past {p.day}",
        platform=p.platform,
        scheduled_start=start,
        status=p.status,
        currency=p.currency,
        planned_duration_ms=(10 + 10 * len(p.products)) * MIN,
    )
    s.add(show)
    s.flush()
    items = [
        LineupItem(show_id=show.id, position=i, sku=sku, name=f"Product {sku}", role="hero")
        for i, (sku, *_rest) in enumerate(p.products)
    ]
    s.add_all(items)
    s.flush()
    plan = [("opening", 5 * MIN, None)]
    plan += [("showcase", 10 * MIN, li.id) for li in items]
    plan += [("closing", 5 * MIN, None)]
    s.add_all(
        Segment(
            show_id=show.id,
            position=i,
            kind=k,
            title=k,
            planned_duration_ms=ms,
            lineup_item_id=li,
        )
        for i, (k, ms, li) in enumerate(plan)
    )
    s.flush()
    actual = [ms * (p.overrun if k == "showcase" else 1.0) for k, ms, _li in plan]
    events = []
    t = 0
    for ms in actual[:-1]:
        t += int(ms)
        events.append(("next", t, {}))
    events.append(("end", t + int(actual[-1]), {}))
    record_run(s, show.id, events, start)
    show.status = p.status
    s.add(ReviewSummary(show_id=show.id, avg_viewers=p.avg_viewers))
    for li, (sku, gmv, clicks, orders) in zip(items, p.products, strict=True):
        s.add(
            ReviewProductResult(
                show_id=show.id,
                lineup_item_id=li.id,
                sku=sku,
                gmv=gmv,
                clicks=clicks,
                orders=orders,
            )
        )
    s.flush()
    return show.id


def _next_show(
    s: Session, skus: tuple[str, ...] = ("A", "B", "C"), hour: int = 20, platform: str = "Douyin"
) -> int:
    start = datetime(2026, 12, 4, hour, 0, tzinfo=SH).astimezone(UTC)
    show = create_show(s, "Next", start, planned_duration_ms=60 * MIN, with_defaults=False)
    show.platform = platform
    s.add_all(
        LineupItem(show_id=show.id, position=i, sku=sku, name=f"Product {sku}", role="hero")
        for i, sku in enumerate(skus)
    )
    s.flush()
    return show.id


def _drafted(store: Store, sid: int) -> list[tuple[str, str, int]]:
    with store.session() as s:
        show = s.get(Show, sid)
        assert show is not None
        names = {li.id: li.sku for li in show.lineup}
        return [
            (x.kind, names.get(x.lineup_item_id, ""), x.planned_duration_ms) for x in show.segments
        ]


def test_without_history_the_draft_is_exactly_as_before(store: Store) -> None:
    with store.transaction() as s:
        sid = _next_show(s)
        # a show on another platform and one not yet run teach nothing
        _past(s, Past(1, platform="TikTok Shop"))
        _past(s, Past(2, status="draft"))
        other = _next_show(s)
    assert lessons.draft_lessons(store, sid, SH) == []
    with store.transaction() as s:
        draft.apply_draft(s, sid, {"overrun:showcase", "order", "start"})
        draft.apply_draft(s, other)
    assert _drafted(store, sid) == _drafted(store, other)


def _history(store: Store, n: int = 3, **kw: object) -> int:
    with store.transaction() as s:
        for day in range(1, n + 1):
            _past(s, Past(day, **kw))  # type: ignore[arg-type]
        return _next_show(s)


def test_showcases_that_ran_over_get_more_of_the_show(store: Store) -> None:
    sid = _history(store, 3)
    found = {x.key: x for x in lessons.draft_lessons(store, sid, SH)}
    lesson = found["overrun:showcase"]
    assert lesson.evidence.startswith("Showcase segments ran 18 % over in 3 past Douyin shows: ")
    assert "overrun:opening" not in found  # openings ran to time
    with store.transaction() as s:
        other = _next_show(s)
        draft.apply_draft(s, sid, {"overrun:showcase"})
        draft.apply_draft(s, other)
    plain, learnt = _drafted(store, other), _drafted(store, sid)
    assert sum(ms for *_x, ms in learnt) == 60 * MIN  # still exactly the show length
    show_plain = [ms for k, _sku, ms in plain if k == "showcase"]
    show_learnt = [ms for k, _sku, ms in learnt if k == "showcase"]
    assert all(b > a for a, b in zip(show_plain, show_learnt, strict=True))
    # the time comes from the others: the opening is shorter now
    assert learnt[0][2] < plain[0][2]
    # the evidence names the first showcase's length before and after
    before = f"{show_plain[0] // MIN}:{show_plain[0] % MIN // 1000:02d}"
    after = f"{show_learnt[0] // MIN}:{show_learnt[0] % MIN // 1000:02d}"
    assert lesson.evidence.split(": ")[1].startswith(f"{before} → {after}")


def test_two_shows_are_not_enough_and_a_small_overrun_is_ignored(store: Store) -> None:
    sid = _history(store, 2)
    assert "overrun:showcase" not in {x.key for x in lessons.draft_lessons(store, sid, SH)}
    with store.transaction() as s:
        for day in (10, 11, 12):
            _past(s, Past(day, overrun=1.03))
    # now five shows: 1.18, 1.18, 1.03, 1.03, 1.03 -> median 3 %: under the 5 % bar
    assert "overrun:showcase" not in {x.key for x in lessons.draft_lessons(store, sid, SH)}


def test_products_ordered_by_past_gmv_per_minute_new_ones_keep_their_place(store: Store) -> None:
    sid = _history(store, 3)
    with store.transaction() as s:
        show = s.get(Show, sid)
        assert show is not None
        # lineup: A, C (never sold before), B
        skus = ["A", "C", "B"]
        for li in show.lineup:
            li.position = skus.index(li.sku)
        s.flush()
    found = {x.key: x for x in lessons.draft_lessons(store, sid, SH)}
    order = found["order"]
    # B sold ¥3,000.00 per showcase (11.8 min), A ¥1,000.00: B first, C stays second
    assert order.evidence.startswith(
        "Products in order of past GMV per showcase minute in 3 past Douyin shows: "
        "Product B ¥254.24/min, Product A ¥84.75/min"
    )
    assert "(Product C: no history, keep their place)" in order.evidence
    with store.transaction() as s:
        draft.apply_draft(s, sid, {"order"})
    assert [sku for k, sku, _ms in _drafted(store, sid) if k == "showcase"] == ["B", "C", "A"]


def test_click_to_order_when_no_gmv_was_imported(store: Store) -> None:
    sid = _history(store, 3, products=[("A", None, 1000, 80), ("B", None, 1000, 20)])
    with store.transaction() as s:
        show = s.get(Show, sid)
        assert show is not None
        for li in show.lineup:  # lineup B, A, C
            li.position = {"B": 0, "A": 1, "C": 2}[li.sku]
    order = {x.key: x for x in lessons.draft_lessons(store, sid, SH)}["order"]
    assert "past click-to-order" in order.evidence
    assert "Product A 8.0% click-to-order, Product B 2.0% click-to-order" in order.evidence
    assert order.order == (1, 0, 2)


def test_a_lineup_already_in_the_best_order_gets_no_order_lesson(store: Store) -> None:
    sid = _history(store, 3, products=[("A", 500_000, 10, 5), ("B", 100_000, 10, 5)])
    assert "order" not in {x.key for x in lessons.draft_lessons(store, sid, SH)}


def test_the_start_time_with_most_viewers_moves_the_show(store: Store) -> None:
    with store.transaction() as s:
        for day, hour, viewers in ((1, 14, 500), (2, 14, 600), (3, 20, 1200), (4, 20, 1300)):
            _past(s, Past(day, hour=hour, avg_viewers=viewers))
        sid = _next_show(s, hour=14)
    start = {x.key: x for x in lessons.draft_lessons(store, sid, SH)}["start"]
    assert start.title == "Start at 20:00"
    assert start.evidence == (
        "Shows on Douyin starting at 20:00 had a median of 1,250 average viewers (2 shows); "
        "at 14:00: 550 (2 shows). Start 14:00 → 20:00, same day"
    )
    with store.transaction() as s:
        draft.apply_draft(s, sid, {"start"})
    with store.session() as s:
        show = s.get(Show, sid)
        assert show is not None and show.scheduled_start is not None
        assert show.scheduled_start.astimezone(SH) == datetime(2026, 12, 4, 20, 0, tzinfo=SH)


def test_no_start_lesson_when_already_at_the_best_time(store: Store) -> None:
    with store.transaction() as s:
        for day, hour, viewers in ((1, 14, 500), (2, 14, 600), (3, 20, 1200), (4, 20, 1300)):
            _past(s, Past(day, hour=hour, avg_viewers=viewers))
        sid = _next_show(s, hour=20)
    assert "start" not in {x.key for x in lessons.draft_lessons(store, sid, SH)}


def test_each_lesson_can_be_left_out(store: Store) -> None:
    with store.transaction() as s:
        for day, hour, viewers in ((1, 14, 500), (2, 14, 600), (3, 20, 1200), (4, 20, 1300)):
            _past(s, Past(day, hour=hour, avg_viewers=viewers))
        sid = _next_show(s, skus=("A", "B"), hour=14)
        before = s.get(Show, sid).scheduled_start  # type: ignore[union-attr]
    keys = [x.key for x in lessons.draft_lessons(store, sid, SH)]
    assert keys == ["overrun:showcase", "order", "start"]
    with store.transaction() as s:
        draft.apply_draft(s, sid, {"order"})  # the other two left out
    with store.session() as s:
        assert s.get(Show, sid).scheduled_start == before  # type: ignore[union-attr]
    drafted = _drafted(store, sid)
    assert [sku for k, sku, _ms in drafted if k == "showcase"] == ["B", "A"]
    with store.transaction() as s:
        plain = _next_show(s, skus=("B", "A"), hour=14)
        draft.apply_draft(s, plain)
    assert [ms for *_x, ms in drafted] == [ms for *_x, ms in _drafted(store, plain)]


def test_lessons_are_deterministic_and_undo_brings_everything_back(store: Store) -> None:
    with store.transaction() as s:
        for day, hour, viewers in ((1, 14, 500), (2, 14, 600), (3, 20, 1200), (4, 20, 1300)):
            _past(s, Past(day, hour=hour, avg_viewers=viewers))
        sid = _next_show(s, hour=14)
    assert lessons.draft_lessons(store, sid, SH) == lessons.draft_lessons(store, sid, SH)
    plan = PlanService(store)
    keys = {x.key for x in lessons.draft_lessons(store, sid, SH)}
    change = plan.apply(sid, lambda s: len(draft.apply_draft(s, sid, keys)))
    assert change.changed
    plan.restore(sid, change.before)
    with store.session() as s:
        show = s.get(Show, sid)
        assert show is not None and show.segments == []
        assert show.scheduled_start == datetime(2026, 12, 4, 14, 0, tzinfo=SH).astimezone(UTC)


def test_shows_in_another_currency_do_not_rank_products_by_money(store: Store) -> None:
    sid = _history(
        store, 3, currency="USD", products=[("A", 100, None, None), ("B", 900, None, None)]
    )
    assert "order" not in {x.key for x in lessons.draft_lessons(store, sid, SH)}


@pytest.mark.parametrize("minutes", [30, 60, 90, 180])
def test_every_lesson_keeps_the_draft_exactly_the_show_length(store: Store, minutes: int) -> None:
    with store.transaction() as s:
        for day, hour, viewers in ((1, 14, 500), (2, 14, 600), (3, 20, 1200), (4, 20, 1300)):
            _past(s, Past(day, hour=hour, avg_viewers=viewers, overrun=1.6))
        sid = _next_show(s, skus=("A", "B", "C", "D"), hour=14)
        s.get(Show, sid).planned_duration_ms = minutes * MIN  # type: ignore[union-attr]
    keys = {x.key for x in lessons.draft_lessons(store, sid, SH)}
    assert "overrun:showcase" in keys
    with store.transaction() as s:
        draft.apply_draft(s, sid, keys)
    drafted = _drafted(store, sid)
    assert sum(ms for *_x, ms in drafted) == minutes * MIN
    assert all(ms > 0 for *_x, ms in drafted)


def test_rules_text_names_the_thresholds() -> None:
    text = lessons.rules_text()
    assert "5 %" in text and "3 or more shows" in text and "half hour" in text


def test_start_times_compare_in_the_local_zone() -> None:
    when = datetime(2026, 11, 1, 12, 10, tzinfo=UTC)
    assert lessons._slot(when, SH) == (20, 0)
    assert lessons._slot(when + timedelta(minutes=25), SH) == (20, 30)


def test_a_show_without_a_platform_learns_nothing(store: Store) -> None:
    sid = _history(store, 3)
    with store.transaction() as s:
        s.get(Show, sid).platform = ""  # type: ignore[union-attr]
    assert lessons.draft_lessons(store, sid, SH) == []


def test_the_order_evidence_counts_only_shows_that_sold_the_products(store: Store) -> None:
    sid = _history(store, 2, products=[("A", 100_000, 10, 1), ("B", 300_000, 10, 1)])
    with store.transaction() as s:
        _past(s, Past(5, products=[("Z", 50_000, 10, 1)]))
    order = {x.key: x for x in lessons.draft_lessons(store, sid, SH)}["order"]
    assert "in 2 past Douyin shows" in order.evidence
