"""KPI formulas against hand-computed figures, every missing-input case, goals and history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from livestudio.core.db import Store
from livestudio.core.live.summary import PromoActual, RunSummary, SaleLog, SegmentActual
from livestudio.core.models.plan import Show
from livestudio.core.models.review import ReviewProductResult, ReviewSummary, ReviewTrendPoint
from livestudio.core.review import data as review_data
from livestudio.core.review import importer, kpis

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
FULL = {
    "gmv": 1_000_000,
    "refunds": 50_000,
    "orders": 120,
    "buyers": 100,
    "units": 150,
    "views": 20_000,
    "unique_viewers": 8_000,
    "peak_viewers": 900,
    "avg_viewers": 400,
    "avg_watch_ms": 90_000,
    "new_followers": 240,
    "likes": 5_000,
    "comments": 1_000,
    "shares": 200,
    "product_impressions": 10_000,
    "product_clicks": 1_000,
}


def _show(
    store: Store,
    summary: dict[str, int | None] | None = None,
    start: datetime = START,
    **goals: object,
) -> int:
    with store.transaction() as s:
        show = Show(title=f"Show {start:%m-%d}", scheduled_start=start, currency="CNY", **goals)
        s.add(show)
        s.flush()
        if summary is not None:
            importer.save_manual_summary(s, show.id, summary)
        return show.id


def _kpis(store: Store, show_id: int) -> dict[str, kpis.Kpi]:
    with store.session() as s:
        return {k.key: k for k in kpis.kpi_report(s, show_id)}


def test_hand_computed_figures(store: Store) -> None:
    k = _kpis(store, _show(store, FULL))
    assert k["gmv"].value == 1_000_000 and kpis.format_kpi(k["gmv"]) == "¥10,000.00"
    assert k["net_gmv"].value == 950_000
    assert k["aov"].value == 10_000  # ¥10,000 / 100 buyers = ¥100.00
    assert kpis.format_kpi(k["aov"]) == "¥100.00"
    assert (
        k["conversion"].value == pytest.approx(0.0125)
        and kpis.format_kpi(k["conversion"]) == "1.25%"
    )
    assert k["uv_value"].value == pytest.approx(125)  # ¥1.25 per unique viewer
    assert k["gpm"].value == pytest.approx(50_000)  # ¥500 per 1,000 views
    assert "views" in k["gpm"].formula  # the denominator is stated
    assert k["interaction"].unit == "per1k" and k["interaction"].value == pytest.approx(310)
    assert "not in the export" in k["interaction"].formula
    assert k["follow_rate"].value == pytest.approx(0.03)
    assert k["ctr"].value == pytest.approx(0.1)
    assert k["click_to_order"].value == pytest.approx(0.12)
    assert k["refund_rate"].value == pytest.approx(0.05)
    assert k["avg_watch"].value == 90_000 and kpis.format_kpi(k["avg_watch"]) == "1:30"
    assert k["peak_viewers"].value == 900 and k["avg_viewers"].value == 400
    assert all(x.formula for x in k.values())


def test_interaction_rate_when_unique_interacting_viewers_are_known(store: Store) -> None:
    k = _kpis(store, _show(store, {**FULL, "interacting_viewers": 1_200}))
    assert k["interaction"].unit == "pct" and k["interaction"].value == pytest.approx(0.15)


@pytest.mark.parametrize(
    ("missing", "affected"),
    [
        ("gmv", ["gmv", "net_gmv", "aov", "uv_value", "gpm", "refund_rate"]),
        ("refunds", ["net_gmv", "refund_rate"]),
        ("buyers", ["buyers", "aov", "conversion"]),
        ("unique_viewers", ["unique_viewers", "conversion", "uv_value", "follow_rate"]),
        ("views", ["views", "gpm", "interaction"]),
        ("new_followers", ["follow_rate"]),
        ("product_impressions", ["ctr"]),
        ("product_clicks", ["ctr", "click_to_order"]),
        ("avg_watch_ms", ["avg_watch"]),
        ("orders", ["orders", "click_to_order"]),
        ("units", ["units"]),
        ("peak_viewers", ["peak_viewers"]),
        ("avg_viewers", ["avg_viewers"]),
    ],
)
def test_each_missing_input_gives_dash_with_a_reason_never_zero(
    store: Store, missing: str, affected: list[str]
) -> None:
    k = _kpis(store, _show(store, {**FULL, missing: None}))
    for key in affected:
        assert k[key].value is None, key
        assert k[key].reason, key
        assert kpis.format_kpi(k[key]) == "—"
    untouched = [key for key in ("gmv", "orders", "conversion", "ctr") if key not in affected]
    for key in untouched:
        assert k[key].value is not None


def test_zero_divisor_is_a_reason_not_a_crash(store: Store) -> None:
    k = _kpis(store, _show(store, {**FULL, "buyers": 0}))
    assert k["aov"].value is None and "0" in (k["aov"].reason or "")


def test_nothing_imported_says_why_for_every_kpi(store: Store) -> None:
    k = _kpis(store, _show(store))
    for key, kpi in k.items():
        assert kpi.value is None and kpi.reason, key


def test_fallbacks_products_and_time_weighted_trend(store: Store) -> None:
    show_id = _show(store)
    with store.transaction() as s:
        s.add_all(
            [
                ReviewProductResult(
                    show_id=show_id,
                    sku="A",
                    name="A",
                    impressions=1000,
                    clicks=100,
                    orders=10,
                    units=12,
                    gmv=120_000,
                    refunds=1_000,
                ),
                ReviewProductResult(
                    show_id=show_id,
                    sku="B",
                    name="B",
                    impressions=500,
                    clicks=20,
                    orders=5,
                    units=5,
                    gmv=30_000,
                    refunds=None,
                ),
            ]
        )
        for off, online in ((0, 100), (60_000, 200), (180_000, 400)):
            s.add(ReviewTrendPoint(show_id=show_id, offset_ms=off, online=online))
    k = _kpis(store, show_id)
    assert k["gmv"].value == 150_000 and k["gmv"].source == "product results"
    assert k["units"].value == 17 and k["refund_rate"].value == pytest.approx(1_000 / 150_000)
    assert k["ctr"].value == pytest.approx(120 / 1500)
    assert k["peak_viewers"].value == 400
    # weights 60 s, 120 s and (median step) 90 s for the last point
    assert k["avg_viewers"].value == pytest.approx((100 * 60 + 200 * 120 + 400 * 90) / 270)


def test_promotion_sell_through_and_uplift_from_the_live_log(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    show_id = _show(store)
    with store.transaction() as s:
        for m in range(20):  # 2 orders a minute before, 5 during the 5-minute promotion
            s.add(
                ReviewTrendPoint(
                    show_id=show_id,
                    offset_ms=m * 60_000,
                    online=100,
                    orders=5 if 10 <= m < 15 else 2,
                )
            )
    run = RunSummary(
        1,
        show_id,
        START,
        START + timedelta(minutes=20),
        20 * 60_000,
        segments=[SegmentActual(None, 0, "All", "custom", 20 * 60_000, 0, 20 * 60_000)],
        sales=[SaleLog(11 * 60_000, None, 30, "p")],
        promotions=[PromoActual("p", None, "Flash", 10 * 60_000, 15 * 60_000, 40, 30)],
    )
    monkeypatch.setattr(
        review_data, "load_run", lambda session, sid: run if sid == show_id else None
    )
    k = _kpis(store, show_id)
    assert k["sell_through"].value == pytest.approx(30 / 40)
    assert k["uplift"].value == pytest.approx(25 / 10 - 1)


def test_goals_met_and_missed_by_how_much(store: Store) -> None:
    k = _kpis(
        store,
        _show(
            store,
            FULL,
            goal_gmv=1_200_000,
            goal_orders=100,
            goal_peak_viewers=900,
            goal_conversion_pct=1.5,
        ),
    )
    assert k["gmv"].goal_met is False and k["gmv"].goal_delta == -200_000
    assert k["orders"].goal_met is True and k["orders"].goal_delta == 20
    assert k["peak_viewers"].goal_met is True and k["peak_viewers"].goal_delta == 0
    assert k["conversion"].goal_met is False and k["conversion"].goal_delta == pytest.approx(
        -0.0025
    )
    assert k["aov"].goal is None


def test_change_vs_previous_show_and_median_of_last_10(store: Store) -> None:
    gmvs = [
        100,
        200,
        300,
        400,
        500,
        600,
        700,
        800,
        900,
        1000,
        1100,
        1200,
    ]  # ¥; the first two are beyond 10
    for i, g in enumerate(gmvs):
        _show(store, {"gmv": g * 100}, start=START - timedelta(days=7 * (len(gmvs) - i)))
    _show(store, start=START - timedelta(days=3))  # a show with no data is not "previous"
    current = _show(store, {"gmv": 150_000}, start=START)
    _show(store, {"gmv": 1}, start=START + timedelta(days=7))  # later shows never count
    k = _kpis(store, current)["gmv"]
    assert k.previous == 120_000 and k.vs_previous == 30_000
    assert k.median_n == 10 and k.median10 == pytest.approx(75_000)  # median of ¥300..¥1,200
    assert k.vs_median == pytest.approx(75_000)
    with store.session() as s:
        assert kpis.kpi_dict(kpis.kpi_report(s, current)[0], "CNY")["vs_previous"] == 30_000


def test_ab_compare_and_history(store: Store) -> None:
    a = _show(store, FULL, start=START - timedelta(days=7))
    b = _show(store, {**FULL, "gmv": 1_100_000}, start=START)
    with store.session() as s:
        rows = {ka.key: (ka.value, kb.value, delta) for ka, kb, delta in kpis.compare(s, a, b)}
        hist = kpis.kpi_history(s)
    assert rows["gmv"] == (1_000_000, 1_100_000, 100_000)
    assert [show.id for show, _ in hist] == [a, b]
    assert hist[1][1]["aov"] == 11_000


def test_manual_summary_overrides_nothing_else(store: Store) -> None:
    show_id = _show(store, {"gmv": 10_000})
    with store.session() as s:
        summary = s.query(ReviewSummary).one()
        assert summary.orders is None
        assert _kpis(store, show_id)["orders"].reason
