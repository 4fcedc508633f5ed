"""Everything the review of one show looks at, loaded once: plan, live log, imported data, comments.

Also the derived series: per-minute trend, the segment bands (actual from the live log, else the
planned run-of-show) and what happened inside each band.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.i18n import translate
from livestudio.core.live.summary import run_summary as load_run
from livestudio.core.models.live import StreamHealth
from livestudio.core.models.plan import LineupItem, Promotion, Segment, Show
from livestudio.core.models.review import (
    ReviewComment,
    ReviewProductResult,
    ReviewSummary,
    ReviewTrendPoint,
)
from livestudio.core.plan.promotions import planned_start_ms, segment_start_map

MINUTE = 60_000
TREND_FIELDS = ("online", "entries", "comments", "likes", "orders", "gmv")


def _t(text: str) -> str:
    return translate("ReviewData", text)


@dataclass
class Band:
    """A segment on the timeline. `actual` False = taken from the plan (no live log)."""

    segment_id: int | None
    position: int
    title: str
    kind: str
    planned_ms: int
    start_ms: int
    end_ms: int
    actual: bool

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms


@dataclass
class BandStats:
    band: Band
    viewers_start: int | None
    viewers_end: int | None
    viewers_peak: int | None
    orders: int | None
    gmv: int | None
    units_logged: int

    @property
    def viewers_change(self) -> int | None:
        if self.viewers_start is None or self.viewers_end is None:
            return None
        return self.viewers_end - self.viewers_start


@dataclass
class PromoWindow:
    key: str
    promotion_id: int | None
    title: str
    start_ms: int
    end_ms: int
    quantity_limit: int | None
    units_sold: int | None
    actual: bool
    kind: str = ""  # the plan's promotion kind (lottery and gift are judged by participation)

    @property
    def is_giveaway(self) -> bool:
        return self.kind in GIVEAWAY_KINDS


GIVEAWAY_KINDS = ("lottery", "gift")


@dataclass
class MinuteSeries:
    minutes: list[int] = field(default_factory=list)  # minute index from the show start
    values: dict[str, list[int | None]] = field(default_factory=dict)

    def at(self, name: str, minute: int) -> int | None:
        try:
            return self.values[name][self.minutes.index(minute)]
        except (KeyError, ValueError):
            return None


@dataclass
class ReviewData:
    show: Show
    summary: ReviewSummary | None
    trend: list[Any]  # rows with ReviewTrendPoint's columns
    products: list[ReviewProductResult]
    comments: list[ReviewComment]
    run: Any | None
    lineup: list[LineupItem]
    segments: list[Segment]
    promotions: list[Promotion]
    _minutes: MinuteSeries | None = None
    health: list[Any] = field(default_factory=list)  # StreamHealth rows of the live run (OBS)

    @property
    def currency(self) -> str:
        return self.show.currency or "CNY"

    def has_any_data(self) -> bool:
        return bool(self.summary or self.trend or self.products or self.run is not None)

    # ---- series -----------------------------------------------------------------------
    def trend_has(self, name: str) -> bool:
        return any(getattr(p, name) is not None for p in self.trend)

    def minute_series(self) -> MinuteSeries:
        """Per-minute figures: online = the minute's average; counts summed. Falls back to the live log's viewer counts."""
        if self._minutes is not None:
            return self._minutes
        out = MinuteSeries(values={f: [] for f in TREND_FIELDS})
        if self.trend:
            buckets: dict[int, list[Any]] = {}
            for p in self.trend:
                buckets.setdefault(p.offset_ms // MINUTE, []).append(p)
            for m in sorted(buckets):
                pts = buckets[m]
                out.minutes.append(m)
                online = [p.online for p in pts if p.online is not None]
                out.values["online"].append(round(sum(online) / len(online)) if online else None)
                for f in TREND_FIELDS[1:]:
                    vals = [getattr(p, f) for p in pts if getattr(p, f) is not None]
                    out.values[f].append(sum(vals) if vals else None)
        elif self.run is not None and self.run.viewers:
            counts = sorted(self.run.viewers)
            last_minute = max(self.run.total_ms, counts[-1][0]) // MINUTE
            idx, current = 0, None
            for m in range(last_minute + 1):
                while idx < len(counts) and counts[idx][0] < (m + 1) * MINUTE:
                    current = counts[idx][1]
                    idx += 1
                out.minutes.append(m)
                out.values["online"].append(current)
                for f in TREND_FIELDS[1:]:
                    out.values[f].append(None)
        self._minutes = out
        return out

    def online_points(self) -> list[tuple[int, int]]:
        """(offset_ms, online) at full resolution: trend, else the live log's viewer counts."""
        if self.trend_has("online"):
            return [(p.offset_ms, p.online) for p in self.trend if p.online is not None]
        if self.run is not None:
            return sorted((int(o), int(c)) for o, c in self.run.viewers)
        return []

    # ---- bands ------------------------------------------------------------------------
    def bands(self) -> list[Band]:
        if self.run is not None and any(s.start_ms is not None for s in self.run.segments):
            total = self.run.total_ms
            visited = [s for s in self.run.segments if s.start_ms is not None]
            return [
                Band(
                    s.segment_id,
                    s.position,
                    s.title,
                    s.kind,
                    s.planned_ms,
                    s.start_ms,
                    s.end_ms if s.end_ms is not None else max(total, s.start_ms),
                    True,
                )
                for s in sorted(visited, key=lambda s: s.start_ms)
            ]
        out, t = [], 0
        for s in self.segments:
            out.append(
                Band(
                    s.id,
                    s.position,
                    s.title,
                    s.kind,
                    s.planned_duration_ms,
                    t,
                    t + s.planned_duration_ms,
                    False,
                )
            )
            t += s.planned_duration_ms
        return out

    def band_at(self, offset_ms: int) -> Band | None:
        for b in self.bands():
            if b.start_ms <= offset_ms < b.end_ms:
                return b
        return None

    def band_stats(self) -> list[BandStats]:
        """Per band: viewers at its start / end / peak, orders and GMV in it, units logged live.

        Binary search over the sorted series, so a per-second 4-hour trend stays quick."""
        from bisect import bisect_left, bisect_right
        from itertools import accumulate

        pts = self.online_points()
        p_off = [o for o, _ in pts]
        p_val = [c for _, c in pts]
        t_off = [p.offset_ms for p in self.trend]
        has_orders, has_gmv = self.trend_has("orders"), self.trend_has("gmv")
        pre_orders = [0, *accumulate(p.orders or 0 for p in self.trend)] if has_orders else []
        pre_gmv = [0, *accumulate(p.gmv or 0 for p in self.trend)] if has_gmv else []
        out = []
        for b in self.bands():
            lo, hi = bisect_left(p_off, b.start_ms), bisect_left(p_off, b.end_ms)
            inside = p_val[lo:hi]
            at = bisect_right(p_off, b.start_ms) - 1  # last reading at or before the start
            start_val = p_val[at] if at >= 0 else (inside[0] if inside else None)
            end_val = inside[-1] if inside else None
            tlo, thi = bisect_left(t_off, b.start_ms), bisect_left(t_off, b.end_ms)
            orders = pre_orders[thi] - pre_orders[tlo] if has_orders else None
            gmv = pre_gmv[thi] - pre_gmv[tlo] if has_gmv else None
            units = 0
            if self.run is not None:
                units = sum(x.units for x in self.run.sales if b.start_ms <= x.offset_ms < b.end_ms)
            out.append(
                BandStats(
                    b, start_val, end_val, max(inside) if inside else None, orders, gmv, units
                )
            )
        return out

    def promo_windows(self) -> list[PromoWindow]:
        kinds = {p.id: p.kind for p in self.promotions}
        if self.run is not None and self.run.promotions:
            return [
                PromoWindow(
                    p.key,
                    p.promotion_id,
                    p.title,
                    p.start_ms,
                    p.end_ms if p.end_ms is not None else self.run.total_ms,
                    p.quantity_limit,
                    p.units_sold,
                    True,
                    kinds.get(p.promotion_id or 0, ""),
                )
                for p in self.run.promotions
            ]
        # planned windows (no live log): start from the offset or the planned segment start
        seg_start = segment_start_map(self.segments)
        out = []
        for p in self.promotions:
            start = planned_start_ms(p.start_segment_id, p.start_offset_ms, seg_start)
            if start is None:
                continue
            out.append(
                PromoWindow(
                    f"plan-{p.id}",
                    p.id,
                    p.title,
                    start,
                    start + p.duration_ms,
                    p.quantity_limit,
                    None,
                    False,
                    p.kind,
                )
            )
        return out

    def sales_units_by_item(self) -> dict[int | None, int]:
        out: dict[int | None, int] = {}
        if self.run is not None:
            for s in self.run.sales:
                out[s.lineup_item_id] = out.get(s.lineup_item_id, 0) + s.units
        return out

    def started_utc(self) -> datetime | None:
        if self.run is not None and self.run.started_utc:
            return self.run.started_utc
        if self.summary is not None and self.summary.started_at:
            return self.summary.started_at
        return self.show.scheduled_start


