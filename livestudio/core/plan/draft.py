""" "Draft from lineup": a deterministic first run-of-show that adds up exactly to the show length.

Rules (also shown to the user by `rules_text()`):
1. Opening: 5 % of the show, between 1 and 5 minutes. Closing: the same.
2. One showcase per lineup item, in lineup order, weighted by role: hero 8, profit 6,
   traffic driver 4, giveaway 3.
3. Each giveaway or traffic-driver item gets a flash sale (weight 2) right after its showcase.
4. An interaction break about every 20 minutes (round(length / 20 min) - 1 of them), placed
   between product blocks, alternating interaction and lottery, 3 minutes each (less in short shows).
5. What is left after opening, closing and breaks is shared by the weights; durations are rounded
   to 5 seconds and the rounding rest goes to the longest showcase, so the total equals the length.

Lessons from past shows (core/plan/lessons.py), when the user keeps them, change three things and
nothing else: a segment kind's length (times its past actual ÷ planned, then every segment scaled
alike back to the show length), the order of the product blocks, and the show's start time.
Without lessons the draft is exactly as above.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from livestudio.core.i18n import translate
from livestudio.core.models import LineupItem, Promotion, Segment, Show
from livestudio.core.plan.lineup import ordered_lineup
from livestudio.core.plan.segments import ordered_segments, segment_starts

if TYPE_CHECKING:
    from livestudio.core.plan.lessons import Lesson

MIN = 60_000
ROLE_WEIGHTS = {"hero": 8, "profit": 6, "traffic": 4, "giveaway": 3}
FLASH_WEIGHT = 2
FLASH_ROLES = ("giveaway", "traffic")
BREAK_EVERY_MS = 20 * MIN
ROUND_MS = 5_000
# promotions tied to one of these segments follow it to the matching segment of a new draft
RETIE_KINDS = ("flash_sale", "lottery", "interaction", "opening", "closing")


@dataclass(frozen=True)
class DraftSegment:
    kind: str
    title: str
    duration_ms: int
    lineup_index: int | None  # index into the lineup given
    script: str = ""


def rules_text() -> str:
    return translate(
        "Draft",
        "How the draft is built:\n"
        "• Opening and closing: 5 % of the show each (1 to 5 minutes).\n"
        "• One showcase per lineup product, in lineup order, sized by role: "
        "hero 8, profit 6, traffic driver 4, giveaway 3 parts.\n"
        "• A flash sale (2 parts) right after each giveaway and traffic-driver showcase.\n"
        "• An interaction or lottery (alternating, 3 minutes) about every 20 minutes, "
        "between products.\n"
        "• The rest of the time is shared by the parts, rounded to 5 seconds, "
        "so the run-of-show adds up exactly to the show length.\n"
        "The same lineup and length always give the same draft.",
    )


def _clamp(v: int, lo: int, hi: int) -> int:
    return max(lo, min(hi, v))


def _round(ms: float) -> int:
    return int(round(ms / ROUND_MS)) * ROUND_MS


def draft_segments(
    lineup: Sequence[LineupItem], length_ms: int, lessons: Sequence[Lesson] = ()
) -> list[DraftSegment]:
    """The draft for this lineup and show length (pure: no store access), with the lessons given."""
    if length_ms <= 0:
        return []
    ratio = {ls.segment_kind: ls.ratio for ls in lessons if ls.segment_kind and ls.ratio}
    order = next((ls.order for ls in lessons if ls.order is not None), None)
    if order is None or sorted(order) != list(range(len(lineup))):
        order = tuple(range(len(lineup)))

    edge = _round(_clamp(int(length_ms * 0.05), MIN, 5 * MIN))
    edge = min(edge, length_ms // 4)
    n_breaks = max(0, round(length_ms / BREAK_EVERY_MS) - 1)
    brk = _round(min(3 * MIN, length_ms * 0.05))
    if brk <= 0:
        n_breaks = 0
    n_breaks = min(n_breaks, max(0, len(lineup) - 1)) if lineup else min(n_breaks, 1)
    rest = length_ms - 2 * edge - n_breaks * brk
    if rest < 0:
        n_breaks, rest = 0, length_ms - 2 * edge

    # product blocks: (showcase weight, flash weight or 0)
    blocks = [
        (ROLE_WEIGHTS.get(item.role, 6), FLASH_WEIGHT if item.role in FLASH_ROLES else 0)
        for item in lineup
    ]
    total_w = sum(a + b for a, b in blocks) or 1
    unit = rest / total_w
    body: list[list[DraftSegment]] = []
    for i in order:
        item, (w_show, w_flash) = lineup[i], blocks[i]
        name = item.name or item.sku
        block = [
            DraftSegment(
                "showcase",
                translate("Draft", "Showcase: {name}").format(name=name),
                _round(unit * w_show),
                i,
                item.talking_points or "",
            )
        ]
        if w_flash:
            block.append(
                DraftSegment(
                    "flash_sale",
                    translate("Draft", "Flash sale: {name}").format(name=name),
                    _round(unit * w_flash),
                    i,
                    translate("Draft", "Announce the flash price and count down; watch the stock."),
                )
            )
        body.append(block)
    if not lineup:
        body.append([DraftSegment("custom", translate("Draft", "Main content"), rest, None)])

    # place breaks between blocks, as near to every length/(n+1) as the blocks allow
    segments: list[DraftSegment] = [
        DraftSegment(
            "opening",
            translate("Draft", "Opening: welcome and today's lineup"),
            edge,
            None,
            translate("Draft", "Greet viewers, say what is on sale today and when the lottery is."),
        )
    ]
    elapsed = edge
    placed = 0
    for bi, block in enumerate(body):
        segments.extend(block)
        elapsed += sum(s.duration_ms for s in block)
        target = length_ms * (placed + 1) / (n_breaks + 1)
        blocks_left = len(body) - bi - 1
        if (
            placed < n_breaks
            and blocks_left > 0
            and (elapsed >= target - brk or blocks_left <= n_breaks - placed)
        ):
            lottery = placed % 2 == 1
            segments.append(
                DraftSegment(
                    "lottery" if lottery else "interaction",
                    translate("Draft", "Lottery")
                    if lottery
                    else translate("Draft", "Interaction: comments, likes and follows"),
                    brk,
                    None,
                    translate("Draft", "Draw a winner among the comments; read the rules aloud.")
                    if lottery
                    else translate("Draft", "Answer questions, ask viewers to like and follow."),
                )
            )
            elapsed += brk
            placed += 1
    segments.append(
        DraftSegment(
            "closing",
            translate("Draft", "Closing: recap and next show"),
            edge,
            None,
            translate("Draft", "Recap the best deals, thank viewers, announce the next show."),
        )
    )
    if ratio:
        # a kind that ran over (under) gets that much more (less); all then shrink (grow) alike
        # to the show length
        claims = [s.duration_ms * ratio.get(s.kind, 1.0) for s in segments]
        scale = length_ms / (sum(claims) or 1)
        segments = [
            DraftSegment(
                s.kind, s.title, max(ROUND_MS, _round(c * scale)), s.lineup_index, s.script
            )
            for s, c in zip(segments, claims, strict=True)
        ]
    # the rounding rest goes to the longest showcase (or the main content / opening)
    diff = length_ms - sum(s.duration_ms for s in segments)
    if diff:
        candidates = [i for i, s in enumerate(segments) if s.kind in ("showcase", "custom")]
        ix = max(candidates, key=lambda i: segments[i].duration_ms) if candidates else 0
        s = segments[ix]
        segments[ix] = DraftSegment(
            s.kind, s.title, max(0, s.duration_ms + diff), s.lineup_index, s.script
        )
    return segments


def apply_draft(
    session: Session, show_id: int, lessons: Collection[str] | None = None
) -> list[Segment]:
    """Replace the show's run-of-show with the draft, using the lessons whose keys are given
    (core/plan/lessons.py; none by default). A 'start' lesson also moves the show's start time.

    A promotion tied to the n-th flash sale (or lottery, ...) segment moves to the n-th segment of
    that kind in the draft; when the draft has none, it keeps its time as an offset from the start.
    """
    show = session.get(Show, show_id)
    if show is None:
        raise LookupError(f"show {show_id} not found")
    used: list[Lesson] = []
    if lessons:
        from livestudio.core.plan import lessons as lessons_core

        used = lessons_core.chosen(lessons_core.lessons_for(session, show_id), lessons)
    lineup = ordered_lineup(session, show_id)
    old = ordered_segments(session, show_id)
    starts = dict(zip((s.id for s in old), segment_starts(old), strict=True))
    # (kind, n-th of that kind) of every old segment
    ordinal: dict[int, tuple[str, int]] = {}
    seen: dict[str, int] = {}
    for seg in old:
        ordinal[seg.id] = (seg.kind, seen.get(seg.kind, 0))
        seen[seg.kind] = seen.get(seg.kind, 0) + 1
    retie: list[tuple[Promotion, tuple[str, int]]] = []
    if old:
        for promo in show.promotions:
            if promo.start_segment_id in starts:
                retie.append((promo, ordinal[promo.start_segment_id]))
                promo.start_offset_ms = starts[promo.start_segment_id]
                promo.start_segment_id = None
        session.flush()
        for seg in old:
            session.delete(seg)
        session.flush()
    created = []
    by_kind: dict[str, list[Segment]] = {}
    for i, d in enumerate(draft_segments(lineup, show.planned_duration_ms, used)):
        seg = Segment(
            show_id=show_id,
            position=i,
            kind=d.kind,
            title=d.title,
            planned_duration_ms=d.duration_ms,
            lineup_item_id=lineup[d.lineup_index].id if d.lineup_index is not None else None,
            script=d.script,
        )
        session.add(seg)
        created.append(seg)
        by_kind.setdefault(d.kind, []).append(seg)
    session.flush()
    for promo, (kind, n) in retie:
        if kind in RETIE_KINDS and n < len(by_kind.get(kind, [])):
            promo.start_segment_id = by_kind[kind][n].id
            promo.start_offset_ms = None
    for lesson in used:
        if lesson.start_utc is not None:
            show.scheduled_start = lesson.start_utc
    session.flush()
    session.expire(show)
    return created
