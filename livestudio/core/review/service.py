"""The Review service: everything Review's screens and its report read about a show, as plain
dataclasses in one snapshot, plus the writes those screens make (manual numbers, label
corrections, pasted comments, retrospective notes, action items, platform imports).

The workspace and `reports/review_report.py` both read `ReviewService.snapshot()`, so a number
on screen and in the report comes from one place. A snapshot is loaded in a fixed number of
queries (no query per action item) and holds no ORM rows: it is safe to build on a worker
thread and hand to widgets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livestudio.core.db import Store
from livestudio.core.i18n import translate
from livestudio.core.live.summary import LogEntry, SaleLog
from livestudio.core.models.plan import PrepTask, Show
from livestudio.core.models.review import (
    SENTIMENTS,
    TOPICS,
    ReviewAction,
    ReviewSummary,
    ReviewTrendPoint,
)
from livestudio.core.plan.shows import picker_order
from livestudio.core.review import data as review_data
from livestudio.core.review import feedback, findings, fx, importer, kpis, retro
from livestudio.core.review.data import Band, BandStats, MinuteSeries, PromoWindow, ReviewData
from livestudio.core.review.feedback import FeedbackStats
from livestudio.core.review.findings import Finding
from livestudio.core.review.kpis import Kpi
from livestudio.core.review.retro import LineupPvA, PromoPvA, SegmentPvA

TREND_FIELDS = review_data.TREND_FIELDS
# Statuses of a show that has not happened yet (an action item can still go to it).
UPCOMING_STATUSES = ("draft", "ready")
# With no upcoming show to aim at, an action item is due this many days from today.
DEFAULT_DUE_DAYS = 5
# The hour (local) an action item falls due on its due date, unless the target show starts earlier.
DUE_HOUR = 18
# The manual-entry fields: ReviewSummary column and kind (money / count / duration).
MANUAL_FIELDS: tuple[tuple[str, str], ...] = (
    ("gmv", "money"),
    ("refunds", "money"),
    ("orders", "count"),
    ("buyers", "count"),
    ("units", "count"),
    ("views", "count"),
    ("unique_viewers", "count"),
    ("peak_viewers", "count"),
    ("avg_viewers", "count"),
    ("avg_watch_ms", "duration"),
    ("new_followers", "count"),
    ("likes", "count"),
    ("comments", "count"),
    ("shares", "count"),
    ("product_impressions", "count"),
    ("product_clicks", "count"),
)


def _t(text: str) -> str:
    return translate("ReviewService", text)


# ---------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class ShowInfo:
    id: int
    title: str
    platform: str = ""
    currency: str = "CNY"
    scheduled_start: datetime | None = None  # UTC
    planned_duration_ms: int = 0
    status: str = "draft"
    has_data: bool = False  # anything to review (an import, manual numbers or a live log)


@dataclass(frozen=True)
class Sources:
    """Where this show's review data came from (the line under the toolbar)."""

    summary_source: str | None
    trend_rows: int
    product_rows: int
    comment_rows: int
    live_log: bool


