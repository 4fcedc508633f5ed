"""KPIs as DESIGN.md defines them. Each carries its formula, its inputs and, when an input is
missing, the reason (shown as "—", never 0). Goals come from the show's plan; history compares
with the previous show and the median of the last 10 shows.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.durations import format_duration
from livestudio.core.i18n import translate
from livestudio.core.models.live import LiveRun
from livestudio.core.models.plan import Show
from livestudio.core.models.review import ReviewProductResult, ReviewSummary, ReviewTrendPoint
from livestudio.core.money import format_money
from livestudio.core.review import data as review_data
from livestudio.core.review import fx
from livestudio.core.review.data import PromoWindow, ReviewData


def _t(text: str) -> str:
    return translate("ReviewKpi", text)


@dataclass
class Kpi:
    key: str
    label: str
    unit: str  # money / count / pct / duration / per1k
    value: float | None
    formula: str
    inputs: list[tuple[str, str]] = field(default_factory=list)
    reason: str | None = None  # why value is None
    source: str = ""
    goal: float | None = None
    goal_delta: float | None = None
    goal_met: bool | None = None
    previous: float | None = None
    previous_title: str = ""
    median10: float | None = None
    median_n: int = 0
    higher_is_better: bool = True
    currency: str = ""  # of a money figure and of what it is compared with
    history_note: str = ""  # "median of the last 4 CNY shows" / "converted at …"

    @property
    def vs_previous(self) -> float | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def vs_median(self) -> float | None:
        if self.value is None or self.median10 is None:
            return None
        return self.value - self.median10


def format_value(
    unit: str, value: float | None, currency: str = "CNY", signed: bool = False
) -> str:
    if value is None:
        return "—"
    sign = "+" if signed and value > 0 else ""
    if unit == "money":
        text = format_money(int(round(value)), currency)
        return sign + text
    if unit == "count":
        return (
            f"{sign}{value:,.0f}"
            if float(value).is_integer() or abs(value) >= 100
            else f"{sign}{value:,.1f}"
        )
    if unit == "pct":
        return f"{sign}{value * 100:.2f}%" if not signed else f"{sign}{value * 100:.2f} pp"
    if unit == "duration":
        return ("-" if value < 0 else sign) + format_duration(abs(int(round(value))))
    if unit == "per1k":
        return f"{sign}{value:,.1f}"
    if unit == "ratio":
        return f"{sign}{value:,.2f}×"
    return f"{sign}{value:,.2f}"


def format_kpi(kpi: Kpi, currency: str = "CNY") -> str:
    return format_value(kpi.unit, kpi.value, kpi.currency or currency)


# ---------------------------------------------------------------- inputs with provenance


@dataclass
class Inp:
    value: float | None
    source: str
    reason: str


def _first(reason: str, *options: tuple[float | None, str]) -> Inp:
    for value, source in options:
        if value is not None:
            return Inp(value, source, "")
    return Inp(None, "", reason)


def _sum_known(items: list[Any], attr: str) -> int | None:
    vals = [getattr(i, attr) for i in items if getattr(i, attr) is not None]
    return sum(vals) if vals else None


def _time_weighted(points: list[tuple[int, int]], end_ms: int | None) -> float | None:
    if not points:
        return None
    if len(points) == 1:
        return float(points[0][1])
    diffs = [b[0] - a[0] for a, b in zip(points, points[1:], strict=False)]
    typical = statistics.median(diffs) if diffs else 0
    last_w = (end_ms - points[-1][0]) if end_ms is not None and end_ms > points[-1][0] else typical
    total_w = 0.0
    acc = 0.0
    for (_ts, v), w in zip(points, diffs + [last_w], strict=False):
        acc += v * w
        total_w += w
    return acc / total_w if total_w > 0 else float(points[-1][1])


class Inputs:
    """The base figures of one show, each with where it came from or why it is missing."""

    def __init__(self, d: ReviewData) -> None:
        s = d.summary
        self.d = d

        def sv(attr: str) -> float | None:
            return getattr(s, attr) if s is not None else None

        src_sum = _t("platform summary")
        src_prod = _t("product results")
        src_trend = _t("minute trend")
        src_live = _t("live log")
        no_export = _t("no platform summary imported or entered")
        trend = d.trend
        run = d.run
        live_gmv = None
        live_units = None
        live_orders = None
        live_gmv_source = _t("live log tallies × live price")
        live_gmv_reason = ""
        self.unattributed_sales = 0
        self.unattributed_units = 0
        if run is not None and run.sales:
            price = {
                li.id: li.live_price if li.live_price is not None else li.list_price
                for li in d.lineup
            }
            priced = [x for x in run.sales if price.get(x.lineup_item_id) is not None]
            unpriced = [x for x in run.sales if price.get(x.lineup_item_id) is None]
            self.unattributed_sales = len(unpriced)
            self.unattributed_units = sum(x.units for x in unpriced)
            if priced:
                live_gmv = sum(x.units * (price[x.lineup_item_id] or 0) for x in priced)
            if unpriced:
                note = _t("{n} sales ({units} units) logged with no product or price, not counted")
                note = note.format(n=len(unpriced), units=self.unattributed_units)
                live_gmv_source += " — " + note
                live_gmv_reason = note
            live_units = sum(x.units for x in run.sales)
            live_orders = len(run.sales)
        self.gmv = _first(
            live_gmv_reason or _t("GMV is not in any import, the manual entry or the live log"),
            (sv("gmv"), src_sum),
            (_sum_known(d.products, "gmv"), src_prod),
            (_sum_known(trend, "gmv"), src_trend),
            (live_gmv, live_gmv_source),
        )
        self.refunds = _first(
            _t("refund amount not imported"),
            (sv("refunds"), src_sum),
            (_sum_known(d.products, "refunds"), src_prod),
        )
        self.orders = _first(
            _t("order count not imported"),
            (sv("orders"), src_sum),
            (_sum_known(d.products, "orders"), src_prod),
            (_sum_known(trend, "orders"), src_trend),
            (live_orders, _t("live log sale tallies")),
        )
        self.buyers = _first(
            _t("buyer count (unique paying users) not imported"), (sv("buyers"), src_sum)
        )
        self.units = _first(
            _t("units sold not imported"),
            (sv("units"), src_sum),
            (_sum_known(d.products, "units"), src_prod),
            (live_units, src_live),
        )
        self.views = _first(
            _t("total views not imported") + " (" + no_export + ")", (sv("views"), src_sum)
        )
        self.uv = _first(
            _t("unique viewers not imported") + " (" + no_export + ")",
            (sv("unique_viewers"), src_sum),
        )
        online_trend = [(p.offset_ms, p.online) for p in trend if p.online is not None]
        live_viewers = sorted(run.viewers) if run is not None else []
        self.peak = _first(
            _t("no viewer figures: import a summary or trend, or log viewer counts live"),
            (sv("peak_viewers"), src_sum),
            (max(v for _, v in online_trend) if online_trend else None, src_trend),
            (max(v for _, v in live_viewers) if live_viewers else None, src_live),
        )
        end = run.total_ms if run is not None else None
        self.avg_online = _first(
            _t("no viewer figures: import a summary or trend, or log viewer counts live"),
            (sv("avg_viewers"), src_sum),
            (_time_weighted(online_trend, end), _t("minute trend, time-weighted")),
            (_time_weighted(live_viewers, end), _t("live log, time-weighted")),
        )
        watch = None
        if sv("total_watch_ms") is not None and sv("unique_viewers"):
            watch = (sv("total_watch_ms") or 0) / (sv("unique_viewers") or 1)
        self.avg_watch = _first(
            _t("average watch time not imported"),
            (sv("avg_watch_ms"), src_sum),
            (watch, _t("total watch time ÷ unique viewers")),
        )
        self.followers = _first(_t("new followers not imported"), (sv("new_followers"), src_sum))
        self.interacting = _first(
            _t("unique interacting viewers not in the export"), (sv("interacting_viewers"), src_sum)
        )
        self.comments = _first(
            _t("comment count not imported"),
            (sv("comments"), src_sum),
            (_sum_known(trend, "comments"), src_trend),
        )
        self.likes = _first(
            _t("like count not imported"),
            (sv("likes"), src_sum),
            (_sum_known(trend, "likes"), src_trend),
        )
        self.shares = _first(_t("share count not imported"), (sv("shares"), src_sum))
        self.impressions = _first(
            _t("product impressions not imported"),
            (sv("product_impressions"), src_sum),
            (_sum_known(d.products, "impressions"), src_prod),
        )
        self.clicks = _first(
            _t("product clicks not imported"),
            (sv("product_clicks"), src_sum),
            (_sum_known(d.products, "clicks"), src_prod),
        )
        self.ad_spend = _first(_t("ad spend not imported"), (sv("ad_spend"), src_sum))
        costs = [(li.cost, units) for li, units in _lineup_units(d)]
        self.product_costs = _first(
            _t("product costs or units sold per product are missing"),
            (
                sum(c * u for c, u in costs)
                if costs and all(c is not None for c, _ in costs)
                else None,
                _t("lineup cost × units sold"),
            ),
        )
        prod_orders = _sum_known(d.products, "orders")
        self.product_orders = _first(
            _t("order count not imported"), (prod_orders, src_prod), (sv("orders"), src_sum)
        )


def _lineup_units(d: ReviewData) -> list[tuple[Any, int]]:
    """(lineup item, units sold) from product results, else from the live log's tallies."""
    by_item: dict[int, int] = {}
    for p in d.products:
        item_id = getattr(p, "lineup_item_id", None)
        if item_id is not None and p.units is not None:
            by_item[item_id] = by_item.get(item_id, 0) + p.units
    if not by_item:
        by_item = {k: v for k, v in d.sales_units_by_item().items() if k is not None}
    items = {li.id: li for li in d.lineup}
    return [(items[i], u) for i, u in by_item.items() if i in items and u]


