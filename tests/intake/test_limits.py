"""Hostile or oversized workbooks are refused with the limit named, before python-calamine
allocates anything: a 1.5 KB sheet claiming XFD1048576, a zip bomb, too many rows."""

from __future__ import annotations

import resource
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from livestudio.core.db import Store
from livestudio.core.excel import prepare_import
from livestudio.core.intake import LimitError, read_table
from livestudio.core.intake.sniff import MIN_BOMB_BYTES
from tests.data.make_intake_files import inline, minimal_xlsx
from tests.intake.conftest import CASES


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_sheet_reaching_xfd1048576_is_refused_without_allocating(store: Store) -> None:
    path = CASES / "dimension-bomb.xlsx"
    assert path.stat().st_size < 2000
    before = _peak_mb()
    with pytest.raises(LimitError) as err:
        read_table(path)
    assert str(err.value) == (
        "dimension-bomb.xlsx was refused: its cells span A1:XFD1048576, a sheet dimension of "
        "more than 20,000,000 cells. Delete the stray cells far from the table and save it again."
    )
    assert _peak_mb() - before < 50  # calamine would have asked for 512 GiB and aborted
    with pytest.raises(LimitError, match="it has more than 200,000 rows"):
        prepare_import(store, path)  # a product import has a lower row limit, named


def test_stray_cells_without_a_dimension_are_found_while_streaming(tmp_path: Path) -> None:
    path = minimal_xlsx(
        tmp_path / "stray.xlsx",
        f'<sheetData><row r="1">{inline("A1", "SKU")}</row>'
        '<row r="900000"><c r="XFA900000"><v>1</v></c></row></sheetData>',
    )
    with pytest.raises(LimitError, match=r"its cells span A1:XFA900000"):
        read_table(path)


@pytest.mark.parametrize(
    ("name", "span", "holds"),
    [
        ("stray-cell.xls", "A1:IV65536 (16,777,216 cells)", "10"),
        ("stray-cell.xlsx", "A1:CV190000 (19,000,000 cells)", "37"),
    ],
)
def test_a_small_table_with_one_stray_far_cell_is_refused_before_reading(
    store: Store, name: str, span: str, holds: str
) -> None:
    """Within every limit, but calamine would fill the rectangle up to the stray value: 1 GB for
    the 5 KB .xls LibreOffice wrote, 660 MB for the 1.5 KB .xlsx."""
    path = CASES / name
    assert path.stat().st_size < 6000
    before, start = _peak_mb(), time.monotonic()
    with pytest.raises(LimitError) as err:
        read_table(path)
    assert str(err.value) == (
        f"{name} was refused: its cells span {span} but it holds at most {holds} of them, so "
        f"stray cells far from the table would take {'1.0' if name.endswith('xls') else '1.1'} GB of "
        "memory to read. Delete the rows and columns after the table (or the stray cells) and "
        "save it again."
    )
    assert time.monotonic() - start < 5
    assert _peak_mb() - before < 50
    with pytest.raises(LimitError, match="stray cells far from the table"):
        prepare_import(store, path)
    assert store.session().execute(text("SELECT COUNT(*) FROM product")).scalar() == 0


def test_a_tall_narrow_sheet_is_not_taken_for_stray_cells(tmp_path: Path) -> None:
    """150,000 rows of one column: the scan counts 26 columns for one-letter references, and the
    sheet still fills enough of that rectangle to be read."""
    rows = "".join(f'<row r="{r}">{inline(f"A{r}", f"S-{r}")}</row>' for r in range(1, 150_001))
    path = minimal_xlsx(tmp_path / "tall.xlsx", f"<sheetData>{rows}</sheetData>")
    assert len(read_table(path).rows) == 150_000


def test_columns_past_xfd_are_refused(tmp_path: Path) -> None:
    path = minimal_xlsx(
        tmp_path / "wide.xlsx",
        f'<sheetData><row r="1">{inline("A1", "SKU")}<c r="XFE1"><v>1</v></c></row></sheetData>',
    )
    with pytest.raises(
        LimitError, match=r"reaches column XFE \(16,385\), past the limit of 16,384"
    ):
        read_table(path)


def _bomb(path: Path, inflated: int) -> Path:
    """An .xlsx whose sheet is a header row followed by `inflated` bytes of spaces."""
    minimal_xlsx(path, f'<sheetData><row r="1">{inline("A1", "SKU")}</row></sheetData>')
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            block = b" " * (1 << 20)
            for _ in range(inflated >> 20):
                fh.write(block)
    return path


