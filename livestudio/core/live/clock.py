"""The show clock over the store: every action is one LiveEvent row, appended and committed at once.

The clock keeps an anchor (show offset, monotonic time) taken at the last event. The current offset
is the anchor offset plus the monotonic time since, while running; after a restart the anchor is
rebuilt from the last event's wall time, so the time the app was down is counted.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from livestudio.core.db import Store
from livestudio.core.i18n import translate
from livestudio.core.live.engine import (
    PROMO_MAX_MS,
    PROMO_MIN_MS,
    Cue,
    Event,
    LiveView,
    PromoState,
    Replay,
    SegmentPlan,
    TightenPreview,
)
from livestudio.core.live.plan_source import PromoPlan, load_plan, load_promotions
from livestudio.core.live.timesource import SystemTimeSource, TimeSource
from livestudio.core.models import LineupItem, LiveEvent, LiveRun, Show

log = logging.getLogger("livestudio.live")

STALE_AFTER = timedelta(hours=12)


class LiveError(Exception):
    """An action that cannot be done now; `str()` is a message for the user."""


def event_from_row(row: LiveEvent) -> Event:
    try:
        payload = json.loads(row.payload_json or "{}")
    except ValueError:
        payload = {}
    return Event(row.id, row.kind, row.offset_ms, row.wall_utc, payload, row.target_event_id)


def load_events(session: Session, run_id: int) -> list[Event]:
    """The run's log in order (plain rows, not ORM objects: a 10,000-event log loads quickly)."""
    rows = session.execute(
        select(
            LiveEvent.id,
            LiveEvent.kind,
            LiveEvent.offset_ms,
            LiveEvent.wall_utc,
            LiveEvent.payload_json,
            LiveEvent.target_event_id,
        )
        .where(LiveEvent.run_id == run_id)
        .order_by(LiveEvent.id)
    )
    out = []
    for eid, kind, offset, wall, payload_json, target in rows:
        try:
            payload = json.loads(payload_json or "{}")
        except ValueError:
            payload = {}
        out.append(Event(eid, kind, offset, wall, payload, target))
    return out


def segments_of_run(session: Session, run: LiveRun, events: list[Event]) -> list[SegmentPlan]:
    """The run-of-show as it was when the run started (kept in the start event), else the plan now."""
    for e in events:
        if e.kind == "start" and isinstance(e.payload.get("segments"), list):
            return [SegmentPlan.from_json(d) for d in e.payload["segments"]]
    return load_plan(session, run.show_id)


@dataclass(frozen=True)
class OpenRun:
    run_id: int
    show_id: int
    title: str
    running_ms: int  # show offset now, downtime counted
    last_event_wall: datetime
    stale: bool