@dataclass(frozen=True)
class TrendSeries:
    """The imported trend at full resolution: offsets (ms) and one column per figure."""

    offsets: tuple[int, ...] = ()
    values: dict[str, tuple[int | None, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.offsets)

    def has(self, name: str) -> bool:
        return any(v is not None for v in self.values.get(name, ()))


@dataclass(frozen=True)
class ProductRow:
    sku: str
    name: str
    impressions: int | None
    clicks: int | None
    orders: int | None
    units: int | None
    gmv: int | None  # minor units
    refunds: int | None
    in_lineup: bool
    allocated: int | None

    @property
    def ctr(self) -> float | None:
        return (
            self.clicks / self.impressions if self.clicks is not None and self.impressions else None
        )

    @property
    def click_to_order(self) -> float | None:
        return self.orders / self.clicks if self.orders is not None and self.clicks else None

    @property
    def label(self) -> str:
        return self.name or self.sku


@dataclass(frozen=True)
class FunnelStep:
    key: str  # views / impressions / clicks / orders
    label: str
    value: float | None


@dataclass(frozen=True)
class CommentRow:
    id: int
    offset_ms: int | None
    author: str
    text: str
    sentiment: str
    topic: str
    corrected: bool
    question: bool = False  # the viewer asks the host something (apart from the sentiment)


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    owner: str
    due_at: datetime | None  # UTC
    task_id: int | None
    sent_to: str  # the title of the show whose preparation tasks it went to, "" when not sent


@dataclass(frozen=True)
class ActionDefaults:
    """What a new action item starts with: the next upcoming show and a due date before it."""

    target: ShowInfo | None
    due_date: date  # local date


@dataclass(frozen=True)
class HealthSample:
    """OBS's view of the stream at one moment of the live run (every 5 s of show time)."""

    offset_ms: int
    connected: bool
    live: bool
    reconnecting: bool
    bitrate_kbps: int | None
    dropped_pct: float | None

    @property
    def trouble(self) -> bool:
        return (not self.connected) or self.reconnecting or (self.dropped_pct or 0) > 5


@dataclass
class ReviewSnapshot:
    show: ShowInfo
    sources: Sources
    kpis: list[Kpi]
    findings: list[Finding]
    bands: list[Band]
    band_stats: list[BandStats]
    promo_windows: list[PromoWindow]
    online_points: list[tuple[int, int]]
    trend: TrendSeries
    minutes: MinuteSeries
    products: list[ProductRow]
    funnel: list[FunnelStep]
    comments: list[CommentRow]
    feedback: FeedbackStats
    segments_pva: list[SegmentPvA]
    lineup_pva: list[LineupPvA]
    promos_pva: list[PromoPvA]
    notes: dict[str, list[str]]
    actions: list[ActionRow]
    action_defaults: ActionDefaults
    sales: list[SaleLog]
    incidents: list[LogEntry]
    started_utc: datetime | None
    run_total_ms: int | None
    health: list[HealthSample] = field(default_factory=list)  # empty when OBS was not linked

    @property
    def currency(self) -> str:
        return self.show.currency

    def kpi(self, key: str) -> Kpi:
        return next(k for k in self.kpis if k.key == key)

    def band_at(self, offset_ms: int) -> Band | None:
        starts = [b.start_ms for b in self.bands]
        i = bisect_right(starts, offset_ms) - 1
        if i >= 0 and offset_ms < self.bands[i].end_ms:
            return self.bands[i]
        return None

    @property
    def end_ms(self) -> int:
        """Where the timeline ends: the last band, the last reading, or one minute."""
        ends = [b.end_ms for b in self.bands] + [p[0] for p in self.online_points[-1:]]
        return max([*ends, self.run_total_ms or 0, 60_000])


@dataclass(frozen=True)
class HistoryPoint:
    show: ShowInfo
    values: dict[str, float | None]


@dataclass(frozen=True)
class Comparison:
    a: ShowInfo
    b: ShowInfo
    rows: list[tuple[Kpi, Kpi, float | None]]


# ---------------------------------------------------------------- pure rules


def show_info(show: Show, has_data: bool = False) -> ShowInfo:
    return ShowInfo(
        id=show.id,
        title=show.title,
        platform=show.platform or "",
        currency=show.currency or "CNY",
        scheduled_start=show.scheduled_start,
        planned_duration_ms=show.planned_duration_ms or 0,
        status=show.status or "draft",
        has_data=has_data,
    )


def upcoming_show(shows: Iterable[ShowInfo], now: datetime, exclude: int = 0) -> ShowInfo | None:
    """The next show that has not happened yet: scheduled after `now`, not live, ended or reviewed."""
    later = [
        s
        for s in shows
        if s.id != exclude
        and s.status in UPCOMING_STATUSES
        and s.scheduled_start is not None
        and s.scheduled_start > now
    ]
    return min(later, key=lambda s: (s.scheduled_start, s.id)) if later else None


def default_due_date(target: ShowInfo | None, now: datetime) -> date:
    """The day before the target show (never before today); without a target, a few days out."""
    today = now.astimezone().date()
    if target is None or target.scheduled_start is None:
        return today + timedelta(days=DEFAULT_DUE_DAYS)
    before = target.scheduled_start.astimezone().date() - timedelta(days=1)
    return max(today, before)


def due_at(day: date, target_start: datetime | None = None) -> datetime:
    """An action item's due moment (UTC) on a local date: 18:00, or an hour before the target
    show when that starts earlier the same day."""
    when = datetime.combine(day, time(DUE_HOUR, 0)).astimezone()
    if target_start is not None:
        latest = target_start - timedelta(hours=1)
        if latest.astimezone().date() == day and latest < when:
            when = latest
    return when.astimezone(UTC)


def stagger_labels(
    starts: Sequence[float],
    widths: Sequence[float],
    right: float,
    max_rows: int = 3,
    gap: float = 6,
    min_width: float = 0,
) -> tuple[int, list[float]]:
    """Segment labels along a time axis that never overlap (the timeline on screen and in the
    report): label i sits in row i % rows and may use the room up to label i + rows. Returns the
    number of rows (up to `max_rows`) and each label's room in
    pixels (the caller shortens a label to its room, or hides it when even a few letters do not fit).
    The rows chosen hide the fewest labels (room under `min_width`), then shorten the fewest,
    then are the fewest."""
    n = len(starts)

    def room(i: int, rows: int) -> float:
        nxt = starts[i + rows] if i + rows < n else right
        return min(nxt, right) - max(starts[i], 0.0) - gap

    def cost(rows: int) -> tuple[int, int, int]:
        rooms = [room(i, rows) for i in range(n)]
        hidden = sum(1 for r in rooms if r < min_width)
        return hidden, sum(1 for w, r in zip(widths, rooms, strict=True) if w > r), rows

    rows = min(range(1, max_rows + 1), key=cost)
    return rows, [room(i, rows) for i in range(n)]


def _trend_series(rows: list[Any]) -> TrendSeries:
    if not rows:
        return TrendSeries((), {f: () for f in TREND_FIELDS})
    cols = list(
        zip(*[(r.offset_ms, *(getattr(r, f) for f in TREND_FIELDS)) for r in rows], strict=True)
    )
    return TrendSeries(tuple(cols[0]), {f: tuple(cols[i + 1]) for i, f in enumerate(TREND_FIELDS)})


def _funnel(d: ReviewData, ks: list[Kpi]) -> list[FunnelStep]:
    inputs = kpis.Inputs(d)
    views = next((k.value for k in ks if k.key == "views"), None)
    return [
        FunnelStep("views", _t("Views"), views),
        FunnelStep("impressions", _t("Product impressions"), inputs.impressions.value),
        FunnelStep("clicks", _t("Product clicks"), inputs.clicks.value),
        FunnelStep("orders", _t("Orders"), inputs.product_orders.value),
    ]


# ---------------------------------------------------------------- the service


class ReviewService:
    """Review over a Store. `clock` returns the current UTC time (tests inject one)."""

    def __init__(self, store: Store, clock: Callable[[], datetime] | None = None) -> None:
        self.store = store
        self.clock = clock or (lambda: datetime.now(UTC))

    # ---- shows ------------------------------------------------------------------------
    def shows(self) -> list[ShowInfo]:
        """Every show in the one picker order of every workspace (plan.shows.picker_order:
        upcoming soonest first, then undated, then past newest first)."""
        with self.store.session() as s:
            return self._shows(s)

    def _shows(self, s: Session) -> list[ShowInfo]:
        with_data = {x.id for x in kpis.shows_with_data(s)}
        shows = picker_order(s.scalars(select(Show)), self.clock())
        return [show_info(sh, sh.id in with_data) for sh in shows]

    def trend_rows(self, show_id: int) -> int:
        """How many trend rows a show has (a per-second export is loaded off the UI thread)."""
        with self.store.session() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(ReviewTrendPoint)
                    .where(ReviewTrendPoint.show_id == show_id)
                )
                or 0
            )

    # ---- the snapshot -----------------------------------------------------------------
    def snapshot(self, show_id: int, history: bool = True, convert: bool = False) -> ReviewSnapshot:
        """Everything Review shows about one show. Safe on a worker thread. Comparisons use
        earlier shows in the same currency; with `convert`, also the others, converted at the
        rates the user entered."""
        with self.store.session() as s:
            d = review_data.load(s, show_id)
            ks = kpis.compute(d)
            kpis.apply_goals(d.show, ks)
            if history:
                kpis.apply_history(s, d.show, ks, convert=convert)
            segs, lineup, promos = retro.plan_vs_actual(d)
            notes = retro.notes(s, show_id)
            actions = self._actions(s, show_id)
            all_shows = self._shows(s)
            now = self.clock()
            target = upcoming_show(all_shows, now, exclude=show_id)
            allocated = {li.id: li.allocated_stock for li in d.lineup}
            products = [
                ProductRow(
                    p.sku,
                    p.name,
                    p.impressions,
                    p.clicks,
                    p.orders,
                    p.units,
                    p.gmv,
                    p.refunds,
                    p.lineup_item_id is not None,
                    allocated.get(p.lineup_item_id) if p.lineup_item_id is not None else None,
                )
                for p in d.products
            ]
            comments = [
                CommentRow(
                    c.id,
                    c.offset_ms,
                    c.author,
                    c.text,
                    c.sentiment,
                    c.topic,
                    bool(c.corrected),
                    bool(c.question),
                )
                for c in d.comments
            ]
            run = d.run
            info = next((x for x in all_shows if x.id == show_id), show_info(d.show))
            return ReviewSnapshot(
                show=info,
                sources=Sources(
                    (d.summary.source or "—") if d.summary is not None else None,
                    len(d.trend),
                    len(d.products),
                    len(d.comments),
                    run is not None,
                ),
                kpis=ks,
                findings=_findings(s, d, show_id),
                bands=d.bands(),
                band_stats=d.band_stats(),
                promo_windows=d.promo_windows(),
                online_points=d.online_points(),
                trend=_trend_series(d.trend),
                minutes=d.minute_series(),
                products=products,
                funnel=_funnel(d, ks),
                comments=comments,
                feedback=feedback.feedback_stats(d.comments),
                segments_pva=segs,
                lineup_pva=lineup,
                promos_pva=promos,
                notes=notes,
                actions=actions,
                action_defaults=ActionDefaults(target, default_due_date(target, now)),
                sales=list(run.sales) if run is not None else [],
                incidents=[e for e in run.entries if e.kind == "incident"] if run else [],
                started_utc=d.started_utc(),
                run_total_ms=run.total_ms if run is not None else None,
                health=[
                    HealthSample(
                        h.offset_ms,
                        h.connected,
                        h.live,
                        h.reconnecting,
                        h.bitrate_kbps,
                        h.dropped_pct,
                    )
                    for h in d.health
                ],
            )

    # ---- across shows -----------------------------------------------------------------
    def history(self, keys: tuple[str, ...], currency: str | None = None) -> list[HistoryPoint]:
        """Chosen KPIs of every show with review data, oldest first (only the shows sold in
        `currency` when given: money in two currencies is never one line)."""
        with self.store.session() as s:
            return [
                HistoryPoint(show_info(sh, True), values)
                for sh, values in kpis.kpi_history(s, keys, currency=currency)
            ]

    # ---- exchange rates ---------------------------------------------------------------
    def rates(self) -> list[fx.Rate]:
        """The exchange rates the user entered, newest first."""
        with self.store.session() as s:
            return fx.rates(s)

    def set_rate(self, base: str, quote: str, rate: str, valid_on: date) -> None:
        """Store a rate (1 base = rate quote, valid from that day); ValueError says what is wrong."""
        try:
            value = Decimal(rate.strip().replace(",", "."))
        except InvalidOperation as exc:
            raise ValueError(_t("“{rate}” is not a number").format(rate=rate)) from exc
        with self.store.transaction() as s:
            fx.set_rate(s, base, quote, value, valid_on)

    def compare(self, a_id: int, b_id: int) -> Comparison:
        """A/B: both shows' KPIs side by side with B − A."""
        with self.store.session() as s:
            a, b = s.get(Show, a_id), s.get(Show, b_id)
            if a is None or b is None:
                raise KeyError(_t("There is no show with id {id}").format(id=b_id if a else a_id))
            return Comparison(show_info(a), show_info(b), kpis.compare(s, a_id, b_id))

    # ---- manual numbers and imports ---------------------------------------------------
    def manual_numbers(self, show_id: int) -> dict[str, int | None]:
        with self.store.session() as s:
            summary = s.scalar(select(ReviewSummary).where(ReviewSummary.show_id == show_id))
            return {
                key: (getattr(summary, key) if summary is not None else None)
                for key, _kind in MANUAL_FIELDS
            }

    def save_manual_numbers(self, show_id: int, values: dict[str, int | None]) -> None:
        with self.store.transaction() as s:
            importer.save_manual_summary(s, show_id, values)

    def prepare_import(
        self,
        show_id: int,
        path: Path,
        kind: str | None = None,
        mapping: dict[str, int] | None = None,
        platform: str | None = None,
        progress: Any = None,
    ) -> importer.ImportPreview:
        with self.store.session() as s:
            return importer.prepare_import(
                s, show_id, path, kind=kind, mapping=mapping, platform=platform, progress=progress
            )

    def apply_import(
        self, preview: importer.ImportPreview, other_shows: bool = False
    ) -> importer.ImportOutcome:
        with self.store.transaction() as s:
            return importer.apply_import(s, preview, include_other_shows=other_shows)

    # ---- feedback ---------------------------------------------------------------------
    @staticmethod
    def label_choices() -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The sentiment and topic keys a comment can be labelled with."""
        return tuple(SENTIMENTS), tuple(TOPICS)

    def correct_comment(
        self, comment_id: int, sentiment: str | None = None, topic: str | None = None
    ) -> None:
        with self.store.transaction() as s:
            feedback.correct(s, comment_id, sentiment=sentiment, topic=topic)

    def add_comments(self, show_id: int, text: str) -> int:
        with self.store.transaction() as s:
            return feedback.add_pasted(s, show_id, text)

    def take_live_comments(self, show_id: int) -> int:
        with self.store.transaction() as s:
            return feedback.import_live_comments(s, show_id)

    def keywords(self) -> dict[str, tuple[str, ...]]:
        with self.store.session() as s:
            return feedback.load_keywords(s)

    def save_keywords(self, words: dict[str, Iterable[str]], relabel_show: int = 0) -> None:
        """Store the keyword list and, for `relabel_show`, label its comments again."""
        with self.store.transaction() as s:
            feedback.save_keywords(s, words)
            if relabel_show:
                s.flush()
                feedback.relabel(s, relabel_show)

    # ---- retrospective ----------------------------------------------------------------
    def save_notes(self, show_id: int, notes: dict[str, list[str]]) -> None:
        with self.store.transaction() as s:
            retro.save_notes(s, show_id, notes)

    def actions(self, show_id: int) -> list[ActionRow]:
        with self.store.session() as s:
            return self._actions(s, show_id)

    @staticmethod
    def _actions(s: Session, show_id: int) -> list[ActionRow]:
        """Action items with the show each was sent to: two queries, however many items."""
        items = retro.actions(s, show_id)
        task_ids = [a.task_id for a in items if a.task_id is not None]
        sent: dict[int, str] = {}
        if task_ids:
            sent = {
                tid: title
                for tid, title in s.execute(
                    select(PrepTask.id, Show.title)
                    .join(Show, Show.id == PrepTask.show_id)
                    .where(PrepTask.id.in_(task_ids))
                )
            }
        return [
            ActionRow(a.id, a.title, a.owner, a.due_at, a.task_id, sent.get(a.task_id or -1, ""))
            for a in items
        ]

    def add_action(
        self, show_id: int, title: str, owner: str = "", due: datetime | None = None
    ) -> list[ActionRow]:
        """Add an action item (ValueError without a title); returns the show's action items."""
        with self.store.transaction() as s:
            retro.add_action(s, show_id, title, owner, due)
            s.flush()
            return self._actions(s, show_id)

    def send_actions(self, show_id: int, target_show_id: int) -> tuple[int, list[ActionRow]]:
        """Copy the not-yet-sent action items into the target show's preparation tasks."""
        if target_show_id == show_id:
            raise ValueError(_t("Pick another show: action items go to its preparation tasks."))
        with self.store.transaction() as s:
            made = retro.send_actions(s, show_id, target_show_id)
            s.flush()
            return len(made), self._actions(s, show_id)

    def delete_action(self, action_id: int) -> None:
        with self.store.transaction() as s:
            item = s.get(ReviewAction, action_id)
            if item is not None:
                s.delete(item)


def _findings(session: Session, d: review_data.ReviewData, show_id: int) -> list[findings.Finding]:
    """The show's own findings plus the across-shows traffic one (paid up, conversion down)."""
    from livestudio.core.review import traffic  # traffic reads findings: imported late

    found = findings.find(d)
    extra = traffic.finding_for(session, show_id)
    if extra is not None:
        found = findings.sort_findings([*found, extra])
    return found
