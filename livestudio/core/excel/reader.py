"""Read a product sheet from .xlsx (openpyxl, read-only, cached formula values) or .csv, refusing what
is not one with a clear message, and find the header row below titles and blank rows."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from livestudio.core.excel.errors import ImportCancelled, SheetError
from livestudio.core.excel.mapping import header_score, header_signature
from livestudio.core.i18n import translate

HEADER_SCAN_ROWS = 30
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def _t(text: str) -> str:
    return translate("Import", text)


@dataclass
class SheetData:
    """The rows under the header of one sheet, with where they came from."""

    path: Path
    sheet: str  # "" for a CSV file
    sheet_names: list[str]
    header_row: int  # 1-based row number in the file
    headers: list[str]
    rows: list[tuple[int, tuple[Any, ...]]] = field(repr=False)  # (1-based row number, cells)
    signature: str = ""

    @property
    def where(self) -> str:
        return _where(self.path, self.sheet)


def _where(path: Path, sheet: str) -> str:
    if sheet:
        return _t("sheet '{sheet}' of {file}").format(sheet=sheet, file=path.name)
    return path.name


def _kind(path: Path) -> str:
    """'xlsx' or 'csv'; raises SheetError for everything else, saying what the file is."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise SheetError(
            _t("{file} cannot be read: {reason}").format(file=path.name, reason=exc.strerror or exc)
        ) from exc
    name = path.name
    if not head:
        raise SheetError(_t("{file} is empty.").format(file=name))
    if head.startswith(OLE_MAGIC):
        data = path.read_bytes()
        if (
            "EncryptedPackage".encode("utf-16-le") in data
            or "EncryptionInfo".encode("utf-16-le") in data
        ):
            raise SheetError(
                _t(
                    "{file} is password-protected. Open it in Excel, remove the password "
                    "(File > Info > Protect Workbook), save it, and import it again."
                ).format(file=name)
            )
        raise SheetError(
            _t(
                "{file} is in the old Excel 97-2003 format (.xls), which LiveStudio cannot read. "
                "Open it in Excel or LibreOffice, choose Save as .xlsx, and import the new file."
            ).format(file=name)
        )
    if head.startswith(ZIP_MAGICS):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise SheetError(_corrupt(name, exc)) from exc
        if "xl/workbook.xml" in names or any(n.endswith("workbook.xml") for n in names):
            return "xlsx"
        if "content.xml" in names and path.suffix.lower() in (".ods", ".ots"):
            raise SheetError(
                _t(
                    "{file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice, choose "
                    "Save as .xlsx, and import the new file."
                ).format(file=name)
            )
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            raise SheetError(_corrupt(name, _t("the workbook part is missing")))
        raise SheetError(_not_spreadsheet(name))
    if path.suffix.lower() == ".xls":
        raise SheetError(
            _t(
                "{file} is in the old Excel 97-2003 format (.xls), which LiveStudio cannot read. "
                "Open it in Excel or LibreOffice, choose Save as .xlsx, and import the new file."
            ).format(file=name)
        )
    if path.suffix.lower() in CSV_SUFFIXES and b"\x00" not in head:
        return "csv"
    raise SheetError(_not_spreadsheet(name))


def _not_spreadsheet(name: str) -> str:
    return _t("{file} is not a spreadsheet. LiveStudio imports .xlsx and .csv files.").format(
        file=name
    )


def _corrupt(name: str, reason: object) -> str:
    return _t(
        "{file} is damaged and cannot be opened as an .xlsx file ({reason}). "
        "Open it in Excel or LibreOffice and save it again."
    ).format(file=name, reason=reason)


