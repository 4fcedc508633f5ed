"""Plan editing over the Store: what each Plan tab shows, as plain dataclasses, and every edit of
a show's plan as one transaction that also returns the before/after snapshots undo needs.

    plan = PlanService(store)
    view = plan.run_of_show(show_id)             # RunOfShowView: rows, totals, lineup choices
    change = plan.update_segment(show_id, seg_id, title="Opening")
    change.changed, change.before, change.after  # for a QUndoCommand; plan.restore(show_id, snap)

An edit that is refused raises (ValueError / LookupError subclasses whose `str()` is for the
user) and stores nothing. Screens never see ORM rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from livestudio.core.compliance import Claim, rules_in
from livestudio.core.db import Store
from livestudio.core.models import PrepTask, Show
from livestudio.core.plan import draft as draft_core
from livestudio.core.plan import lessons as lessons_core
from livestudio.core.plan import lineup as lineup_core
from livestudio.core.plan import promotions as promo_core
from livestudio.core.plan import risks as risk_core
from livestudio.core.plan import segments as seg_core
from livestudio.core.plan import shows as shows_core
from livestudio.core.plan import tasks as task_core
from livestudio.core.plan import templates as templates_core
from livestudio.core.plan.defaults import apply_default_tasks_and_risks
from livestudio.core.plan.lessons import Lesson
from livestudio.core.plan.snapshot import Snapshot, restore_show, snapshot_show

T = TypeVar("T")


@dataclass(frozen=True)
class PlanChange(Generic[T]):
    """One stored edit of a show's plan: its result and the whole plan before and after."""

    show_id: int
    result: T
    before: Snapshot
    after: Snapshot

    @property
    def changed(self) -> bool:
        return self.before != self.after


# ---- views --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ShowOverview:
    id: int
    title: str
    theme: str
    platform: str
    status: str
    scheduled_start: datetime | None  # UTC
    planned_duration_ms: int
    hosts: str
    guests: str
    format: str
    currency: str
    goal_gmv: int | None
    goal_orders: int | None
    goal_peak_viewers: int | None
    goal_conversion_pct: float | None
    audience_age_bands: list[str]
    audience_female_pct: int | None
    audience_regions: list[str]
    audience_interests: list[str]
    audience_price_sensitivity: str
    notes: str
    segment_count: int
    lineup_count: int

    @property
    def end(self) -> datetime | None:
        if self.scheduled_start is None:
            return None
        return self.scheduled_start + timedelta(milliseconds=self.planned_duration_ms or 0)


@dataclass(frozen=True)
class LineupRowData:
    id: int
    product_id: int | None
    sku: str
    name: str
    role: str
    list_price: int | None
    cost: int | None
    live_price: int | None
    allocated_stock: int | None
    talking_points: str
    product_gone: bool
    figures: lineup_core.ItemFigures
    claims: tuple[Claim, ...] = ()  # phrases to say differently in the talking points


@dataclass(frozen=True)
class LineupView:
    currency: str
    rows: list[LineupRowData]
    totals: lineup_core.LineupTotals


@dataclass(frozen=True)
class SegmentRowData:
    id: int
    kind: str
    title: str
    duration_ms: int
    lineup_item_id: int | None
    product_name: str
    script: str
    warning_lead_ms: int
    start_ms: int
    end_ms: int
    start_at: datetime | None  # UTC wall time; None when the show has no start
    next_day: bool  # starts on a later local day than the show
    markers: list[promo_core.PromoWindow] = field(default_factory=list)
    obs_scene: str = ""  # the OBS scene Live switches to (empty: leave OBS alone)
    claims: tuple[Claim, ...] = ()  # phrases to say differently in the cue (core/compliance.py)


@dataclass(frozen=True)
class RunOfShowView:
    currency: str
    scheduled_start: datetime | None
    rows: list[SegmentRowData]
    totals: seg_core.Totals
    lineup_choices: list[tuple[int, str]]  # lineup item id, product name
    zero_length: int


@dataclass(frozen=True)
class PromotionRowData:
    id: int
    kind: str
    title: str
    lineup_item_id: int | None
    product_name: str  # "" = whole shop
    price: int | None
    discount_pct: float | None
    quantity_limit: int | None
    start_segment_id: int | None
    start_offset_ms: int | None
    duration_ms: int
    start_ms: int | None  # planned window (None: no planned start)
    end_ms: int | None
    issues: list[promo_core.PromotionIssue]


