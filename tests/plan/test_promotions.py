"""Promotion windows and the checks that flag a promotion that cannot work as planned."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from livestudio.core.plan import promotions as promos
from tests.plan.planb_factory import MIN, make_show


def codes(issues, pid):  # type: ignore[no-untyped-def]
    return sorted(i.code for i in issues.get(pid, []))


def test_window_follows_its_segment_when_the_run_of_show_changes(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        serum = show.segments[2]
        p = promos.add_promotion(
            s,
            show.id,
            kind="flash_sale",
            title="Serum flash sale",
            lineup_item_id=show.lineup[1].id,
            price=9900,
            start_segment_id=serum.id,
            duration_ms=5 * MIN,
        )
        s.refresh(show)
        (w,) = promos.promotion_windows(show)
        assert (w.promotion_id, w.start_ms, w.end_ms) == (p.id, 25 * MIN, 30 * MIN)
        assert w.lineup_item_id == show.lineup[1].id and w.kind == "flash_sale"
        show.segments[0].planned_duration_ms = 20 * MIN  # opening runs longer
        s.flush()
        (w,) = promos.promotion_windows(show)
        assert w.start_ms == 35 * MIN
        assert promos.validate_promotions(show) == {}


def test_offset_start_and_order(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        late = promos.add_promotion(
            s, show.id, kind="coupon", start_offset_ms=40 * MIN, duration_ms=MIN
        )
        early = promos.add_promotion(s, show.id, kind="lottery", start_offset_ms=2 * MIN)
        s.refresh(show)
        assert [w.promotion_id for w in promos.promotion_windows(show)] == [early.id, late.id]
        assert late.title == "Coupon"  # an untitled promotion is named after its kind


def test_outside_the_show_is_flagged(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        p = promos.add_promotion(
            s, show.id, kind="coupon", start_offset_ms=58 * MIN, duration_ms=5 * MIN
        )
        s.refresh(show)
        issues = promos.validate_promotions(show)
        assert codes(issues, p.id) == ["outside_show"]
        assert "1:00:00" in issues[p.id][0].reason and "58:00" in issues[p.id][0].reason
        promos.update_promotion(s, p.id, duration_ms=2 * MIN)
        assert promos.validate_promotions(show) == {}


def test_overlap_on_one_product_flags_both_rows_but_not_other_products(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        mask, serum = show.lineup[0].id, show.lineup[1].id
        a = promos.add_promotion(
            s,
            show.id,
            kind="flash_sale",
            title="Mask 9.9",
            lineup_item_id=mask,
            start_offset_ms=10 * MIN,
            duration_ms=5 * MIN,
        )
        b = promos.add_promotion(
            s,
            show.id,
            kind="discount",
            title="Mask 20% off",
            lineup_item_id=mask,
            discount_pct=20,
            start_offset_ms=14 * MIN,
            duration_ms=5 * MIN,
        )
        c = promos.add_promotion(
            s,
            show.id,
            kind="flash_sale",
            lineup_item_id=serum,
            start_offset_ms=10 * MIN,
            duration_ms=5 * MIN,
        )
        d = promos.add_promotion(
            s, show.id, kind="gift", lineup_item_id=mask, start_offset_ms=15 * MIN, duration_ms=MIN
        )  # touches a's end: fine
        s.refresh(show)
        issues = promos.validate_promotions(show)
        assert codes(issues, a.id) == ["overlap"] and codes(issues, b.id) == ["overlap", "overlap"]
        assert "Mask 20% off" in issues[a.id][0].reason
        assert codes(issues, c.id) == [] and codes(issues, d.id) == ["overlap"]


def test_flash_price_above_live_price_and_quantity_above_stock(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        serum = show.lineup[1]  # live ¥129.00, 80 allocated
        p = promos.add_promotion(
            s,
            show.id,
            kind="flash_sale",
            lineup_item_id=serum.id,
            price=13900,
            quantity_limit=100,
            start_offset_ms=0,
            duration_ms=3 * MIN,
        )
        s.refresh(show)
        issues = promos.validate_promotions(show)
        assert codes(issues, p.id) == ["price_above_live", "quantity_above_stock"]
        text = " ".join(i.reason for i in issues[p.id])
        assert "¥139.00" in text and "¥129.00" in text and "100" in text and "80" in text
        promos.update_promotion(s, p.id, price=9900, quantity_limit=80)
        assert promos.validate_promotions(show) == {}


def test_product_optional_only_for_coupons_and_lotteries(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        ok = [
            promos.add_promotion(s, show.id, kind=k, start_offset_ms=0)
            for k in ("coupon", "lottery")
        ]
        bad = [
            promos.add_promotion(s, show.id, kind=k, start_offset_ms=30 * MIN)
            for k in ("flash_sale", "discount", "gift")
        ]
        s.refresh(show)
        issues = promos.validate_promotions(show)
        assert all(p.id not in issues for p in ok)
        assert all(codes(issues, p.id) == ["needs_product"] for p in bad)


def test_deleted_start_segment_and_zero_duration_are_flagged(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        p = promos.add_promotion(
            s, show.id, kind="lottery", start_segment_id=show.segments[3].id, duration_ms=0
        )
        assert p.start_offset_ms is None
        s.delete(show.segments[3])
        s.flush()
        s.refresh(p)
        s.refresh(show)
        assert codes(promos.validate_promotions(show), p.id) == ["no_start", "zero_duration"]
        assert promos.promotion_windows(show) == []


def test_choosing_a_start_clears_the_other_mode(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        p = promos.add_promotion(s, show.id, kind="coupon", start_offset_ms=5 * MIN)
        promos.update_promotion(s, p.id, start_segment_id=show.segments[1].id)
        assert p.start_offset_ms is None
        promos.update_promotion(s, p.id, start_offset_ms=MIN)
        assert p.start_segment_id is None


@pytest.mark.parametrize(
    "values",
    [
        {"price": -1},
        {"discount_pct": 0},
        {"discount_pct": 100},
        {"quantity_limit": -5},
        {"duration_ms": -1000},
        {"kind": "bogof"},
        {"start_offset_ms": -1},
    ],
)
def test_bad_values_are_refused_with_a_reason(store, values) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = make_show(s)
        with pytest.raises(promos.PromotionError) as err:
            promos.add_promotion(s, show.id, **values)
        assert str(err.value)


def test_delete(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        p = promos.add_promotion(s, show.id, kind="coupon")
        promos.delete_promotion(s, p.id)
        s.refresh(show)
        assert show.promotions == []


def test_planned_start_rule_segment_first_then_offset_then_none() -> None:
    from livestudio.core.plan.promotions import planned_start_ms, segment_start_map

    @dataclass
    class Seg:
        id: int
        planned_duration_ms: int

    starts = segment_start_map([Seg(7, 5 * MIN), Seg(3, 10 * MIN), Seg(9, 0)])
    assert starts == {7: 0, 3: 5 * MIN, 9: 15 * MIN}
    # a segment link wins over an offset: the promotion moves with its segment
    assert planned_start_ms(3, 1 * MIN, starts) == 5 * MIN
    # a link to a segment that is gone falls back to the offset
    assert planned_start_ms(42, 1 * MIN, starts) == 1 * MIN
    assert planned_start_ms(None, 0, starts) == 0
    assert planned_start_ms(None, None, starts) is None
    assert planned_start_ms(42, None, starts) is None


def test_review_uses_the_same_planned_start(store) -> None:  # type: ignore[no-untyped-def]
    """Review's planned promotion windows (no live log) follow the plan's rule."""
    from livestudio.core.review import data as review_data

    with store.transaction() as s:
        show = make_show(s)
        seg = show.segments[1]
        p = promos.add_promotion(s, show.id, kind="coupon", title="Coupon", duration_ms=MIN)
        p.start_segment_id, p.start_offset_ms = seg.id, 59 * MIN  # both set: the segment wins
        s.flush()
        s.refresh(show)
        plan = {w.promotion_id: w.start_ms for w in promos.promotion_windows(show)}
        review = {
            w.promotion_id: w.start_ms
            for w in review_data.load(s, show.id, with_run=False).promo_windows()
        }
    assert review == plan and plan[p.id] == 10 * MIN