def _open_workbook(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # zip / XML / openpyxl errors all mean "damaged" to the user
        raise SheetError(
            _corrupt(path.name, exc.__class__.__name__ + (f": {exc}" if str(exc) else ""))
        ) from exc


def _visible_worksheets(wb: Any) -> list[Any]:
    sheets = list(wb.worksheets)
    visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
    return visible or sheets


def _sheet_names_from_zip(path: Path) -> list[str] | None:
    """Worksheet names straight from xl/workbook.xml (visible first), without loading the shared
    strings the way openpyxl does: instant even for a big file. None when anything is unusual."""
    from defusedxml import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    pkg = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    try:
        with zipfile.ZipFile(path) as zf:
            book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except Exception:
        return None
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{pkg}Relationship")}
    visible: list[str] = []
    hidden: list[str] = []
    for sheet in book.iter(f"{main}sheet"):
        name = sheet.get("name")
        target = targets.get(sheet.get(f"{rel}id"), "")
        if not name or "worksheets/" not in target:  # chart sheets hold no rows
            continue
        (visible if sheet.get("state", "visible") == "visible" else hidden).append(name)
    return visible or hidden or None


def list_sheets(path: Path | str) -> list[str]:
    """Names of the visible worksheets of an .xlsx (all of them if none is visible); [] for a CSV
    file. Hidden sheets can still be read by name."""
    path = Path(path)
    if _kind(path) == "csv":
        return []
    fast = _sheet_names_from_zip(path)
    if fast is not None:
        return fast
    wb = _open_workbook(path)
    try:
        return [ws.title for ws in _visible_worksheets(wb)]
    finally:
        wb.close()


def _decode_csv(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("cp1252", errors="replace")


def _csv_rows(path: Path) -> Iterator[tuple[Any, ...]]:
    text = _decode_csv(path)
    sample = [ln for ln in text.splitlines()[:20] if ln.strip()]
    delimiter = ","
    best = 0
    for cand in (",", ";", "\t"):
        counts = [ln.count(cand) for ln in sample]
        if counts and min(counts) > 0 and min(counts) > best:
            best, delimiter = min(counts), cand
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield tuple(None if c == "" else c for c in row)


def _is_empty(row: tuple[Any, ...]) -> bool:
    for v in row:
        if v is not None and not (isinstance(v, str) and not v.strip()):
            return False
    return True


def _header_text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def read_sheet(
    path: Path | str,
    sheet: str | None = None,
    known_signatures: Collection[str] = (),
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> SheetData:
    """All data rows of a sheet (the first visible one unless `sheet` is given) under its header.

    The header is the first row (among the first 30 non-empty ones) whose headers were mapped
    before, else the first naming two or more product fields, else the first naming one."""
    path = Path(path)
    kind = _kind(path)
    wb = None
    try:
        if kind == "csv":
            sheet_name, sheet_names = "", []
            rows_iter: Iterator[tuple[Any, ...]] = _csv_rows(path)
            total = 0
        else:
            wb = _open_workbook(path)
            worksheets = _visible_worksheets(wb)
            sheet_names = [ws.title for ws in worksheets]
            if not worksheets:
                raise SheetError(_t("{file} has no worksheets.").format(file=path.name))
            if sheet:
                by_name = {ws.title: ws for ws in wb.worksheets}
                if sheet not in by_name:
                    raise SheetError(
                        _t("{file} has no sheet named '{sheet}' (it has: {sheets}).").format(
                            file=path.name,
                            sheet=sheet,
                            sheets=", ".join(ws.title for ws in wb.worksheets),
                        )
                    )
                ws = by_name[sheet]
            else:
                ws = worksheets[0]
            sheet_name = ws.title
            total = int(ws.max_row or 0) if hasattr(ws, "max_row") else 0
            # the stored dimension is often wrong in generated files: read what is really there
            ws.reset_dimensions()
            rows_iter = ws.iter_rows(values_only=True)
        try:
            return _collect(
                path,
                sheet_name,
                sheet_names,
                rows_iter,
                total,
                set(known_signatures),
                progress,
                cancelled,
            )
        except (SheetError, ImportCancelled):
            raise
        except Exception as exc:  # a sheet's XML that breaks while streaming = damaged file
            if kind == "csv":
                raise SheetError(
                    _t("{file} cannot be read: {reason}").format(file=path.name, reason=exc)
                ) from exc
            raise SheetError(_corrupt(path.name, exc.__class__.__name__)) from exc
    finally:
        if wb is not None:
            wb.close()


def _collect(
    path: Path,
    sheet_name: str,
    sheet_names: list[str],
    rows_iter: Iterator[tuple[Any, ...]],
    total: int,
    known: set[str],
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> SheetData:
    where = _where(path, sheet_name)
    candidates: list[tuple[int, tuple[Any, ...]]] = []
    header_at: int | None = None  # index into candidates
    n = 0
    seen_any = False
    for n, row in enumerate(rows_iter, start=1):
        if _is_empty(row):
            continue
        seen_any = True
        candidates.append((n, row))
        texts = [c for c in row if isinstance(c, str)]
        if len(texts) >= 1 and header_signature([_header_text(c) for c in row]) in known:
            header_at = len(candidates) - 1
            break
        if header_score(row) >= 2:
            header_at = len(candidates) - 1
            break
        if len(candidates) >= HEADER_SCAN_ROWS:
            break
    if not seen_any:
        raise SheetError(_t("There is nothing in {where}: the sheet is empty.").format(where=where))
    if header_at is None:
        for i, (_, row) in enumerate(candidates):
            if header_score(row) >= 1:
                header_at = i
                break
    if header_at is None:
        raise SheetError(
            _t(
                "No header row found in {where}: none of the first {n} rows names a column such as "
                "SKU, Name or Price (商品编码, 商品名称, 售价)."
            ).format(where=where, n=min(len(candidates), HEADER_SCAN_ROWS))
        )
    header_row_no, header_cells = candidates[header_at]
    headers = [_header_text(c) for c in header_cells]
    while headers and not headers[-1]:
        headers.pop()
    data: list[tuple[int, tuple[Any, ...]]] = [(rn, r) for rn, r in candidates[header_at + 1 :]]
    last = n
    for last, row in enumerate(rows_iter, start=n + 1):
        if last % 2000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(last, max(total, last))
        if _is_empty(row):
            continue
        data.append((last, row))
    if progress is not None:
        progress(max(total, last), max(total, last))
    return SheetData(
        path=path,
        sheet=sheet_name,
        sheet_names=sheet_names,
        header_row=header_row_no,
        headers=headers,
        rows=data,
        signature=header_signature(headers),
    )