def _ratio(num: Inp, den: Inp, scale: float = 1.0) -> tuple[float | None, str | None]:
    if num.value is None:
        return None, num.reason
    if den.value is None:
        return None, den.reason
    if den.value == 0:
        return None, _t("the divisor is 0")
    return num.value / den.value * scale, None


def promo_results(d: ReviewData) -> list[dict[str, Any]]:
    """Per promotion window: sell-through (units ÷ limit) and uplift (orders in it vs the same minutes before)."""
    out = []
    trend_orders = d.trend_has("orders")
    sales = d.run.sales if d.run is not None else []
    for w in d.promo_windows():
        units = w.units_sold
        if units is None and d.run is not None:
            units = sum(s.units for s in sales if w.start_ms <= s.offset_ms < w.end_ms)
        sell = units / w.quantity_limit if units is not None and w.quantity_limit else None
        length = w.end_ms - w.start_ms
        during = before = None
        if trend_orders:
            during = sum(p.orders or 0 for p in d.trend if w.start_ms <= p.offset_ms < w.end_ms)
            before = sum(
                p.orders or 0 for p in d.trend if w.start_ms - length <= p.offset_ms < w.start_ms
            )
        elif sales:
            during = sum(1 for s in sales if w.start_ms <= s.offset_ms < w.end_ms)
            before = sum(1 for s in sales if w.start_ms - length <= s.offset_ms < w.start_ms)
        uplift = (during - before) / before if during is not None and before else None
        out.append(
            {
                "window": w,
                "units": units,
                "sell_through": sell,
                "orders_during": during,
                "orders_before": before,
                "uplift": uplift,
            }
        )
    return out


