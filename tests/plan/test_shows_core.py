"""Shows: creating, listing, duplicating a past show (plan copied with new ids, results not)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from livestudio.core.db import Store
from livestudio.core.models import LineupItem, LiveRun, Product, Promotion, Show
from livestudio.core.plan import draft, lineup, shows
from livestudio.core.plan.templates import create_from_template, find_template


def _planned_show(store: Store, catalog: list[int]) -> int:
    with store.transaction() as s:
        show = create_from_template(
            s,
            find_template(s, "solo60.en"),
            title="Friday skincare",
            scheduled_start=shows.parse_local_start("2026-12-04 20:00"),
        )
        items = lineup.add_products(s, show.id, catalog[:3])
        items[1].role = "traffic"
        s.flush()
        segs = draft.apply_draft(s, show.id)
        s.add(
            Promotion(
                show_id=show.id,
                kind="flash_sale",
                title="Tee flash sale",
                lineup_item_id=items[1].id,
                start_segment_id=segs[3].id,
                price=9900,
                quantity_limit=50,
            )
        )
        show.status = "reviewed"
        show.tasks[0].done = True
        s.add(LiveRun(show_id=show.id, status="ended"))
        return show.id


def test_duplicate_copies_the_plan_with_remapped_ids_but_not_results(
    store: Store, catalog: list[int]
) -> None:
    src_id = _planned_show(store, catalog)
    new_start = shows.parse_local_start("2026-12-11 20:00")
    with store.transaction() as s:
        dup_id = shows.duplicate_show(s, src_id, scheduled_start=new_start).id
    with store.session() as s:
        src, dup = s.get(Show, src_id), s.get(Show, dup_id)
        assert dup.title == "Copy of Friday skincare"
        assert dup.status == "draft" and dup.scheduled_start == new_start
        assert [i.sku for i in dup.lineup] == [i.sku for i in src.lineup]
        assert [(x.kind, x.title, x.planned_duration_ms) for x in dup.segments] == [
            (x.kind, x.title, x.planned_duration_ms) for x in src.segments
        ]
        assert len(dup.promotions) == len(src.promotions)
        assert len(dup.tasks) == len(src.tasks) and not any(t.done for t in dup.tasks)
        assert [r.description for r in dup.risks] == [r.description for r in src.risks]
        # every reference points inside the copy, at the matching row
        dup_items = {i.id: i.sku for i in dup.lineup}
        dup_segs = {x.id: x.title for x in dup.segments}
        flash = next(p for p in dup.promotions if p.title == "Tee flash sale")
        assert dup_items[flash.lineup_item_id] == "SK-002"
        assert dup_segs[flash.start_segment_id] == src.segments[3].title
        for x in dup.segments:
            assert x.lineup_item_id is None or x.lineup_item_id in dup_items
        runs = s.scalar(select(func.count()).select_from(LiveRun).where(LiveRun.show_id == dup_id))
        assert runs == 0


def test_list_is_in_the_picker_order_and_searchable(store: Store) -> None:
    with store.transaction() as s:
        base = shows.parse_local_start("2026-12-01 20:00")
        for i, title in enumerate(["Monday tees", "周三护肤专场", "Friday scarves"]):
            shows.create_show(s, title, base + timedelta(days=2 * i), with_defaults=False)
    # on Wednesday 21:30, the Wednesday show is on air: it comes first, then Friday, then Monday
    wednesday = shows.parse_local_start("2026-12-03 20:30")
    with store.session() as s:
        assert [x.title for x in shows.list_shows(s, now=wednesday)] == [
            "周三护肤专场",
            "Friday scarves",
            "Monday tees",
        ]
        assert [x.title for x in shows.list_shows(s, "护肤")] == ["周三护肤专场"]
        assert [x.title for x in shows.list_shows(s, "TEES")] == ["Monday tees"]


def test_picker_order_upcoming_soonest_then_undated_then_past_newest() -> None:
    from dataclasses import dataclass
    from datetime import UTC, datetime

    @dataclass
    class Row:
        id: int
        scheduled_start: datetime | None
        planned_duration_ms: int = 3_600_000
        created_at: datetime | None = None

    now = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)
    day = timedelta(days=1)
    rows = [
        Row(1, now - 3 * day),  # past, older
        Row(2, now + 5 * day),  # upcoming, later
        Row(3, None, created_at=now - day),  # undated, older
        Row(4, now - day),  # past, most recent
        Row(5, now + day),  # upcoming, soonest
        Row(6, now - timedelta(minutes=30)),  # on air (ends in 30 minutes)
        Row(7, None, created_at=now),  # undated, newest
    ]
    assert [r.id for r in shows.picker_order(rows, now)] == [6, 5, 2, 7, 3, 4, 1]
    # an hour later the on-air show has ended and is the most recent past one
    later = now + timedelta(hours=1)
    assert [r.id for r in shows.picker_order(rows, later)] == [5, 2, 7, 3, 6, 4, 1]


def test_show_service_picker_gives_plain_rows_in_that_order(store: Store) -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)
    with store.transaction() as s:
        shows.create_show(s, "Past", now - timedelta(days=2), with_defaults=False)
        shows.create_show(s, "Next", now + timedelta(days=1), with_defaults=False)
    picker = shows.ShowService(store, clock=lambda: now).picker()
    assert [(r.title, r.status) for r in picker] == [("Next", "draft"), ("Past", "draft")]


def test_blank_show_gets_default_tasks_and_risks_in_the_language(store: Store) -> None:
    with store.transaction() as s:
        en = shows.create_show(s, "English", language="en")
        zh = shows.create_show(s, "中文", language="zh")
        assert en.tasks and en.risks and zh.tasks and zh.risks
        assert en.tasks[0].title != zh.tasks[0].title


def test_deleting_a_product_keeps_the_shows_copy(store: Store, catalog: list[int]) -> None:
    with store.transaction() as s:
        show = shows.create_show(s, "Show", with_defaults=False)
        lineup.add_products(s, show.id, [catalog[0]])
        sid = show.id
    with store.session() as s:
        assert [x.id for x in shows.shows_using_product(s, catalog[0])] == [sid]
        assert shows.shows_using_product(s, catalog[1]) == []
    with store.transaction() as s:
        s.delete(s.get(Product, catalog[0]))
    with store.session() as s:
        item = s.scalars(select(LineupItem).where(LineupItem.show_id == sid)).one()
        assert (item.product_id, item.name, item.list_price) == (
            None,
            "玻尿酸保湿精华液 30ml",
            19900,
        )


def test_overview_fields_are_validated(store: Store) -> None:
    with store.transaction() as s:
        sid = shows.create_show(s, "Show", with_defaults=False).id
        shows.update_show(s, sid, audience_regions=["广东", " 浙江 ", ""], audience_female_pct=70)
        show = s.get(Show, sid)
        assert shows.get_list(show, "audience_regions") == ["广东", "浙江"]
        for bad in (
            {"title": "  "},
            {"planned_duration_ms": 0},
            {"audience_female_pct": 130},
            {"format": "karaoke"},
        ):
            try:
                shows.update_show(s, sid, **bad)
            except shows.ShowError:
                continue
            raise AssertionError(f"accepted {bad}")