class ShowClock:
    """One live run: actions append events; `view()` reads the clock; `tick()` fires due cues."""

    def __init__(self, store: Store, run_id: int, time_source: TimeSource | None = None) -> None:
        self.store = store
        self.run_id = run_id
        self.time = time_source or SystemTimeSource()
        with store.session() as s:
            run = s.get(LiveRun, run_id)
            if run is None:
                raise LiveError(
                    translate("Live", "Live run {id} does not exist.").format(id=run_id)
                )
            self.show_id = run.show_id
            show = s.get(Show, run.show_id)
            self.show_title = show.title if show else ""
            self.currency = show.currency if show else "CNY"
            events = load_events(s, run_id)
            self.segment_plans = segments_of_run(s, run, events)
            self.promo_plans: list[PromoPlan] = load_promotions(s, run.show_id, self.segment_plans)
            self.lineup = {
                li.id: li.name
                for li in s.scalars(select(LineupItem).where(LineupItem.show_id == run.show_id))
            }
        self.replay = Replay.build(self.segment_plans, events)
        # Anchor: after a restart the wall clock since the last event fills the gap.
        mono = self.time.monotonic_ms()
        offset = self.replay.last_offset_ms
        if self.replay.running and self.replay.last_wall is not None:
            gap = (self.time.wall_utc() - self.replay.last_wall).total_seconds() * 1000
            offset += max(0, int(gap))
        self._anchor_offset = offset
        self._anchor_mono: float = mono

    # ---- construction -----------------------------------------------------------------
    @classmethod
    def start_new(
        cls, store: Store, show_id: int, time_source: TimeSource | None = None, mode: str = "manual"
    ) -> ShowClock:
        """Create a run for the show and log its start (the plan is snapshotted into the event)."""
        ts = time_source or SystemTimeSource()
        with store.transaction() as s:
            show = s.get(Show, show_id)
            if show is None:
                raise LiveError(translate("Live", "Show {id} does not exist.").format(id=show_id))
            plans = load_plan(s, show_id)
            if not plans:
                raise LiveError(
                    translate(
                        "Live",
                        "\u201c{title}\u201d has no run-of-show segments yet; add some in Plan first.",
                    ).format(title=show.title)
                )
            run = LiveRun(
                show_id=show_id, status="live", advance_mode=mode, created_at=ts.wall_utc()
            )
            s.add(run)
            s.flush()
            s.add(
                LiveEvent(
                    run_id=run.id,
                    kind="start",
                    offset_ms=0,
                    wall_utc=ts.wall_utc(),
                    payload_json=json.dumps(
                        {"mode": mode, "segments": [p.to_json() for p in plans]}, ensure_ascii=False
                    ),
                )
            )
            show.status = "live"
            run_id = run.id
        log.info("live run %s started for show %s", run_id, show_id)
        return cls(store, run_id, ts)

    # ---- the clock --------------------------------------------------------------------
    def _offset_at(self, mono: float) -> float:
        if not self.replay.running:
            return float(self._anchor_offset)
        return self._anchor_offset + (mono - self._anchor_mono)

    def now_ms(self) -> int:
        return int(self._offset_at(self.time.monotonic_ms()))

    def view(self) -> LiveView:
        now = self.now_ms()
        wall = self.time.wall_utc()
        return self.replay.view(now, wall)

    @property
    def running(self) -> bool:
        return self.replay.running

    @property
    def started(self) -> bool:
        return self.replay.started

    @property
    def ended(self) -> bool:
        return self.replay.ended

    @property
    def events(self) -> list[Event]:
        return self.replay.events

    # ---- appending --------------------------------------------------------------------
    def _append(
        self,
        kind: str,
        payload: dict[str, Any] | None = None,
        *,
        at_ms: int | None = None,
        target: int | None = None,
        catch_up: bool = True,
    ) -> Event:
        if self.replay.ended:
            raise LiveError(translate("Live", "The show has ended."))
        if catch_up:
            self.tick()
        # One reading of each clock; the anchor keeps the sub-millisecond remainder, so thousands
        # of events add no drift.
        mono = self.time.monotonic_ms()
        wall = self.time.wall_utc()
        exact = self._offset_at(mono)
        now = int(exact)
        at = now if at_ms is None else min(at_ms, now)
        back = exact - at  # a cue or auto-advance logged at its exact moment, a little in the past
        row_wall = wall - timedelta(milliseconds=back)
        text = json.dumps(payload or {}, ensure_ascii=False)
        if kind in ("end", "mode"):  # rare: they also change the run (and the show)
            with self.store.transaction() as s:
                row = LiveEvent(
                    run_id=self.run_id,
                    kind=kind,
                    offset_ms=at,
                    wall_utc=row_wall,
                    payload_json=text,
                    target_event_id=target,
                )
                s.add(row)
                run = s.get(LiveRun, self.run_id)
                if kind == "end":
                    if run is not None:
                        run.status, run.ended_at = "ended", wall
                    show = s.get(Show, self.show_id)
                    if show is not None and show.status in ("draft", "ready", "live"):
                        show.status = "ended"
                elif run is not None:
                    run.advance_mode = str((payload or {}).get("mode", "manual"))
                s.flush()
                event_id = row.id
        else:
            # The hot path (sales, counts, cues): one INSERT committed at once, without the ORM's
            # unit-of-work overhead, so an append costs about what SQLite itself costs.
            with self.store.engine.begin() as conn:
                result = conn.execute(
                    insert(LiveEvent).values(
                        run_id=self.run_id,
                        kind=kind,
                        offset_ms=at,
                        wall_utc=row_wall,
                        payload_json=text,
                        target_event_id=target,
                    )
                )
                pk = result.inserted_primary_key
                assert pk is not None
                event_id = int(pk[0])
        event = Event(event_id, kind, at, row_wall, payload or {}, target)
        self.replay = self.replay.apply(event)
        self._anchor_offset = at
        self._anchor_mono = mono - back
        return event

    def tick(self) -> list[Cue]:
        """Log the cues (and auto-advances) whose moment has come. Call it often; it is cheap."""
        fired: list[Cue] = []
        if not self.replay.started or self.replay.ended:
            return fired
        for _ in range(1000):  # bounded: one pass per segment at most
            now = self.now_ms()
            due = self.replay.due_cues(now)
            if due:
                cue = due[0]
                self._append(
                    "cue", {"key": cue.key, "kind": cue.kind}, at_ms=cue.at_ms, catch_up=False
                )
                fired.append(cue)
                continue
            if self.replay.mode == "auto" and self.replay.running:
                cross = self.replay.crossing_at_ms()
                nxt = self.replay._next_index(self.replay.index)
                if cross is not None and cross <= now and nxt is not None:
                    self._append("next", {"auto": True}, at_ms=cross, catch_up=False)
                    continue
            break
        return fired

    # ---- actions ----------------------------------------------------------------------
    def toggle(self) -> Event:
        return self.pause() if self.replay.running else self.resume()

    def pause(self) -> Event:
        if not self.replay.running:
            raise LiveError(translate("Live", "The clock is already paused."))
        return self._append("pause")

    def resume(self) -> Event:
        if self.replay.running:
            raise LiveError(translate("Live", "The clock is already running."))
        return self._append("resume")

    def next(self) -> Event:
        if self.replay._next_index(self.replay.index) is None:
            raise LiveError(translate("Live", "This is the last segment; end the show to finish."))
        return self._append("next")

    def previous(self) -> Event:
        if self.replay.index == 0:
            raise LiveError(translate("Live", "This is the first segment."))
        return self._append("previous")

    def jump(self, index: int) -> Event:
        if not 0 <= index < len(self.replay.segments):
            raise LiveError(translate("Live", "There is no segment {n}.").format(n=index + 1))
        return self._append("jump", {"index": index})

    def add_time(self, ms: int) -> Event:
        return self._append("add_time", {"ms": int(ms)})

    def skip(self, index: int, skipped: bool = True) -> Event:
        return self._append("skip", {"index": index, "skipped": skipped})

    def set_mode(self, mode: str) -> Event:
        return self._append("mode", {"mode": "auto" if mode == "auto" else "manual"})

    def tighten_preview(self, mode: str = "scale") -> TightenPreview:
        return self.replay.tighten_preview(self.now_ms(), mode)

    def apply_tighten(self, preview: TightenPreview) -> Event:
        return self._append("tighten", {"mode": preview.mode, "durations": preview.durations()})

    def promo_start(
        self,
        title: str,
        duration_ms: int,
        *,
        promotion_id: int | None = None,
        quantity_limit: int | None = None,
        lineup_item_id: int | None = None,
    ) -> Event:
        duration = min(PROMO_MAX_MS, max(PROMO_MIN_MS, int(duration_ms)))
        if promotion_id is None and lineup_item_id is None and self.replay.segments:
            lineup_item_id = self.replay.segments[self.replay.index].plan.lineup_item_id
        base = f"plan-{promotion_id}" if promotion_id is not None else "adhoc"
        n = 1
        key = f"{base}-{n}"
        while key in self.replay.promos:
            n += 1
            key = f"{base}-{n}"
        return self._append(
            "promo_start",
            {
                "key": key,
                "promotion_id": promotion_id,
                "title": title,
                "duration_ms": duration,
                "quantity_limit": quantity_limit,
                "lineup_item_id": lineup_item_id,
            },
        )

    def next_planned_promotion(self) -> PromoPlan | None:
        started = {
            p.promotion_id for p in self.replay.promos.values() if p.promotion_id is not None
        }
        for plan in self.promo_plans:
            if plan.promotion_id not in started:
                return plan
        return None

    def start_next_planned_promotion(self) -> Event:
        plan = self.next_planned_promotion()
        if plan is None:
            raise LiveError(translate("Live", "Every planned promotion has been started."))
        return self.promo_start(
            plan.title,
            plan.duration_ms,
            promotion_id=plan.promotion_id,
            quantity_limit=plan.quantity_limit,
            lineup_item_id=plan.lineup_item_id,
        )

    def promo_stop(self, key: str) -> Event:
        return self._append("promo_stop", {"key": key})

    def running_promos(self) -> list[PromoState]:
        return self.replay.running_promos(self.now_ms())

    def log_sale(
        self, units: int = 1, lineup_item_id: int | None = None, promotion_key: str | None = None
    ) -> Event:
        """A sale of `units`; with no product given, the current segment's product. A sale of a
        product that has a promotion running counts against that promotion."""
        if lineup_item_id is None and self.replay.segments:
            lineup_item_id = self.replay.segments[self.replay.index].plan.lineup_item_id
        if promotion_key is None and lineup_item_id is not None:
            for p in self.running_promos():
                if p.lineup_item_id == lineup_item_id:
                    promotion_key = p.key
                    break
        if promotion_key is None:
            running = self.running_promos()
            if lineup_item_id is None and len(running) == 1:
                promotion_key = running[0].key
                lineup_item_id = running[0].lineup_item_id
        return self._append(
            "sale",
            {"units": int(units), "lineup_item_id": lineup_item_id, "promotion_key": promotion_key},
        )

    def log_viewers(self, count: int) -> Event:
        if count < 0:
            raise LiveError(translate("Live", "A viewer count cannot be negative."))
        return self._append("viewers", {"count": int(count)})

    def log_text(self, kind: str, text: str) -> Event:
        if kind not in ("comment", "incident", "note"):
            raise ValueError(kind)
        return self._append(kind, {"text": text})

    def undo(self) -> Event:
        target = self.replay.last_undoable()
        if target is None:
            raise LiveError(translate("Live", "Nothing to undo."))
        return self._append("undo", {"kind": target.kind}, target=target.id)

    def end(self) -> Event:
        return self._append("end")

    # ---- descriptions -----------------------------------------------------------------
    def describe(self, e: Event) -> str:
        """One line for the live log list."""
        p = e.payload
        k = e.kind

        def t(text: str) -> str:
            return translate("Live", text)

        if k == "sale":
            name = self.lineup.get(p.get("lineup_item_id") or -1, "") or t("(no product)")
            return t("Sale: {units} × {name}").format(units=p.get("units", 1), name=name)
        if k == "viewers":
            return t("Viewers: {n}").format(n=p.get("count", 0))
        if k in ("comment", "incident", "note"):
            label = {"comment": t("Comment"), "incident": t("Incident"), "note": t("Note")}[k]
            return "{}: {}".format(label, p.get("text", ""))
        if k == "add_time":
            ms = int(p.get("ms", 0))
            return (t("Added {n} s") if ms >= 0 else t("Removed {n} s")).format(n=abs(ms) // 1000)
        if k == "promo_start":
            return t("Promotion started: {title}").format(title=p.get("title", ""))
        if k == "promo_stop":
            return t("Promotion stopped")
        if k == "undo":
            return t("Undone: {kind}").format(kind=p.get("kind", ""))
        if k == "cue":
            return t("Cue: {key}").format(key=p.get("key", ""))
        names = {
            "start": t("Show started"),
            "pause": t("Paused"),
            "resume": t("Resumed"),
            "next": t("Next segment") if not p.get("auto") else t("Next segment (auto)"),
            "previous": t("Previous segment"),
            "jump": t("Jumped to a segment"),
            "skip": t("Segment skipped"),
            "mode": t("Mode: {mode}").format(mode=p.get("mode", "")),
            "tighten": t("Remaining segments tightened"),
            "end": t("Show ended"),
        }
        return names.get(k, k)


# ---- runs left open ---------------------------------------------------------------------
def open_runs(store: Store, time_source: TimeSource | None = None) -> list[OpenRun]:
    """Runs still marked live (the app was closed or killed during a show), newest first."""
    ts = time_source or SystemTimeSource()
    out: list[OpenRun] = []
    with store.session() as s:
        runs = s.scalars(
            select(LiveRun).where(LiveRun.status == "live").order_by(LiveRun.id.desc())
        )
        for run in runs:
            show = s.get(Show, run.show_id)
            events = load_events(s, run.id)
            segs = segments_of_run(s, run, events)
            r = Replay.build(segs, events)
            last_wall = r.last_wall or run.created_at
            now_wall = ts.wall_utc()
            gap = int((now_wall - last_wall).total_seconds() * 1000)
            running_ms = r.last_offset_ms + (max(0, gap) if r.running else 0)
            out.append(
                OpenRun(
                    run.id,
                    run.show_id,
                    show.title if show else "",
                    running_ms,
                    last_wall,
                    now_wall - last_wall > STALE_AFTER,
                )
            )
    return out


def end_stale_run(store: Store, run_id: int, time_source: TimeSource | None = None) -> None:
    """Close a run nobody touched for hours: the end is logged at its last offset, not 12 h later."""
    ts = time_source or SystemTimeSource()
    with store.transaction() as s:
        run = s.get(LiveRun, run_id)
        if run is None or run.status != "live":
            return
        last = s.scalars(
            select(LiveEvent)
            .where(LiveEvent.run_id == run_id)
            .order_by(LiveEvent.id.desc())
            .limit(1)
        ).first()
        offset = last.offset_ms if last else 0
        s.add(
            LiveEvent(
                run_id=run_id,
                kind="end",
                offset_ms=offset,
                wall_utc=ts.wall_utc(),
                payload_json=json.dumps({"stale": True}),
            )
        )
        run.status, run.ended_at = "ended", ts.wall_utc()
        show = s.get(Show, run.show_id)
        if show is not None and show.status == "live":
            show.status = "ended"