def load(session: Session, show_id: int, with_run: bool = True) -> ReviewData:
    show = session.get(Show, show_id)
    if show is None:
        raise KeyError(_t("There is no show with id {id}").format(id=show_id))
    summary = session.scalar(select(ReviewSummary).where(ReviewSummary.show_id == show_id))
    # plain rows (attribute access like the ORM class, ten times cheaper for a per-second trend)
    t = ReviewTrendPoint
    trend: list[Any] = list(
        session.execute(
            select(t.offset_ms, t.online, t.entries, t.comments, t.likes, t.orders, t.gmv)
            .where(t.show_id == show_id)
            .order_by(t.offset_ms)
        ).all()
    )
    products = list(
        session.scalars(
            select(ReviewProductResult)
            .where(ReviewProductResult.show_id == show_id)
            .order_by(ReviewProductResult.id)
        )
    )
    comments = list(
        session.scalars(
            select(ReviewComment)
            .where(ReviewComment.show_id == show_id)
            .order_by(ReviewComment.offset_ms.is_(None), ReviewComment.offset_ms, ReviewComment.id)
        )
    )
    run = load_run(session, show_id) if with_run else None
    health: list[Any] = []
    if run is not None:
        h = StreamHealth
        health = list(
            session.execute(
                select(
                    h.offset_ms, h.connected, h.live, h.reconnecting, h.bitrate_kbps, h.dropped_pct
                )
                .where(h.run_id == run.run_id)
                .order_by(h.offset_ms)
            ).all()
        )
    return ReviewData(
        show=show,
        summary=summary,
        trend=trend,
        products=products,
        comments=comments,
        run=run,
        lineup=list(show.lineup),
        segments=list(show.segments),
        promotions=list(show.promotions),
        health=health,
    )


