"""Lineup: copies of catalog data, discount, margin (giveaway allowed below cost), stock warning, totals."""

from __future__ import annotations

import pytest

from livestudio.core.db import Store
from livestudio.core.plan import lineup
from livestudio.core.plan.shows import create_show


def test_adding_products_copies_prices_and_selling_points(store: Store, catalog: list[int]) -> None:
    with store.transaction() as s:
        sid = create_show(s, "Show", with_defaults=False).id
        added = lineup.add_products(s, sid, [catalog[3], catalog[0], catalog[3]])
        assert [i.sku for i in added] == ["SK-004", "SK-001"]  # order kept, no duplicates
        assert added[1].talking_points == "深层补水\n敏感肌可用"
        assert added[1].live_price == added[1].list_price == 19900
        assert lineup.add_products(s, sid, [catalog[0]]) == []


def test_figures_and_totals(store: Store, catalog: list[int]) -> None:
    with store.transaction() as s:
        sid = create_show(s, "Show", with_defaults=False).id
        hero, balm, scarf = lineup.add_products(s, sid, [catalog[0], catalog[2], catalog[3]])
        lineup.update_item(s, hero.id, live_price=14900, allocated_stock=100)
        lineup.update_item(s, balm.id, role="giveaway", allocated_stock=200)
        lineup.update_item(s, scarf.id, role="profit", allocated_stock=30)  # only 20 in stock
        stock = lineup.stock_on_hand(s, [hero, balm, scarf])
        fh, fb, fs = (lineup.figures(i, stock[i.id]) for i in (hero, balm, scarf))
        assert round(fh.discount_pct) == 25 and fh.margin == 14900 - 6500
        assert fb.negative_margin and not fb.margin_problem  # giveaway may lose money
        assert fs.over_allocated and not fh.over_allocated
        lineup.update_item(s, balm.id, role="hero")
        assert lineup.figures(balm, 500).margin_problem
        t = lineup.lineup_totals(s, sid)
        assert t.items == 3
        assert t.potential_gmv == 14900 * 100 + 990 * 200 + 39900 * 30
        assert t.over_allocated == 1 and t.margin_problems == 1
        assert t.average_margin_pct is not None
        with pytest.raises(ValueError):
            lineup.update_item(s, hero.id, role="villain")


def test_move_and_remove(store: Store, catalog: list[int]) -> None:
    with store.transaction() as s:
        sid = create_show(s, "Show", with_defaults=False).id
        items = lineup.add_products(s, sid, catalog[:4])
        assert lineup.move_item(s, sid, 3, 0)
        s.flush()
        assert [i.sku for i in lineup.ordered_lineup(s, sid)] == [
            "SK-004",
            "SK-001",
            "SK-002",
            "SK-003",
        ]
        lineup.remove_items(s, [items[0].id])
        assert [i.position for i in lineup.ordered_lineup(s, sid)] == [0, 1, 2]
