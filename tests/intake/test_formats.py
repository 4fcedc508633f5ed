"""Files are read by what they are, not what they are called: every workbook format calamine
reads, and text tables in the encodings sellers' tools really write."""

from __future__ import annotations

import pytest

from livestudio.core.db import Store
from livestudio.core.excel import SheetError, prepare_import
from livestudio.core.intake import sniff
from tests.intake.conftest import CASES, rows

ZH = [
    ("DJ-001", "羽绒外套", 59900, 12),
    ("DJ-002", "羊毛围巾", 12950, 40),
    ("DJ-003", "保温杯", 8900, 100),
]
TW = [
    ("DJ-001", "羽絨外套", 59900, 12),
    ("DJ-002", "羊毛圍巾", 12950, 40),
    ("DJ-003", "保溫杯", 8900, 100),
]
EN = [
    ("EN-001", "Café crème mug", 1250, 30),
    ("EN-002", "Naïve plush bear", 1999, 8),
    ("EN-003", "Déjà vu scarf", 2400, 15),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("products-big5.csv", TW),  # was stored as garbage (羽絨外套 -> π党甅)
        ("products-gb18030.csv", ZH),
        ("products-cp1252.csv", EN),
        ("products-utf8-bom.csv", ZH),
        ("products-zh.csv", ZH),
        ("products-unicode-text.txt", ZH),  # Excel's "Unicode text": UTF-16 with BOM, tabs
        ("products-utf16-no-bom.txt", EN),
        ("products-semicolon.csv", EN),  # European Excel: ';' and a decimal comma
    ],
)
def test_text_tables_in_every_encoding_import_exactly(preview_of, name: str, expected) -> None:
    preview = preview_of(name)
    assert rows(preview) == expected
    assert not preview.rejected and not preview.warnings


def test_shift_jis_with_japanese_headers(preview_of) -> None:
    preview = preview_of("products-shift-jis.csv", currency="JPY")
    assert rows(preview) == [
        ("JP-001", "抹茶チョコレート", 1200, 50),
        ("JP-002", "桜の香りハンドクリーム", 980, 20),
    ]


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("products-libreoffice.xls", "xls", ZH),
        ("products-libreoffice.ods", "ods", ZH),
        ("products-libreoffice.xlsx", "xlsx", EN),
        ("csv-named.xlsx", "text", EN),  # a CSV someone named .xlsx
        ("xlsx-named.csv", "xlsx", EN),  # and the other way round
    ],
)
def test_workbooks_are_read_by_content(preview_of, name: str, fmt: str, expected) -> None:
    assert sniff(CASES / name).format == fmt
    preview = preview_of(name)
    assert rows(preview) == expected and not preview.rejected


def test_bytes_no_encoding_reads_cleanly_are_refused_not_stored_as_garbage(
    store: Store,
) -> None:
    with pytest.raises(SheetError) as err:
        prepare_import(store, CASES / "products-garbage-bytes.csv")
    assert str(err.value) == (
        "products-garbage-bytes.csv: the text encoding could not be told apart (tried UTF-8, "
        "UTF-16, GB18030, Big5, Shift-JIS, Windows-1252). In Excel choose Save as > CSV UTF-8, "
        "and import that file."
    )


def test_traditional_chinese_big5_with_nt_dollars(preview_of) -> None:
    preview = preview_of("traditional-chinese.csv", currency="TWD")
    (change,) = preview.to_add
    assert change.sku == "TW-01" and change.values["name"] == "珍珠奶茶杯"
    assert (change.values["list_price"], change.values["cost"]) == (35000, 12000)
    assert change.values["category"] == "餐具"


def test_xlsb_is_read_by_calamine() -> None:
    from livestudio.core.intake import list_sheets, read_table

    path = CASES / "calamine-issues.xlsb"
    assert sniff(path).format == "xlsb"
    assert list_sheets(path)[:2] == ["datatypes", "issue2"]
    assert read_table(path, "issue2").rows == [(1, [1, "a"]), (2, [2, "b"]), (3, [3, "c"])]


@pytest.mark.parametrize(
    "name", ["products-libreoffice.xlsx", "products-big5.csv", "control-chars.csv", "nan-inf.xlsx"]
)
def test_a_file_read_in_the_background_imports_as_one_read_in_line(store: Store, name: str) -> None:
    """`livestudio products import` reads the file on a worker thread while it starts up: the
    preview must be the same, cleaned cells and warnings included."""
    from livestudio.core.intake.reader import read_table_in_background
    from livestudio.core.intake.sniff import MAX_PRODUCT_ROWS

    path = CASES / name
    in_line = prepare_import(store, path)
    table = read_table_in_background(path, None, MAX_PRODUCT_ROWS).result(timeout=60)
    ahead = prepare_import(store, path, table=table)
    assert [(c.row, c.sku, c.values) for c in ahead.to_add] == [
        (c.row, c.sku, c.values) for c in in_line.to_add
    ]
    assert [w.describe() for w in ahead.warnings] == [w.describe() for w in in_line.warnings]
    assert [r.describe() for r in ahead.rejected] == [r.describe() for r in in_line.rejected]
    assert ahead.control_chars_removed == in_line.control_chars_removed
    assert in_line.to_add  # the files have rows to compare


@pytest.mark.parametrize(
    ("name", "said"),
    [("dimension-bomb.xlsx", "was refused"), ("products-garbage-bytes.csv", "products-garbage")],
)
def test_a_file_refused_in_the_background_says_why_when_asked(
    store: Store, name: str, said: str
) -> None:
    from livestudio.core.intake.reader import read_table_in_background

    reading = read_table_in_background(CASES / name)
    with pytest.raises(SheetError, match=said):
        reading.result(timeout=60)
    assert store.path.exists()
