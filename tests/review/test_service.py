"""ReviewService: one snapshot for the screens and the report, loaded in a fixed number of
queries; the rules for an action item's target show and due date; labels that never overlap."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import event

from livestudio.core.db import Store
from livestudio.core.models.plan import PrepTask, Show
from livestudio.core.review import demo, kpis
from livestudio.core.review.service import (
    ReviewService,
    ShowInfo,
    default_due_date,
    due_at,
    stagger_labels,
    upcoming_show,
)
from tests.review.helpers import import_file

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def reviewed(store: Store, tmp_path: Path) -> demo.DemoShow:
    with store.transaction() as s:
        d = demo.build_show(s, START)
    import_file(store, d.show_id, demo.write_douyin_summary(tmp_path / "summary.csv", [d]))
    import_file(store, d.show_id, demo.write_products(tmp_path / "products.xlsx", d))
    import_file(store, d.show_id, demo.write_comments(tmp_path / "comments.csv", d))
    return d


def _count_queries(store: Store, fn) -> int:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        fn()
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen)


def test_snapshot_holds_plain_figures_in_a_fixed_number_of_queries(
    store: Store, reviewed: demo.DemoShow
) -> None:
    with store.transaction() as s:
        nxt = Show(title="Next", scheduled_start=START + timedelta(days=7))
        s.add(nxt)
        s.flush()
        next_id = nxt.id
    service = ReviewService(store, clock=lambda: START + timedelta(days=1))
    service.add_action(reviewed.show_id, "First thing")
    service.send_actions(reviewed.show_id, next_id)
    one = _count_queries(store, lambda: service.snapshot(reviewed.show_id))
    for i in range(15):
        service.add_action(reviewed.show_id, f"Thing {i}")
    service.send_actions(reviewed.show_id, next_id)
    snap = service.snapshot(reviewed.show_id)
    many = _count_queries(store, lambda: service.snapshot(reviewed.show_id))
    assert many == one  # no query per action item
    assert len(snap.actions) == 16 and all(a.sent_to == "Next" for a in snap.actions)
    assert snap.kpi("gmv").value == reviewed.summary["gmv"]
    assert snap.products and all(isinstance(p.gmv, int) for p in snap.products)
    assert snap.sources.product_rows == len(snap.products) and snap.sources.live_log


def test_report_and_screen_read_the_same_numbers(
    store: Store, reviewed: demo.DemoShow, tmp_path: Path
) -> None:
    from livestudio.reports import review_report

    service = ReviewService(store)
    snap = service.snapshot(reviewed.show_id)
    path = review_report.export(service, reviewed.show_id, tmp_path / "r.xlsx")
    summary = load_workbook(path)["Summary"]
    shown = {row[0]: row[2] for row in summary.iter_rows(min_row=5, values_only=True) if row[0]}
    for key in ("gmv", "aov", "conversion", "orders"):
        k = snap.kpi(key)
        assert shown[k.label] == kpis.format_kpi(k, snap.currency)


def test_the_next_upcoming_show_is_the_target_not_one_that_already_ended() -> None:
    now = START + timedelta(days=5)
    shows = [
        ShowInfo(1, "Reviewed", scheduled_start=START, status="reviewed"),
        ShowInfo(2, "After it but over", scheduled_start=START + timedelta(days=2), status="ended"),
        ShowInfo(3, "Planned in the past", scheduled_start=now - timedelta(hours=1)),
        ShowInfo(4, "Later", scheduled_start=START + timedelta(days=20), status="ready"),
        ShowInfo(5, "Next", scheduled_start=START + timedelta(days=10), status="ready"),
        ShowInfo(6, "No date", scheduled_start=None),
    ]
    target = upcoming_show(shows, now, exclude=1)
    assert target is not None and target.title == "Next"
    assert upcoming_show(shows[:3], now, exclude=1) is None


def test_an_action_item_falls_due_before_its_show() -> None:
    now = START + timedelta(days=5)
    show = ShowInfo(5, "Next", scheduled_start=START + timedelta(days=10), status="ready")
    day = default_due_date(show, now)
    assert day == (show.scheduled_start.astimezone().date() - timedelta(days=1))  # type: ignore[union-attr]
    assert due_at(day, show.scheduled_start) < show.scheduled_start  # type: ignore[operator]
    # a show later today: due today, an hour before it starts (not at 18:00 after it)
    soon = ShowInfo(7, "Tonight", scheduled_start=now + timedelta(hours=2), status="ready")
    day = default_due_date(soon, now)
    assert day == now.astimezone().date()
    assert due_at(day, soon.scheduled_start) <= soon.scheduled_start - timedelta(hours=1)  # type: ignore[operator]
    # without a target: a few days out, never in the past
    assert default_due_date(None, now) > now.astimezone().date()
    assert isinstance(default_due_date(None, now), date)


def test_staggered_labels_never_overlap() -> None:
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 30)
        starts = sorted(rng.uniform(0, 1000) for _ in range(n))
        widths = [rng.uniform(20, 260) for _ in range(n)]
        rows, rooms = stagger_labels(starts, widths, 1000, max_rows=3, gap=6)
        assert 1 <= rows <= 3
        shown = [min(w, r) for w, r in zip(widths, rooms, strict=True)]
        for i in range(n):
            j = i + rows  # the next label in the same row
            if j < n and rooms[i] > 0:
                assert starts[i] + shown[i] <= starts[j] - 6 + 1e-9
            assert starts[i] + shown[i] <= 1000


def test_manual_numbers_and_action_items_round_trip(store: Store) -> None:
    with store.transaction() as s:
        a = Show(title="Tuesday", scheduled_start=START)
        b = Show(title="Friday", scheduled_start=START + timedelta(days=3))
        s.add_all([a, b])
        s.flush()
        a_id, b_id = a.id, b.id
    service = ReviewService(store)
    service.save_manual_numbers(a_id, {"gmv": 120_000, "buyers": 40})
    assert service.manual_numbers(a_id)["gmv"] == 120_000
    assert service.snapshot(a_id).kpi("aov").value == 3000
    with pytest.raises(ValueError):
        service.add_action(a_id, "   ")
    rows = service.add_action(a_id, "Pin the coupon", "Mia", due_at(date(2026, 11, 22)))
    assert [r.title for r in rows] == ["Pin the coupon"] and rows[0].sent_to == ""
    with pytest.raises(ValueError):
        service.send_actions(a_id, a_id)
    n, rows = service.send_actions(a_id, b_id)
    assert n == 1 and rows[0].sent_to == "Friday"
    assert service.send_actions(a_id, b_id)[0] == 0  # not sent twice
    with store.session() as s:
        task = s.get(PrepTask, rows[0].task_id)
        assert task is not None and task.show_id == b_id and task.owner == "Mia"


def test_report_money_follows_the_currency_minor_digits(store: Store, tmp_path: Path) -> None:
    from livestudio.core.models.review import ReviewProductResult
    from livestudio.reports import review_report

    with store.transaction() as s:
        show = Show(title="Tokyo", scheduled_start=START, currency="JPY")
        s.add(show)
        s.flush()
        s.add(ReviewProductResult(show_id=show.id, sku="J-1", name="Tea", units=2, gmv=12_345))
        sid = show.id
    path = review_report.export(ReviewService(store), sid, tmp_path / "jp.xlsx")
    products = load_workbook(path)["Products"]
    header = [c.value for c in products[1]]
    gmv = products.cell(row=2, column=header.index("GMV") + 1)
    assert gmv.value == 12_345 and gmv.number_format == "#,##0"  # yen have no minor unit


def test_a_snapshot_holds_no_orm_rows(store: Store, reviewed: demo.DemoShow) -> None:
    import dataclasses

    from livestudio.core.models.base import Base

    snap = ReviewService(store).snapshot(reviewed.show_id)
    seen = 0

    def walk(value: object, where: str) -> None:
        nonlocal seen
        seen += 1
        assert not isinstance(value, Base), f"{where} is an ORM row"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name), f"{where}.{f.name}")
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{where}[{k!r}]")
        elif isinstance(value, list | tuple):
            for i, v in enumerate(value[:50]):
                walk(v, f"{where}[{i}]")

    walk(snap, "snapshot")
    assert seen > 200  # it did look inside