def test_a_zip_bomb_is_refused_quickly_within_bounded_memory(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "bomb.xlsx", 3 * MIN_BOMB_BYTES)
    assert path.stat().st_size < 2 * 1024 * 1024
    before, start = _peak_mb(), time.monotonic()
    with pytest.raises(LimitError) as err:
        read_table(path)
    assert "It looks like a zip bomb, not a spreadsheet." in str(err.value)
    assert str(err.value).startswith("bomb.xlsx was refused: its ")
    assert _peak_mb() - before < 100
    assert time.monotonic() - start < 30  # generous for a shared CI machine; see benchmarks/


def test_an_overlong_cell_is_left_empty_with_the_limit_named(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("SKU,Name,Notes\nL-1,Mug," + "x" * 40000 + "\n", encoding="utf-8")
    table = read_table(path)
    (problem,) = table.problems
    assert (problem.row, problem.column) == (2, "C")
    assert (
        problem.reason == "the cell holds 40,000 characters, past the limit of 32,767; left empty"
    )
    assert table.rows[1][1] == ["L-1", "Mug"]


def test_a_product_sheet_past_the_row_limit_is_refused_up_front(
    store: Store, tmp_path: Path
) -> None:
    rows = "".join(
        f'<row r="{r}">{inline(f"A{r}", f"S-{r}")}{inline(f"B{r}", "Mug")}</row>'
        for r in range(2, 200_003)
    )
    path = minimal_xlsx(
        tmp_path / "big.xlsx",
        f'<sheetData><row r="1">{inline("A1", "SKU")}{inline("B1", "Name")}</row>{rows}</sheetData>',
    )
    with pytest.raises(LimitError) as err:
        prepare_import(store, path)
    assert str(err.value).startswith(
        "big.xlsx was refused: it has more than 200,000 rows (it reaches at least row "
    )


def _ods_with(tmp_path: Path, name: str, rows_xml: bytes) -> Path:
    src = zipfile.ZipFile(CASES / "products-libreoffice.ods")
    content = src.read("content.xml").replace(b"</table:table>", rows_xml + b"</table:table>", 1)
    out = tmp_path / name
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, content if info.filename == "content.xml" else src.read(info))
    return out


def test_libreoffice_trailing_empty_repeated_rows_are_fine_but_repeated_content_is_refused(
    tmp_path: Path,
) -> None:
    empty = _ods_with(
        tmp_path,
        "empty-tail.ods",
        b'<table:table-row table:number-rows-repeated="1048570">'
        b'<table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    )
    assert len(read_table(empty).rows) == 4  # the header and three products
    full = _ods_with(
        tmp_path,
        "repeated.ods",
        b'<table:table-row table:number-rows-repeated="2000000"><table:table-cell '
        b'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>'
        b"</table:table-row>",
    )
    with pytest.raises(LimitError, match="has more than 1,048,576 rows"):
        read_table(full)


def _biff12(rtype: int, payload: bytes) -> bytes:
    """One .xlsb record: a 1-2 byte type and a 1-4 byte size, 7 bits a byte."""
    head = bytes([rtype & 0x7F | (0x80 if rtype > 0x7F else 0)])
    if rtype > 0x7F:
        head += bytes([rtype >> 7])
    n, size = len(payload), b""
    while True:
        byte, n = n & 0x7F, n >> 7
        size += bytes([byte | (0x80 if n else 0)])
        if not n:
            return head + size + payload


def test_an_xlsb_reaching_xfd1048576_is_refused_before_calamine_reads_it(tmp_path: Path) -> None:
    src = zipfile.ZipFile(CASES / "calamine-issue-419.xlsb")
    end = _biff12(0x92, b"")  # BrtEndSheetData
    assert end in src.read("xl/worksheets/sheet1.bin")
    far = _biff12(0x00, (1048575).to_bytes(4, "little") + bytes(21))  # a row header
    far += _biff12(0x05, (16383).to_bytes(4, "little") + bytes(12))  # a number at XFD
    bomb = tmp_path / "bomb.xlsb"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.bin":
                data = data.replace(end, far + end, 1)
            z.writestr(info.filename, data)
    with pytest.raises(LimitError, match=r"its cells span A1:XFD1048576"):
        read_table(bomb)
    assert read_table(CASES / "calamine-issue-419.xlsb").rows == [(1, ["Hello"])]
