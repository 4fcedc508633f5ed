"""What Live reads from the plan: the run-of-show segments and the planned promotions, in order."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.live.engine import SegmentPlan
from livestudio.core.models import LineupItem, Promotion, Segment, Show

log = logging.getLogger("livestudio.live")


@dataclass(frozen=True)
class PromoPlan:
    promotion_id: int | None
    title: str
    kind: str
    lineup_item_id: int | None
    quantity_limit: int | None
    duration_ms: int
    planned_start_ms: int | None  # show offset, when known


def load_plan(session: Session, show_id: int) -> list[SegmentPlan]:
    names = {
        li.id: li.name
        for li in session.scalars(select(LineupItem).where(LineupItem.show_id == show_id))
    }
    rows = session.scalars(
        select(Segment).where(Segment.show_id == show_id).order_by(Segment.position, Segment.id)
    )
    return [
        SegmentPlan(
            segment_id=r.id,
            position=r.position,
            title=r.title,
            kind=r.kind,
            planned_ms=max(0, int(r.planned_duration_ms or 0)),
            script=r.script or "",
            warning_lead_ms=int(r.warning_lead_ms or 0),
            lineup_item_id=r.lineup_item_id,
            product_name=names.get(r.lineup_item_id or -1, ""),
        )
        for r in rows
    ]


def _from_plan_module(session: Session, show_id: int) -> list[PromoPlan] | None:
    """Plan's own promotion timing (`livestudio.core.plan.promotions.promotion_windows`) if present;
    promotions without a planned start follow, in the order they were made."""
    try:
        from livestudio.core.plan import promotions as plan_promotions
    except ImportError:
        return None
    fn = getattr(plan_promotions, "promotion_windows", None)
    show = session.get(Show, show_id)
    if fn is None or show is None:
        return None
    try:
        windows: Any = fn(show)
    except Exception:  # their API may still be moving; fall back to the rows
        log.warning("promotion_windows failed; reading promotions directly", exc_info=True)
        return None
    out: list[PromoPlan] = []
    seen: set[int] = set()
    for w in windows or []:
        pid = getattr(w, "promotion_id", None)
        row = session.get(Promotion, pid) if pid is not None else None
        if row is None:
            return None
        seen.add(row.id)
        start = getattr(w, "start_ms", None)
        out.append(
            PromoPlan(
                row.id,
                str(getattr(w, "title", "") or row.title or row.kind),
                row.kind,
                row.lineup_item_id,
                row.quantity_limit,
                int(row.duration_ms or 0),
                int(start) if isinstance(start, int) else None,
            )
        )
    for r in show.promotions:
        if r.id not in seen:
            out.append(
                PromoPlan(
                    r.id,
                    r.title or r.kind,
                    r.kind,
                    r.lineup_item_id,
                    r.quantity_limit,
                    int(r.duration_ms or 0),
                    None,
                )
            )
    return out


def load_promotions(
    session: Session, show_id: int, segments: list[SegmentPlan] | None = None
) -> list[PromoPlan]:
    """Planned promotions in the order they are due in the show."""
    found = _from_plan_module(session, show_id)
    if found is not None:
        return sorted(found, key=lambda p: (p.planned_start_ms is None, p.planned_start_ms or 0))
    starts: dict[int, int] = {}
    at = 0
    for seg in segments if segments is not None else load_plan(session, show_id):
        if seg.segment_id is not None:
            starts[seg.segment_id] = at
        at += seg.planned_ms
    out = []
    for r in session.scalars(
        select(Promotion).where(Promotion.show_id == show_id).order_by(Promotion.id)
    ):
        start: int | None = r.start_offset_ms
        if r.start_segment_id is not None and r.start_segment_id in starts:
            start = starts[r.start_segment_id] + (r.start_offset_ms or 0)
        out.append(
            PromoPlan(
                r.id,
                r.title or r.kind,
                r.kind,
                r.lineup_item_id,
                r.quantity_limit,
                int(r.duration_ms or 0),
                start,
            )
        )
    return sorted(out, key=lambda p: (p.planned_start_ms is None, p.planned_start_ms or 0))
