"""What past shows on the same platform taught, for "Draft from lineup": deterministic rules, each
lesson with its evidence and what it changes in the draft.

Rules (also shown to the user by `rules_text()`):
1. Segment lengths: per segment kind, the median of each past show's median actual ÷ planned time
   (from the live log). Used when at least 3 shows ran that kind and it ran 5 % or more over
   (or under); the draft gives that kind of segment that much more (or less) of the show.
2. Product order: the lineup products are ordered by past GMV per showcase minute (from the
   product results, in shows sold in the same currency), else by past click-to-order; products
   with no history keep their place. Used when at least 2 products have the figure.
3. Start time: past shows grouped by their local start time (to the half hour); the start with
   the highest median average viewers (else peak viewers) over 2 or more shows, 10 % or more
   above the show's present start time (or above all the others), moves the show there, same day.

Past shows: up to 10 of the latest shows on the same platform that have a live log or imported
data, not this one. Without them there are no lessons and the draft is what it always was.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy.orm import Session

from livestudio.core import fmt, labels
from livestudio.core.db import Store
from livestudio.core.i18n import translate
from livestudio.core.models import LineupItem, Show
from livestudio.core.plan.lineup import ordered_lineup
from livestudio.core.review import data as review_data
from livestudio.core.review import kpis as review_kpis

MAX_SHOWS = 10
MIN_SHOWS_OVERRUN = 3
MIN_OVERRUN = 0.05  # 5 % over or under
RATIO_LIMITS = (0.5, 2.0)  # a lesson never more than doubles or halves a segment kind
MIN_PLANNED_MS = 30_000  # shorter planned segments say nothing about a kind
MIN_PRODUCTS = 2
MIN_SHOWS_PER_START = 2
MIN_START_GAIN = 0.10
START_SLOT_MINUTES = 30
DRAFT_KINDS = ("opening", "showcase", "flash_sale", "interaction", "lottery", "closing")


def _t(text: str) -> str:
    return translate("DraftLessons", text)


@dataclass(frozen=True)
class Lesson:
    """One adjustment the draft can make, with the evidence for it.

    key: 'overrun:<kind>' / 'order' / 'start'; title: a short name for a checkbox; evidence: the
    numbers and what changes ('Showcase segments ran 18 % over in 6 past Douyin shows: 5:00 → 5:54')."""

    key: str
    title: str
    evidence: str
    shows: int
    segment_kind: str | None = None
    ratio: float | None = None  # actual ÷ planned, for 'overrun:<kind>'
    order: tuple[int, ...] | None = None  # lineup indices in their new order, for 'order'
    start_utc: datetime | None = None  # the new scheduled start, for 'start'


def rules_text() -> str:
    return _t(
        "What past shows on the same platform can change (up to 10 of the latest):\n"
        "• Segment lengths: a kind of segment that ran 5 % or more over (or under) its planned "
        "time, as a median over 3 or more shows, gets that much more (or less) of the show.\n"
        "• Product order: by past GMV per showcase minute, else by click-to-order; products "
        "with no history keep their place.\n"
        "• Start time: the local start time (to the half hour) with the most viewers over 2 or "
        "more shows, when it beats the present one by 10 % or more.\n"
        "The show length stays the same. Untick a lesson to leave it out."
    )


# ---------------------------------------------------------------------------- history


def _platform_key(name: str) -> str:
    return " ".join(name.casefold().split())


def past_shows(session: Session, show: Show) -> list[Show]:
    """The latest shows on the same platform with a live log or review data, oldest first."""
    key = _platform_key(show.platform or "")
    if not key:
        return []
    shows = [
        s
        for s in review_kpis.shows_with_data(session)
        if s.id != show.id
        and _platform_key(s.platform or "") == key
        and s.status not in ("draft", "ready")
    ]
    return shows[-MAX_SHOWS:]


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))


def _overrun_ratios(loaded: dict[int, review_data.ReviewData]) -> dict[str, list[float]]:
    """kind -> one ratio per show: the median actual ÷ planned of that show's segments of the kind."""
    per_kind: dict[str, list[float]] = defaultdict(list)
    for d in loaded.values():
        run = d.run
        if run is None:
            continue
        ratios: dict[str, list[float]] = defaultdict(list)
        for seg in run.segments:
            if seg.start_ms is None or seg.end_ms is None or seg.planned_ms < MIN_PLANNED_MS:
                continue
            ratios[seg.kind].append((seg.end_ms - seg.start_ms) / seg.planned_ms)
        for kind, values in ratios.items():
            per_kind[kind].append(statistics.median(values))
    return per_kind


