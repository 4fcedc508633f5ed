"""The Live workspace's service over the store: shows to pick, a show's plan and lineup, its live
runs, going live, resuming a run and the end-of-show summary, all as plain dataclasses (the UI
never opens a session; `ProductService` is the model)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from livestudio.core.db import Store
from livestudio.core.live.clock import ShowClock
from livestudio.core.live.engine import SegmentPlan
from livestudio.core.live.plan_source import load_plan
from livestudio.core.live.summary import RunSummary, run_summary
from livestudio.core.live.timesource import TimeSource
from livestudio.core.models import LineupItem, LiveEvent, LiveRun, Segment, Show
from livestudio.core.plan.shows import ShowService


@dataclass(frozen=True)
class ShowChoice:
    """One entry of the Live show picker."""

    id: int
    title: str
    status: str


@dataclass(frozen=True)
class LineupChoice:
    """A product S can log (the lineup of the show)."""

    id: int
    name: str
    sku: str
    talking_points: str = ""  # shown on the phone host page while it is on air


@dataclass(frozen=True)
class RunInfo:
    """One live run of a show."""

    run_id: int
    show_id: int
    status: str  # live / ended
    created_at: datetime
    ended_at: datetime | None
    events: int


class LiveRunService:
    """Everything the Live screen reads or starts, over one `Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def shows(self) -> list[ShowChoice]:
        """Shows in the one picker order every workspace uses."""
        return [ShowChoice(s.id, s.title, s.status) for s in ShowService(self.store).picker()]

    def plan(self, show_id: int) -> list[SegmentPlan]:
        """The show's run-of-show as Live would run it now."""
        with self.store.session() as s:
            return load_plan(s, show_id)

    def lineup(self, show_id: int) -> list[LineupChoice]:
        with self.store.session() as s:
            rows = s.scalars(
                select(LineupItem)
                .where(LineupItem.show_id == show_id)
                .order_by(LineupItem.position, LineupItem.id)
            )
            return [LineupChoice(r.id, r.name, r.sku, r.talking_points or "") for r in rows]

    def scenes(self, show_id: int) -> dict[int, str]:
        """The OBS scene each segment names, by segment id (segments naming none are left out)."""
        with self.store.session() as s:
            rows = s.execute(
                select(Segment.id, Segment.obs_scene).where(
                    Segment.show_id == show_id, Segment.obs_scene != ""
                )
            )
            return {int(i): str(name) for i, name in rows}

    def obs_options(self, show_id: int) -> tuple[bool, bool]:
        """(start OBS streaming with Go live, start recording with Go live) for the show."""
        with self.store.session() as s:
            show = s.get(Show, show_id)
            return (bool(show.obs_stream), bool(show.obs_record)) if show else (False, False)

    def set_obs_options(self, show_id: int, stream: bool, record: bool) -> None:
        with self.store.transaction() as s:
            show = s.get(Show, show_id)
            if show is not None:
                show.obs_stream, show.obs_record = stream, record

    def runs(self, show_id: int) -> list[RunInfo]:
        """The show's live runs, newest first."""
        with self.store.session() as s:
            counts: dict[int, int] = {
                run_id: n
                for run_id, n in s.execute(
                    select(LiveEvent.run_id, func.count(LiveEvent.id))
                    .join(LiveRun, LiveRun.id == LiveEvent.run_id)
                    .where(LiveRun.show_id == show_id)
                    .group_by(LiveEvent.run_id)
                )
            }
            rows = s.scalars(
                select(LiveRun).where(LiveRun.show_id == show_id).order_by(LiveRun.id.desc())
            )
            return [
                RunInfo(r.id, r.show_id, r.status, r.created_at, r.ended_at, counts.get(r.id, 0))
                for r in rows
            ]

    def start(self, show_id: int, time_source: TimeSource, mode: str = "manual") -> ShowClock:
        """Go live: a new run whose start event keeps the plan as it is now."""
        return ShowClock.start_new(self.store, show_id, time_source, mode=mode)

    def resume(self, run_id: int, time_source: TimeSource) -> ShowClock:
        """Rebuild a run from its log (after a restart or a crash)."""
        return ShowClock(self.store, run_id, time_source)

    def summary(self, show_id: int) -> RunSummary | None:
        """The latest run of the show, undo applied (None when it was never live)."""
        with self.store.session() as s:
            return run_summary(s, show_id)