@dataclass(frozen=True)
class PromotionsView:
    currency: str
    scheduled_start: datetime | None
    rows: list[PromotionRowData]  # planned ones in start order, then those without a start
    products: list[tuple[int, str, int | None]]  # lineup item id, name, live price
    segments: list[tuple[int, str, int]]  # segment id, title, planned start ms


@dataclass(frozen=True)
class TaskRowData:
    id: int
    phase: str
    title: str
    owner: str
    due_at: datetime | None  # when it is due (fixed, or computed from the show start)
    fixed_due_at: datetime | None  # the stored fixed date
    due_days_before: int | None
    relative_text: str  # "3 days before the show" or ""
    done: bool
    overdue: bool


@dataclass(frozen=True)
class TasksView:
    scheduled_start: datetime | None
    phases: dict[str, list[TaskRowData]]  # every phase, in order

    @property
    def tasks(self) -> list[TaskRowData]:
        return [t for rows in self.phases.values() for t in rows]


@dataclass(frozen=True)
class RiskRowData:
    id: int
    category: str
    description: str
    likelihood: int
    impact: int
    priority: int
    level: risk_core.RiskLevel
    response: str
    owner: str


def _overview(show: Show) -> ShowOverview:
    return ShowOverview(
        id=show.id,
        title=show.title,
        theme=show.theme or "",
        platform=show.platform or "",
        status=show.status,
        scheduled_start=show.scheduled_start,
        planned_duration_ms=show.planned_duration_ms or 0,
        hosts=show.hosts or "",
        guests=show.guests or "",
        format=show.format,
        currency=show.currency or "CNY",
        goal_gmv=show.goal_gmv,
        goal_orders=show.goal_orders,
        goal_peak_viewers=show.goal_peak_viewers,
        goal_conversion_pct=show.goal_conversion_pct,
        audience_age_bands=shows_core.get_list(show, "audience_age_bands"),
        audience_female_pct=show.audience_female_pct,
        audience_regions=shows_core.get_list(show, "audience_regions"),
        audience_interests=shows_core.get_list(show, "audience_interests"),
        audience_price_sensitivity=show.audience_price_sensitivity or "",
        notes=show.notes or "",
        segment_count=len(show.segments),
        lineup_count=len(show.lineup),
    )


def _task_row(t: PrepTask, show: Show, now: datetime) -> TaskRowData:
    return TaskRowData(
        id=t.id,
        phase=t.phase,
        title=t.title,
        owner=t.owner or "",
        due_at=task_core.due_at(t, show),
        fixed_due_at=t.due_at,
        due_days_before=t.due_days_before,
        relative_text=task_core.describe_due(t),
        done=bool(t.done),
        overdue=task_core.is_overdue(t, show, now),
    )