def compute(d: ReviewData) -> list[Kpi]:
    """The KPI list for one show (no goals or history yet)."""
    i = Inputs(d)
    cur = d.currency
    out: list[Kpi] = []

    def fmt(unit: str, inp: Inp) -> str:
        return format_value(unit, inp.value, cur) + (f" ({inp.source})" if inp.source else "")

    def direct(
        key: str, label: str, unit: str, inp: Inp, formula: str, better: bool = True
    ) -> None:
        out.append(
            Kpi(
                key,
                label,
                unit,
                inp.value,
                formula,
                [(label, fmt(unit, inp))],
                inp.reason or None,
                inp.source,
                higher_is_better=better,
            )
        )

    def ratio(
        key: str,
        label: str,
        unit: str,
        num: Inp,
        den: Inp,
        formula: str,
        names: tuple[str, str],
        units: tuple[str, str],
        scale: float = 1.0,
        better: bool = True,
    ) -> None:
        value, reason = _ratio(num, den, scale)
        out.append(
            Kpi(
                key,
                label,
                unit,
                value,
                formula,
                [(names[0], fmt(units[0], num)), (names[1], fmt(units[1], den))],
                reason,
                higher_is_better=better,
            )
        )

    direct("gmv", _t("GMV"), "money", i.gmv, _t("GMV = sum of paid order amounts (before refunds)"))
    if i.gmv.value is not None and i.refunds.value is not None:
        net = Inp(i.gmv.value - i.refunds.value, "", "")
    else:
        net = Inp(None, "", i.gmv.reason or i.refunds.reason)
    out.append(
        Kpi(
            "net_gmv",
            _t("Net GMV"),
            "money",
            net.value,
            _t("Net GMV = GMV − refunds"),
            [(_t("GMV"), fmt("money", i.gmv)), (_t("Refunds"), fmt("money", i.refunds))],
            net.reason or None,
        )
    )
    direct("orders", _t("Orders"), "count", i.orders, _t("Orders = paid orders"))
    direct("buyers", _t("Buyers"), "count", i.buyers, _t("Buyers = unique paying users"))
    direct("units", _t("Units"), "count", i.units, _t("Units = items sold"))
    ratio(
        "aov",
        _t("AOV (客单价)"),
        "money",
        i.gmv,
        i.buyers,
        _t("AOV = GMV ÷ buyers"),
        (_t("GMV"), _t("Buyers")),
        ("money", "count"),
    )
    direct(
        "views",
        _t("Views (PV)"),
        "count",
        i.views,
        _t("Views = total views of the live room (场观)"),
    )
    direct(
        "unique_viewers",
        _t("Unique viewers (UV)"),
        "count",
        i.uv,
        _t("Unique viewers = distinct people who watched"),
    )
    direct(
        "peak_viewers",
        _t("Peak concurrent"),
        "count",
        i.peak,
        _t("Peak concurrent = highest online count (最高在线)"),
    )
    direct(
        "avg_viewers",
        _t("Average concurrent"),
        "count",
        i.avg_online,
        _t("Average concurrent = online viewers averaged over time (平均在线)"),
    )
    direct(
        "avg_watch",
        _t("Average watch time"),
        "duration",
        i.avg_watch,
        _t("Average watch time = total watch time ÷ unique viewers"),
    )
    ratio(
        "conversion",
        _t("Conversion"),
        "pct",
        i.buyers,
        i.uv,
        _t("Conversion = buyers ÷ unique viewers"),
        (_t("Buyers"), _t("Unique viewers")),
        ("count", "count"),
    )
    ratio(
        "uv_value",
        _t("UV value"),
        "money",
        i.gmv,
        i.uv,
        _t("UV value = GMV ÷ unique viewers"),
        (_t("GMV"), _t("Unique viewers")),
        ("money", "count"),
    )
    ratio(
        "gpm",
        _t("GPM (per 1,000 views)"),
        "money",
        i.gmv,
        i.views,
        _t("GPM = GMV ÷ views × 1,000 (denominator: total views, not unique viewers)"),
        (_t("GMV"), _t("Views")),
        ("money", "count"),
        scale=1000,
    )
    # interaction: the rate when unique interacting viewers are known, else counts per 1,000 views
    if i.interacting.value is not None:
        ratio(
            "interaction",
            _t("Interaction rate"),
            "pct",
            i.interacting,
            i.uv,
            _t("Interaction rate = unique interacting viewers ÷ unique viewers"),
            (_t("Interacting viewers"), _t("Unique viewers")),
            ("count", "count"),
        )
    else:
        parts = [p for p in (i.comments, i.likes, i.shares) if p.value is not None]
        counts = (
            Inp(sum(p.value or 0 for p in parts), "", "")
            if parts
            else Inp(None, "", i.comments.reason)
        )
        value, reason = _ratio(counts, i.views, 1000)
        out.append(
            Kpi(
                "interaction",
                _t("Interactions per 1,000 views"),
                "per1k",
                value,
                _t(
                    "Unique interacting viewers are not in the export, so: (comments + likes + shares) ÷ views × 1,000"
                ),
                [
                    (_t("Comments"), fmt("count", i.comments)),
                    (_t("Likes"), fmt("count", i.likes)),
                    (_t("Shares"), fmt("count", i.shares)),
                    (_t("Views"), fmt("count", i.views)),
                ],
                reason,
            )
        )
    ratio(
        "follow_rate",
        _t("Follow rate"),
        "pct",
        i.followers,
        i.uv,
        _t("Follow rate = new followers ÷ unique viewers"),
        (_t("New followers"), _t("Unique viewers")),
        ("count", "count"),
    )
    ratio(
        "ctr",
        _t("Product click-through"),
        "pct",
        i.clicks,
        i.impressions,
        _t("Click-through = product clicks ÷ product impressions"),
        (_t("Product clicks"), _t("Product impressions")),
        ("count", "count"),
    )
    ratio(
        "click_to_order",
        _t("Click-to-order"),
        "pct",
        i.product_orders,
        i.clicks,
        _t("Click-to-order = orders ÷ product clicks"),
        (_t("Orders"), _t("Product clicks")),
        ("count", "count"),
    )
    ratio(
        "refund_rate",
        _t("Refund rate"),
        "pct",
        i.refunds,
        i.gmv,
        _t("Refund rate = refunds ÷ GMV"),
        (_t("Refunds"), _t("GMV")),
        ("money", "money"),
        better=False,
    )
    ratio(
        "roi",
        _t("ROI"),
        "ratio",
        i.gmv,
        i.ad_spend,
        _t("ROI = GMV ÷ ad spend"),
        (_t("GMV"), _t("Ad spend")),
        ("money", "money"),
    )
    if None not in (net.value, i.product_costs.value, i.ad_spend.value):
        profit = Inp(
            (net.value or 0) - (i.product_costs.value or 0) - (i.ad_spend.value or 0), "", ""
        )
    else:
        profit = Inp(None, "", net.reason or i.product_costs.reason or i.ad_spend.reason)
    out.append(
        Kpi(
            "net_profit",
            _t("Net profit"),
            "money",
            profit.value,
            _t("Net profit = net GMV − product costs − ad spend"),
            [
                (_t("Net GMV"), fmt("money", net)),
                (_t("Product costs"), fmt("money", i.product_costs)),
                (_t("Ad spend"), fmt("money", i.ad_spend)),
            ],
            profit.reason or None,
        )
    )
    promos = promo_results(d)
    promos = [p for p in promos if not p["window"].is_giveaway]  # judged by participation
    limited = [p for p in promos if p["units"] is not None and p["window"].quantity_limit]
    if not promos:
        st_value, st_reason = None, _t("no promotions in the plan or the live log")
    elif not limited:
        st_value, st_reason = None, _t("no promotion has both a quantity limit and units sold")
    else:
        st_value = sum(p["units"] for p in limited) / sum(
            p["window"].quantity_limit for p in limited
        )
        st_reason = None
    out.append(
        Kpi(
            "sell_through",
            _t("Promotion sell-through"),
            "pct",
            st_value,
            _t("Sell-through = units sold during promotions ÷ their quantity limits"),
            [
                (
                    p["window"].title,
                    f"{p['units'] if p['units'] is not None else '—'} / "
                    f"{p['window'].quantity_limit or '—'}",
                )
                for p in promos
            ],
            st_reason,
        )
    )
    with_before = [p for p in promos if p["orders_during"] is not None and p["orders_before"]]
    if not promos:
        up_value, up_reason = None, _t("no promotions in the plan or the live log")
    elif not with_before:
        up_value, up_reason = (
            None,
            _t("no orders per minute around the promotions (import a trend with orders)"),
        )
    else:
        before = sum(p["orders_before"] for p in with_before)
        up_value, up_reason = sum(p["orders_during"] for p in with_before) / before - 1, None
    out.append(
        Kpi(
            "uplift",
            _t("Promotion uplift"),
            "pct",
            up_value,
            _t(
                "Uplift = orders during promotions ÷ orders in the same number of minutes before − 1"
            ),
            [(p["window"].title, f"{p['orders_during']} vs {p['orders_before']}") for p in promos],
            up_reason,
        )
    )
    for k in out:
        k.currency = cur
    return out


