"""Build the spreadsheets the products tests read, at run time."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

DATA = Path(__file__).resolve().parents[1] / "data" / "products"


def make_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    title: str | None = None,
    sheet: str = "Sheet1",
    blank_rows: int = 0,
) -> Path:
    """A sheet with an optional merged title row and blank rows above `rows` (header first)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    width = max((len(r) for r in rows), default=1)
    if title is not None:
        ws.append([title])
        if width > 1:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for _ in range(blank_rows):
        ws.append([])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def set_cached_values(
    path: Path, values: dict[str, tuple[str, str]], sheet_xml: str = "xl/worksheets/sheet1.xml"
) -> None:
    """Give formula cells the cached result Excel/LibreOffice would have saved (openpyxl cannot).

    `values` maps a cell reference to (cached value, type): type "n" for a number, "str" for text."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml = parts[sheet_xml].decode("utf-8")
    for ref, (value, kind) in values.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v>.*?</v>)?</c>')
        match = pattern.search(xml)
        assert match, f"no formula cell {ref} in {sheet_xml}"
        attrs = re.sub(r'\s+t="[^"]*"', "", match.group(1))
        t = ' t="str"' if kind == "str" else ""
        xml = (
            xml[: match.start()]
            + f'<c r="{ref}"{attrs}{t}><f>{match.group(2)}</f><v>{value}</v></c>'
            + xml[match.end() :]
        )
    parts[sheet_xml] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
