"""Traffic sources: importing the platforms' breakdowns, per show and across shows, and the
'paid traffic up, conversion down' finding."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from livestudio.core.db import Store
from livestudio.core.models import Show
from livestudio.core.models.review import ReviewSummary, TrafficSource
from livestudio.core.review import traffic
from livestudio.core.review.traffic import PaidSharePoint, TrafficRow, TrafficService

DATA = Path(__file__).parent.parent / "data" / "traffic"
DOUYIN = DATA / "douyin_流量来源.csv"
TIKTOK = DATA / "tiktok_traffic_sources.xlsx"
BAD = DATA / "bad_rows.csv"
T0 = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def _show(store: Store, title: str = "Friday", currency: str = "CNY", day: int = 0) -> int:
    with store.transaction() as s:
        show = Show(
            title=title,
            platform="Douyin",
            currency=currency,
            scheduled_start=T0 + timedelta(days=day),
        )
        s.add(show)
        s.flush()
        return show.id


def test_douyin_breakdown_reads_channels_paid_flag_shares_and_gmv() -> None:
    preview = traffic.read_traffic(DOUYIN, "CNY")
    by_label = {r.label: r for r in preview.rows}
    # the title row above the header and the 合计 row below are not sources
    assert "合计" not in by_label and len(preview.rows) == 10
    # 付费流量 is the subtotal of 千川 / 随心推 / 品牌广告 just below it: counted once, not twice
    assert "付费流量" not in by_label
    assert sum(r.share_bp or 0 for r in preview.rows) == 10_000
    assert by_label["直播推荐"].channel == "recommend" and not by_label["直播推荐"].paid
    assert by_label["短视频引流"].channel == "short_video"
    assert by_label["关注"].channel == "follow"
    assert by_label["搜索"].channel == "search"
    assert by_label["个人主页"].channel == "profile"
    assert by_label["同城"].channel == "nearby"
    assert by_label["其他"].channel == "other"
    for paid in ("千川", "随心推", "品牌广告"):
        assert by_label[paid].channel == "paid" and by_label[paid].paid
    assert by_label["直播推荐"].share_bp == 4160  # "41.6%"
    assert by_label["直播推荐"].gmv == 1_248_000  # ¥12,480.00 in fen
    assert by_label["短视频引流"].gmv == 396_050
    assert by_label["同城"].gmv is None and by_label["同城"].orders is None  # "-" = not given
    assert traffic.paid_share(preview.rows) == pytest.approx(0.208)
    assert preview.problems == [] and preview.warnings == []


def test_tiktok_sheet_with_viewer_counts_gets_shares_computed() -> None:
    preview = traffic.read_traffic(TIKTOK, "USD")
    assert preview.sheet == "Traffic sources"  # the overview sheet before it is passed over
    by_label = {r.label: r for r in preview.rows}
    assert by_label["For You"].channel == "recommend"
    assert by_label["Following"].channel == "follow"
    assert by_label["LIVE tab"].channel == "live_tab"
    assert by_label["Shop"].channel == "shop"
    assert by_label["LIVE Ads"].paid and by_label["Promote"].paid
    assert by_label["For You"].share_bp == round(6100 * 10_000 / 12_000)
    assert by_label["For You"].gmv == 81_240  # $812.40 in cents
    assert traffic.paid_share(preview.rows) == pytest.approx(2700 / 12_000, abs=1e-3)
    assert any("12,000 viewers" in n for n in preview.notes)


@pytest.mark.parametrize(
    ("label", "channel", "paid"),
    [
        ("竞价广告", "paid", True),
        ("千川/付费", "paid", True),
        ("DOU+", "paid", True),
        ("Ads", "paid", True),
        ("LIVE ads", "paid", True),
        ("GMV Max", "paid", True),
        ("视频推荐", "short_video", False),
        ("抖音商城推荐", "shop", False),
        ("直播广场", "live_tab", False),
        ("For You feed", "recommend", False),
        ("Following feed", "follow", False),
        ("LIVE feed", "live_tab", False),
        ("Video", "short_video", False),
        ("Inbox", "share", False),
        ("Downloads", "other", False),
        ("Something new", "other", False),
    ],
)
def test_source_names_map_to_canonical_channels(label: str, channel: str, paid: bool) -> None:
    assert traffic.classify(label) == (channel, paid)


def test_bad_rows_are_reported_with_file_row_and_column() -> None:
    preview = traffic.read_traffic(BAD, "CNY")
    assert [r.label for r in preview.rows] == ["直播推荐", "关注", "随心推"]
    skipped = [p.describe() for p in preview.problems]
    assert "bad_rows.csv, row 4, column 流量来源: no traffic source named; row skipped" in skipped
    assert any(
        d.startswith("bad_rows.csv, row 5, column 占比") for d in skipped
    )  # 130 %, no viewers
    left_empty = [p.describe() for p in preview.warnings]
    assert any(
        d.startswith("bad_rows.csv, row 3, column 占比: 'abc' is not a number") for d in left_empty
    )
    # 关注 keeps its viewer count; its share stays unknown rather than made up
    assert {r.label: r.share_bp for r in preview.rows}["关注"] is None


def test_a_file_without_traffic_columns_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "products.csv"
    f.write_text("SKU,Name,Price\nA1,Tee,12.99\n", encoding="utf-8")
    with pytest.raises(traffic.TrafficImportError, match="products.csv: no sheet has a traffic"):
        traffic.read_traffic(f)


def test_reimport_replaces_the_show_rows_in_one_go(store: Store) -> None:
    sid = _show(store)
    other = _show(store, "Other show", day=1)
    service = TrafficService(store)
    service.import_file(sid, DOUYIN)
    service.import_file(other, BAD)
    assert len(service.show_traffic(sid).rows) == 10
    service.import_file(sid, BAD)
    view = service.show_traffic(sid)
    assert [r.label for r in view.rows] == ["直播推荐", "随心推", "关注"]  # most share first
    assert len(service.show_traffic(other).rows) == 3  # the other show is untouched


def test_a_failed_save_keeps_the_old_rows(store: Store) -> None:
    sid = _show(store)
    service = TrafficService(store)
    service.import_file(sid, DOUYIN)
    broken = traffic.read_traffic(BAD)
    broken.rows.append(None)  # type: ignore[arg-type]  # fails half-way through the save
    with pytest.raises(AttributeError):
        service.apply(sid, broken)
    with store.session() as s:
        assert s.query(TrafficSource).filter_by(show_id=sid).count() == 10


def _with_history(store: Store, figures: list[tuple[float, int, int]]) -> list[int]:
    """Shows a day apart: (paid share, buyers, unique viewers)."""
    ids = []
    for i, (paid, buyers, uv) in enumerate(figures):
        sid = _show(store, f"Show {i + 1}", day=i)
        with store.transaction() as s:
            s.add(ReviewSummary(show_id=sid, buyers=buyers, unique_viewers=uv))
            paid_bp = int(round(paid * 10_000))
            traffic.save_traffic(
                s,
                sid,
                [
                    TrafficRow("recommend", "直播推荐", False, None, 10_000 - paid_bp),
                    TrafficRow("paid", "千川", True, None, paid_bp),
                ],
            )
        ids.append(sid)
    return ids


def test_across_shows_gives_paid_share_and_conversion_oldest_first(store: Store) -> None:
    _with_history(store, [(0.18, 31, 1000), (0.25, 28, 1000)])
    points = TrafficService(store).across("CNY")
    assert [p.title for p in points] == ["Show 1", "Show 2"]
    assert points[0].paid_share == pytest.approx(0.18)
    assert points[0].conversion == pytest.approx(0.031)
    assert TrafficService(store).across("USD") == []


def test_paid_up_while_conversion_down_is_said_with_the_numbers(store: Store) -> None:
    ids = _with_history(
        store,
        [(0.05, 50, 1000), (0.18, 31, 1000), (0.25, 29, 1000), (0.33, 24, 1000), (0.41, 19, 1000)],
    )
    found = TrafficService(store).finding(ids[-1])
    assert found is not None
    assert found.rule == "paid_up_conversion_down"
    assert found.evidence.startswith(
        "Paid traffic 18% → 41% over 4 shows while conversion fell 3.1% → 1.9%"
    )
    # up to the second show there are too few shows to say anything
    assert TrafficService(store).finding(ids[1]) is None


def _points(pairs: list[tuple[float | None, float | None]]) -> list[PaidSharePoint]:
    return [
        PaidSharePoint(i, f"S{i}", T0 + timedelta(days=i), "CNY", paid, conv)
        for i, (paid, conv) in enumerate(pairs)
    ]


def test_no_finding_when_paid_flat_conversion_up_or_history_short() -> None:
    find = traffic.paid_up_conversion_down
    assert find(_points([(0.20, 0.03), (0.21, 0.025), (0.22, 0.02)])) is None  # paid +2 points
    assert find(_points([(0.10, 0.02), (0.30, 0.025), (0.40, 0.03)])) is None  # conversion rose
    assert find(_points([(0.10, 0.030), (0.30, 0.029), (0.40, 0.028)])) is None  # fell < 10 %
    assert find(_points([(0.10, 0.03), (0.40, 0.01)])) is None  # two shows only
    # a show without a conversion figure is left out, not read as 0
    got = find(_points([(0.10, 0.03), (0.2, None), (0.3, 0.02), (0.4, 0.015)]))
    assert got is not None and "over 3 shows" in got.evidence


def test_across_shows_can_stop_at_a_show_and_keep_the_latest(store: Store) -> None:
    ids = _with_history(store, [(0.1, 30, 1000), (0.2, 30, 1000), (0.3, 30, 1000)])
    with store.session() as s:
        assert [p.show_id for p in traffic.across_shows(s, "CNY", ids[1])] == ids[:2]
        assert [p.show_id for p in traffic.across_shows(s, "CNY", limit=1)] == ids[-1:]