def show_order_key(show: Show) -> tuple[datetime, int]:
    when = show.scheduled_start or show.created_at
    return (when, show.id)


def load_many(session: Session, show_ids: list[int]) -> dict[int, ReviewData]:
    """The review data of many shows in a few queries (history, across-shows trend, 500-show figures).

    Comments are left out: no KPI needs them."""
    from collections import defaultdict

    from livestudio.core.models.live import LiveRun

    ids = list(dict.fromkeys(show_ids))
    out: dict[int, ReviewData] = {}
    if not ids:
        return out
    shows = {s.id: s for s in session.scalars(select(Show).where(Show.id.in_(ids)))}
    summaries = {
        r.show_id: r
        for r in session.scalars(select(ReviewSummary).where(ReviewSummary.show_id.in_(ids)))
    }
    t = ReviewTrendPoint
    trend: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(t.show_id, t.offset_ms, t.online, t.entries, t.comments, t.likes, t.orders, t.gmv)
        .where(t.show_id.in_(ids))
        .order_by(t.show_id, t.offset_ms)
    ):
        trend[row.show_id].append(row)
    grouped: dict[type, dict[int, list[Any]]] = {}
    for model, order in (
        (ReviewProductResult, ReviewProductResult.id),
        (LineupItem, LineupItem.position),
        (Segment, Segment.position),
        (Promotion, Promotion.id),
    ):
        groups: dict[int, list[Any]] = defaultdict(list)
        table: Any = model
        for obj in session.scalars(select(table).where(table.show_id.in_(ids)).order_by(order)):
            groups[obj.show_id].append(obj)
        grouped[model] = groups
    with_runs = set(
        session.scalars(select(LiveRun.show_id).where(LiveRun.show_id.in_(ids)).distinct())
    )
    for sid in ids:
        show = shows.get(sid)
        if show is None:
            continue
        out[sid] = ReviewData(
            show=show,
            summary=summaries.get(sid),
            trend=trend.get(sid, []),
            products=grouped[ReviewProductResult].get(sid, []),
            comments=[],
            run=load_run(session, sid) if sid in with_runs else None,
            lineup=grouped[LineupItem].get(sid, []),
            segments=grouped[Segment].get(sid, []),
            promotions=grouped[Promotion].get(sid, []),
        )
    return out
