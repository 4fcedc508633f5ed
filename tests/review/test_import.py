"""Importing platform exports: each shape, header variants, cumulative series, bad rows, one transaction."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from livestudio.core.db import Store
from livestudio.core.models.plan import LineupItem, Show
from livestudio.core.models.product import ImportMapping
from livestudio.core.models.review import (
    ReviewComment,
    ReviewProductResult,
    ReviewSummary,
    ReviewTrendPoint,
)
from livestudio.core.review import demo, importer
from tests.review.helpers import import_file

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _local(dt: datetime) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M")


def _csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def plain_show(store: Store) -> int:
    with store.transaction() as s:
        show = Show(title="Tuesday live", scheduled_start=START, currency="CNY", platform="tiktok")
        s.add(show)
        s.flush()
        s.add_all(
            [
                LineupItem(show_id=show.id, position=0, sku="LS-001", name="Velvet Matte Lipstick"),
                LineupItem(
                    show_id=show.id, position=1, sku="SC-330", name="羊毛围巾 Merino Wool Scarf"
                ),
            ]
        )
        return show.id


def test_tiktok_live_list_row_is_matched_to_the_show_by_start_time(
    store: Store, tmp_path: Path
) -> None:
    with store.transaction() as s:
        first = demo.build_show(s, START, record_live=False)
        other = demo.build_show(
            s, datetime(2026, 11, 27, 12, 0, tzinfo=UTC), seed=9, record_live=False
        )
    path = demo.write_tiktok_live_list(tmp_path / "LIVE list.xlsx", [other, first])
    preview = import_file(store, first.show_id, path)
    assert preview.kind == "summary" and preview.platform == "tiktok"
    # the other week's row is not this show: it is named, and not stored unless asked
    assert any(f"is the show “{'周五晚间美妆专场 Friday Beauty Live'}”" in n for n in preview.notes)
    with store.session() as s:
        row = s.scalar(select(ReviewSummary).where(ReviewSummary.show_id == first.show_id))
        assert row is not None
        assert row.gmv == first.summary["gmv"]  # "$49,266.00" -> minor units
        assert row.views == first.summary["views"]  # "17,014" thousands separator
        assert row.avg_watch_ms == first.summary["avg_watch_s"] * 1000  # "1m 34s"
        assert row.duration_ms == first.minutes * 60_000  # Duration (s)
        assert row.product_clicks == first.summary["clicks"]
        assert s.scalar(select(ReviewSummary).where(ReviewSummary.show_id == other.show_id)) is None
    # asked to, one import fills every show the export has a row for (history for the medians)
    with store.transaction() as s:
        again = importer.prepare_import(s, first.show_id, path)
        outcome = importer.apply_import(s, again, include_other_shows=True)
    assert outcome.stored == 2
    with store.session() as s:
        row = s.scalar(select(ReviewSummary).where(ReviewSummary.show_id == other.show_id))
        assert row is not None and row.gmv == other.summary["gmv"]


def test_douyin_compass_csv_with_title_row_and_chinese_headers(
    store: Store, finished_show: demo.DemoShow, tmp_path: Path
) -> None:
    path = demo.write_douyin_summary(tmp_path / "直播间数据.csv", [finished_show])
    preview = import_file(store, finished_show.show_id, path)
    assert preview.kind == "summary" and preview.platform == "douyin" and preview.header_row == 2
    with store.session() as s:
        row = s.scalar(select(ReviewSummary).where(ReviewSummary.show_id == finished_show.show_id))
        assert row is not None
        assert row.unique_viewers == finished_show.summary["uv"]
        assert row.peak_viewers == finished_show.summary["peak"]
        assert row.refunds == finished_show.summary["refunds"]
        # 人均观看时长(分钟) 1.57 -> minutes, not seconds
        assert abs((row.avg_watch_ms or 0) - finished_show.summary["avg_watch_s"] * 1000) <= 600


@pytest.mark.parametrize(
    ("headers", "values"),
    [
        (
            ["开播时间", "成交金额", "观看人数", "最高在线", "人均观看时长（分钟）", "商品点击率"],
            ["{start}", "1.2万", "3,456", "512", "1分5秒", "12.3%"],
        ),
        (
            ["Start Time", "GMV", "Unique Viewers", "Peak Viewers", "Avg. View Duration", "CTR"],
            ["{start}", "¥12,000.00", "3456", "512", "00:01:05", "12.3%"],
        ),
        (
            [
                "start time",
                "gross revenue ($)",
                "viewers",
                "peak concurrent viewers",
                "average view duration",
                "ctor",
            ],
            ["{start}", "12000", "3 456", "512", "65", "1.0%"],
        ),
    ],
)
def test_summary_header_variants_and_number_formats(
    store: Store, plain_show: int, tmp_path: Path, headers: list[str], values: list[str]
) -> None:
    row = [v.format(start=_local(START)) for v in values]
    path = _csv(tmp_path / "summary.csv", [headers, row])
    preview = import_file(store, plain_show, path, kind="summary")
    assert not preview.problems
    with store.session() as s:
        got = s.scalar(select(ReviewSummary).where(ReviewSummary.show_id == plain_show))
        assert got is not None
        assert got.gmv == 1_200_000 and got.unique_viewers == 3456 and got.peak_viewers == 512
        assert got.avg_watch_ms == 65_000
    assert headers[-1] in preview.extra_columns  # CTR etc. are computed, not imported


def test_douyin_trend_running_totals_are_detected_and_differenced(
    store: Store, finished_show: demo.DemoShow, exports: dict[str, Path]
) -> None:
    preview = import_file(store, finished_show.show_id, exports["trend"])
    assert preview.kind == "trend"
    assert any("成交订单数" in n and "running total" in n for n in preview.notes)
    assert not any(
        "在线人数" in n for n in preview.notes
    )  # online viewers is a level, never differenced
    with store.session() as s:
        pts = s.scalars(
            select(ReviewTrendPoint)
            .where(ReviewTrendPoint.show_id == finished_show.show_id)
            .order_by(ReviewTrendPoint.offset_ms)
        ).all()
    assert len(pts) == finished_show.minutes
    assert [p.orders for p in pts] == finished_show.orders
    assert [p.gmv for p in pts] == finished_show.gmv
    assert [p.online for p in pts] == finished_show.online
    assert [p.offset_ms for p in pts[:3]] == [
        0,
        60_000,
        120_000,
    ]  # clock times anchored at the live start


def test_per_minute_trend_with_minute_offsets_is_kept_as_is(
    store: Store, plain_show: int, tmp_path: Path
) -> None:
    rows = [["第几分钟", "在线人数", "成交订单数", "成交金额"]]
    orders = [3, 5, 2, 7, 1, 4, 6]
    for m, o in enumerate(orders):
        rows.append([m, 100 + m * 10, o, f"¥{o * 59}.00"])
    path = _xlsx(tmp_path / "trend.xlsx", rows)
    preview = import_file(store, plain_show, path)
    assert preview.kind == "trend" and not preview.notes
    with store.session() as s:
        pts = s.scalars(select(ReviewTrendPoint).order_by(ReviewTrendPoint.offset_ms)).all()
    assert [p.offset_ms for p in pts] == [m * 60_000 for m in range(7)]
    assert [p.orders for p in pts] == orders
    assert pts[3].gmv == 7 * 5900


def test_per_second_trend_with_hms_offsets(store: Store, plain_show: int, tmp_path: Path) -> None:
    rows = [["Elapsed", "Online viewers", "Likes"]]
    for sec in range(0, 300):
        rows.append(
            [f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}", 200 + sec % 7, 1 + sec % 3]
        )
    path = _csv(tmp_path / "per-second.csv", rows)
    preview = import_file(store, plain_show, path)
    assert preview.kind == "trend" and len(preview.records) == 300
    with store.session() as s:
        last = s.scalars(
            select(ReviewTrendPoint).order_by(ReviewTrendPoint.offset_ms.desc())
        ).first()
    assert last is not None and last.offset_ms == 299_000


def test_bad_cells_are_left_empty_with_file_sheet_row_column_and_the_rows_still_imported(
    store: Store, plain_show: int, tmp_path: Path
) -> None:
    rows = [
        ["SKU", "Product name", "Impressions", "Clicks", "Orders", "GMV"],
        ["LS-001", "Velvet Matte Lipstick", "4,883", "586", "129", "¥11,481.00"],
        ["SC-330", "Scarf", "lots", "2050", "123", "¥24,477.00"],
        ["X-9", "Gift box", "100", "10", "-3", "¥0"],
        ["合计", "", "20000", "2646", "252", "¥35,958.00"],
    ]
    path = _xlsx(tmp_path / "products.xlsx", rows, title="Products")
    preview = import_file(store, plain_show, path)
    warnings = {(p.sheet, p.row, p.column): p.reason for p in preview.warnings}
    assert warnings == {
        ("Products", 3, "Impressions"): "'lots' is not a number; left empty",
        ("Products", 4, "Orders"): "'-3' is negative; a count must be 0 or more; left empty",
    }
    assert [p.reason for p in preview.problems] == [
        "a totals row; skipped so nothing is counted twice"
    ]
    assert preview.warnings[0].describe() == (
        "products.xlsx, sheet Products, row 3, column Impressions: 'lots' is not a number; "
        "left empty (the cell holds 'lots')"
    )
    with store.session() as s:
        stored = {p.sku: p for p in s.scalars(select(ReviewProductResult))}
    assert sorted(stored) == ["LS-001", "SC-330", "X-9"]
    assert stored["SC-330"].impressions is None and stored["SC-330"].clicks == 2050
    assert stored["X-9"].orders is None and stored["X-9"].impressions == 100


def test_products_match_the_lineup_by_sku_then_by_name(
    store: Store, plain_show: int, tmp_path: Path
) -> None:
    rows = [
        ["商品ID", "商品名称", "商品曝光次数", "商品点击次数", "成交订单数", "成交金额"],
        ["ls-001", "口红 (renamed on the platform)", 1000, 100, 10, "890"],
        ["", "羊毛围巾  Merino Wool Scarf", 800, 90, 5, "995"],
        ["ZZ-1", "不在清单里的商品", 10, 1, 0, "0"],
        ["", "Lipstick", 10, 1, 0, "0"],  # part of a name that only one lineup item has
    ]
    path = _xlsx(tmp_path / "商品.xlsx", rows)
    preview = import_file(store, plain_show, path)
    assert "3 of 4 products matched" in preview.matched[0]
    with store.session() as s:
        by_sku = {p.sku or p.name: p.lineup_item_id for p in s.scalars(select(ReviewProductResult))}
        lineup = {li.sku: li.id for li in s.scalars(select(LineupItem))}
    assert by_sku["ls-001"] == lineup["LS-001"]
    assert (
        by_sku["羊毛围巾  Merino Wool Scarf"] == lineup["SC-330"]
    )  # spacing differs from the lineup
    assert by_sku["ZZ-1"] is None  # kept, but not linked
    assert by_sku["Lipstick"] == lineup["LS-001"]


def test_comments_import_places_them_on_the_timeline_and_labels_them(
    store: Store, finished_show: demo.DemoShow, exports: dict[str, Path]
) -> None:
    preview = import_file(store, finished_show.show_id, exports["comments"])
    assert preview.kind == "comments"
    with store.session() as s:
        rows = s.scalars(select(ReviewComment).order_by(ReviewComment.offset_ms)).all()
    assert len(rows) == len(demo.COMMENTS)
    assert rows[0].offset_ms == 6 * 60_000 + 5_000
    pricey = next(r for r in rows if r.text == "太贵了吧")
    assert (pricey.sentiment, pricey.topic) == ("negative", "price")
    # importing the same file again adds nothing twice
    import_file(store, finished_show.show_id, exports["comments"])
    with store.session() as s:
        assert len(s.scalars(select(ReviewComment)).all()) == len(demo.COMMENTS)


def test_mapping_is_remembered_for_exactly_these_headers(
    store: Store, plain_show: int, tmp_path: Path
) -> None:
    rows = [["Start time", "Sales amount", "Audience"], [_local(START), "100", "50"]]
    path = _csv(tmp_path / "odd.csv", rows)
    # the user maps the unusual headers by hand once
    with store.transaction() as s:
        preview = importer.prepare_import(
            s, plain_show, path, kind="summary", mapping={"start": 0, "gmv": 1, "unique_viewers": 2}
        )
        importer.apply_import(s, preview)
    with store.session() as s:
        saved = s.scalars(select(ImportMapping).where(ImportMapping.kind == "review:summary")).one()
        assert json.loads(saved.mapping_json) == {"gmv": 1, "start": 0, "unique_viewers": 2}
    with store.transaction() as s:
        again = importer.prepare_import(s, plain_show, path)  # even without naming the kind
    assert again.remembered and again.mapping["unique_viewers"] == 2
    assert again.remembered_on is not None
    # another file with other columns is not told "remembered": its own headers are read
    other = _csv(
        tmp_path / "douyin.csv",
        [
            ["开播时间", "直播间成交金额", "累计观看人数", "最高在线人数", "Sales amount"],
            [_local(START), "200", "80", "30", "1"],
        ],
    )
    with store.transaction() as s:
        third = importer.prepare_import(s, plain_show, other)
    assert not third.remembered
    assert [third.headers[third.mapping[f]] for f in ("gmv", "unique_viewers", "peak_viewers")] == [
        "直播间成交金额",
        "累计观看人数",
        "最高在线人数",
    ]


def test_nothing_is_half_imported_when_storing_fails(
    store: Store,
    finished_show: demo.DemoShow,
    exports: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_file(store, finished_show.show_id, exports["trend"])

    def boom(session: object, preview: object, source: str = "") -> None:
        raise OSError("disk full")

    monkeypatch.setattr(importer, "remember_mapping", boom)
    rows = [["Minute", "Online viewers"], [0, 1], [1, 2]]
    path = _csv(exports["trend"].with_name("short.csv"), rows)
    with pytest.raises(OSError), store.transaction() as s:
        importer.apply_import(s, importer.prepare_import(s, finished_show.show_id, path))
    with store.session() as s:  # the earlier trend is still whole
        assert len(s.scalars(select(ReviewTrendPoint)).all()) == finished_show.minutes


def test_unrecognised_file_says_why(store: Store, plain_show: int, tmp_path: Path) -> None:
    path = _csv(tmp_path / "shopping.csv", [["item", "qty"], ["ring light", "1"]])
    with pytest.raises(importer.ImportError_, match="not recognised"), store.session() as s:
        importer.prepare_import(s, plain_show, path)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(importer.ImportError_, match="broken.xlsx"), store.session() as s:
        importer.prepare_import(s, plain_show, bad)


def test_manual_entry_of_headline_numbers(store: Store, plain_show: int) -> None:
    with store.transaction() as s:
        importer.save_manual_summary(
            s, plain_show, {"gmv": 500_000, "orders": 40, "unique_viewers": None}
        )
    with store.session() as s:
        row = s.scalar(select(ReviewSummary))
        assert (
            row is not None
            and row.source == "manual"
            and row.gmv == 500_000
            and row.unique_viewers is None
        )
    with pytest.raises(ValueError), store.transaction() as s:
        importer.save_manual_summary(s, plain_show, {"orders": -1})
