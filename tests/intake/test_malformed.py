"""What real files contain that breaks naive readers: stray quotes, lone CRs, control characters,
numbers the store cannot hold, NaN and infinity. Each is reported by row (and column), the rest
imports, and nothing fails at write time or in a later export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from livestudio.core.db import Store
from livestudio.core.excel import apply_import, export_products
from livestudio.core.products import ProductService
from tests.intake.conftest import rows


def test_a_stray_quote_is_reported_with_its_line_and_never_folds_rows_together(
    preview_of,
) -> None:
    preview = preview_of("stray-quote.csv")
    assert [c.sku for c in preview.to_add] == ["Q-1", "Q-3", "Q-5", "Q-6", "Q-7"]
    assert [r.message() for r in preview.rejected] == [
        "row 3: a quote opened on line 3 is not closed where the field ends; the line was "
        "skipped so the rows after it are not merged into one cell. Check the quotes on that line.",
        "row 5: a quote opened on line 5 is not closed where the field ends; the line was "
        "skipped so the rows after it are not merged into one cell. Check the quotes on that line.",
    ]
    assert preview.rejected[0].describe().startswith("stray-quote.csv: row 3: ")


def test_a_quote_never_closed_reports_the_line_where_the_field_started(preview_of) -> None:
    preview = preview_of("unclosed-quote.csv")
    assert [c.sku for c in preview.to_add] == ["U-1", "U-3"]
    assert [r.row for r in preview.rejected] == [3]


def test_lone_carriage_returns_end_lines_and_stay_inside_quoted_cells(preview_of) -> None:
    preview = preview_of("lone-cr.csv")
    assert rows(preview) == [
        ("CR-1", "Mug", 1000, None),
        ("CR-2", "Sc\narf", 2000, None),
        ("CR-3", "Hat", 3000, None),
    ]


def test_control_characters_are_removed_counted_and_later_exports_work(
    store: Store, preview_of, tmp_path: Path
) -> None:
    preview = preview_of("control-chars.csv")
    assert preview.control_chars_removed == 6
    assert [(c.sku, c.values["name"], c.values.get("notes")) for c in preview.to_add] == [
        ("C-1", "Mug", "ok"),
        ("C-2", "Scarf", "line"),
        ("C-3", "Hat", None),
    ]
    summary = apply_import(store, preview)
    assert summary.line() == (
        "added 3, updated 0, unchanged 0, rejected 0, 6 control characters removed"
    )
    # an .xlsx export used to fail with IllegalCharacterError on such text
    first = ProductService(store).products()[0].id
    assert first is not None
    ProductService(store).set_values(first, {"notes": "typed\x00in"})
    assert export_products(store, tmp_path / "out.xlsx") == 3
    names = [c.value for c in load_workbook(tmp_path / "out.xlsx").active["B"]][1:]
    assert names == ["Mug", "Scarf", "Hat"]


def test_numbers_past_what_the_store_holds_are_refused_per_cell_and_the_write_never_overflows(
    store: Store, preview_of
) -> None:
    preview = preview_of("huge-numbers.csv")
    assert [(w.row, w.column, w.reason) for w in preview.warnings] == [
        (2, "Price", "100000000000000000 is larger than LiveStudio can store; left empty"),
        (3, "Stock", "99999999999999999999 is larger than LiveStudio can store; left empty"),
    ]
    summary = apply_import(store, preview)  # used to raise OverflowError here
    assert summary.added == 3
    stored = {p.sku: (p.list_price, p.stock) for p in ProductService(store).products()}
    assert stored == {"H-1": (None, 5), "H-2": (1200, None), "H-3": (950, 3)}


def test_nan_and_infinity_cells_are_named_by_row_not_a_damaged_file(preview_of) -> None:
    preview = preview_of("nan-inf.xlsx")
    assert [(w.row, w.column, w.reason) for w in preview.warnings] == [
        (2, "Price", "'nan' is not a finite number; left empty"),
        (3, "Price", "'inf' is not a finite number; left empty"),
    ]
    assert rows(preview) == [
        ("N-1", "Mug", None, None),
        ("N-2", "Hat", None, None),
        ("N-3", "Cap", 500, None),
    ]