def _product_key(item: Any) -> str:
    if getattr(item, "product_id", None):
        return f"id:{item.product_id}"
    sku = (getattr(item, "sku", "") or "").strip().casefold()
    if sku:
        return f"sku:{sku}"
    return "name:" + (getattr(item, "name", "") or "").strip().casefold()


@dataclass
class _ProductHistory:
    gmv: int = 0
    minutes: float = 0.0
    orders: int = 0
    clicks: int = 0
    gmv_shows: set[int] = field(default_factory=set)  # shows the per-minute figure comes from
    cto_shows: set[int] = field(default_factory=set)


def _product_history(
    loaded: dict[int, review_data.ReviewData], currency: str
) -> dict[str, _ProductHistory]:
    out: dict[str, _ProductHistory] = defaultdict(_ProductHistory)
    for d in loaded.values():
        items = {li.id: li for li in d.lineup}
        by_sku = {(li.sku or "").strip().casefold(): li for li in d.lineup if li.sku}
        # minutes each lineup item was on screen: the live log's showcases, else the plan's
        seg_item = {s.id: s.lineup_item_id for s in d.segments}
        minutes: dict[int, float] = defaultdict(float)
        if d.run is not None and d.run.segments:
            for a in d.run.segments:
                li_id = seg_item.get(a.segment_id) if a.segment_id is not None else None
                if li_id is not None and a.start_ms is not None and a.end_ms is not None:
                    minutes[li_id] += (a.end_ms - a.start_ms) / 60_000
        else:
            for s in d.segments:
                if s.lineup_item_id is not None:
                    minutes[s.lineup_item_id] += s.planned_duration_ms / 60_000
        same_currency = (d.show.currency or "CNY") == currency
        for r in d.products:
            li = items.get(r.lineup_item_id) if r.lineup_item_id is not None else None
            if li is None and r.sku:
                li = by_sku.get(r.sku.strip().casefold())
            key = _product_key(li if li is not None else r)
            h = out[key]
            if same_currency and r.gmv is not None and li is not None and minutes.get(li.id):
                h.gmv += r.gmv
                h.minutes += minutes[li.id]
                h.gmv_shows.add(d.show.id)
            if r.orders is not None and r.clicks:
                h.orders += r.orders
                h.clicks += r.clicks
                h.cto_shows.add(d.show.id)
    return out


