"""Replay of the live event log into the show state, and the derived view at any instant.

Pure Python, no store: `Replay.apply(event)` folds one event in; `Replay.view(now_ms, wall)` says
what the screen shows at show offset `now_ms`. Nothing here counts ticks: every figure is computed
from event offsets and the current offset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from livestudio.core.i18n import translate

DEFAULT_WARNING_MS = 2 * 60 * 1000
DEFAULT_DANGER_MS = 60 * 1000
PROMO_MIN_MS = 10 * 1000
PROMO_MAX_MS = 20 * 60 * 1000
TIGHTEN_FLOOR_MS = 30 * 1000
# What Ctrl+Z can take back: log entries and navigation. Pause/resume are taken back with Space;
# start, end, cues and undos themselves are not undoable.
UNDOABLE = frozenset(
    {
        "next",
        "previous",
        "jump",
        "add_time",
        "skip",
        "promo_start",
        "promo_stop",
        "sale",
        "viewers",
        "comment",
        "incident",
        "note",
        "tighten",
        "mode",
    }
)


@dataclass(frozen=True)
class SegmentPlan:
    segment_id: int | None
    position: int
    title: str
    kind: str
    planned_ms: int
    script: str = ""
    warning_lead_ms: int = DEFAULT_DANGER_MS
    lineup_item_id: int | None = None
    product_name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "segment_id": self.segment_id,
            "position": self.position,
            "title": self.title,
            "kind": self.kind,
            "planned_ms": self.planned_ms,
            "script": self.script,
            "warning_lead_ms": self.warning_lead_ms,
            "lineup_item_id": self.lineup_item_id,
            "product_name": self.product_name,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SegmentPlan:
        return cls(
            segment_id=d.get("segment_id"),
            position=int(d.get("position", 0)),
            title=str(d.get("title", "")),
            kind=str(d.get("kind", "custom")),
            planned_ms=int(d.get("planned_ms", 0)),
            script=str(d.get("script", "")),
            warning_lead_ms=int(d.get("warning_lead_ms", DEFAULT_DANGER_MS)),
            lineup_item_id=d.get("lineup_item_id"),
            product_name=str(d.get("product_name", "")),
        )


@dataclass(frozen=True)
class Event:
    id: int
    kind: str
    offset_ms: int
    wall_utc: datetime
    payload: dict[str, Any]
    target_event_id: int | None = None


@dataclass
class SegState:
    plan: SegmentPlan
    planned_ms: int  # after any "tighten"
    added_ms: int = 0
    used_ms: int = 0  # time spent in earlier visits
    first_start_ms: int | None = None
    last_end_ms: int | None = None
    skipped: bool = False
    allowance_since_ms: int = 0  # when the allowance last changed (a zero crossing must come after)

    @property
    def allowance_ms(self) -> int:
        return max(0, self.planned_ms + self.added_ms)


@dataclass
class PromoState:
    key: str
    promotion_id: int | None
    title: str
    lineup_item_id: int | None
    quantity_limit: int | None
    start_ms: int
    duration_ms: int
    stopped_ms: int | None = None
    units_sold: int = 0

    @property
    def planned_end_ms(self) -> int:
        return self.start_ms + self.duration_ms

    def end_ms(self) -> int:
        return (
            self.planned_end_ms
            if self.stopped_ms is None
            else min(self.stopped_ms, self.planned_end_ms)
        )

    def units_left(self) -> int | None:
        if self.quantity_limit is None:
            return None
        return max(0, self.quantity_limit - self.units_sold)


@dataclass(frozen=True)
class RowView:
    index: int
    title: str
    kind: str
    original_ms: int
    planned_ms: int  # current allowance (tightened / time added)
    actual_ms: int | None
    state: str  # done / current / upcoming / skipped


@dataclass(frozen=True)
class PromoView:
    key: str
    title: str
    remaining_ms: int
    units_left: int | None
    quantity_limit: int | None
    units_sold: int


@dataclass(frozen=True)
class LiveView:
    started: bool
    running: bool
    ended: bool
    mode: str
    now_ms: int
    index: int
    title: str
    kind: str
    script: str
    product_name: str
    lineup_item_id: int | None
    seg_allowance_ms: int
    seg_remaining_ms: int  # negative in overtime
    level: str  # idle / normal / warning / danger / overtime
    warning_ms: int
    danger_ms: int
    planned_total_ms: int
    show_remaining_ms: int  # planned end minus now (negative once past it)
    over_ms: int  # projected end minus planned end: + behind, - ahead
    projected_end_wall: datetime | None
    next_index: int | None
    next_title: str
    next_script: str
    next_in_ms: int
    promos: list[PromoView]
    rows: list[RowView]


@dataclass(frozen=True)
class Cue:
    """Something that must be signalled once: a segment reaching zero, a promotion ending."""

    key: str
    kind: str  # zero / promo_end
    at_ms: int
    text: str


@dataclass(frozen=True)
class TightenPreview:
    mode: str  # scale / trim
    changes: list[tuple[int, str, int, int]]  # (index, title, old_ms, new_ms)
    over_before_ms: int
    over_after_ms: int

    def durations(self) -> dict[str, int]:
        return {str(i): new for i, _t, _o, new in self.changes}


def thresholds(plan: SegmentPlan, allowance_ms: int) -> tuple[int, int]:
    """(warning, danger) lead times: defaults 2:00 / 1:00, the segment's own warning lead when it is
    longer, both at most half the segment so a short segment is not "warning" from its start."""
    warning = max(DEFAULT_WARNING_MS, plan.warning_lead_ms)
    danger = DEFAULT_DANGER_MS
    half = max(allowance_ms // 2, 1000)
    warning = min(warning, half)
    danger = min(danger, warning // 2 if warning < DEFAULT_WARNING_MS else danger, half)
    return warning, danger


def format_clock(ms: int, *, ceil: bool = True) -> str:
    """'4:05' / '1:02:03' for a countdown (rounded up, so 0.2 s left still shows 0:01)."""
    neg = ms < 0
    a = abs(int(ms))
    secs = (a + 999) // 1000 if (ceil and not neg) else a // 1000
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    text = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    return ("-" if neg and secs else "") + text


def format_over(over_ms: int) -> str:
    """'+2:10 behind' / '-0:45 ahead' / 'on time'."""
    secs = (abs(over_ms) + 500) // 1000
    if secs == 0:
        return translate("Live", "on time")
    text = format_clock(secs * 1000)
    if over_ms > 0:
        return translate("Live", "+{time} behind").format(time=text)
    return translate("Live", "-{time} ahead").format(time=text)


class Replay:
    """The state of one live run, rebuilt by folding its events in order."""

    def __init__(self, segments: list[SegmentPlan]) -> None:
        self.segments = [SegState(plan=p, planned_ms=p.planned_ms) for p in segments]
        self.started = False
        self.running = False
        self.ended = False
        self.mode = "manual"
        self.index = 0
        self.visit_start_ms = 0
        self.last_offset_ms = 0
        self.last_wall: datetime | None = None
        self.start_wall: datetime | None = None
        self.end_wall: datetime | None = None
        self.end_ms: int | None = None
        self.promos: dict[str, PromoState] = {}
        self.sales: list[tuple[int, int | None, int, str | None]] = []
        self.viewers: list[tuple[int, int]] = []
        self.entries: list[tuple[int, str, str]] = []
        self.cues_fired: set[str] = set()
        self.undone: set[int] = set()
        self.events: list[Event] = []

    # ---- folding ----------------------------------------------------------------------
    @classmethod
    def build(cls, segments: list[SegmentPlan], events: list[Event]) -> Replay:
        undone = {e.target_event_id for e in events if e.kind == "undo" and e.target_event_id}
        r = cls(segments)
        r.undone = {i for i in undone if i is not None}
        for e in events:
            r._fold(e)
        return r

    def apply(self, event: Event) -> Replay:
        """Fold one new event in; an undo rebuilds from the whole log (rare, and still fast)."""
        if event.kind == "undo":
            return Replay.build([s.plan for s in self.segments], [*self.events, event])
        self._fold(event)
        return self

    def _fold(self, e: Event) -> None:
        self.events.append(e)
        self.last_offset_ms = max(self.last_offset_ms, e.offset_ms)
        self.last_wall = e.wall_utc
        if e.id in self.undone:
            return
        p = e.payload
        k = e.kind
        if k == "start":
            self.started, self.running = True, True
            self.start_wall = e.wall_utc
            self.mode = str(p.get("mode", self.mode))
            self.index = 0
            self.visit_start_ms = e.offset_ms
            if self.segments:
                self.segments[0].first_start_ms = e.offset_ms
        elif k == "pause":
            self.running = False
        elif k == "resume":
            self.running = self.started and not self.ended
        elif k in ("next", "previous", "jump"):
            if k == "next":
                target = self._next_index(self.index)
            elif k == "previous":
                target = max(0, self.index - 1)
            else:
                target = int(p.get("index", self.index))
            if target is not None and 0 <= target < len(self.segments):
                self._enter(target, e.offset_ms)
        elif k == "add_time":
            if self.segments:
                seg = self.segments[self.index]
                seg.added_ms += int(p.get("ms", 0))
                seg.allowance_since_ms = e.offset_ms
        elif k == "skip":
            i = int(p.get("index", -1))
            if 0 <= i < len(self.segments) and i != self.index:
                self.segments[i].skipped = bool(p.get("skipped", True))
        elif k == "mode":
            self.mode = "auto" if p.get("mode") == "auto" else "manual"
        elif k == "tighten":
            for key, ms in dict(p.get("durations", {})).items():
                i = int(key)
                if 0 <= i < len(self.segments):
                    self.segments[i].planned_ms = int(ms)
                    self.segments[i].allowance_since_ms = e.offset_ms
        elif k == "promo_start":
            key = str(p.get("key") or f"promo-{e.id}")
            self.promos[key] = PromoState(
                key=key,
                promotion_id=p.get("promotion_id"),
                title=str(p.get("title", "")),
                lineup_item_id=p.get("lineup_item_id"),
                quantity_limit=p.get("quantity_limit"),
                start_ms=e.offset_ms,
                duration_ms=min(
                    PROMO_MAX_MS, max(PROMO_MIN_MS, int(p.get("duration_ms", 300_000)))
                ),
            )
        elif k == "promo_stop":
            promo = self.promos.get(str(p.get("key")))
            if promo is not None and promo.stopped_ms is None:
                promo.stopped_ms = e.offset_ms
        elif k == "sale":
            units = int(p.get("units", 1))
            pkey = p.get("promotion_key")
            self.sales.append((e.offset_ms, p.get("lineup_item_id"), units, pkey))
            if pkey in self.promos:
                self.promos[pkey].units_sold += units
        elif k == "viewers":
            self.viewers.append((e.offset_ms, int(p.get("count", 0))))
        elif k in ("comment", "incident", "note"):
            self.entries.append((e.offset_ms, k, str(p.get("text", ""))))
        elif k == "cue":
            self.cues_fired.add(str(p.get("key", "")))
        elif k == "end":
            self._leave(e.offset_ms)
            self.ended, self.running = True, False
            self.end_wall, self.end_ms = e.wall_utc, e.offset_ms

    def _next_index(self, i: int) -> int | None:
        j = i + 1
        while j < len(self.segments) and self.segments[j].skipped:
            j += 1
        return j if j < len(self.segments) else None

    def _leave(self, at_ms: int) -> None:
        if not self.segments or not self.started:
            return
        seg = self.segments[self.index]
        seg.used_ms += max(0, at_ms - self.visit_start_ms)
        seg.last_end_ms = at_ms

    def _enter(self, i: int, at_ms: int) -> None:
        self._leave(at_ms)
        self.index = i
        self.visit_start_ms = at_ms
        seg = self.segments[i]
        if seg.first_start_ms is None:
            seg.first_start_ms = at_ms
        seg.last_end_ms = None

    # ---- derived figures --------------------------------------------------------------
    def planned_total_ms(self) -> int:
        return sum(s.plan.planned_ms for s in self.segments)

    def seg_remaining_ms(self, now_ms: int) -> int:
        if not self.segments:
            return 0
        seg = self.segments[self.index]
        if self.ended:  # the last visit was already counted when the show ended
            return seg.allowance_ms - seg.used_ms
        return seg.allowance_ms - seg.used_ms - max(0, now_ms - self.visit_start_ms)

    def crossing_at_ms(self) -> int | None:
        """The show offset at which the current segment reaches zero (None if not started)."""
        if not self.segments or not self.started or self.ended:
            return None
        seg = self.segments[self.index]
        return self.visit_start_ms + seg.allowance_ms - seg.used_ms

    def zero_cue_key(self) -> str:
        seg = self.segments[self.index]
        return f"zero:{self.index}:{seg.allowance_ms}"

    def projected_end_ms(self, now_ms: int) -> int:
        if self.ended:
            return self.end_ms or now_ms
        if not self.segments:
            return now_ms
        rest = max(0, self.seg_remaining_ms(now_ms)) if self.started else 0
        start = self.index + 1 if self.started else 0
        if not self.started:
            rest = 0
        future = sum(s.allowance_ms for s in self.segments[start:] if not s.skipped)
        return now_ms + rest + future

    def due_cues(self, now_ms: int) -> list[Cue]:
        """Cues whose moment has come and that the log has not recorded yet."""
        out: list[Cue] = []
        if not self.started or self.ended:
            return out
        cross = self.crossing_at_ms()
        if cross is not None and cross <= now_ms:
            seg = self.segments[self.index]
            key = self.zero_cue_key()
            if key not in self.cues_fired and cross >= max(
                self.visit_start_ms, seg.allowance_since_ms
            ):
                out.append(
                    Cue(
                        key,
                        "zero",
                        cross,
                        translate("Live", "Time is up: {title}").format(title=seg.plan.title),
                    )
                )
        for promo in self.promos.values():
            key = f"promo_end:{promo.key}"
            if (
                promo.stopped_ms is None
                and promo.planned_end_ms <= now_ms
                and key not in self.cues_fired
            ):
                out.append(
                    Cue(
                        key,
                        "promo_end",
                        promo.planned_end_ms,
                        translate("Live", "Promotion over: {title}").format(title=promo.title),
                    )
                )
        return sorted(out, key=lambda c: c.at_ms)

    def last_undoable(self) -> Event | None:
        for e in reversed(self.events):
            if e.kind in UNDOABLE and e.id not in self.undone and not e.payload.get("auto"):
                return e  # an automatic advance is not the host's entry: it would only recur
        return None

    def running_promos(self, now_ms: int) -> list[PromoState]:
        if self.ended:
            return []
        return [
            p for p in self.promos.values() if p.stopped_ms is None and p.planned_end_ms > now_ms
        ]

    def tighten_preview(self, now_ms: int, mode: str = "scale") -> TightenPreview:
        """New durations for the segments after the current one so the show ends on its planned end.

        scale: every remaining segment by the same factor (longer too, when ahead).
        trim: cut from the last segments backwards, none below 30 s (only ever shortens).
        """
        over_before = self.projected_end_ms(now_ms) - self.planned_total_ms()
        start = self.index + 1 if self.started else 0
        idx = [i for i in range(start, len(self.segments)) if not self.segments[i].skipped]
        cur = {i: self.segments[i].allowance_ms for i in idx}
        new = dict(cur)
        total = sum(cur.values())
        if idx and over_before != 0:
            target = max(0, total - over_before)
            if mode == "trim":
                cut = over_before
                for i in reversed(idx):
                    if cut <= 0:
                        break
                    take = min(cut, max(0, new[i] - TIGHTEN_FLOOR_MS))
                    new[i] -= take
                    cut -= take
            elif total > 0:
                factor = target / total
                for i in idx:
                    new[i] = max(
                        TIGHTEN_FLOOR_MS if cur[i] >= TIGHTEN_FLOOR_MS else cur[i],
                        int(round(cur[i] * factor / 1000)) * 1000,
                    )
                # whole seconds leave a remainder: the longest segment takes it, to end on time
                longest = max(idx, key=lambda i: new[i])
                new[longest] = max(TIGHTEN_FLOOR_MS, new[longest] + target - sum(new.values()))
        changes = [
            (i, self.segments[i].plan.title, cur[i], new[i] - self.segments[i].added_ms)
            for i in idx
            if new[i] != cur[i]
        ]
        over_after = over_before - sum(cur[i] - new[i] for i in idx)
        return TightenPreview(mode, changes, over_before, over_after)

    def view(self, now_ms: int, wall: datetime | None) -> LiveView:
        segs = self.segments
        has = bool(segs)
        seg = segs[self.index] if has else None
        remaining = self.seg_remaining_ms(now_ms) if has else 0
        allowance = seg.allowance_ms if seg else 0
        warning, danger = thresholds(seg.plan, allowance) if seg else (0, 0)
        if not self.started or self.ended or not has:
            level = "idle"
        elif remaining <= 0:
            level = "overtime"
        elif remaining <= danger:
            level = "danger"
        elif remaining <= warning:
            level = "warning"
        else:
            level = "normal"
        planned_total = self.planned_total_ms()
        projected = self.projected_end_ms(now_ms)
        nxt = self._next_index(self.index) if self.started else (0 if has else None)
        promos = [
            PromoView(
                p.key,
                p.title,
                p.planned_end_ms - now_ms,
                p.units_left(),
                p.quantity_limit,
                p.units_sold,
            )
            for p in self.running_promos(now_ms)
        ]
        rows: list[RowView] = []
        for i, s in enumerate(segs):
            if self.started and i == self.index and not self.ended:
                state = "current"
                actual: int | None = s.used_ms + max(0, now_ms - self.visit_start_ms)
            elif s.first_start_ms is not None:
                state, actual = "done", s.used_ms
            else:
                state, actual = ("skipped" if s.skipped else "upcoming"), None
            rows.append(
                RowView(
                    i, s.plan.title, s.plan.kind, s.plan.planned_ms, s.allowance_ms, actual, state
                )
            )
        return LiveView(
            started=self.started,
            running=self.running,
            ended=self.ended,
            mode=self.mode,
            now_ms=now_ms,
            index=self.index,
            title=seg.plan.title if seg else "",
            kind=seg.plan.kind if seg else "",
            script=seg.plan.script if seg else "",
            product_name=seg.plan.product_name if seg else "",
            lineup_item_id=seg.plan.lineup_item_id if seg else None,
            seg_allowance_ms=allowance,
            seg_remaining_ms=remaining,
            level=level,
            warning_ms=warning,
            danger_ms=danger,
            planned_total_ms=planned_total,
            show_remaining_ms=planned_total - now_ms,
            over_ms=projected - planned_total,
            projected_end_wall=(wall + timedelta(milliseconds=projected - now_ms))
            if wall
            else None,
            next_index=nxt,
            next_title=segs[nxt].plan.title if nxt is not None else "",
            next_script=segs[nxt].plan.script if nxt is not None else "",
            next_in_ms=max(0, remaining) if self.started else 0,
            promos=promos,
            rows=rows,
        )
