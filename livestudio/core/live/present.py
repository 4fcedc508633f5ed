"""What the Live screen, the host view and the mini clock say about the show, written once.

Pure functions over a `LiveView` (and the log's events): the countdown text, "what's next", the
running promotions line, the state line and one translated sentence per live-log entry. Every
window that shows the clock uses these, so the three never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from livestudio.core.i18n import translate
from livestudio.core.live.engine import Event, LiveView, PromoView, format_clock


# Texts shared with the Live workspace keep its translation context (their catalogue entries).
def _ws(text: str) -> str:
    return translate("LiveWorkspace", text)


def _log(text: str) -> str:
    return translate("LiveLog", text)


def countdown_text(view: LiveView | None) -> str:
    """'9:59' counting down, '+0:12' in overtime, 'Ended', '--:--' with no show."""
    if view is None:
        return "--:--"
    if not view.started:
        return format_clock(view.seg_allowance_ms)
    if view.ended:
        return _ws("Ended")
    if view.seg_remaining_ms < 0:
        return "+" + format_clock(-view.seg_remaining_ms, ceil=False)
    return format_clock(view.seg_remaining_ms)


def shown_second(view: LiveView) -> int:
    """The whole second the countdown shows (rounded up; overtime counts up): the display edge."""
    rem = view.seg_remaining_ms
    return -(-rem // 1000) if rem > 0 else -((-rem) // 1000) - 1


@dataclass(frozen=True)
class NextUp:
    """What comes after the current segment, as every clock window says it."""

    state: str  # none / not_started / upcoming / due / last / ended
    title: str  # the next segment's title ("" when there is none)
    script: str  # its cue text
    due_in_ms: int | None  # until it is due (None when not counting down)
    text: str  # the one line: "Next in 4:00: Serum — texture close-up"
    short: str  # the same without the cue text (mini clock, next.txt)


def whats_next(view: LiveView | None) -> NextUp:
    if view is None:
        return NextUp("none", "", "", None, "", "")
    if not view.started:
        text = _ws("Press Space to start the show.")
        return NextUp("not_started", "", "", None, text, text)
    if view.ended:
        text = _ws("The show has ended.")
        return NextUp("ended", "", "", None, text, text)
    if view.next_index is None:
        text = _ws("Last segment — end the show when done.")
        return NextUp("last", "", "", None, text, text)
    if view.seg_remaining_ms > 0:
        short = _ws("Next in {time}: {title}").format(
            time=format_clock(view.next_in_ms), title=view.next_title
        )
        state, due = "upcoming", view.next_in_ms
    else:
        short = _ws("Next, due now: {title}").format(title=view.next_title)
        state, due = "due", 0
    text = short + (" — " + view.next_script if view.next_script else "")
    return NextUp(state, view.next_title, view.next_script, due, text, short)


def promo_line(p: PromoView) -> str:
    """'Lip tint ¥59 秒杀 2:41 · 38 of 50 left'."""
    time = format_clock(p.remaining_ms)
    if p.units_left is not None:
        return _log("{title} {time} · {left} of {limit} left").format(
            title=p.title, time=time, left=p.units_left, limit=p.quantity_limit
        )
    return _log("{title} {time} · {n} sold").format(title=p.title, time=time, n=p.units_sold)


def state_line(view: LiveView) -> str:
    """'Segment 3 of 10 · live · manual' (or the ready line before the start)."""
    total = len(view.rows)
    if not view.started:
        return _ws("Ready · {n} segments · {planned} planned").format(
            n=total, planned=format_clock(view.planned_total_ms)
        )
    if view.ended:
        state = _ws("ended")
    elif view.running:
        state = _ws("live")
    else:
        state = _ws("paused")
    mode = _ws("auto-advance") if view.mode == "auto" else _ws("manual")
    return _ws("Segment {n} of {total} · {state} · {mode}").format(
        n=view.index + 1, total=total, state=state, mode=mode
    )


def segment_heading(view: LiveView) -> str:
    """The segment title, with its product when the title does not already name it."""
    if view.started and view.product_name and view.product_name not in view.title:
        return f"{view.title}  ·  {view.product_name}"
    return view.title


# ---- the live log ------------------------------------------------------------------------------
def _minutes(ms: int) -> str:
    return format_clock(abs(ms), ceil=False)


def describe_event(
    e: Event, products: Mapping[int, str], by_id: Mapping[int, Event] | None = None
) -> str:
    """One translated sentence for a live-log entry (never an event code)."""
    p = e.payload
    k = e.kind
    if k == "sale":
        name = products.get(p.get("lineup_item_id") or -1, "")
        if not name:
            return _log("Sale: {units}, no product").format(units=p.get("units", 1))
        return _log("Sale: {units} × {name}").format(units=p.get("units", 1), name=name)
    if k == "viewers":
        return _log("Viewers: {n}").format(n=p.get("count", 0))
    if k == "comment":
        return _log("Comment: {text}").format(text=p.get("text", ""))
    if k == "incident":
        return _log("Incident: {text}").format(text=p.get("text", ""))
    if k == "note":
        return _log("Note: {text}").format(text=p.get("text", ""))
    if k == "add_time":
        ms = int(p.get("ms", 0))
        if ms >= 0:
            return _log("Added {time} to the segment").format(time=_minutes(ms))
        return _log("Took {time} off the segment").format(time=_minutes(ms))
    if k == "promo_start":
        return _log("Promotion started: {title}").format(title=p.get("title", ""))
    if k == "promo_stop":
        title = _promo_title(str(p.get("key", "")), by_id or {})
        return (
            _log("Promotion stopped: {title}").format(title=title)
            if title
            else _log("Promotion stopped")
        )
    if k == "jump":
        return _log("Went to segment {n}").format(n=int(p.get("index", 0)) + 1)
    if k == "skip":
        n = int(p.get("index", 0)) + 1
        if p.get("skipped", True):
            return _log("Segment {n} will be skipped").format(n=n)
        return _log("Segment {n} is back in the show").format(n=n)
    if k == "mode":
        if p.get("mode") == "auto":
            return _log("Advance: automatic at zero")
        return _log("Advance: manual")
    if k == "next":
        return _log("Next segment (automatic)") if p.get("auto") else _log("Next segment")
    if k == "undo":
        target = (by_id or {}).get(e.target_event_id or -1)
        if target is not None and target.kind != "undo":
            return _log("Undone: {what}").format(what=describe_event(target, products, by_id))
        return _log("Undone: the last entry")
    if k == "cue":
        return _log("Time is up") if p.get("kind") == "zero" else _log("Promotion over")
    names = {
        "start": _log("Show started"),
        "pause": _log("Paused"),
        "resume": _log("Resumed"),
        "previous": _log("Previous segment"),
        "tighten": _log("Remaining segments tightened"),
        "end": _log("Show ended"),
    }
    return names.get(k, _log("Log entry"))


def _promo_title(key: str, by_id: Mapping[int, Event]) -> str:
    for ev in by_id.values():
        if ev.kind == "promo_start" and ev.payload.get("key") == key:
            return str(ev.payload.get("title", ""))
    return ""


@dataclass(frozen=True)
class LogLine:
    event_id: int
    offset_ms: int
    text: str  # "12:03  Sale: 1 × Serum"
    undone: bool


def log_lines(
    events: Iterable[Event], undone: set[int], products: Mapping[int, str], limit: int = 300
) -> list[LogLine]:
    """The newest `limit` log entries, newest first, cues left out (they chime, not clutter)."""
    events = list(events)
    by_id = {e.id: e for e in events}
    out: list[LogLine] = []
    for e in reversed(events):
        if e.kind == "cue":
            continue
        text = f"{format_clock(e.offset_ms, ceil=False)}  {describe_event(e, products, by_id)}"
        out.append(LogLine(e.id, e.offset_ms, text, e.id in undone))
        if len(out) >= limit:
            break
    return out
