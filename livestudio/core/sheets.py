"""Writing spreadsheets people open in Excel: formula-injection neutralising, a formatted table sheet,
and CSV with a UTF-8 BOM so Excel shows Chinese correctly. Every export in the app goes through here.

In .xlsx a text cell that starts like a formula (= + - @) is written as a string cell with
quotePrefix: Excel shows the text exactly as typed, with no visible apostrophe, and never runs it.
CSV has no cell types, so there such text gets the leading apostrophe (`neutralise`)."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl is imported by the writers only: an import never loads it
    from openpyxl.worksheet.worksheet import Worksheet

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# the characters openpyxl refuses (IllegalCharacterError) and Excel cannot show
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# what this app writes: .xlsx for workbooks, .csv for text
WRITABLE_SUFFIXES = (".xlsx", ".csv")


class UnwritableFormat(ValueError):
    """An export to a file type the app cannot write; `str()` says so, for the user."""


def check_writable(path: Path, allowed: Sequence[str] = WRITABLE_SUFFIXES) -> str:
    """The suffix ('.xlsx' / '.csv') of an export path, or UnwritableFormat naming the file."""
    suffix = path.suffix.lower()
    if suffix not in allowed:
        from livestudio.core.i18n import translate

        raise UnwritableFormat(
            translate(
                "Export",
                "{file}: LiveStudio cannot write {suffix} files; choose a name ending in {allowed}.",
            ).format(
                file=path.name,
                suffix=suffix or translate("Export", "extension-less"),
                allowed=translate("Export", " or ").join(allowed),
            )
        )
    return suffix


def clean_text(value: str) -> str:
    """Text without the control characters a workbook cannot hold."""
    return _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value


def _is_formula_like(value: str) -> bool:
    return value.startswith(DANGEROUS_PREFIXES)


def _text_cell(cell: Any, value: str) -> Any:
    """Set `cell` to `value` as plain text; formula-like text gets quotePrefix, not an apostrophe."""
    value = clean_text(value)
    cell.value = value
    if _is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def write_text(ws: Worksheet, row: int, column: int, value: str) -> Any:
    """One text cell outside a table (a title, a note line), formula-safe like write_table's."""
    return _text_cell(ws.cell(row=row, column=column), value)


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe-quote.

    Numbers stay numbers (a negative *number* is not text and is safe)."""
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


def unneutralise(value: Any) -> Any:
    """The inverse, for reading our own exports back: "'=SUM(A1)" -> "=SUM(A1)"."""
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1] in "=+-@\t\r":
        return value[1:]
    return value


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 14
    number_format: str | None = None  # e.g. "#,##0.00", "0", "0.0%", "[h]:mm:ss"
    wrap: bool = False


def _header_style() -> tuple[Any, Any, Any]:
    """(font, fill, alignment) of a header cell: bold white on blue, wrapped."""
    from openpyxl.styles import Alignment, Font, PatternFill

    return (
        Font(bold=True, color="FFFFFF"),
        PatternFill("solid", fgColor="2F5597"),
        Alignment(vertical="center", wrap_text=True),
    )


def write_table(
    ws: Worksheet,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    start_row: int = 1,
    autofilter: bool = True,
    freeze: bool = True,
) -> int:
    """A formatted table: bold frozen header, widths, number formats, autofilter. Returns last row."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    header_font, header_fill, header_alignment = _header_style()
    for c, col in enumerate(columns, start=1):
        cell = _text_cell(ws.cell(row=start_row, column=c), col.header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = header_alignment
        ws.column_dimensions[get_column_letter(c)].width = col.width
    r = start_row
    for r, row in enumerate(rows, start=start_row + 1):
        for c, (col, value) in enumerate(zip(columns, row, strict=False), start=1):
            if isinstance(value, str):
                cell = _text_cell(ws.cell(row=r, column=c), value)
            else:
                cell = ws.cell(row=r, column=c, value=value)
            if col.number_format and not isinstance(value, str):
                cell.number_format = col.number_format
            if col.wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    if freeze:
        ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    if autofilter and columns:
        ws.auto_filter.ref = f"A{start_row}:{get_column_letter(len(columns))}{max(r, start_row)}"
    return r


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """UTF-8 with BOM (Excel's cue for UTF-8), every text cell neutralised. Written atomically."""
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow(
                [
                    "" if v is None else neutralise(clean_text(v) if v.__class__ is str else v)
                    for v in row
                ]
            )
    tmp.replace(path)


def save_workbook_atomically(wb: Any, path: Path) -> None:
    """Save to a temporary name, then rename: a failed save never leaves half a file."""
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)


def write_table_streaming(
    ws: Any,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    autofilter: bool = True,
    freeze: bool = True,
) -> int:
    """`write_table` for a write-only worksheet (`Workbook(write_only=True)`), for big exports:
    same bold frozen header, widths, number formats and autofilter. Returns the last row number.

    Must be called before anything else is appended to `ws`."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    header_font, header_fill, header_alignment = _header_style()

    for c, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = col.width
    if freeze:
        ws.freeze_panes = "A2"  # the sheet view is written with the first row: set it before
    header = []
    for col in columns:
        cell = _text_cell(WriteOnlyCell(ws), col.header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = header_alignment
        header.append(cell)
    ws.append(header)
    # One styled cell per formatted column, refilled for every row: a write-only sheet serialises a
    # row as soon as it is appended, so reusing the cell is safe and saves a style lookup per cell.
    styled: list[Any] = []
    for col in columns:
        if col.number_format or col.wrap:
            cell = WriteOnlyCell(ws)
            if col.number_format:
                cell.number_format = col.number_format
            if col.wrap:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            styled.append(cell)
        else:
            styled.append(None)
    last = 1
    for row in rows:
        out: list[Any] = []
        for value, col, cell in zip(row, columns, styled, strict=False):
            if value.__class__ is str:
                if _ILLEGAL.search(value):
                    value = _ILLEGAL.sub("", value)
                if value.startswith(DANGEROUS_PREFIXES):  # a fresh cell: text with quotePrefix
                    text = _text_cell(WriteOnlyCell(ws), value)
                    if col.wrap:
                        text.alignment = Alignment(wrap_text=True, vertical="top")
                    out.append(text)
                    continue
                if cell is not None and col.wrap:
                    cell.value = value
                    out.append(cell)
                    continue
                out.append(value)
            elif cell is None or value is None:
                out.append(value)
            else:
                cell.value = value
                out.append(cell)
        ws.append(out)
        last += 1
    if autofilter and columns:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last}"
    return last