GOALS: dict[str, Callable[[Show], float | None]] = {
    "gmv": lambda s: s.goal_gmv,
    "orders": lambda s: s.goal_orders,
    "peak_viewers": lambda s: s.goal_peak_viewers,
    "conversion": lambda s: (
        s.goal_conversion_pct / 100 if s.goal_conversion_pct is not None else None
    ),
}


def apply_goals(show: Show, kpis: list[Kpi]) -> None:
    for k in kpis:
        get = GOALS.get(k.key)
        if get is None:
            continue
        goal = get(show)
        if goal is None:
            continue
        k.goal = goal
        if k.value is not None:
            k.goal_delta = k.value - goal
            k.goal_met = k.value >= goal


def shows_with_data(session: Session) -> list[Show]:
    """Shows that have anything to review, oldest first."""
    ids: set[int] = set()
    for table in (ReviewSummary, ReviewTrendPoint, ReviewProductResult):
        ids.update(session.scalars(select(table.show_id).distinct()))
    ids.update(session.scalars(select(LiveRun.show_id).distinct()))
    shows = list(session.scalars(select(Show).where(Show.id.in_(ids)))) if ids else []
    return sorted(shows, key=review_data.show_order_key)


def base_values(session: Session, show_id: int) -> dict[str, float | None]:
    return {k.key: k.value for k in compute(review_data.load(session, show_id))}


