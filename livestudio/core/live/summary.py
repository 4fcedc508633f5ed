"""What happened in a live run, for the end-of-show summary and for Review (undo already applied).

`run_summary(session, show_id)` reads the latest run of a show; `record_run(...)` writes a finished
run from a list of events without the UI (sample show, tests).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.live.clock import load_events, segments_of_run
from livestudio.core.live.engine import Replay
from livestudio.core.live.plan_source import load_plan
from livestudio.core.models import LiveEvent, LiveRun, Show


@dataclass
class SegmentActual:
    segment_id: int | None
    position: int
    title: str
    kind: str
    planned_ms: int
    start_ms: int | None  # show-clock offsets (ms)
    end_ms: int | None


@dataclass
class SaleLog:
    offset_ms: int
    lineup_item_id: int | None
    units: int
    promotion_key: str | None = None


@dataclass
class PromoActual:
    key: str
    promotion_id: int | None
    title: str
    start_ms: int
    end_ms: int | None
    quantity_limit: int | None
    units_sold: int


@dataclass
class LogEntry:
    offset_ms: int
    kind: str  # comment / incident / note
    text: str


@dataclass
class RunSummary:
    run_id: int
    show_id: int
    started_utc: datetime
    ended_utc: datetime | None
    total_ms: int
    segments: list[SegmentActual] = field(default_factory=list)
    sales: list[SaleLog] = field(default_factory=list)
    promotions: list[PromoActual] = field(default_factory=list)
    viewers: list[tuple[int, int]] = field(default_factory=list)  # (offset_ms, count)
    entries: list[LogEntry] = field(default_factory=list)


def summarise(run: LiveRun, replay: Replay, now_ms: int | None = None) -> RunSummary:
    """A summary of a replayed run (the current offset for a run still live)."""
    total = (
        replay.end_ms
        if replay.end_ms is not None
        else (now_ms if now_ms is not None else replay.last_offset_ms)
    )
    segments = []
    for i, s in enumerate(replay.segments):
        end = s.last_end_ms
        if end is None and s.first_start_ms is not None and i == replay.index:
            end = total if replay.ended else None
        segments.append(
            SegmentActual(
                s.plan.segment_id,
                s.plan.position,
                s.plan.title,
                s.plan.kind,
                s.plan.planned_ms,
                s.first_start_ms,
                end,
            )
        )
    promos = [
        PromoActual(
            p.key,
            p.promotion_id,
            p.title,
            p.start_ms,
            min(p.end_ms(), total) if (replay.ended or p.end_ms() <= total) else None,
            p.quantity_limit,
            p.units_sold,
        )
        for p in replay.promos.values()
    ]
    return RunSummary(
        run_id=run.id,
        show_id=run.show_id,
        started_utc=replay.start_wall or run.created_at,
        ended_utc=replay.end_wall or run.ended_at,
        total_ms=int(total),
        segments=segments,
        sales=[SaleLog(o, li, u, k) for o, li, u, k in replay.sales],
        promotions=promos,
        viewers=list(replay.viewers),
        entries=[LogEntry(o, k, t) for o, k, t in replay.entries],
    )


def run_summary(session: Session, show_id: int) -> RunSummary | None:
    """The latest run of the show, undo applied; None when the show was never live."""
    run = session.scalars(
        select(LiveRun).where(LiveRun.show_id == show_id).order_by(LiveRun.id.desc()).limit(1)
    ).first()
    if run is None:
        return None
    events = load_events(session, run.id)
    replay = Replay.build(segments_of_run(session, run, events), events)
    return summarise(run, replay)


def record_run(
    session: Session,
    show_id: int,
    events: list[tuple[str, int, dict[str, Any]]],
    started_utc: datetime,
) -> LiveRun:
    """Write a run from (kind, offset_ms, payload) tuples; wall time = start + offset.

    A "start" event carrying the plan is added when the list does not begin with one; an "undo"
    payload may name its target as {"target_index": i} (index into `events`). The run is
    "ended" when the list contains "end" (and the show's status moves to "ended"). Flushed, not
    committed: the caller's transaction decides.
    """
    show = session.get(Show, show_id)
    if show is None:
        raise ValueError(f"show {show_id} does not exist")
    ended = any(k == "end" for k, _o, _p in events)
    run = LiveRun(show_id=show_id, status="ended" if ended else "live", created_at=started_utc)
    session.add(run)
    session.flush()
    added = 0
    if not events or events[0][0] != "start":
        plans = load_plan(session, show_id)
        events = [
            ("start", 0, {"mode": "manual", "segments": [p.to_json() for p in plans]}),
            *events,
        ]
        added = 1
    ids: list[int] = []
    last_offset = 0
    for kind, offset, payload in events:
        payload = dict(payload or {})
        if kind == "start" and "segments" not in payload:
            payload["segments"] = [p.to_json() for p in load_plan(session, show_id)]
        target = None
        if kind == "undo" and "target_index" in payload:
            target = ids[int(payload.pop("target_index")) + added]
        row = LiveEvent(
            run_id=run.id,
            kind=kind,
            offset_ms=int(offset),
            wall_utc=started_utc + timedelta(milliseconds=int(offset)),
            payload_json=json.dumps(payload, ensure_ascii=False),
            target_event_id=target,
        )
        session.add(row)
        session.flush()
        ids.append(row.id)
        last_offset = max(last_offset, int(offset))
    if ended:
        run.ended_at = started_utc + timedelta(milliseconds=last_offset)
        if show.status in ("draft", "ready", "live"):
            show.status = "ended"
    session.flush()
    return run
