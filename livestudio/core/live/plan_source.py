"""What Live reads from the plan: the run-of-show segments and the planned promotions, in order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core import labels
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
    """The run-of-show in order (plain rows, not ORM objects: 10,000 segments load quickly)."""
    names: dict[int, str] = {
        lid: name
        for lid, name in session.execute(
            select(LineupItem.id, LineupItem.name).where(LineupItem.show_id == show_id)
        )
    }
    rows = session.execute(
        select(
            Segment.id,
            Segment.position,
            Segment.title,
            Segment.kind,
            Segment.planned_duration_ms,
            Segment.script,
            Segment.warning_lead_ms,
            Segment.lineup_item_id,
        )
        .where(Segment.show_id == show_id)
        .order_by(Segment.position, Segment.id)
    ).all()
    return [
        SegmentPlan(
            segment_id=sid,
            position=position,
            title=title,
            kind=kind,
            planned_ms=max(0, int(planned or 0)),
            script=script or "",
            warning_lead_ms=int(lead or 0),
            lineup_item_id=item,
            product_name=names.get(item or -1, ""),
        )
        for sid, position, title, kind, planned, script, lead, item in rows
    ]


def _windows(session: Session, show_id: int) -> list[PromoPlan] | None:
    """Plan's own promotion timing (`promotion_windows`, the one rule for a planned start);
    promotions without a planned start follow, in the order they were made."""
    show = session.get(Show, show_id)
    if show is None:
        return None
    rows = {r.id: r for r in show.promotions}
    out: list[PromoPlan] = []
    if not rows:
        return out  # no need to load every segment for their start times
    for w in promotion_windows(show):
        row = rows.pop(w.promotion_id, None)
        if row is None:
            continue
        out.append(
            PromoPlan(
                row.id,
                w.title or row.title or labels.promotion_kind(row.kind),
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
                r.title or labels.promotion_kind(r.kind),
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