def apply_history(session: Session, show: Show, kpis: list[Kpi], convert: bool = False) -> None:
    """Previous show and median of the last 10 earlier shows with review data, in the same
    currency as this one. With `convert`, shows in other currencies join, their money figures
    converted at the rates the user entered (a show with no rate for its currency stays out)."""
    cur = show.currency
    table = fx.rates(session) if convert else []
    earlier = [
        s
        for s in shows_with_data(session)
        if s.id != show.id and review_data.show_order_key(s) < review_data.show_order_key(show)
    ]
    picked: list[tuple[Show, fx.Rate | None]] = []
    for s in reversed(earlier):
        if s.currency == cur:
            picked.append((s, None))
        elif convert:
            day = s.scheduled_start.date() if s.scheduled_start else None
            rate = fx.rate_for(table, s.currency, cur, day)
            if rate is not None:
                picked.append((s, rate))
        if len(picked) == 10:
            break
    loaded = review_data.load_many(session, [s.id for s, _ in picked])
    values: list[tuple[Show, dict[str, float | None], fx.Rate | None]] = []
    for s, rate in picked:
        if s.id not in loaded:
            continue
        vals: dict[str, float | None] = {}
        for k in compute(loaded[s.id]):
            v = k.value
            if rate is not None and v is not None and k.unit == "money":
                v = fx.convert_minor(v, rate)
            vals[k.key] = v
        values.append((s, vals, rate))
    used_rates = sorted({r.text() for _, _, r in values if r is not None})
    for k in kpis:
        if values:
            prev_show, prev, _rate = values[0]
            k.previous = prev.get(k.key)
            k.previous_title = prev_show.title
        known = [v[k.key] for _, v, _r in values if v.get(k.key) is not None]
        if known:
            k.median10 = float(statistics.median([float(x) for x in known if x is not None]))
            k.median_n = len(known)
        if used_rates:
            k.history_note = _t("median of the last {n} shows, converted to {cur}: {rates}").format(
                n=k.median_n, cur=cur, rates="; ".join(used_rates)
            )
        else:
            k.history_note = _t("median of the last {n} {cur} shows").format(n=k.median_n, cur=cur)


