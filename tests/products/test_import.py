"""Importing product sheets: column names in English and Chinese, header detection, what real
sheets contain, refusing what cannot be read with the exact message, and one-transaction writes."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import insert

from livestudio.core.db import Store
from livestudio.core.excel import (
    SheetError,
    apply_import,
    build_preview,
    load_for_import,
    prepare_import,
    product_import,
    remember_mapping,
)
from livestudio.core.excel.errors import ImportCancelled, ImportFailed
from livestudio.core.models import Product
from livestudio.core.models.base import utcnow
from livestudio.core.products import ProductData, ProductService
from tests.products.sheets import DATA, make_xlsx, set_cached_values


def products(store: Store) -> dict[str, ProductData]:
    return {p.sku: p for p in ProductService(store).products()}


def import_file(store: Store, path: Path, **kw: object) -> product_import.ImportSummary:
    return apply_import(store, prepare_import(store, path, **kw))  # type: ignore[arg-type]


# ---- column names ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "headers",
    [
        ["SKU", "Product name", "Category", "Price", "Cost", "Stock", "Selling points", "Notes"],
        ["商品编码", "商品名称", "类目", "售价", "成本价", "库存", "卖点", "备注"],
        ["商品編碼", "商品名稱", "類目", "售價", "成本", "庫存", "賣點", "備註"],
        ["货号", "品名", "分类", "零售价", "成本", "数量", "卖点", "备注"],
        ["商家编码", "名称", "分類", "吊牌价", "进价", "库存数量", "商品卖点", "说明"],
        [
            "  sku ",
            "NAME",
            "category",
            "List price (CNY)",
            "Cost (CNY)",
            "Qty",
            "Selling points",
            "Remarks",
        ],
        ["款号", "商品标题", "品类", "价格（元）", "成本价*", "库存", "亮点", "備注"],
    ],
    ids=[
        "english",
        "simplified",
        "traditional",
        "taobao-words",
        "merchant-code",
        "case-units",
        "brackets",
    ],
)
def test_columns_are_matched_by_name_in_english_and_chinese(
    store: Store, tmp_path: Path, headers: list[str]
) -> None:
    path = make_xlsx(
        tmp_path / "p.xlsx",
        [headers, ["LS-001", "丝绒口红 #316", "彩妆", 129, 32.5, 860, "显白", "直播专享"]],
    )
    summary = import_file(store, path)
    assert summary.line() == "added 1, updated 0, unchanged 0, rejected 0"
    p = products(store)["LS-001"]
    assert (p.name, p.category, p.list_price, p.cost, p.stock, p.selling_points, p.notes) == (
        "丝绒口红 #316",
        "彩妆",
        12900,
        3250,
        860,
        "显白",
        "直播专享",
    )


def test_header_is_found_below_a_merged_title_and_blank_rows(store: Store, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "p.xlsx",
        [["商品编码", "商品名称", "售价"], ["A-1", "面霜", 99]],
        title="2026 双十一 商品清单",
        blank_rows=2,
    )
    preview = prepare_import(store, path)
    assert preview.header_row == 4
    assert [c.row for c in preview.to_add] == [5]


def test_sample_sheets_import_completely(store: Store) -> None:
    root = Path(__file__).resolve().parents[2] / "resources" / "sample"
    zh = import_file(store, root / "products_zh.xlsx")
    en = import_file(store, root / "products_en.xlsx")
    assert (zh.added, zh.rejected, en.added, en.rejected) == (30, [], 15, [])
    assert products(store)["LS-BWB-001"].name == "316 不锈钢保温杯 500ml"


# ---- refusing what cannot be read ---------------------------------------------------------------
def refusal(store: Store, path: Path) -> str:
    with pytest.raises(SheetError) as info:
        prepare_import(store, path)
    return str(info.value)


def test_not_a_spreadsheet(store: Store, tmp_path: Path) -> None:
    png = tmp_path / "photo.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert (
        refusal(store, png)
        == "photo.xlsx is not a spreadsheet or a text table. LiveStudio imports .xlsx, .xlsm, "
        ".xlsb, .xls, .ods, .csv and tab-separated text."
    )
    docx = tmp_path / "letter.docx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w/>")
    assert (
        refusal(store, docx)
        == "letter.docx is not a spreadsheet or a text table. LiveStudio imports .xlsx, .xlsm, "
        ".xlsb, .xls, .ods, .csv and tab-separated text."
    )


def test_password_protected_xlsx(store: Store) -> None:
    # a real Excel-encrypted workbook (OLE compound file holding EncryptionInfo + EncryptedPackage)
    assert refusal(store, DATA / "encrypted.xlsx") == (
        "encrypted.xlsx is password-protected. Open it in Excel, remove the password "
        "(File > Info > Protect Workbook), save it, and import it again."
    )


def test_corrupt_xlsx(store: Store, tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [["SKU", "Name"], ["A", "B"]])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])  # a download cut short
    message = refusal(store, broken)
    assert message.startswith("broken.xlsx is damaged and cannot be opened (")
    assert message.endswith("). Open it in Excel or LibreOffice and save it again.")


def test_legacy_xls_is_read_by_its_content_whatever_its_name(store: Store, tmp_path: Path) -> None:
    # calamine reads Excel 97-2003 files; a .xls renamed .xlsx is read by what it is
    preview = prepare_import(store, DATA / "legacy.xls")
    assert preview.to_add and not preview.rejected
    renamed = tmp_path / "legacy.xlsx"
    renamed.write_bytes((DATA / "legacy.xls").read_bytes())
    again = prepare_import(store, renamed)
    assert [(c.sku, c.values) for c in again.to_add] == [(c.sku, c.values) for c in preview.to_add]


def test_empty_sheet(store: Store, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "商品"
    wb.save(tmp_path / "empty.xlsx")
    assert (
        refusal(store, tmp_path / "empty.xlsx")
        == "There is nothing in sheet '商品' of empty.xlsx: the sheet is empty."
    )
    (tmp_path / "empty.csv").write_bytes(b"")
    assert refusal(store, tmp_path / "empty.csv") == "empty.csv is empty."


def test_no_recognisable_header(store: Store, tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "notes.xlsx", [["Meeting", "Room"], ["Mon", "A"], ["Tue", "B"]])
    assert refusal(store, path) == (
        "No header row found in sheet 'Sheet1' of notes.xlsx: none of the first 3 rows names a "
        "column such as SKU, Name or Price (商品编码, 商品名称, 售价)."
    )


def test_missing_sku_column_names_the_columns_it_has(store: Store, tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "p.xlsx", [["Artikel", "商品名称", "售价"], ["X-1", "口红", 99]])
    assert refusal(store, path) == (
        "sheet 'Sheet1' of p.xlsx has no column for SKU (looked for names such as SKU, 商家编码, "
        "商家編碼, 商品编码, 商品編碼). Its columns are: Artikel, 商品名称, 售价."
    )


def test_unknown_sheet_name(store: Store, tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "p.xlsx", [["SKU", "Name"], ["A", "B"]], sheet="Products")
    with pytest.raises(
        SheetError, match=r"p.xlsx has no sheet named 'Stock' \(it has: Products\)."
    ):
        prepare_import(store, path, sheet="Stock")


def test_chosen_sheet_is_read(store: Store, tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Notes"
    wb.active.append(["nothing here"])
    ws = wb.create_sheet("商品")
    ws.append(["货号", "品名", "售价"])
    ws.append(["B-2", "保温杯", 89])
    wb.save(tmp_path / "two.xlsx")
    assert import_file(store, tmp_path / "two.xlsx", sheet="商品").added == 1


# ---- what real sheets contain -------------------------------------------------------------------
def test_real_sheet_quirks(store: Store, tmp_path: Path) -> None:
    long_text = "持久显色，" * 2000
    rows = [
        ["商品编码", "商品名称", "售价", "成本", "库存", "卖点", "备注", "内部"],
        ["A-1", "口红 💄", "¥1,299.00", "32.50", "120", long_text, datetime(2026, 11, 11), "x"],
        [],
        ["A-2 ", "  Face cream  ", "$12.50", "1 299,00", "１２０", "Hydrating ✨", None, "x"],
        ["ＡＢ－３", "保温杯 500ml", " 89 ", "¥ 20", 50.0, "", "", "x"],
        [None, None, None, None, None, None, None, None],
        ["A-4", "Earbuds", "1.299,50", 0, "0", "降噪", "", "x"],
    ]
    path = make_xlsx(tmp_path / "quirks.xlsx", rows)
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active.column_dimensions["H"].hidden = True
    wb.active.column_dimensions["C"].hidden = True  # a hidden price column is still read
    wb.save(path)
    summary = import_file(store, path)
    assert summary.rejected == []
    got = products(store)
    assert sorted(got) == ["A-1", "A-2", "A-4", "AB-3"]
    assert (got["A-1"].list_price, got["A-1"].cost, got["A-1"].stock) == (129900, 3250, 120)
    assert got["A-1"].name == "口红 💄"
    assert got["A-1"].selling_points == long_text.strip()
    assert got["A-1"].notes == "2026-11-11"
    assert (got["A-2"].name, got["A-2"].list_price, got["A-2"].cost, got["A-2"].stock) == (
        "Face cream",
        1250,
        129900,
        120,
    )
    assert (got["AB-3"].list_price, got["AB-3"].cost, got["AB-3"].stock) == (8900, 2000, 50)
    assert (got["A-4"].list_price, got["A-4"].cost, got["A-4"].stock) == (129950, 0, 0)


def test_formulas_use_the_cached_value(store: Store, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "f.xlsx",
        [
            ["SKU", "Name", "Cost", "Price", "Category"],
            ["F-1", "Serum", 50, "=C2*2", '=IF(C2>10,"Skincare","Other")'],
        ],
    )
    set_cached_values(path, {"D2": ("100", "n"), "E2": ("Skincare", "str")})
    assert import_file(store, path).added == 1
    p = products(store)["F-1"]
    assert (p.list_price, p.category) == (10000, "Skincare")


def test_bad_optional_cells_are_left_empty_with_a_warning_and_only_required_ones_reject(
    store: Store, tmp_path: Path
) -> None:
    rows = [["SKU", "Name", "Price", "Cost", "Stock"]]
    rows += [[f"OK-{i}", "ok", 1, 1, 1] for i in range(11)]
    rows += [
        ["B-1", "x", "abc", 1, 1],  # row 13
        ["B-2", "x", -5, 1, 1],
        ["B-3", "x", 1.234, 1, 1],
        ["B-4", "x", 1, 1, 2.5],
        ["B-5", "x", 1, 1, -1],
        [None, "no sku", 1, 1, 1],
        ["B-7", "x", datetime(2026, 1, 5), 1, 1],
        ["B-8", None, 1, 1, 1],
        ["B-9", "x", "12元", "免费", "一百"],
    ]
    path = make_xlsx(tmp_path / "bad.xlsx", rows)
    preview = prepare_import(store, path)
    assert [r.message() for r in preview.rejected] == [
        "row 18, column SKU: the SKU is empty; every product needs one",
        "row 20, column Name: a new product needs a name",
    ]
    assert [(w.row, w.column, w.value, w.reason) for w in preview.warnings] == [
        (13, "Price", "abc", "'abc' is not a number; left empty"),
        (14, "Price", -5, "-5 is negative; a price must be 0 or more; left empty"),
        (15, "Price", 1.234, "1.234 has more than 2 decimals; left empty"),
        (16, "Stock", 2.5, "2.5 is not a whole number; stock counts items; left empty"),
        (17, "Stock", -1, "-1 is negative; stock must be 0 or more; left empty"),
        (19, "Price", date(2026, 1, 5), "'2026-01-05' is not a number; left empty"),
        (21, "Cost", "免费", "'免费' is not a number; left empty"),
        (21, "Stock", "一百", "'一百' is not a number; left empty"),
    ]
    assert preview.warnings[0].describe() == (
        "bad.xlsx, sheet Sheet1, row 13, column Price: 'abc' is not a number; left empty "
        "(the cell holds 'abc')"
    )
    assert len(preview.to_add) == 18
    assert import_file(store, path).added == 18
    stored = products(store)
    assert stored["B-1"].list_price is None and stored["B-1"].cost == 100
    assert stored["B-9"].list_price == 1200 and stored["B-9"].stock is None


def test_duplicate_skus_in_one_file_are_reported(store: Store, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "d.xlsx",
        [
            ["SKU", "Name", "Price"],
            ["D-1", "口红", 99],
            ["D-2", "面霜", 199],
            ["D-1", "口红 new", 89],
        ],
    )
    preview = prepare_import(store, path)
    assert [r.message() for r in preview.rejected] == [
        "row 4, column SKU: SKU 'D-1' also appears in row 2; only the first is imported"
    ]
    assert [c.sku for c in preview.to_add] == ["D-1", "D-2"]


def test_update_preview_lists_changed_fields_and_empty_cells_keep_values(
    store: Store, tmp_path: Path
) -> None:
    first = make_xlsx(
        tmp_path / "a.xlsx",
        [
            ["SKU", "Name", "Price", "Stock", "Notes"],
            ["U-1", "Tumbler", 89, 10, "gift box"],
            ["U-2", "Mug", 29, 5, ""],
        ],
    )
    import_file(store, first)
    second = make_xlsx(
        tmp_path / "b.xlsx",
        [
            ["SKU", "Name", "Price", "Stock", "Notes"],
            ["U-1", "Tumbler", 79, None, None],
            ["U-2", "Mug", 29, 5, None],
            ["U-3", "Bottle", 19, 1, None],
        ],
    )
    preview = prepare_import(store, second)
    assert [(c.sku, c.before) for c in preview.to_update] == [("U-1", {"list_price": 8900})]
    assert [c.sku for c in preview.unchanged] == ["U-2"]
    assert [c.sku for c in preview.to_add] == ["U-3"]
    assert import_file(store, second).line() == "added 1, updated 1, unchanged 1, rejected 0"
    u1 = products(store)["U-1"]
    assert (u1.list_price, u1.stock, u1.notes) == (7900, 10, "gift box")


def test_csv_in_gb18030_with_semicolons_and_decimal_commas(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "taobao.csv"
    path.write_bytes("商品编码;商品名称;售价;库存\nC-1;羊毛围巾;1 299,00;12\n".encode("gb18030"))
    assert import_file(store, path).added == 1
    p = products(store)["C-1"]
    assert (p.name, p.list_price, p.stock) == ("羊毛围巾", 129900, 12)


# ---- remembered mappings -----------------------------------------------------------------------
def test_a_confirmed_mapping_is_remembered_for_files_with_the_same_headers(
    store: Store, tmp_path: Path
) -> None:
    rows = [["Artikelnummer", "Bezeichnung", "Preis"], ["K-1", "Schal", "39,90"]]
    path = make_xlsx(tmp_path / "lieferant.xlsx", rows)
    with pytest.raises(SheetError):  # no recognisable header at all
        load_for_import(store, path)
    partly = make_xlsx(
        tmp_path / "partly.xlsx", [["Artikelnummer", "Name", "Preis"], ["K-1", "Schal", "39,90"]]
    )
    loaded = load_for_import(store, partly)
    assert loaded.missing == ["sku"] and not loaded.remembered
    remember_mapping(store, loaded.data.signature, {"sku": 0, "name": 1, "list_price": 2})
    again = load_for_import(
        store,
        make_xlsx(
            tmp_path / "next-week.xlsx",
            [["Artikelnummer", "Name", "Preis"], ["K-2", "Mütze", "19,90"]],
        ),
    )
    assert again.remembered and again.missing == []
    preview = build_preview(store, again.data, again.mapping)
    assert [(c.sku, c.values["list_price"]) for c in preview.to_add] == [("K-2", 1990)]
    # a file whose headers match nothing we know is still found through the remembered signature
    loaded_unknown_sig = load_for_import(store, partly).data.signature
    assert loaded_unknown_sig == again.data.signature


def test_remembered_mapping_finds_a_header_with_no_known_names(
    store: Store, tmp_path: Path
) -> None:
    rows = [["Artikelnummer", "Bezeichnung", "Preis"], ["K-1", "Schal", "39,90"]]
    from livestudio.core.excel import header_signature

    remember_mapping(store, header_signature(rows[0]), {"sku": 0, "name": 1, "list_price": 2})
    path = make_xlsx(tmp_path / "lieferant.xlsx", rows, title="Lieferung KW 47")
    summary = import_file(store, path)
    assert summary.added == 1 and products(store)["K-1"].list_price == 3990


# ---- the write is one transaction ---------------------------------------------------------------
def test_failure_part_way_leaves_the_store_exactly_as_before(store: Store, tmp_path: Path) -> None:
    import_file(
        store, make_xlsx(tmp_path / "a.xlsx", [["SKU", "Name", "Price"], ["T-1", "Old", 10]])
    )
    before = products(store)
    preview = prepare_import(
        store,
        make_xlsx(
            tmp_path / "b.xlsx",
            [
                ["SKU", "Name", "Price"],
                ["T-1", "Renamed", 20],
                ["T-2", "New", 30],
                ["T-3", "Other", 40],
            ],
        ),
    )
    # someone adds T-3 between the preview and the import: the insert fails after the update ran
    with store.transaction() as s:
        s.execute(
            insert(Product).values(
                sku="T-3",
                name="Elsewhere",
                category="",
                selling_points="",
                notes="",
                created_at=utcnow(),
                updated_at=utcnow(),
            )
        )
    before["T-3"] = products(store)["T-3"]
    with pytest.raises(
        ImportFailed, match="The import was not saved .*; your products are exactly as they were."
    ):
        apply_import(store, preview)
    assert products(store) == before


def test_cancelled_import_writes_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(product_import, "CHUNK", 2)
    rows = [["SKU", "Name"]] + [[f"C-{i}", f"Item {i}"] for i in range(9)]
    preview = prepare_import(store, make_xlsx(tmp_path / "c.xlsx", rows))
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 2  # the user presses Cancel after the first chunk was written

    with pytest.raises(ImportCancelled):
        apply_import(store, preview, cancelled=cancelled)
    assert products(store) == {}


def test_hidden_sheets_are_not_offered_and_the_first_visible_sheet_is_read(
    store: Store, tmp_path: Path
) -> None:
    from livestudio.core.excel import list_sheets

    wb = Workbook()
    wb.active.title = "旧价格"
    wb.active.append(["SKU", "Name", "Price"])
    wb.active.append(["H-1", "Old", 1])
    wb.active.sheet_state = "hidden"
    current = wb.create_sheet("当前")
    current.append(["SKU", "Name", "Price"])
    current.append(["H-1", "口红", 129])
    wb.active = 1
    wb.save(tmp_path / "h.xlsx")
    assert list_sheets(tmp_path / "h.xlsx") == ["当前"]
    import_file(store, tmp_path / "h.xlsx")
    assert products(store)["H-1"].list_price == 12900
    assert (
        import_file(store, tmp_path / "h.xlsx", sheet="旧价格").updated == 1
    )  # by name it still works
