"""Product export: a formatted .xlsx (streamed, for big catalogs) or a .csv with a UTF-8 BOM.
Every text cell is neutralised against formula injection; importing the file back changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from livestudio.core.db import Store
from livestudio.core.excel.errors import ImportCancelled
from livestudio.core.i18n import translate
from livestudio.core.models import Product
from livestudio.core.money import MINOR_DIGITS, format_plain
from livestudio.core.products import FIELDS, field_label
from livestudio.core.sheets import Column, check_writable, write_csv, write_table_streaming

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

WIDTHS = {
    "sku": 18,
    "name": 36,
    "category": 14,
    "list_price": 13,
    "cost": 13,
    "stock": 9,
    "selling_points": 48,
    "notes": 32,
}


def export_columns(currency: str) -> list[Column]:
    digits = MINOR_DIGITS.get(currency.upper(), 2)
    money_fmt = "#,##0" + ("." + "0" * digits if digits else "")
    cols = []
    for f in FIELDS:
        header = field_label(f)
        if f in ("list_price", "cost"):
            header = translate("Export", "{label} ({currency})").format(
                label=header, currency=currency
            )
        fmt = money_fmt if f in ("list_price", "cost") else ("0" if f == "stock" else None)
        cols.append(Column(header, WIDTHS[f], fmt))
    return cols


def _rows(
    store: Store,
    currency: str,
    for_csv: bool,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> Iterator[list[Any]]:
    scale = int(10 ** MINOR_DIGITS.get(currency.upper(), 2))
    with store.session() as s:
        total = int(s.scalar(select(func.count(Product.id))) or 0)
        result = s.execute(select(*[getattr(Product, f) for f in FIELDS]).order_by(Product.sku))
        for n, r in enumerate(result, start=1):
            if n % 2000 == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(n, total)
            sku, name, category, price, cost, stock, points, notes = r
            if for_csv:
                yield [
                    sku,
                    name,
                    category,
                    format_plain(price, currency),
                    format_plain(cost, currency),
                    stock,
                    points,
                    notes,
                ]
            else:  # empty text as no cell at all: an empty <c/> per blank cell costs time and bytes
                yield [
                    sku,
                    name or None,
                    category or None,
                    None
                    if price is None
                    else (price // scale if price % scale == 0 else price / scale),
                    None
                    if cost is None
                    else (cost // scale if cost % scale == 0 else cost / scale),
                    stock,
                    points or None,
                    notes or None,
                ]
        if progress is not None:
            progress(total, total)


def export_products(
    store: Store,
    path: Path | str,
    currency: str = "CNY",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> int:
    """Write every product to `path` (.csv or .xlsx; any other name raises UnwritableFormat before
    anything is written). Returns the row count. The file appears only when complete (written to
    a temporary name, then renamed)."""
    path = Path(path)
    suffix = check_writable(path)
    cols = export_columns(currency)
    count = 0

    def counted(rows: Iterator[list[Any]]) -> Iterator[list[Any]]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    if suffix == ".csv":
        try:
            write_csv(
                path,
                [c.header for c in cols],
                counted(_rows(store, currency, True, progress, cancelled)),
            )
        finally:
            part = path.with_name(path.name + ".part")
            if part.exists():
                part.unlink()
        return count
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("Export", "Products"))
    write_table_streaming(ws, cols, counted(_rows(store, currency, False, progress, cancelled)))
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count
