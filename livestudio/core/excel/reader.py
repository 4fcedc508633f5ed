"""A product sheet read through the intake (any workbook or text table, by content), with its
header row found below titles and blank rows."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from livestudio.core.excel.mapping import header_score
from livestudio.core.i18n import translate
from livestudio.core.intake import CellProblem, SheetError, Table, read_table
from livestudio.core.intake import list_sheets as _list_sheets
from livestudio.core.intake import where as _where
from livestudio.core.intake.headers import find_header_row, header_signature, header_text
from livestudio.core.intake.sniff import MAX_ROWS, column_number

HEADER_SCAN_ROWS = 30
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def _t(text: str) -> str:
    return translate("Import", text)


@dataclass
class SheetData:
    """The rows under the header of one sheet, with where they came from."""

    path: Path
    sheet: str  # "" for a text table
    sheet_names: list[str]
    header_row: int  # 1-based row number in the file
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(repr=False)  # (1-based row number, cells)
    signature: str = ""
    control_chars_removed: int = 0
    problems: list[CellProblem] = field(default_factory=list)  # found while reading
    encoding: str = ""
    format: str = ""
    # set by load_for_import when a remembered mapping was used: which, and since when (UTC)
    remembered_mapping: dict[str, int] | None = None
    remembered_on: datetime | None = None

    @property
    def where(self) -> str:
        return _where(self.path, self.sheet)


def list_sheets(path: Path | str) -> list[str]:
    """Names of the visible worksheets (all of them if none is visible); [] for a text table."""
    return _list_sheets(path)


def read_sheet(
    path: Path | str,
    sheet: str | None = None,
    known_signatures: Collection[str] = (),
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    max_rows: int = MAX_ROWS,
    table: Table | None = None,
) -> SheetData:
    """All data rows of a sheet (the first visible one unless `sheet` is given) under its header.

    The header is the first row (among the first 30 non-empty ones) whose headers were mapped
    before, else the first naming two or more product fields, else the first naming one.
    `table` is that sheet already read (`read_table_in_background`), so it is not read again."""
    path = Path(path)
    if table is None:
        table = read_table(path, sheet, max_rows=max_rows, progress=progress, cancelled=cancelled)
    where = table.where
    if not table.rows:
        raise SheetError(_t("There is nothing in {where}: the sheet is empty.").format(where=where))
    at = find_header_row(table.rows, header_score, set(known_signatures), HEADER_SCAN_ROWS)
    if at is None:
        raise SheetError(
            _t(
                "No header row found in {where}: none of the first {n} rows names a column such as "
                "SKU, Name or Price (商品编码, 商品名称, 售价)."
            ).format(where=where, n=min(len(table.rows), HEADER_SCAN_ROWS))
        )
    header_row_no, header_cells = table.rows[at]
    headers = [header_text(c) for c in header_cells]
    while headers and not headers[-1]:
        headers.pop()
    problems = [p for p in table.problems if p.row > header_row_no]
    for p in problems:  # name the column by its header, as the user sees it
        if p.column.isalpha() and p.column.isupper():
            i = column_number(p.column) - 1
            if i < len(headers) and headers[i]:
                p.column = headers[i]
    return SheetData(
        path=path,
        sheet=table.sheet,
        sheet_names=table.sheet_names,
        header_row=header_row_no,
        headers=headers,
        rows=table.rows[at + 1 :],
        signature=header_signature(headers),
        control_chars_removed=table.control_chars_removed,
        problems=problems,
        encoding=table.encoding,
        format=table.format,
    )
