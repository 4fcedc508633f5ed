"""Promotions of a show (flash sale 秒杀, coupon, discount, lottery 抽奖, gift): editing, their
planned windows on the show clock, and the checks that flag a promotion that cannot work as planned."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from livestudio.core import labels
from livestudio.core.durations import format_duration
from livestudio.core.i18n import translate
from livestudio.core.models.plan import PROMOTION_KINDS, LineupItem, Promotion, Segment, Show
from livestudio.core.money import format_money
from livestudio.core.plan.segments import segment_starts as _running_starts


class _SegmentLike(Protocol):
    id: int
    planned_duration_ms: int


# Kinds that make no sense without a product; coupons and lotteries may be shop-wide.
NEEDS_PRODUCT = ("flash_sale", "discount", "gift")

EDITABLE_FIELDS = (
    "kind",
    "title",
    "lineup_item_id",
    "price",
    "discount_pct",
    "quantity_limit",
    "start_segment_id",
    "start_offset_ms",
    "duration_ms",
)


class PromotionError(ValueError):
    """A value the store must not take; `str()` says what is wrong, for the user."""


@dataclass(frozen=True)
class PromoWindow:
    """Where a promotion sits on the show clock (ms from the show start)."""

    promotion_id: int
    title: str
    kind: str
    start_ms: int
    end_ms: int
    lineup_item_id: int | None


@dataclass(frozen=True)
class PromotionIssue:
    """One problem with one promotion. `code` is stable (tests, icons); `reason` is for people."""

    promotion_id: int
    code: str
    reason: str


def segment_starts(show: Show) -> dict[int, int]:
    """segment id -> planned start (ms from the show start), the run-of-show's own rule."""
    return segment_start_map(_ordered_segments(show))


def segment_start_map(segments: Sequence[_SegmentLike]) -> dict[int, int]:
    """segment id -> planned start, for segments already in run-of-show order."""
    segs = list(segments)
    return {seg.id: ms for seg, ms in zip(segs, _running_starts(segs), strict=True)}


def _ordered_segments(show: Show) -> list[Segment]:
    return sorted(show.segments, key=lambda s: (s.position, s.id or 0))


def planned_start_ms(
    start_segment_id: int | None, start_offset_ms: int | None, starts: Mapping[int, int]
) -> int | None:
    """THE rule for a promotion's planned start (Plan, Live's cues and Review use it):

    1. tied to a segment that is still in the run-of-show: that segment's planned start
       (the promotion moves with its segment when the run-of-show changes);
    2. otherwise its offset from the show start;
    3. neither: None (no planned start).
    """
    if start_segment_id is not None and start_segment_id in starts:
        return starts[start_segment_id]
    if start_offset_ms is not None:
        return start_offset_ms
    return None


def promotion_start_ms(promo: Promotion, starts: Mapping[int, int]) -> int | None:
    """`planned_start_ms` of a stored promotion."""
    return planned_start_ms(promo.start_segment_id, promo.start_offset_ms, starts)


def promotion_windows(show: Show) -> list[PromoWindow]:
    """Every promotion with a planned start, in start order (the run-of-show markers, Live's cues)."""
    starts = segment_starts(show)
    out: list[PromoWindow] = []
    for p in show.promotions:
        start = promotion_start_ms(p, starts)
        if start is None:
            continue
        out.append(
            PromoWindow(
                promotion_id=p.id,
                title=p.title or labels.promotion_kind(p.kind),
                kind=p.kind,
                start_ms=start,
                end_ms=start + max(0, p.duration_ms or 0),
                lineup_item_id=p.lineup_item_id,
            )
        )
    out.sort(key=lambda w: (w.start_ms, w.promotion_id))
    return out


# ---- editing -----------------------------------------------------------------------------------


def _check_values(values: dict[str, Any]) -> None:
    kind = values.get("kind")
    if kind is not None and kind not in PROMOTION_KINDS:
        raise PromotionError(
            translate("Promotions", "'{kind}' is not a kind of promotion").format(kind=kind)
        )
    price = values.get("price")
    if price is not None and price < 0:
        raise PromotionError(translate("Promotions", "A price cannot be negative"))
    pct = values.get("discount_pct")
    if pct is not None and not 0 < pct < 100:
        raise PromotionError(
            translate(
                "Promotions", "A discount must be more than 0% and less than 100% (got {pct}%)"
            ).format(pct=pct)
        )
    qty = values.get("quantity_limit")
    if qty is not None and qty < 0:
        raise PromotionError(translate("Promotions", "A quantity limit cannot be negative"))
    dur = values.get("duration_ms")
    if dur is not None and dur < 0:
        raise PromotionError(translate("Promotions", "A duration cannot be negative"))
    off = values.get("start_offset_ms")
    if off is not None and off < 0:
        raise PromotionError(
            translate("Promotions", "A start offset cannot be before the show starts")
        )
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise PromotionError(f"unknown promotion fields: {sorted(unknown)}")