def _slot(dt: datetime, tz: tzinfo | None) -> tuple[int, int]:
    local = (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(tz)
    minute = (local.minute // START_SLOT_MINUTES) * START_SLOT_MINUTES
    return local.hour, minute


def _slot_text(slot: tuple[int, int]) -> str:
    return f"{slot[0]:02d}:{slot[1]:02d}"


# ---------------------------------------------------------------------------- the lessons


def lessons_for(session: Session, show_id: int, tz: tzinfo | None = None) -> list[Lesson]:
    """Every lesson past shows teach for this show's draft (none without history). `tz`: the
    local time zone start times are compared in (the computer's by default)."""
    from livestudio.core.plan.draft import draft_segments

    show = session.get(Show, show_id)
    if show is None:
        raise LookupError(f"show {show_id} not found")
    past = past_shows(session, show)
    if not past:
        return []
    loaded = review_data.load_many(session, [s.id for s in past])
    platform = show.platform.strip()
    lineup = ordered_lineup(session, show_id)
    length = show.planned_duration_ms
    base = draft_segments(lineup, length)
    out: list[Lesson] = []

    # 1. segment lengths
    per_kind = _overrun_ratios(loaded)
    for kind in DRAFT_KINDS:
        values = per_kind.get(kind, [])
        if len(values) < MIN_SHOWS_OVERRUN:
            continue
        ratio = statistics.median(values)
        if abs(ratio - 1) < MIN_OVERRUN:
            continue
        ratio = _clamp(ratio, *RATIO_LIMITS)
        lesson = Lesson(f"overrun:{kind}", "", "", len(values), segment_kind=kind, ratio=ratio)
        after = draft_segments(lineup, length, [lesson])
        before_ms = next((s.duration_ms for s in base if s.kind == kind), None)
        after_ms = next((s.duration_ms for s in after if s.kind == kind), None)
        if before_ms is None or after_ms is None or before_ms == after_ms:
            continue
        pct = round(abs(ratio - 1) * 100)
        name = labels.segment_kind(kind)
        if ratio > 1:
            title = _t("{kind} segments: more time").format(kind=name)
            text = _t("{kind} segments ran {pct} % over in {n} past {platform} shows")
        else:
            title = _t("{kind} segments: less time").format(kind=name)
            text = _t("{kind} segments ran {pct} % under in {n} past {platform} shows")
        evidence = text.format(kind=name, pct=pct, n=len(values), platform=platform)
        evidence += ": " + _t("{before} → {after}").format(
            before=fmt.duration(before_ms), after=fmt.duration(after_ms)
        )
        if kind in ("showcase", "flash_sale"):
            evidence += " " + _t("(the first one; the others change alike)")
        out.append(replace(lesson, title=title, evidence=evidence))

    # 2. product order
    order = _order_lesson(lineup, loaded, show.currency or "CNY", platform)
    if order is not None:
        out.append(order)

    # 3. start time
    start = _start_lesson(show, loaded, platform, tz)
    if start is not None:
        out.append(start)
    return out


def _order_lesson(
    lineup: Sequence[LineupItem],
    loaded: dict[int, review_data.ReviewData],
    currency: str,
    platform: str,
) -> Lesson | None:
    if len(lineup) < 2:
        return None
    history = _product_history(loaded, currency)
    per_min: dict[int, float] = {}
    cto: dict[int, float] = {}
    gmv_shows: set[int] = set()
    cto_shows: set[int] = set()
    for i, li in enumerate(lineup):
        h = history.get(_product_key(li))
        if h is None:
            continue
        if h.minutes > 0:
            per_min[i] = h.gmv / h.minutes
        if h.clicks > 0:
            cto[i] = h.orders / h.clicks
        gmv_shows |= h.gmv_shows
        cto_shows |= h.cto_shows
    if len(per_min) >= MIN_PRODUCTS:
        metric, values, n_shows = "gpm", per_min, len(gmv_shows)
    elif len(cto) >= MIN_PRODUCTS:
        metric, values, n_shows = "cto", cto, len(cto_shows)
    else:
        return None
    # the slots of products with a figure get those products, best first; the rest keep theirs
    slots = sorted(values)
    ranked = sorted(values, key=lambda i: (-values[i], i))
    new = list(range(len(lineup)))
    for slot, idx in zip(slots, ranked, strict=True):
        new[slot] = idx
    if new == list(range(len(lineup))):
        return None

    def name(i: int) -> str:
        return lineup[i].name or lineup[i].sku

    if metric == "gpm":
        figures = [
            _t("{name} {money}/min").format(
                name=name(i), money=fmt.money(round(values[i]), currency)
            )
            for i in ranked
        ]
        text = _t(
            "Products in order of past GMV per showcase minute in {n} past {platform} shows: {list}"
        )
        title = _t("Best sellers per minute first")
    else:
        figures = [
            _t("{name} {pct} click-to-order").format(name=name(i), pct=fmt.percent(values[i]))
            for i in ranked
        ]
        text = _t("Products in order of past click-to-order in {n} past {platform} shows: {list}")
        title = _t("Best converting products first")
    evidence = text.format(n=n_shows, platform=platform, list=", ".join(figures))
    missing = [name(i) for i in range(len(lineup)) if i not in values]
    if missing:
        evidence += " " + _t("({names}: no history, keep their place)").format(
            names=", ".join(missing)
        )
    return Lesson("order", title, evidence, n_shows, order=tuple(new))


def _start_lesson(
    show: Show,
    loaded: dict[int, review_data.ReviewData],
    platform: str,
    tz: tzinfo | None,
) -> Lesson | None:
    if show.scheduled_start is None:
        return None
    kpis = {sid: {k.key: k.value for k in review_kpis.compute(d)} for sid, d in loaded.items()}
    metric = "avg_viewers"
    if sum(1 for v in kpis.values() if v.get("avg_viewers") is not None) < 3:
        metric = "peak_viewers"
    by_slot: dict[tuple[int, int], list[float]] = defaultdict(list)
    for sid, d in loaded.items():
        when = d.started_utc()
        value = kpis[sid].get(metric)
        if when is None or value is None:
            continue
        by_slot[_slot(when, tz)].append(float(value))
    if len(by_slot) < 2:
        return None
    medians = {s: statistics.median(v) for s, v in by_slot.items()}
    eligible = [s for s, v in by_slot.items() if len(v) >= MIN_SHOWS_PER_START]
    if not eligible:
        return None
    best = max(eligible, key=lambda s: (medians[s], -s[0], -s[1]))
    now_slot = _slot(show.scheduled_start, tz)
    if best == now_slot:
        return None
    if now_slot in medians:
        compare_slot = now_slot
    else:
        compare_slot = max((s for s in medians if s != best), key=lambda s: (medians[s], s))
    if medians[best] < medians[compare_slot] * (1 + MIN_START_GAIN):
        return None
    start = show.scheduled_start
    local = (start if start.tzinfo else start.replace(tzinfo=UTC)).astimezone(tz)
    new_local = local.replace(hour=best[0], minute=best[1], second=0, microsecond=0)
    new_utc = new_local.astimezone(UTC)
    what = _t("average viewers") if metric == "avg_viewers" else _t("peak viewers")
    evidence = _t(
        "Shows on {platform} starting at {best} had a median of {value} {what} ({n} shows); "
        "at {other}: {other_value} ({m} shows). Start {before} → {after}, same day"
    ).format(
        platform=platform,
        best=_slot_text(best),
        value=fmt.number(round(medians[best])),
        what=what,
        n=len(by_slot[best]),
        other=_slot_text(compare_slot),
        other_value=fmt.number(round(medians[compare_slot])),
        m=len(by_slot[compare_slot]),
        before=f"{local.hour:02d}:{local.minute:02d}",
        after=_slot_text(best),
    )
    return Lesson(
        "start",
        _t("Start at {time}").format(time=_slot_text(best)),
        evidence,
        sum(len(v) for v in by_slot.values()),
        start_utc=new_utc,
    )


def chosen(lessons: Sequence[Lesson], keys: Collection[str] | None) -> list[Lesson]:
    """The lessons whose keys were ticked (None or empty = none)."""
    if not keys:
        return []
    return [lesson for lesson in lessons if lesson.key in keys]


def draft_lessons(store: Store, show_id: int, tz: tzinfo | None = None) -> list[Lesson]:
    """`lessons_for` in its own read-only session: what the Draft dialog lists."""
    with store.session() as s:
        return lessons_for(s, show_id, tz)
