"""Lineup: products in a show with role, live price, allocation; discount, margin and totals.

Each item keeps its own copy of SKU, name, list price and cost, so deleting or repricing the
catalog product never changes a planned (or past) show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.models import LineupItem, Product
from livestudio.core.models.plan import LINEUP_ROLES

EDITABLE_FIELDS = ("role", "live_price", "allocated_stock", "talking_points", "name")


def ordered_lineup(session: Session, show_id: int) -> list[LineupItem]:
    return list(
        session.scalars(
            select(LineupItem)
            .where(LineupItem.show_id == show_id)
            .order_by(LineupItem.position, LineupItem.id)
        )
    )


def add_products(
    session: Session, show_id: int, product_ids: Sequence[int], role: str = "hero"
) -> list[LineupItem]:
    """Append catalog products (skipping ones already in the lineup), in the order given.

    Live price starts at the list price; talking points start from the product's selling points.
    """
    items = ordered_lineup(session, show_id)
    present = {i.product_id for i in items if i.product_id is not None}
    added: list[LineupItem] = []
    for pid in product_ids:
        if pid in present:
            continue
        product = session.get(Product, pid)
        if product is None:
            continue
        item = LineupItem(
            show_id=show_id,
            product_id=product.id,
            position=len(items) + len(added),
            sku=product.sku,
            name=product.name,
            list_price=product.list_price,
            cost=product.cost,
            live_price=product.list_price,
            allocated_stock=None,
            role=role,
            talking_points=product.selling_points or "",
        )
        session.add(item)
        added.append(item)
        present.add(pid)
    session.flush()
    return added


def update_item(session: Session, item_id: int, **fields: object) -> LineupItem:
    item = session.get(LineupItem, item_id)
    if item is None:
        raise LookupError(f"lineup item {item_id} not found")
    for key, value in fields.items():
        if key not in EDITABLE_FIELDS:
            raise ValueError(f"cannot set lineup field {key!r}")
        if key == "role" and value not in LINEUP_ROLES:
            raise ValueError(f"unknown role {value!r}")
        if key in ("live_price", "allocated_stock") and value is not None and int(value) < 0:  # type: ignore[call-overload]
            raise ValueError(f"{key} must be 0 or more")
        setattr(item, key, value)
    session.flush()
    return item


def remove_items(session: Session, item_ids: Sequence[int]) -> int:
    """Remove from the lineup; segments and promotions that pointed at it lose the link."""
    ids = set(item_ids)
    items = [i for i in session.scalars(select(LineupItem).where(LineupItem.id.in_(ids)))]
    if not items:
        return 0
    show_id = items[0].show_id
    for item in items:
        session.delete(item)
    session.flush()
    for i, item in enumerate(ordered_lineup(session, show_id)):
        item.position = i
    session.flush()
    return len(items)


def move_item(session: Session, show_id: int, src_row: int, dest_row: int) -> bool:
    from livestudio.core.plan.segments import _move

    return _move(ordered_lineup(session, show_id), src_row, dest_row)


@dataclass(frozen=True)
class ItemFigures:
    discount_pct: float | None  # (list - live) / list
    margin: int | None  # live - cost, minor units
    margin_pct: float | None  # margin / live
    negative_margin: bool
    margin_problem: bool  # negative and not a giveaway
    stock_on_hand: int | None
    over_allocated: bool  # allocated > stock on hand
    potential_gmv: int | None  # live price x allocated stock


def figures(item: LineupItem, stock_on_hand: int | None) -> ItemFigures:
    lp, live, cost, alloc = item.list_price, item.live_price, item.cost, item.allocated_stock
    discount = (lp - live) / lp * 100 if lp and live is not None else None
    margin = live - cost if live is not None and cost is not None else None
    margin_pct = margin / live * 100 if margin is not None and live else None
    negative = margin is not None and margin < 0
    over = alloc is not None and stock_on_hand is not None and alloc > stock_on_hand
    gmv = live * alloc if live is not None and alloc is not None else None
    return ItemFigures(
        discount,
        margin,
        margin_pct,
        negative,
        negative and item.role != "giveaway",
        stock_on_hand,
        over,
        gmv,
    )


def stock_on_hand(session: Session, items: Sequence[LineupItem]) -> dict[int, int | None]:
    """Current catalog stock per lineup item id (None when the product is gone or has no stock)."""
    pids = {i.product_id for i in items if i.product_id is not None}
    stocks: dict[int, int | None] = {}
    if pids:
        for pid, stock in session.execute(
            select(Product.id, Product.stock).where(Product.id.in_(pids))
        ):
            stocks[pid] = stock
    return {i.id: stocks.get(i.product_id) if i.product_id is not None else None for i in items}


@dataclass(frozen=True)
class LineupTotals:
    items: int
    potential_gmv: int  # sum of live price x allocated stock over items that have both
    average_margin_pct: float | None  # mean of item margin % over items with live price and cost
    over_allocated: int
    margin_problems: int


def lineup_totals(session: Session, show_id: int) -> LineupTotals:
    items = ordered_lineup(session, show_id)
    stock = stock_on_hand(session, items)
    return totals_of([figures(i, stock[i.id]) for i in items])


def totals_of(figs: list[ItemFigures]) -> LineupTotals:
    """The lineup's totals from its items' figures (one per lineup item)."""
    margins = [f.margin_pct for f in figs if f.margin_pct is not None]
    return LineupTotals(
        items=len(figs),
        potential_gmv=sum(f.potential_gmv or 0 for f in figs),
        average_margin_pct=sum(margins) / len(margins) if margins else None,
        over_allocated=sum(f.over_allocated for f in figs),
        margin_problems=sum(f.margin_problem for f in figs),
    )
