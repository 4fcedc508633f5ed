"""Retrospective (keep / problem / try, action items sent to the next show) and plan vs actual."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from livestudio.core.i18n import translate
from livestudio.core.models.plan import PrepTask, Show
from livestudio.core.models.review import NOTE_KINDS, ReviewAction, ReviewNote
from livestudio.core.plan.promotions import planned_start_ms, segment_start_map
from livestudio.core.review import data as review_data
from livestudio.core.review.data import ReviewData


def _t(text: str) -> str:
    return translate("ReviewRetro", text)


def notes(session: Session, show_id: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {k: [] for k in NOTE_KINDS}
    for n in session.scalars(
        select(ReviewNote).where(ReviewNote.show_id == show_id).order_by(ReviewNote.position)
    ):
        out.setdefault(n.kind, []).append(n.text)
    return out


def save_notes(session: Session, show_id: int, values: dict[str, list[str]]) -> None:
    session.execute(delete(ReviewNote).where(ReviewNote.show_id == show_id))
    for kind, texts in values.items():
        if kind not in NOTE_KINDS:
            raise KeyError(kind)
        for pos, text in enumerate(t.strip() for t in texts):
            if text:
                session.add(ReviewNote(show_id=show_id, kind=kind, position=pos, text=text))


def actions(session: Session, show_id: int) -> list[ReviewAction]:
    return list(
        session.scalars(
            select(ReviewAction)
            .where(ReviewAction.show_id == show_id)
            .order_by(ReviewAction.position, ReviewAction.id)
        )
    )


def add_action(
    session: Session, show_id: int, title: str, owner: str = "", due_at: datetime | None = None
) -> ReviewAction:
    if not title.strip():
        raise ValueError(_t("An action item needs a title"))
    pos = (
        session.scalar(
            select(func.count()).select_from(ReviewAction).where(ReviewAction.show_id == show_id)
        )
        or 0
    )
    item = ReviewAction(
        show_id=show_id, title=title.strip(), owner=owner.strip(), due_at=due_at, position=pos
    )
    session.add(item)
    session.flush()
    return item


def next_show(session: Session, show_id: int) -> Show | None:
    """The show planned after this one (by scheduled start, then id)."""
    show = session.get(Show, show_id)
    if show is None:
        return None
    key = review_data.show_order_key(show)
    later = [
        s
        for s in session.scalars(select(Show).where(Show.id != show_id))
        if review_data.show_order_key(s) > key
    ]
    return min(later, key=review_data.show_order_key) if later else None


def send_actions(
    session: Session, show_id: int, target_show_id: int, action_ids: list[int] | None = None
) -> list[PrepTask]:
    """Copy action items into the target show's preparation tasks (source "review:<show id>").

    Items already sent are not sent twice."""
    target = session.get(Show, target_show_id)
    if target is None:
        raise KeyError(target_show_id)
    pos = session.scalar(
        select(func.coalesce(func.max(PrepTask.position), -1)).where(
            PrepTask.show_id == target_show_id
        )
    )
    made = []
    for a in actions(session, show_id):
        if action_ids is not None and a.id not in action_ids:
            continue
        if a.task_id is not None and session.get(PrepTask, a.task_id) is not None:
            continue
        pos = (pos if pos is not None else -1) + 1
        task = PrepTask(
            show_id=target_show_id,
            position=pos,
            phase="before",
            title=a.title,
            owner=a.owner,
            due_at=a.due_at,
            done=False,
            source=f"review:{show_id}",
        )
        session.add(task)
        session.flush()
        a.task_id = task.id
        made.append(task)
    return made


# ---------------------------------------------------------------- plan vs actual


@dataclass
class SegmentPvA:
    title: str
    kind: str
    planned_start_ms: int
    planned_ms: int
    actual_start_ms: int | None
    actual_ms: int | None

    @property
    def over_ms(self) -> int | None:
        return None if self.actual_ms is None else self.actual_ms - self.planned_ms


@dataclass
class LineupPvA:
    lineup_item_id: int
    sku: str
    name: str
    allocated: int | None
    sold: int | None
    source: str


@dataclass
class PromoPvA:
    title: str
    planned_start_ms: int | None
    actual_start_ms: int | None
    started: bool


def plan_vs_actual(d: ReviewData) -> tuple[list[SegmentPvA], list[LineupPvA], list[PromoPvA]]:
    run_segs = {}
    total = d.run.total_ms if d.run is not None else 0
    if d.run is not None:
        for s in d.run.segments:
            if s.segment_id is not None and s.start_ms is not None and s.segment_id not in run_segs:
                run_segs[s.segment_id] = s
    segs, t = [], 0
    for s in d.segments:
        a = run_segs.get(s.id)
        end = (a.end_ms if a.end_ms is not None else total) if a is not None else None
        segs.append(
            SegmentPvA(
                s.title,
                s.kind,
                t,
                s.planned_duration_ms,
                a.start_ms if a is not None else None,
                (end - a.start_ms) if a is not None and end is not None else None,
            )
        )
        t += s.planned_duration_ms
    if d.run is not None:  # segments added during the show
        for s in d.run.segments:
            if s.segment_id is None and s.start_ms is not None:
                end = s.end_ms if s.end_ms is not None else total
                segs.append(
                    SegmentPvA(s.title, s.kind, 0, s.planned_ms, s.start_ms, end - s.start_ms)
                )
    results = {p.lineup_item_id: p for p in d.products if p.lineup_item_id is not None}
    logged = d.sales_units_by_item()
    lineup = []
    for li in d.lineup:
        r = results.get(li.id)
        if r is not None and r.units is not None:
            sold, src = r.units, _t("product results")
        elif li.id in logged:
            sold, src = logged[li.id], _t("live log")
        else:
            sold, src = None, ""
        lineup.append(LineupPvA(li.id, li.sku, li.name, li.allocated_stock, sold, src))
    planned = dict(_planned_windows(d))
    actual = {}
    if d.run is not None:
        for p in d.run.promotions:
            if p.promotion_id is not None and p.promotion_id not in actual:
                actual[p.promotion_id] = p
    promos = []
    for p in d.promotions:
        a = actual.get(p.id)
        pw = planned.get(p.id)
        promos.append(PromoPvA(p.title, pw, a.start_ms if a else None, a is not None))
    return segs, lineup, promos


def _planned_windows(d: ReviewData) -> list[tuple[int, int]]:
    seg_start = segment_start_map(d.segments)
    out = []
    for p in d.promotions:
        start = planned_start_ms(p.start_segment_id, p.start_offset_ms, seg_start)
        if start is not None:
            out.append((p.id, start))
    return out
