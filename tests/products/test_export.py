"""Exporting the catalog: a formatted .xlsx and a BOM'd .csv that Excel reads, neutralised against
formula injection, and that import back without changing anything."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from livestudio.core.db import Store
from livestudio.core.excel import apply_import, export_products, prepare_import
from livestudio.core.products import ProductData, ProductService

TRICKY = [
    ProductData(
        None,
        "LS-001",
        "丝绒口红 #316 💄",
        "彩妆",
        12900,
        3250,
        860,
        "显白\n持久 8 小时",
        "直播专享",
    ),
    ProductData(None, "00123", "Leading zeros SKU", "Home", 1999, None, None, "", ""),
    ProductData(
        None,
        "F-1",
        '=HYPERLINK("http://evil.example","Click")',
        "+cmd",
        0,
        0,
        0,
        "-2+3",
        "@SUM(A1:A9)",
    ),
    ProductData(
        None, "F-2", "Tab\tinside", "Windows\r\nline ends", 1, 1, 1, "'quoted already", "plain"
    ),
    ProductData(None, "BIG-1", "Long " + "文字" * 3000, "", 99999999, 12345678, 123456, "", ""),
]


@pytest.fixture
def catalog(store: Store) -> list[ProductData]:
    service = ProductService(store)
    for p in TRICKY:
        service.add(p)
    return service.products()


def strip_ids(items: list[ProductData]) -> list[ProductData]:
    return [p.with_values(id=None) for p in items]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_changes_nothing(
    store: Store, catalog: list[ProductData], tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"out{suffix}"
    assert export_products(store, path) == len(TRICKY)
    preview = prepare_import(store, path)
    assert (len(preview.to_add), len(preview.to_update), preview.rejected) == (0, 0, [])
    assert len(preview.unchanged) == len(TRICKY)
    apply_import(store, preview)
    assert ProductService(store).products() == catalog
    # and into an empty store the same rows come back
    from livestudio.core.db import open_store

    fresh = open_store(tmp_path / "fresh.sqlite3")
    try:
        apply_import(fresh, prepare_import(fresh, path))
        assert strip_ids(ProductService(fresh).products()) == strip_ids(catalog)
    finally:
        fresh.close()


def test_xlsx_is_formatted(store: Store, catalog: list[ProductData], tmp_path: Path) -> None:
    export_products(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    ws = wb.active
    assert [c.value for c in ws[1]] == [
        "SKU",
        "Name",
        "Category",
        "List price (CNY)",
        "Cost (CNY)",
        "Stock",
        "Selling points",
        "Notes",
    ]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:H{len(TRICKY) + 1}"
    assert ws.column_dimensions["B"].width > ws.column_dimensions["F"].width > 5
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "LS-001")
    assert row[3].value == 129 and row[3].number_format == "#,##0.00"
    assert row[4].value == 32.5 and row[4].number_format == "#,##0.00"
    assert row[5].value == 860 and row[5].number_format == "0"
    zeros = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Leading zeros SKU")
    assert zeros[0].value == "00123" and zeros[0].data_type == "s"
    wb.close()


def test_cells_that_would_run_as_formulas_are_neutralised(
    store: Store, catalog: list[ProductData], tmp_path: Path
) -> None:
    export_products(store, tmp_path / "out.xlsx")
    export_products(store, tmp_path / "out.csv")
    wb = load_workbook(tmp_path / "out.xlsx")
    cells = [c for row in wb.active.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    wb.close()
    assert all(c.data_type == "s" for c in cells)  # no formula cell at all
    by_text = {c.value: c for c in cells}
    for dangerous in ('=HYPERLINK("http://evil.example","Click")', "+cmd", "-2+3", "@SUM(A1:A9)"):
        # the text exactly as typed (no visible apostrophe), as a text cell Excel never runs
        assert dangerous in by_text and by_text[dangerous].quotePrefix
        assert "'" + dangerous not in by_text
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel shows Chinese correctly
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as fh:
        values = {v for row in csv.reader(fh) for v in row}
    assert '\'=HYPERLINK("http://evil.example","Click")' in values and "'@SUM(A1:A9)" in values
    assert "丝绒口红 #316 💄" in values and "129.00" in values


def test_export_of_an_empty_catalog_has_the_header(store: Store, tmp_path: Path) -> None:
    assert export_products(store, tmp_path / "none.xlsx") == 0
    wb = load_workbook(tmp_path / "none.xlsx")
    assert wb.active.max_row == 1 and wb.active["A1"].value == "SKU"
    wb.close()


def test_leading_tab_and_carriage_return_are_neutralised_too(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from livestudio.core.sheets import Column, write_table_streaming

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("t")
    write_table_streaming(
        ws, [Column("A"), Column("B", number_format="0")], [["\tcmd", 5], ["\r=1+1", None]]
    )
    wb.save(tmp_path / "t.xlsx")
    got = load_workbook(tmp_path / "t.xlsx").active
    assert got["A2"].value == "\tcmd" and got["A2"].quotePrefix and got["A2"].data_type == "s"
    assert got["B2"].value == 5 and got["B2"].number_format == "0"
    assert got["A3"].value == "\n=1+1" or got["A3"].value == "\r=1+1"
    assert got["A3"].data_type == "s" and got["A3"].quotePrefix


def test_numbers_stay_numbers_and_control_characters_never_break_an_export(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    from livestudio.core.sheets import Column, write_table, write_table_streaming

    rows = [["-116", -116, "Name\x00with\x07NUL", "+86 138 0000 0000"]]
    cols = [Column("A"), Column("B", number_format="0"), Column("C"), Column("D")]
    wb = Workbook(write_only=True)
    write_table_streaming(wb.create_sheet("s"), cols, rows)
    wb.save(tmp_path / "stream.xlsx")
    normal = Workbook()
    write_table(normal.active, cols, rows)
    normal.save(tmp_path / "normal.xlsx")
    for name in ("stream.xlsx", "normal.xlsx"):
        got = load_workbook(tmp_path / name).active
        assert (got["A2"].value, got["A2"].data_type, got["A2"].quotePrefix) == ("-116", "s", True)
        assert (got["B2"].value, got["B2"].data_type) == (-116, "n")
        assert got["C2"].value == "NamewithNUL"
        assert got["D2"].value == "+86 138 0000 0000"


def test_an_extension_that_cannot_be_written_is_refused(store: Store, tmp_path: Path) -> None:
    from livestudio.core.sheets import UnwritableFormat

    with pytest.raises(UnwritableFormat, match=r"x.ods: LiveStudio cannot write .ods files"):
        export_products(store, tmp_path / "x.ods")
    assert not (tmp_path / "x.ods").exists()