def kpi_report(session: Session, show_id: int, history: bool = True) -> list[Kpi]:
    d = review_data.load(session, show_id)
    kpis = compute(d)
    apply_goals(d.show, kpis)
    if history:
        apply_history(session, d.show, kpis)
    return kpis


def kpi_history(
    session: Session,
    keys: tuple[str, ...] = ("gmv", "conversion", "aov", "avg_watch"),
    chunk: int = 200,
    currency: str | None = None,
) -> list[tuple[Show, dict[str, float | None]]]:
    """Across shows, oldest first: the chosen KPI values of every show that has review data
    (only the shows sold in `currency` when given: money from two currencies is never one line)."""
    shows = shows_with_data(session)
    if currency is not None:
        shows = [s for s in shows if s.currency == currency]
    out = []
    for start in range(0, len(shows), chunk):
        part = shows[start : start + chunk]
        loaded = review_data.load_many(session, [s.id for s in part])
        for s in part:
            values = {k.key: k.value for k in compute(loaded[s.id])}
            out.append((s, {k: values.get(k) for k in keys}))
    return out


def compare(session: Session, a_id: int, b_id: int) -> list[tuple[Kpi, Kpi, float | None]]:
    """A/B: both shows' KPIs side by side with B − A. Money figures of two shows sold in
    different currencies get no difference (each keeps its own currency)."""
    a = compute(review_data.load(session, a_id))
    b = compute(review_data.load(session, b_id))
    out = []
    for ka, kb in zip(a, b, strict=True):
        delta = None
        if ka.value is not None and kb.value is not None:
            if ka.unit != "money" or ka.currency == kb.currency:
                delta = kb.value - ka.value
        out.append((ka, kb, delta))
    return out


def kpi_dict(k: Kpi, currency: str) -> dict[str, Any]:
    return {
        "key": k.key,
        "label": k.label,
        "unit": k.unit,
        "value": k.value,
        "display": format_kpi(k, currency),
        "formula": k.formula,
        "inputs": [{"name": n, "value": v} for n, v in k.inputs],
        "missing_reason": k.reason,
        "goal": k.goal,
        "goal_met": k.goal_met,
        "goal_delta": k.goal_delta,
        "previous": k.previous,
        "vs_previous": k.vs_previous,
        "median_last_10": k.median10,
        "median_n": k.median_n,
        "currency": k.currency or currency,
        "history_note": k.history_note,
        "vs_median": k.vs_median,
    }


__all__ = [
    "Kpi",
    "PromoWindow",
    "compute",
    "kpi_report",
    "kpi_history",
    "compare",
    "format_value",
    "format_kpi",
]
