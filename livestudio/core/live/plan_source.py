"""What Live reads from the plan: the run-of-show segments and the planned promotions, in order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.live.engine import SegmentPlan
from livestudio.core.models import LineupItem, Segment, Show
from livestudio.core.plan.promotions import promotion_windows


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


def _windows(session: Session, show_id: int) -> list[PromoPlan] | None:
    """Plan's own promotion timing (`promotion_windows`, the one rule for a planned start);
    promotions without a planned start follow, in the order they were made."""
    show = session.get(Show, show_id)
    if show is None:
        return None
    rows = {r.id: r for r in show.promotions}
    out: list[PromoPlan] = []
    for w in promotion_windows(show):
        row = rows.pop(w.promotion_id, None)
        if row is None:
            continue
        out.append(
            PromoPlan(
                row.id,
                w.title or row.title or row.kind,
                row.kind,
                row.lineup_item_id,
                row.quantity_limit,
                int(row.duration_ms or 0),
                int(w.start_ms),
            )
        )
    for r in sorted(rows.values(), key=lambda r: r.id):
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
    """Planned promotions in the order they are due in the show (`segments` is accepted for
    callers that already hold the plan; the timing rule is Plan's)."""
    found = _windows(session, show_id) or []
    return sorted(found, key=lambda p: (p.planned_start_ms is None, p.planned_start_ms or 0))
