"""Run-of-show segments: start times, clock times, totals vs the planned length, and edits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.models import Segment, Show
from livestudio.core.models.plan import SEGMENT_KINDS

DEFAULT_SEGMENT_MS = 5 * 60 * 1000
DEFAULT_WARNING_LEAD_MS = 60 * 1000


class HasDuration(Protocol):
    planned_duration_ms: int


def segment_starts(segments: Sequence[HasDuration]) -> list[int]:
    """Show-relative start (ms) of each segment, in the given order: the running sum of durations."""
    starts: list[int] = []
    total = 0
    for seg in segments:
        starts.append(total)
        total += max(0, int(seg.planned_duration_ms or 0))
    return starts


@dataclass(frozen=True)
class SegmentTime:
    start_ms: int
    end_ms: int  # = running total after this segment
    start_at: datetime | None  # UTC wall time, None when the show has no scheduled start
    zero_length: bool


def timeline(show: Show, segments: Sequence[Segment] | None = None) -> list[SegmentTime]:
    """Start offset, running total and wall-clock start of each segment (crosses midnight freely)."""
    segs = list(show.segments if segments is None else segments)
    out = []
    for seg, start in zip(segs, segment_starts(segs), strict=True):
        dur = max(0, int(seg.planned_duration_ms or 0))
        at = show.scheduled_start + timedelta(milliseconds=start) if show.scheduled_start else None
        out.append(SegmentTime(start, start + dur, at, dur == 0))
    return out


@dataclass(frozen=True)
class Totals:
    total_ms: int
    planned_ms: int

    @property
    def difference_ms(self) -> int:
        """Positive = the run-of-show is longer than the show (over), negative = under."""
        return self.total_ms - self.planned_ms

    @property
    def state(self) -> str:
        """'over', 'under' or 'exact'."""
        d = self.difference_ms
        return "over" if d > 0 else "under" if d < 0 else "exact"


def totals(show: Show, segments: Sequence[Segment] | None = None) -> Totals:
    segs = list(show.segments if segments is None else segments)
    total = sum(max(0, int(s.planned_duration_ms or 0)) for s in segs)
    return Totals(total, int(show.planned_duration_ms or 0))


def ordered_segments(session: Session, show_id: int) -> list[Segment]:
    return list(
        session.scalars(
            select(Segment).where(Segment.show_id == show_id).order_by(Segment.position, Segment.id)
        )
    )


def _renumber(segments: Sequence[Segment]) -> None:
    for i, seg in enumerate(segments):
        seg.position = i


def insert_segment(
    session: Session,
    show_id: int,
    row: int | None = None,
    *,
    kind: str = "custom",
    title: str = "",
    duration_ms: int = DEFAULT_SEGMENT_MS,
    lineup_item_id: int | None = None,
    script: str = "",
    warning_lead_ms: int = DEFAULT_WARNING_LEAD_MS,
) -> Segment:
    """Insert before `row` (None or past the end = append). A zero duration is allowed (flagged in views)."""
    if kind not in SEGMENT_KINDS:
        raise ValueError(f"unknown segment kind {kind!r}")
    if duration_ms < 0 or warning_lead_ms < 0:
        raise ValueError("durations must be 0 or more")
    segs = ordered_segments(session, show_id)
    row = len(segs) if row is None else max(0, min(row, len(segs)))
    seg = Segment(
        show_id=show_id,
        kind=kind,
        title=title,
        planned_duration_ms=duration_ms,
        lineup_item_id=lineup_item_id,
        script=script,
        warning_lead_ms=warning_lead_ms,
    )
    session.add(seg)
    segs.insert(row, seg)
    _renumber(segs)
    session.flush()
    return seg


def duplicate_segment(session: Session, segment_id: int) -> Segment:
    """A copy placed right after the original."""
    src = session.get(Segment, segment_id)
    if src is None:
        raise LookupError(f"segment {segment_id} not found")
    segs = ordered_segments(session, src.show_id)
    copy = Segment(
        show_id=src.show_id,
        kind=src.kind,
        title=src.title,
        planned_duration_ms=src.planned_duration_ms,
        lineup_item_id=src.lineup_item_id,
        script=src.script,
        warning_lead_ms=src.warning_lead_ms,
        obs_scene=src.obs_scene,
    )
    session.add(copy)
    segs.insert(segs.index(src) + 1, copy)
    _renumber(segs)
    session.flush()
    return copy


def delete_segments(session: Session, segment_ids: Sequence[int]) -> int:
    """Delete; promotions tied to a deleted segment keep their time as an offset from show start."""
    from livestudio.core.models import Promotion

    ids = set(segment_ids)
    if not ids:
        return 0
    first = session.get(Segment, next(iter(ids)))
    if first is None:
        return 0
    show_id = first.show_id
    segs = ordered_segments(session, show_id)
    starts = dict(zip((s.id for s in segs), segment_starts(segs), strict=True))
    for promo in session.scalars(select(Promotion).where(Promotion.start_segment_id.in_(ids))):
        promo.start_offset_ms = starts.get(promo.start_segment_id or 0, 0)
        promo.start_segment_id = None
    keep = [s for s in segs if s.id not in ids]
    removed = 0
    for s in segs:
        if s.id in ids:
            session.delete(s)
            removed += 1
    _renumber(keep)
    session.flush()
    return removed


def move_segment(session: Session, show_id: int, src_row: int, dest_row: int) -> bool:
    """Move the segment at `src_row` so that it ends up at index `dest_row` (after removal)."""
    return _move(ordered_segments(session, show_id), src_row, dest_row)


def _move(items: list[Any], src_row: int, dest_row: int) -> bool:
    if not 0 <= src_row < len(items):
        return False
    dest_row = max(0, min(dest_row, len(items) - 1))
    if src_row == dest_row:
        return False
    item = items.pop(src_row)
    items.insert(dest_row, item)
    for i, it in enumerate(items):
        it.position = i
    return True


def update_segment(session: Session, segment_id: int, **fields: object) -> Segment:
    seg = session.get(Segment, segment_id)
    if seg is None:
        raise LookupError(f"segment {segment_id} not found")
    allowed = {
        "kind",
        "title",
        "planned_duration_ms",
        "lineup_item_id",
        "script",
        "warning_lead_ms",
        "obs_scene",
    }
    for key, value in fields.items():
        if key not in allowed:
            raise ValueError(f"cannot set segment field {key!r}")
        if key == "kind" and value not in SEGMENT_KINDS:
            raise ValueError(f"unknown segment kind {value!r}")
        if key in ("planned_duration_ms", "warning_lead_ms") and int(value) < 0:  # type: ignore[call-overload]
            raise ValueError("durations must be 0 or more")
        setattr(seg, key, value)
    session.flush()
    return seg
