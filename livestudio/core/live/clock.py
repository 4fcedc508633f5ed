"""The show clock over the store: every action is one LiveEvent row, appended and committed at once.

The clock keeps an anchor (show offset, monotonic time) taken at the last event. The current offset
is the anchor offset plus the monotonic time since, while running. After a restart the anchor is
rebuilt from the last event plus the downtime: measured on the boot clock when the machine was not
restarted (a wall-clock change does not count), else assumed from the wall clock and shown to the
host, who can correct it (`resume_run`). Cues and auto-advances never fire for time the app did
not see: after a gap the show stays in the segment it was in.

An action the store cannot take at once (busy, disk full, read-only) is kept by the writer
(core/live/journal.py) and committed later in order; the clock goes on meanwhile and
`store_status()` says what waits. The clock holds the run's lease (core/live/lease.py) while it
drives it; `close()` gives it back.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from livestudio.core import db as store_db
from livestudio.core.db import Store
from livestudio.core.i18n import translate
from livestudio.core.live import lease
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
    format_clock,
)
from livestudio.core.live.journal import (
    LiveWriter,
    PendingAction,
    RunNotLive,
    WriterStatus,
    replay_journals,
)
from livestudio.core.live.plan_source import PromoPlan, load_plan, load_promotions
from livestudio.core.live.timesource import SystemTimeSource, TimeSource
from livestudio.core.models import LineupItem, LiveEvent, LiveRun, Show

log = logging.getLogger("livestudio.live")

# A run silent for this long is flagged "long gap" (it can still be resumed, with the gap shown).
STALE_AFTER = timedelta(hours=12)


class LiveError(Exception):
    """An action that cannot be done now; `str()` is a message for the user."""


class RunDrivenElsewhere(LiveError):
    """Another window or process drives this run (its lease is fresh)."""

    def __init__(self, message: str, holder: lease.LeaseHolder) -> None:
        super().__init__(message)
        self.holder = holder


def driven_elsewhere_message(title: str, holder: lease.LeaseHolder) -> str:
    return translate(
        "Live",
        "\u201c{title}\u201d is being driven by another LiveStudio window (on {host}, process "
        "{pid}, last seen {secs} s ago). Close the show there first; this window only shows it.",
    ).format(title=title, host=holder.host, pid=holder.pid, secs=int(holder.age.total_seconds()))


def store_problem_message(exc: BaseException, path: Path) -> str:
    """A plain sentence for a store that refused a write (busy, full, read-only)."""
    state = store_db.classify_sqlite_error(exc, path)
    if state is store_db.StoreState.LOCKED:
        return translate(
            "Live", "The store is busy (another program is writing to it). Try again in a moment."
        )
    if state is store_db.StoreState.DISK_FULL:
        return translate("Live", "The disk is full: free space on {drive}, then try again.").format(
            drive=store_db.drive_of(path)
        )
    if state is store_db.StoreState.READ_ONLY:
        return translate("Live", "The store is on a read-only disk or folder: {path}").format(
            path=path
        )
    return translate("Live", "The store could not be written ({reason}).").format(reason=exc)


@dataclass(frozen=True)
class Downtime:
    """The gap between the last logged action and this start, counted as show time."""

    ms: int
    source: str  # "boot": measured on the boot clock; "wall": assumed from the wall clock
    running: bool  # the clock was running (the gap counts); paused: it does not

    @property
    def assumed(self) -> bool:
        return self.source != "boot"


def measure_gap(
    last_wall: datetime | None,
    last_boot: tuple[str | None, int | None],
    ts: TimeSource,
) -> tuple[int, str]:
    """(ms, source) since the last event: the boot clock when the boot is the same, else wall."""
    reading = ts.boot_reading() if hasattr(ts, "boot_reading") else None
    boot_id, boot_ms = last_boot
    if (
        reading is not None
        and boot_id is not None
        and boot_ms is not None
        and reading[0] == boot_id
    ):
        return max(0, int(reading[1] - boot_ms)), "boot"
    if last_wall is None:
        return 0, "wall"
    return max(0, int((ts.wall_utc() - last_wall).total_seconds() * 1000)), "wall"


def _last_boot(session: Session, run_id: int) -> tuple[str | None, int | None]:
    row = session.execute(
        select(LiveEvent.boot_id, LiveEvent.boot_ms)
        .where(LiveEvent.run_id == run_id)
        .order_by(LiveEvent.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else (None, None)


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
    running_ms: int  # show offset now, downtime counted (when the clock was running)
    last_event_wall: datetime
    stale: bool  # nothing logged for over STALE_AFTER (it can still be resumed)
    last_offset_ms: int = 0  # the show offset of the last logged action
    gap_ms: int = 0  # time since the last logged action
    gap_source: str = "wall"  # "boot": measured; "wall": assumed from the wall clock
    running: bool = True  # False: it was paused (the gap does not count)
    driver: lease.LeaseHolder | None = None  # another window drives it right now

    @property
    def gap_assumed(self) -> bool:
        return self.gap_source != "boot"


class ShowClock:
    """One live run: actions append events; `view()` reads the clock; `tick()` fires due cues.

    `drive=False` opens the run to look at it only (no lease, no writing expected).
    """

    def __init__(
        self,
        store: Store,
        run_id: int,
        time_source: TimeSource | None = None,
        *,
        drive: bool = True,
        owner: str | None = None,
        journal_dirs: list[Path] | None = None,
    ) -> None:
        self.store = store
        self.run_id = run_id
        self.time = time_source or SystemTimeSource()
        self.owner = owner or lease.process_owner()
        if drive:
            held = lease.holder(store.engine, run_id)
            if held is not None and held.owner != self.owner:
                with store.session() as s:
                    run0 = s.get(LiveRun, run_id)
                    show0 = s.get(Show, run0.show_id) if run0 is not None else None
                    title0 = show0.title if show0 is not None else ""
                raise RunDrivenElsewhere(driven_elsewhere_message(title0, held), held)
        # Actions a crash left in the journal go into the store first (or wait, in order).
        replayed = replay_journals(store.path, run_id, journal_dirs)
        if replayed.committed:
            log.warning(
                "run %s: %d journaled actions committed at start", run_id, replayed.committed
            )
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
            last_boot = _last_boot(s, run_id)
            run_live = run.status == "live"
            self.segment_plans = segments_of_run(s, run, events)
            self.promo_plans: list[PromoPlan] = load_promotions(s, run.show_id, self.segment_plans)
            self.lineup = {
                li.id: li.name
                for li in s.scalars(select(LineupItem).where(LineupItem.show_id == run.show_id))
            }
        self.writer = LiveWriter(
            store.path, run_id, dirs=journal_dirs, lease_owner=self.owner if drive else None
        )
        waiting = replayed.waiting
        for a in waiting:
            a.temp_id = self.writer.new_temp_id()
            events.append(Event(a.temp_id, a.kind, a.offset_ms, a.wall_utc, a.payload, a.target))
            if a.boot_id is not None:
                last_boot = (a.boot_id, a.boot_ms)
        self.replay = Replay.build(self.segment_plans, events)
        self.driving = False
        if drive and run_live and not self.replay.ended:
            try:
                held = lease.acquire(store.live_engine, run_id, self.owner)
            except DBAPIError as exc:  # a busy store: drive anyway, the heartbeat takes it later
                log.warning("run %s: lease not taken now: %s", run_id, exc)
                held = None
            if held is not None:
                raise RunDrivenElsewhere(driven_elsewhere_message(self.show_title, held), held)
            self.driving = True
        self.writer.adopt(waiting)
        # Anchor: after a restart the downtime fills the gap (boot clock, else wall clock).
        mono = self.time.monotonic_ms()
        offset = self.replay.last_offset_ms
        gap, source = measure_gap(self.replay.last_wall, last_boot, self.time)
        self.downtime = Downtime(gap if self.replay.running else 0, source, self.replay.running)
        if self.replay.running and self.replay.last_wall is not None:
            offset += gap
        self._anchor_offset = offset
        self._anchor_mono: float = mono
        # Cues and auto-advances only for time this process sees (not for the downtime).
        self._seen_from_ms = offset
        self._skipped_cues: set[str] = set()

    # ---- construction -----------------------------------------------------------------
    @classmethod
    def start_new(
        cls, store: Store, show_id: int, time_source: TimeSource | None = None, mode: str = "manual"
    ) -> ShowClock:
        """Create a run for the show and log its start (the plan is snapshotted into the event).

        Written on the live connection (no busy wait): a busy or full store refuses the start
        with a plain message rather than freezing the window.
        """
        ts = time_source or SystemTimeSource()
        reading = ts.boot_reading() if hasattr(ts, "boot_reading") else None
        try:
            with Session(store.live_engine) as s, s.begin():
                show = s.get(Show, show_id)
                if show is None:
                    raise LiveError(
                        translate("Live", "Show {id} does not exist.").format(id=show_id)
                    )
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
                            {"mode": mode, "segments": [p.to_json() for p in plans]},
                            ensure_ascii=False,
                        ),
                        boot_id=reading[0] if reading else None,
                        boot_ms=reading[1] if reading else None,
                    )
                )
                show.status = "live"
                run_id = run.id
        except DBAPIError as exc:
            raise LiveError(store_problem_message(exc, store.path)) from exc
        log.info("live run %s started for show %s", run_id, show_id)
        return cls(store, run_id, ts)

    # ---- the store ------------------------------------------------------------------------
    def store_status(self) -> WriterStatus:
        """How many actions wait for the store, and why (for the "not saved yet" banner)."""
        return self.writer.status()

    @property
    def ended_elsewhere(self) -> bool:
        return self.writer.ended_elsewhere

    def close(self) -> WriterStatus:
        """Stop driving: commit what can be, keep the rest in the journal, give the lease back."""
        return self.writer.close(release_lease=self.driving)

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
        if self.writer.ended_elsewhere:
            raise LiveError(
                translate(
                    "Live",
                    "This live run was ended elsewhere (from the command line or another "
                    "window); nothing more is logged to it.",
                )
            )
        if catch_up:
            self.tick()
        # One reading of each clock; the anchor keeps the sub-millisecond remainder, so thousands
        # of events add no drift.
        mono = self.time.monotonic_ms()
        wall = self.time.wall_utc()
        reading = self.time.boot_reading() if hasattr(self.time, "boot_reading") else None
        exact = self._offset_at(mono)
        now = int(exact)
        at = now if at_ms is None else min(at_ms, now)
        back = exact - at  # a cue or auto-advance logged at its exact moment, a little in the past
        row_wall = wall - timedelta(milliseconds=back)
        real_target, target_key = self.writer.target_for(target)
        action = PendingAction(
            key="",
            temp_id=self.writer.new_temp_id(),
            run_id=self.run_id,
            kind=kind,
            offset_ms=at,
            wall_utc=row_wall,
            payload=dict(payload or {}),
            target=real_target,
            target_key=target_key,
            boot_id=reading[0] if reading else None,
            boot_ms=int(reading[1] - back) if reading else None,
        )
        try:
            committed = self.writer.submit(action)
        except RunNotLive:
            raise LiveError(
                translate(
                    "Live",
                    "This live run was ended elsewhere (from the command line or another "
                    "window); nothing more is logged to it.",
                )
            ) from None
        event_id = committed if committed is not None else action.temp_id
        event = Event(event_id, kind, at, row_wall, payload or {}, target)
        self.replay = self.replay.apply(event)
        self._anchor_offset = at
        self._anchor_mono = mono - back
        return event

    def tick(self) -> list[Cue]:
        """Log the cues (and auto-advances) whose moment has come. Call it often; it is cheap.

        A cue or an auto-advance whose moment fell in time the app did not see (before it
        resumed after a restart) is skipped: the show stays in the segment it was in.
        """
        fired: list[Cue] = []
        self.writer.heartbeat()
        if not self.replay.started or self.replay.ended or self.writer.ended_elsewhere:
            return fired
        for _ in range(1000):  # bounded: one pass per segment at most
            now = self.now_ms()
            due = [c for c in self.replay.due_cues(now) if c.key not in self._skipped_cues]
            if due:
                cue = due[0]
                if cue.at_ms < self._seen_from_ms:
                    self._skipped_cues.add(cue.key)
                    continue
                self._append(
                    "cue", {"key": cue.key, "kind": cue.kind}, at_ms=cue.at_ms, catch_up=False
                )
                fired.append(cue)
                continue
            if self.replay.mode == "auto" and self.replay.running:
                cross = self.replay.crossing_at_ms()
                nxt = self.replay._next_index(self.replay.index)
                if (
                    cross is not None
                    and cross <= now
                    and nxt is not None
                    and cross >= self._seen_from_ms
                ):
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
        if k == "restart":
            return t("Back after a restart (downtime counted: {time})").format(
                time=format_clock(int(p.get("downtime_ms", 0)), ceil=False)
            )
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
def recover_journals(store: Store, journal_dirs: list[Path] | None = None) -> int:
    """At start-up: commit every live action a crash left in a journal (not those of a run
    another LiveStudio drives right now: its writer commits them). Returns how many."""
    me = lease.process_owner()

    def driven_elsewhere(run_id: int) -> bool:
        held = lease.holder(store.engine, run_id)
        return held is not None and held.owner != me

    return replay_journals(store.path, None, journal_dirs, skip_run=driven_elsewhere).committed


def open_runs(store: Store, time_source: TimeSource | None = None) -> list[OpenRun]:
    """Runs still marked live (the app was closed or killed during a show), newest first, each
    with the gap since its last action (measured on the boot clock when it can be)."""
    ts = time_source or SystemTimeSource()
    out: list[OpenRun] = []
    with store.session() as s:
        runs = list(
            s.scalars(select(LiveRun).where(LiveRun.status == "live").order_by(LiveRun.id.desc()))
        )
        for run in runs:
            show = s.get(Show, run.show_id)
            events = load_events(s, run.id)
            segs = segments_of_run(s, run, events)
            r = Replay.build(segs, events)
            last_wall = r.last_wall or run.created_at
            gap, source = measure_gap(last_wall, _last_boot(s, run.id), ts)
            now_wall = ts.wall_utc()
            running_ms = r.last_offset_ms + (gap if r.running else 0)
            out.append(
                OpenRun(
                    run.id,
                    run.show_id,
                    show.title if show else "",
                    running_ms,
                    last_wall,
                    timedelta(milliseconds=gap) > STALE_AFTER or now_wall - last_wall > STALE_AFTER,
                    last_offset_ms=r.last_offset_ms,
                    gap_ms=gap,
                    gap_source=source,
                    running=r.running,
                )
            )
    for i, o in enumerate(out):
        held = lease.holder(store.engine, o.run_id)
        if held is not None and held.owner != lease.process_owner():
            out[i] = OpenRun(**{**o.__dict__, "driver": held})
    return out


def resume_run(
    store: Store, run_id: int, downtime_ms: int, time_source: TimeSource | None = None
) -> None:
    """Log that the app is back, counting `downtime_ms` of the gap as show time (the host may
    have corrected the measured or assumed gap). Only for a running clock; paused, the gap does
    not count and nothing is logged. Call before opening the run with ShowClock."""
    ts = time_source or SystemTimeSource()
    with store.session() as s:
        run = s.get(LiveRun, run_id)
        if run is None or run.status != "live":
            return
        events = load_events(s, run_id)
        r = Replay.build(segments_of_run(s, run, events), events)
        measured, source = measure_gap(r.last_wall or run.created_at, _last_boot(s, run_id), ts)
    if not r.running:
        return
    reading = ts.boot_reading() if hasattr(ts, "boot_reading") else None
    downtime = max(0, int(downtime_ms))
    with Session(store.live_engine) as s, s.begin():
        s.add(
            LiveEvent(
                run_id=run_id,
                kind="restart",
                offset_ms=r.last_offset_ms + downtime,
                wall_utc=ts.wall_utc(),
                payload_json=json.dumps(
                    {"downtime_ms": downtime, "measured_ms": measured, "source": source}
                ),
                boot_id=reading[0] if reading else None,
                boot_ms=reading[1] if reading else None,
            )
        )
    log.info(
        "run %s resumed: %d ms of downtime counted (%s measured %d ms)",
        run_id,
        downtime,
        source,
        measured,
    )


def end_run(
    store: Store,
    run_id: int,
    time_source: TimeSource | None = None,
    *,
    force: bool = False,
    journal_dirs: list[Path] | None = None,
) -> None:
    """Close a run left live: the end is logged at its last offset, not hours later. Journaled
    actions go in first. Refuses (RunDrivenElsewhere) while another window drives the run,
    unless `force`."""
    ts = time_source or SystemTimeSource()
    held = lease.holder(store.engine, run_id)
    if held is not None and held.owner == lease.process_owner():
        held = None  # this process drives it: its clock sees the end and stops logging
    if held is not None and not force:
        with store.session() as s:
            run0 = s.get(LiveRun, run_id)
            show0 = s.get(Show, run0.show_id) if run0 is not None else None
        raise RunDrivenElsewhere(driven_elsewhere_message(show0.title if show0 else "", held), held)
    replay_journals(store.path, run_id, journal_dirs)
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
                payload_json=json.dumps({"stale": True, "forced": bool(held is not None)}),
            )
        )
        run.status, run.ended_at = "ended", ts.wall_utc()
        run.lease_owner, run.lease_heartbeat_utc = None, None
        show = s.get(Show, run.show_id)
        if show is not None and show.status == "live":
            show.status = "ended"


def end_stale_run(store: Store, run_id: int, time_source: TimeSource | None = None) -> None:
    """Close a run nobody drives (see `end_run`)."""
    end_run(store, run_id, time_source)