def add_promotion(session: Session, show_id: int, **values: Any) -> Promotion:
    """A new promotion; with no start given it starts at the show start."""
    _check_values(values)
    values.setdefault("kind", "flash_sale")
    if values.get("start_segment_id") is None and values.get("start_offset_ms") is None:
        values["start_offset_ms"] = 0
    if not values.get("title"):
        values["title"] = labels.promotion_kind(values["kind"])
    show = session.get(Show, show_id)
    if show is None:
        raise PromotionError(translate("Promotions", "That show no longer exists"))
    promo = Promotion(**values)
    show.promotions.append(promo)  # keeps a loaded show's list current
    session.flush()
    return promo


def update_promotion(session: Session, promotion_id: int, **values: Any) -> Promotion:
    """Change fields. Choosing a segment start clears the offset and the other way round."""
    _check_values(values)
    promo = session.get(Promotion, promotion_id)
    if promo is None:
        raise PromotionError(translate("Promotions", "That promotion no longer exists"))
    if values.get("start_segment_id") is not None:
        values.setdefault("start_offset_ms", None)
    elif values.get("start_offset_ms") is not None:
        values.setdefault("start_segment_id", None)
    for key, value in values.items():
        setattr(promo, key, value)
    session.flush()
    return promo


def delete_promotion(session: Session, promotion_id: int) -> None:
    promo = session.get(Promotion, promotion_id)
    if promo is not None:
        promo.show.promotions.remove(promo)  # delete-orphan: removed from the store too
        session.flush()


# ---- validation --------------------------------------------------------------------------------


def validate_promotions(show: Show) -> dict[int, list[PromotionIssue]]:
    """promotion id -> its issues (only promotions that have any)."""
    starts = segment_starts(show)
    items: dict[int, LineupItem] = {li.id: li for li in show.lineup}
    show_end = max(0, show.planned_duration_ms or 0)
    issues: dict[int, list[PromotionIssue]] = {}

    def flag(p: Promotion, code: str, reason: str) -> None:
        issues.setdefault(p.id, []).append(PromotionIssue(p.id, code, reason))

    windows: list[tuple[Promotion, int, int]] = []
    for p in show.promotions:
        item = items.get(p.lineup_item_id) if p.lineup_item_id is not None else None
        start = promotion_start_ms(p, starts)
        if start is None:
            flag(
                p,
                "no_start",
                translate(
                    "Promotions", "No planned start: choose a segment or a time from the show start"
                ),
            )
        else:
            end = start + max(0, p.duration_ms or 0)
            windows.append((p, start, end))
            if start >= show_end or end > show_end:
                flag(
                    p,
                    "outside_show",
                    translate(
                        "Promotions",
                        "Runs +{start} to +{end}, outside the show (+0:00 to +{show_end})",
                    ).format(start=_clock(start), end=_clock(end), show_end=_clock(show_end)),
                )
        if (p.duration_ms or 0) == 0:
            flag(p, "zero_duration", translate("Promotions", "Lasts 0:00; give it a duration"))
        if p.kind in NEEDS_PRODUCT and item is None:
            flag(
                p,
                "needs_product",
                translate("Promotions", "A {kind} needs a product from the lineup").format(
                    kind=labels.promotion_kind(p.kind).lower()
                ),
            )
        if item is not None:
            if (
                p.kind == "flash_sale"
                and p.price is not None
                and item.live_price is not None
                and p.price > item.live_price
            ):
                flag(
                    p,
                    "price_above_live",
                    translate(
                        "Promotions", "Flash-sale price {price} is above the live price {live}"
                    ).format(
                        price=_money(p.price, show.currency),
                        live=_money(item.live_price, show.currency),
                    ),
                )
            if (
                p.quantity_limit is not None
                and item.allocated_stock is not None
                and p.quantity_limit > item.allocated_stock
            ):
                flag(
                    p,
                    "quantity_above_stock",
                    translate(
                        "Promotions",
                        "Quantity {qty} is more than the {stock} allocated to this show",
                    ).format(qty=p.quantity_limit, stock=item.allocated_stock),
                )

    for i, (a, a_start, a_end) in enumerate(windows):
        if a.lineup_item_id is None:
            continue
        for b, b_start, b_end in windows[i + 1 :]:
            if b.lineup_item_id != a.lineup_item_id:
                continue
            if a_start < b_end and b_start < a_end:
                for me, other, o_start, o_end in ((a, b, b_start, b_end), (b, a, a_start, a_end)):
                    flag(
                        me,
                        "overlap",
                        translate(
                            "Promotions",
                            "Overlaps '{other}' (+{start} to +{end}) on the same product",
                        ).format(
                            other=other.title or labels.promotion_kind(other.kind),
                            start=_clock(o_start),
                            end=_clock(o_end),
                        ),
                    )
    return issues


def _clock(ms: int) -> str:
    return format_duration(ms)


def _money(minor: int, currency: str) -> str:
    return format_money(minor, currency or "CNY")