class PlanService:
    """Everything the Plan workspace reads and changes, over one Store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- undo ---------------------------------------------------------------------------------
    def apply(self, show_id: int, fn: Callable[[Session], T]) -> PlanChange[T]:
        """Run `fn(session)` in one transaction between two snapshots of the show's plan."""
        with self.store.transaction() as s:
            before = snapshot_show(s, show_id)
            result = fn(s)
            after = snapshot_show(s, show_id)
        return PlanChange(show_id, result, before, after)

    def restore(self, show_id: int, snap: Snapshot) -> None:
        """Put the show's whole plan back as it was in `snap` (rows keep their ids)."""
        with self.store.transaction() as s:
            restore_show(s, show_id, snap)

    # ---- reading ------------------------------------------------------------------------------
    def overview(self, show_id: int | None) -> ShowOverview | None:
        if show_id is None:
            return None
        with self.store.session() as s:
            show = s.get(Show, show_id)
            return _overview(show) if show is not None else None

    def lineup(self, show_id: int) -> LineupView:
        with self.store.session() as s:
            show = self._show(s, show_id)
            items = lineup_core.ordered_lineup(s, show_id)
            stock = lineup_core.stock_on_hand(s, items)
            rules = rules_in(s, show.platform or "")
            figs = [lineup_core.figures(i, stock[i.id]) for i in items]
            rows = [
                LineupRowData(
                    id=i.id,
                    product_id=i.product_id,
                    sku=i.sku,
                    name=i.name,
                    role=i.role,
                    list_price=i.list_price,
                    cost=i.cost,
                    live_price=i.live_price,
                    allocated_stock=i.allocated_stock,
                    talking_points=i.talking_points or "",
                    product_gone=i.product_id is None,
                    figures=f,
                    claims=rules.scan(i.talking_points or ""),
                )
                for i, f in zip(items, figs, strict=True)
            ]
            return LineupView(show.currency or "CNY", rows, lineup_core.totals_of(figs))

    def run_of_show(self, show_id: int) -> RunOfShowView:
        with self.store.session() as s:
            show = self._show(s, show_id)
            segs = seg_core.ordered_segments(s, show_id)
            items = lineup_core.ordered_lineup(s, show_id)
            names = {i.id: i.name or i.sku for i in items}
            times = seg_core.timeline(show, segs)
            windows = promo_core.promotion_windows(show)
            start_day = show.scheduled_start.astimezone().date() if show.scheduled_start else None
            rules = rules_in(s, show.platform or "")
            rows = []
            for i, (seg, t) in enumerate(zip(segs, times, strict=True)):
                last = i == len(segs) - 1
                markers = [
                    w
                    for w in windows
                    if t.start_ms <= w.start_ms < t.end_ms
                    or (t.start_ms == w.start_ms == t.end_ms)
                    or (last and w.start_ms >= t.end_ms)
                ]
                local_day = t.start_at.astimezone().date() if t.start_at else None
                rows.append(
                    SegmentRowData(
                        id=seg.id,
                        kind=seg.kind,
                        title=seg.title,
                        duration_ms=seg.planned_duration_ms,
                        lineup_item_id=seg.lineup_item_id,
                        product_name=names.get(seg.lineup_item_id or 0, ""),
                        script=seg.script or "",
                        warning_lead_ms=seg.warning_lead_ms,
                        start_ms=t.start_ms,
                        end_ms=t.end_ms,
                        start_at=t.start_at,
                        next_day=bool(local_day and start_day and local_day != start_day),
                        markers=markers,
                        obs_scene=seg.obs_scene or "",
                        claims=rules.scan(seg.script or ""),
                    )
                )
            return RunOfShowView(
                currency=show.currency or "CNY",
                scheduled_start=show.scheduled_start,
                rows=rows,
                totals=seg_core.totals(show, segs),
                lineup_choices=[(i.id, i.name or i.sku) for i in items],
                zero_length=sum(1 for x in segs if x.planned_duration_ms == 0),
            )

    def promotions(self, show_id: int) -> PromotionsView:
        with self.store.session() as s:
            show = self._show(s, show_id)
            windows = {w.promotion_id: w for w in promo_core.promotion_windows(show)}
            issues = promo_core.validate_promotions(show)
            items = {li.id: li for li in show.lineup}
            order = sorted(
                show.promotions,
                key=lambda p: (
                    p.id not in windows,
                    windows[p.id].start_ms if p.id in windows else 0,
                    p.id,
                ),
            )
            rows = []
            for p in order:
                w = windows.get(p.id)
                item = items.get(p.lineup_item_id) if p.lineup_item_id is not None else None
                rows.append(
                    PromotionRowData(
                        id=p.id,
                        kind=p.kind,
                        title=p.title or "",
                        lineup_item_id=p.lineup_item_id,
                        product_name=item.name if item is not None else "",
                        price=p.price,
                        discount_pct=p.discount_pct,
                        quantity_limit=p.quantity_limit,
                        start_segment_id=p.start_segment_id,
                        start_offset_ms=p.start_offset_ms,
                        duration_ms=p.duration_ms or 0,
                        start_ms=w.start_ms if w else None,
                        end_ms=w.end_ms if w else None,
                        issues=issues.get(p.id, []),
                    )
                )
            segs = sorted(show.segments, key=lambda x: (x.position, x.id))
            times = seg_core.timeline(show, segs)
            return PromotionsView(
                currency=show.currency or "CNY",
                scheduled_start=show.scheduled_start,
                rows=rows,
                products=[
                    (li.id, li.name, li.live_price)
                    for li in sorted(show.lineup, key=lambda x: (x.position, x.id))
                ],
                segments=[
                    (seg.id, seg.title, t.start_ms) for seg, t in zip(segs, times, strict=True)
                ],
            )

    def tasks(self, show_id: int, now: datetime | None = None) -> TasksView:
        now = now or datetime.now(UTC)
        with self.store.session() as s:
            show = self._show(s, show_id)
            groups = task_core.tasks_by_phase(show)
            return TasksView(
                scheduled_start=show.scheduled_start,
                phases={
                    phase: [_task_row(t, show, now) for t in rows] for phase, rows in groups.items()
                },
            )

    def risks(self, show_id: int) -> list[RiskRowData]:
        """Highest priority first."""
        with self.store.session() as s:
            show = self._show(s, show_id)
            return [
                RiskRowData(
                    id=r.id,
                    category=r.category,
                    description=r.description or "",
                    likelihood=r.likelihood,
                    impact=r.impact,
                    priority=r.priority,
                    level=risk_core.risk_level(r.priority),
                    response=r.response or "",
                    owner=r.owner or "",
                )
                for r in risk_core.sorted_risks(show)
            ]

    def lineup_product_ids(self, show_id: int) -> set[int]:
        with self.store.session() as s:
            return {
                i.product_id
                for i in lineup_core.ordered_lineup(s, show_id)
                if i.product_id is not None
            }

    @staticmethod
    def _show(s: Session, show_id: int) -> Show:
        show = s.get(Show, show_id)
        if show is None:
            raise LookupError(f"show {show_id} not found")
        return show

    # ---- shows --------------------------------------------------------------------------------
    def templates(self, language: str | None = None) -> list[templates_core.Template]:
        with self.store.session() as s:
            return templates_core.list_templates(s, language)

    def create_show(
        self,
        title: str,
        scheduled_start: datetime | None,
        *,
        currency: str = "CNY",
        language: str | None = None,
    ) -> int:
        with self.store.transaction() as s:
            return shows_core.create_show(
                s, title, scheduled_start, currency=currency, language=language
            ).id

    def create_from_template(
        self,
        template: templates_core.Template,
        title: str | None = None,
        scheduled_start: datetime | None = None,
    ) -> int:
        with self.store.transaction() as s:
            return templates_core.create_from_template(
                s, template, title=title, scheduled_start=scheduled_start
            ).id

    def duplicate_show(
        self, show_id: int, title: str | None = None, scheduled_start: datetime | None = None
    ) -> int:
        with self.store.transaction() as s:
            return shows_core.duplicate_show(
                s, show_id, title=title, scheduled_start=scheduled_start
            ).id

    def delete_show(self, show_id: int) -> None:
        with self.store.transaction() as s:
            shows_core.delete_show(s, show_id)

    def save_as_template(self, show_id: int, name: str, language: str = "") -> None:
        with self.store.transaction() as s:
            templates_core.save_as_template(s, show_id, name, language)

    # ---- overview and lineup edits ------------------------------------------------------------
    def update_show(self, show_id: int, **fields: Any) -> PlanChange[None]:
        return self.apply(show_id, lambda s: _none(shows_core.update_show(s, show_id, **fields)))

    def add_products(self, show_id: int, product_ids: Sequence[int]) -> PlanChange[int]:
        return self.apply(
            show_id, lambda s: len(lineup_core.add_products(s, show_id, list(product_ids)))
        )

    def update_lineup_item(self, show_id: int, item_id: int, **fields: Any) -> PlanChange[None]:
        return self.apply(show_id, lambda s: _none(lineup_core.update_item(s, item_id, **fields)))

    def move_lineup_item(self, show_id: int, src: int, dest: int) -> PlanChange[bool]:
        return self.apply(show_id, lambda s: lineup_core.move_item(s, show_id, src, dest))

    def remove_lineup_items(self, show_id: int, item_ids: Sequence[int]) -> PlanChange[int]:
        return self.apply(show_id, lambda s: lineup_core.remove_items(s, list(item_ids)))

    # ---- run-of-show edits --------------------------------------------------------------------
    def insert_segment(
        self, show_id: int, row: int | None, kind: str = "custom", title: str = ""
    ) -> PlanChange[int]:
        return self.apply(
            show_id,
            lambda s: seg_core.insert_segment(s, show_id, row, kind=kind, title=title).id,
        )

    def update_segment(self, show_id: int, segment_id: int, **fields: Any) -> PlanChange[None]:
        return self.apply(
            show_id, lambda s: _none(seg_core.update_segment(s, segment_id, **fields))
        )

    def move_segment(self, show_id: int, src: int, dest: int) -> PlanChange[bool]:
        return self.apply(show_id, lambda s: seg_core.move_segment(s, show_id, src, dest))

    def duplicate_segment(self, show_id: int, segment_id: int) -> PlanChange[int]:
        return self.apply(show_id, lambda s: seg_core.duplicate_segment(s, segment_id).id)

    def delete_segments(self, show_id: int, segment_ids: Sequence[int]) -> PlanChange[int]:
        return self.apply(show_id, lambda s: seg_core.delete_segments(s, list(segment_ids)))

    def draft_from_lineup(self, show_id: int, lessons: Sequence[str] = ()) -> PlanChange[int]:
        """The deterministic draft, adjusted by the past-show lessons whose keys are given."""
        keys = list(lessons)
        return self.apply(show_id, lambda s: len(draft_core.apply_draft(s, show_id, keys)))

    def draft_lessons(self, show_id: int) -> list[Lesson]:
        """What past shows on the same platform taught (empty without history)."""
        return lessons_core.draft_lessons(self.store, show_id)

    # ---- promotions, tasks, risks -------------------------------------------------------------
    def add_promotion(self, show_id: int, **values: Any) -> PlanChange[int]:
        return self.apply(show_id, lambda s: promo_core.add_promotion(s, show_id, **values).id)

    def update_promotion(self, show_id: int, promotion_id: int, **values: Any) -> PlanChange[None]:
        return self.apply(
            show_id, lambda s: _none(promo_core.update_promotion(s, promotion_id, **values))
        )

    def delete_promotion(self, show_id: int, promotion_id: int) -> PlanChange[None]:
        return self.apply(show_id, lambda s: promo_core.delete_promotion(s, promotion_id))

    def add_task(
        self, show_id: int, title: str, phase: str = "before", **values: Any
    ) -> PlanChange[int]:
        return self.apply(
            show_id, lambda s: task_core.add_task(s, show_id, title, phase=phase, **values).id
        )

    def update_task(self, show_id: int, task_id: int, **values: Any) -> PlanChange[None]:
        return self.apply(show_id, lambda s: _none(task_core.update_task(s, task_id, **values)))

    def delete_task(self, show_id: int, task_id: int) -> PlanChange[None]:
        return self.apply(show_id, lambda s: task_core.delete_task(s, task_id))

    def move_task_in_phase(self, show_id: int, task_id: int, step: int) -> PlanChange[None]:
        """Swap the task with its neighbour `step` places away within its phase."""

        def fn(s: Session) -> None:
            task = s.get(PrepTask, task_id)
            if task is None:
                return
            order = task_core.task_order(s, task.show_id)
            rows = {t.id: t for t in s.query(PrepTask).filter_by(show_id=task.show_id)}
            same = [i for i in order if rows[i].phase == task.phase]
            k = same.index(task_id)
            if not 0 <= k + step < len(same):
                return
            other = same[k + step]
            a, b = order.index(task_id), order.index(other)
            order[a], order[b] = order[b], order[a]
            task_core.set_task_order(s, task.show_id, order)

        return self.apply(show_id, fn)

    def add_default_tasks(self, show_id: int, language: str) -> PlanChange[None]:
        return self.apply(
            show_id,
            lambda s: _none(
                apply_default_tasks_and_risks(s, self._show(s, show_id), language, risks=False)
            ),
        )

    def add_risk(
        self, show_id: int, description: str, category: str = "technical", **values: Any
    ) -> PlanChange[int]:
        return self.apply(
            show_id,
            lambda s: risk_core.add_risk(s, show_id, description, category=category, **values).id,
        )

    def update_risk(self, show_id: int, risk_id: int, **values: Any) -> PlanChange[None]:
        return self.apply(show_id, lambda s: _none(risk_core.update_risk(s, risk_id, **values)))

    def delete_risk(self, show_id: int, risk_id: int) -> PlanChange[None]:
        return self.apply(show_id, lambda s: risk_core.delete_risk(s, risk_id))

    def add_default_risks(self, show_id: int, language: str) -> PlanChange[None]:
        return self.apply(
            show_id,
            lambda s: _none(
                apply_default_tasks_and_risks(s, self._show(s, show_id), language, tasks=False)
            ),
        )


def _none(_value: object) -> None:
    return None
