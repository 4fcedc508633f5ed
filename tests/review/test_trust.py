"""Review a seller can trust across platforms and currencies: comparisons stay within one
currency (or say the rate they used), unattributed sales are counted apart, ad spend gives
ROI and net profit, giveaways are judged by participation, the most-asked questions become a
plan change, and a stream problem that cost viewers is named."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from livestudio.core.db import Store
from livestudio.core.live.summary import PromoActual, RunSummary, SaleLog, SegmentActual
from livestudio.core.models import LiveRun, StreamHealth
from livestudio.core.models.plan import LineupItem, Promotion, Show
from livestudio.core.models.review import ReviewComment, ReviewTrendPoint
from livestudio.core.review import data as review_data
from livestudio.core.review import findings, fx, importer, kpis

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _show(store: Store, currency: str, gmv: int | None, days_before: int, **summary: int) -> int:
    with store.transaction() as s:
        show = Show(
            title=f"{currency} show -{days_before}d",
            scheduled_start=START - timedelta(days=days_before),
            currency=currency,
        )
        s.add(show)
        s.flush()
        if gmv is not None or summary:
            importer.save_manual_summary(s, show.id, {"gmv": gmv, **summary})
        return show.id


def _kpis(store: Store, show_id: int, convert: bool = False) -> dict[str, kpis.Kpi]:
    with store.session() as s:
        d = review_data.load(s, show_id)
        out = kpis.compute(d)
        kpis.apply_history(s, d.show, out, convert=convert)
        return {k.key: k for k in out}


def test_comparisons_use_shows_in_the_same_currency_and_say_so(store: Store) -> None:
    for i, g in enumerate((100_00, 200_00, 300_00, 400_00)):
        _show(store, "CNY", g, 40 - i)
    _show(store, "USD", 50_00, 5)  # a TikTok show in dollars, more recent
    current = _show(store, "CNY", 500_00, 0)
    gmv = _kpis(store, current)["gmv"]
    assert gmv.previous == 400_00 and gmv.previous_title == "CNY show -37d"
    assert gmv.median_n == 4 and gmv.median10 == pytest.approx(250_00)
    assert "4 CNY shows" in gmv.history_note
    assert gmv.currency == "CNY"


def test_a_rate_the_user_entered_converts_and_is_named(store: Store) -> None:
    _show(store, "CNY", 700_00, 30)
    _show(store, "USD", 100_00, 5)
    current = _show(store, "CNY", 800_00, 0)
    with store.transaction() as s:
        fx.set_rate(s, "USD", "CNY", "7.1", date(2026, 11, 1))
    gmv = _kpis(store, current, convert=True)["gmv"]
    assert gmv.previous == pytest.approx(710_00)  # $100.00 at 7.1
    assert gmv.median_n == 2
    assert "1 USD = 7.1000 CNY (rate of 2026-11-01)" in gmv.history_note
    with pytest.raises(ValueError), store.transaction() as s:
        fx.set_rate(s, "USD", "CNY", "0", date(2026, 11, 1))


def test_ab_and_across_shows_never_mix_currencies(store: Store) -> None:
    a = _show(store, "USD", 100_00, 7, views=1000, unique_viewers=500, buyers=10)
    b = _show(store, "CNY", 900_00, 0, views=2000, unique_viewers=800, buyers=20)
    with store.session() as s:
        rows = {ka.key: (ka, kb, d) for ka, kb, d in kpis.compare(s, a, b)}
        usd = kpis.kpi_history(s, currency="USD")
    ka, kb, delta = rows["gmv"]
    assert delta is None and (ka.currency, kb.currency) == ("USD", "CNY")
    assert kpis.format_kpi(ka) == "$100.00" and "¥" in kpis.format_kpi(kb)
    assert rows["conversion"][2] is not None  # a rate compares across currencies
    assert [show.id for show, _ in usd] == [a]


def _run(store: Store, show_id: int, **kw: object) -> RunSummary:
    with store.transaction() as s:
        run = LiveRun(show_id=show_id)
        s.add(run)
        s.flush()
        run_id = run.id
    return RunSummary(
        run_id,
        show_id,
        START,
        START + timedelta(minutes=30),
        30 * 60_000,
        segments=[SegmentActual(None, 0, "All", "custom", 30 * 60_000, 0, 30 * 60_000)],
        **kw,  # type: ignore[arg-type]
    )


def test_unattributed_sales_are_reported_apart(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    show_id = _show(store, "CNY", None, 0)
    with store.transaction() as s:
        item = LineupItem(show_id=show_id, position=0, name="Scarf", live_price=99_00)
        s.add(item)
        s.flush()
        item_id = item.id
    priced = _run(store, show_id, sales=[SaleLog(60_000, item_id, 2), SaleLog(120_000, None, 3)])
    monkeypatch.setattr(review_data, "load_run", lambda session, sid: priced)
    gmv = _kpis(store, show_id)["gmv"]
    assert gmv.value == 198_00
    assert "1 sales (3 units) logged with no product" in gmv.source
    only = _run(store, show_id, sales=[SaleLog(120_000, None, 3)])
    monkeypatch.setattr(review_data, "load_run", lambda session, sid: only)
    gmv = _kpis(store, show_id)["gmv"]
    assert gmv.value is None
    assert gmv.reason is not None and "no product" in gmv.reason


def test_roi_and_net_profit_from_ad_spend_and_costs(store: Store) -> None:
    show_id = _show(store, "CNY", 10_000_00, 0, refunds=500_00, ad_spend=2_000_00)
    with store.transaction() as s:
        s.add(LineupItem(show_id=show_id, position=0, name="Tea", cost=20_00))
        s.flush()
        item = s.query(LineupItem).filter_by(show_id=show_id).one()
        from livestudio.core.models.review import ReviewProductResult

        s.add(ReviewProductResult(show_id=show_id, lineup_item_id=item.id, name="Tea", units=100))
    k = _kpis(store, show_id)
    assert k["roi"].value == pytest.approx(5.0)
    assert kpis.format_kpi(k["roi"]) == "5.00×"
    assert k["net_profit"].value == 10_000_00 - 500_00 - 100 * 20_00 - 2_000_00
    no_ads = _kpis(store, _show(store, "CNY", 100_00, 1))
    assert no_ads["roi"].value is None and no_ads["roi"].reason == "ad spend not imported"


def test_a_lottery_is_judged_by_participation_not_sell_through(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    show_id = _show(store, "CNY", None, 0)
    with store.transaction() as s:
        lottery = Promotion(
            show_id=show_id,
            kind="lottery",
            title="Lucky draw",
            quantity_limit=3,
            duration_ms=5 * 60_000,
            start_offset_ms=10 * 60_000,
        )
        s.add(lottery)
        s.flush()
        pid = lottery.id
        for m in range(20):
            s.add(ReviewTrendPoint(show_id=show_id, offset_ms=m * 60_000, online=100, comments=10))
    run = _run(
        store, show_id, promotions=[PromoActual("p", pid, "Lucky draw", 600_000, 900_000, 3, 0)]
    )
    monkeypatch.setattr(review_data, "load_run", lambda session, sid: run)
    with store.session() as s:
        d = review_data.load(s, show_id)
        found = findings.find(d)
        k = {x.key: x for x in kpis.compute(d)}
    assert not any(f.rule == "low_sell_through" for f in found)  # never "0 of 3 sold"
    give = [f for f in found if f.rule == "giveaway_participation"]
    assert give and "50 comments during it against 50" in give[0].evidence
    assert k["sell_through"].value is None


def test_questions_asked_most_become_a_plan_change(store: Store) -> None:
    show_id = _show(store, "CNY", None, 0)
    with store.transaction() as s:
        for i in range(12):
            s.add(
                ReviewComment(show_id=show_id, text=f"有没有大码 {i}", topic="size", question=True)
            )
        s.add(ReviewComment(show_id=show_id, text="链接在哪", topic="purchase", question=True))
    with store.session() as s:
        found = [
            f for f in findings.find(review_data.load(s, show_id)) if f.rule == "questions_most"
        ]
    assert len(found) == 1
    assert found[0].title == "Size / fit asked 12 times"
    assert "add a size chart to the Lineup talking points" in found[0].action


def test_viewers_lost_while_the_stream_reconnected(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    show_id = _show(store, "CNY", None, 0)
    run = _run(store, show_id)
    with store.transaction() as s:
        for m in range(30):
            online = 1000 if m < 12 else 690 if m < 15 else 800
            s.add(ReviewTrendPoint(show_id=show_id, offset_ms=m * 60_000, online=online))
        for sec in range(0, 30 * 60, 5):
            bad = 12 * 60 + 5 <= sec < 12 * 60 + 47
            s.add(
                StreamHealth(
                    run_id=run.run_id,
                    offset_ms=sec * 1000,
                    connected=True,
                    live=True,
                    recording=False,
                    reconnecting=bad,
                    bitrate_kbps=0 if bad else 3000,
                )
            )
    monkeypatch.setattr(review_data, "load_run", lambda session, sid: run)
    with store.session() as s:
        found = [
            f for f in findings.find(review_data.load(s, show_id)) if f.rule == "stream_problem"
        ]
    assert len(found) == 1
    assert "viewers fell 31% while the stream reconnected for 0:45 at 12:05" in found[0].evidence
