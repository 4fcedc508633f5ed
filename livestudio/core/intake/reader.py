"""Open any table the app accepts and hand back its rows as plain Python values, cleaned: empty
strings as None, control characters removed (and counted), over-long cells and non-finite numbers
reported by sheet, row and column. Binary workbooks go through python-calamine, after
`sniff.check_zip` or `sniff.check_xls` has refused bombs; text tables through
`text.read_text_table`."""

from __future__ import annotations

import gc
import math
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from livestudio.core.i18n import translate
from livestudio.core.intake.errors import ImportCancelled, LimitError, SheetError
from livestudio.core.intake.sniff import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_TEXT_BYTES,
    check_xls,
    check_zip,
    column_letters,
    damaged,
    sniff,
)
from livestudio.core.intake.text import read_text_table

if TYPE_CHECKING:
    from concurrent.futures import Future

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

# what openpyxl refuses to write (IllegalCharacterError), plus DEL and the two non-characters
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _t(text: str) -> str:
    return translate("Import", text)


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Cyclic garbage collection off while a bulk read builds hundreds of thousands of lists,
    tuples and dicts (none of them in a cycle): each collection would walk every one already
    built again, a third of a 50,000-row import. Nested and concurrent uses share one pause;
    reference counting still frees everything as usual."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


@dataclass
class CellProblem:
    """One cell that could not be read as it is; `where` is the file (and sheet)."""

    file: str
    sheet: str
    row: int  # 1-based, as the spreadsheet shows it
    column: str  # the column's header, or its letter when there is none
    value: Any
    reason: str

    def describe(self) -> str:
        value = "" if self.value is None else str(self.value)
        if len(value) > 40:
            value = value[:40] + "…"
        if self.sheet:
            where = _t("{file}, sheet {sheet}, row {row}, column {column}").format(
                file=self.file, sheet=self.sheet, row=self.row, column=self.column or "—"
            )
        else:
            where = _t("{file}, row {row}, column {column}").format(
                file=self.file, row=self.row, column=self.column or "—"
            )
        if value:
            return _t("{where}: {reason} (the cell holds '{value}')").format(
                where=where, reason=self.reason, value=value
            )
        return _t("{where}: {reason}").format(where=where, reason=self.reason)


@dataclass
class Table:
    """Every row of one sheet (or text file): `rows` are (1-based row number, cells)."""

    path: Path
    format: str  # xlsx, xlsb, xls, ods, text
    sheet: str  # "" for a text table
    sheet_names: list[str]
    rows: list[tuple[int, list[Any]]] = field(repr=False)
    encoding: str = ""
    delimiter: str = ""
    control_chars_removed: int = 0
    problems: list[CellProblem] = field(default_factory=list)  # cells/lines found while reading

    @property
    def where(self) -> str:
        return where(self.path, self.sheet)


def where(path: Path, sheet: str) -> str:
    if sheet:
        return _t("sheet '{sheet}' of {file}").format(sheet=sheet, file=path.name)
    return path.name


def list_sheets(path: Path | str) -> list[str]:
    """The visible worksheets of a workbook (all of them if none is visible); [] for text."""
    path = Path(path)
    sniffed = sniff(path)
    if sniffed.format == "text":
        return []
    if sniffed.format in ("xlsx", "xlsb", "ods"):
        check_zip(path, sniffed.format)
    elif sniffed.format == "xls":
        check_xls(path)
    wb = _calamine(path)
    try:
        return _visible(wb)
    finally:
        wb.close()


def _calamine(path: Path) -> Any:
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        # from a file object calamine tells the format by the bytes, not the name (.xls renamed
        # .xlsx); the whole file is read, which is its size on disk, not its inflated size
        with path.open("rb") as fh:
            return CalamineWorkbook.from_filelike(fh)
    except PasswordError as exc:
        raise SheetError(
            _t(
                "{file} is password-protected. Open it, remove the password, save it, and "
                "import it again."
            ).format(file=path.name)
        ) from exc
    except OSError as exc:
        raise SheetError(
            _t("{file} cannot be read: {reason}").format(file=path.name, reason=exc.strerror or exc)
        ) from exc
    except Exception as exc:  # calamine's zip / xml / cfb errors: a damaged file to the user
        raise SheetError(damaged(path.name, _reason(exc))) from exc


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return exc.__class__.__name__ + (f": {text[:120]}" if text else "")


def _visible(wb: Any) -> list[str]:
    names: list[str] = []
    hidden: list[str] = []
    for meta in wb.sheets_metadata:
        if "Work" not in str(meta.typ):  # chart / macro sheets hold no rows
            continue
        (
            names
            if "Visible" in str(meta.visible) and "Hidden" not in str(meta.visible)
            else hidden
        ).append(meta.name)
    return names or hidden or list(wb.sheet_names)


def _sheet_part(path: Path, sheet: str) -> str | None:
    """The zip part (xl/worksheets/sheetN.xml) of a worksheet, from workbook.xml and its rels."""
    from defusedxml import ElementTree

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    pkg = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    try:
        with zipfile.ZipFile(path) as zf:
            book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
            rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # noqa: BLE001 - any failure of the fast path falls back to the safe one
        return None
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{pkg}Relationship")}
    for s in book.iter(f"{main}sheet"):
        if s.get("name") == sheet:
            target = targets.get(s.get(f"{rel}id"), "")
            target = target.lstrip("/")
            return target if target.startswith("xl/") else "xl/" + target
    return None


def read_table(
    path: Path | str,
    sheet: str | None = None,
    max_rows: int = MAX_ROWS,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> Table:
    """All rows of a sheet (the first visible one unless `sheet` is given), cleaned.

    `max_rows` lowers the row limit for a kind that cannot hold more; the limit is checked before
    anything is allocated. Raises SheetError (LimitError for a limit) with a message for the user."""
    with gc_paused():
        return _read_table(path, sheet, max_rows, progress, cancelled)


def read_table_in_background(
    path: Path | str, sheet: str | None = None, max_rows: int = MAX_ROWS
) -> Future[Table]:
    """Start `read_table` on a worker thread and return at once; the future's result is the
    table, or raises what `read_table` raises. python-calamine parses a sheet with the GIL
    released, so a command that still has its imports to load and its store to open (about as
    long as the parse) gets the file read meanwhile instead of after."""
    from concurrent.futures import ThreadPoolExecutor

    # the worker's imports made here, on the caller's thread: two threads importing at once
    # can meet on a half-initialised module (olefile, 13 ms that only an .xls needs, is left to
    # the worker)
    import defusedxml.ElementTree  # noqa: F401
    import python_calamine  # noqa: F401

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="intake-read")
    try:
        return pool.submit(read_table, path, sheet, max_rows)
    finally:
        pool.shutdown(wait=False)  # the thread ends with its one read


def _read_table(
    path: Path | str,
    sheet: str | None,
    max_rows: int,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> Table:
    path = Path(path)
    sniffed = sniff(path)
    if sniffed.format == "text":
        return _read_text(path, max_rows)
    extents: dict[str, tuple[int, int]] = {}
    careful = True  # the per-cell path, unless a scan shows nothing in the file needs it
    if sniffed.format in ("xlsx", "xlsb", "ods"):
        scan = check_zip(path, sniffed.format, max_rows)
        extents, careful = scan.extents, scan.needs_care or sniffed.format != "xlsx"
    elif sniffed.format == "xls":
        check_xls(path, max_rows)
    wb = _calamine(path)
    try:
        names = _visible(wb)
        if not names:
            raise SheetError(_t("{file} has no worksheets.").format(file=path.name))
        if sheet:
            if sheet not in wb.sheet_names:
                raise SheetError(
                    _t("{file} has no sheet named '{sheet}' (it has: {sheets}).").format(
                        file=path.name, sheet=sheet, sheets=", ".join(wb.sheet_names)
                    )
                )
            name = sheet
        else:
            name = names[0]
        if sniffed.format == "xlsx" and extents:
            part = _sheet_part(path, name)
            if part is not None and part not in extents:
                part = None
            if part is not None and extents[part][0] == 0:
                raise SheetError(
                    _t("There is nothing in {where}: the sheet is empty.").format(
                        where=where(path, name)
                    )
                )
        return _read_one(
            wb, path, sniffed.format, name, names, max_rows, progress, cancelled, careful
        )
    finally:
        wb.close()


def read_tables(path: Path | str, max_rows: int = MAX_ROWS) -> list[Table]:
    """Every visible sheet that has something in it (one table for a text file)."""
    with gc_paused():
        return _read_tables(Path(path), max_rows)


def _read_tables(path: Path, max_rows: int) -> list[Table]:
    sniffed = sniff(path)
    if sniffed.format == "text":
        return [_read_text(path, max_rows)]
    careful = True
    if sniffed.format in ("xlsx", "xlsb", "ods"):
        scan = check_zip(path, sniffed.format, max_rows)
        careful = scan.needs_care or sniffed.format != "xlsx"
    elif sniffed.format == "xls":
        check_xls(path, max_rows)
    wb = _calamine(path)
    try:
        names = _visible(wb)
        tables = [
            _read_one(wb, path, sniffed.format, n, names, max_rows, None, None, careful)
            for n in names
        ]
    finally:
        wb.close()
    tables = [t for t in tables if t.rows]
    if not tables:
        raise SheetError(
            _t("There is nothing in {file}: every sheet is empty.").format(file=path.name)
        )
    return tables


def _read_one(
    wb: Any,
    path: Path,
    fmt: str,
    name: str,
    names: list[str],
    max_rows: int,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
    careful: bool = True,
) -> Table:
    try:
        ws = wb.get_sheet_by_name(name)
        if ws.total_height > max_rows or ws.height > max_rows:
            from livestudio.core.intake.sniff import _rows_message

            raise LimitError(_rows_message(path.name, max(ws.height, ws.total_height), max_rows))
        if ws.width > MAX_COLUMNS:
            from livestudio.core.intake.sniff import _columns_message

            raise LimitError(_columns_message(path.name, ws.width))
        start_row = (ws.start or (0, 0))[0] + 1
        table = Table(path, fmt, name, names, [])
        _collect(table, ws.iter_rows(), start_row, ws.height, progress, cancelled, careful)
        return table
    except (SheetError, ImportCancelled):
        raise
    except Exception as exc:  # calamine's errors while reading the sheet: damaged
        raise SheetError(damaged(path.name, _reason(exc))) from exc


def _collect(
    table: Table,
    rows: Any,
    start_row: int,
    total: int,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
    careful: bool = True,
) -> None:
    if not careful:
        _collect_plain(table, rows, start_row, total, progress, cancelled)
        return
    out = table.rows
    file, sheet = table.path.name, table.sheet
    search = CONTROL_CHARS.search
    removed = 0
    for n, row in enumerate(rows):
        if n % 5000 == 0 and n:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(n, total)
        row_no = start_row + n
        cells: list[Any] = []
        keep = False
        for c, v in enumerate(row):
            cls = v.__class__
            if cls is str:
                if not v:
                    cells.append(None)
                    continue
                if search(v) is not None:
                    cleaned = CONTROL_CHARS.sub("", v)
                    removed += len(v) - len(cleaned)
                    v = cleaned
                if len(v) > MAX_CELL_CHARS:
                    table.problems.append(
                        CellProblem(
                            file,
                            sheet,
                            row_no,
                            column_letters(c + 1),
                            v[:40],
                            _t(
                                "the cell holds {n} characters, past the limit of {limit}; left empty"
                            ).format(n=f"{len(v):,}", limit=f"{MAX_CELL_CHARS:,}"),
                        )
                    )
                    v = None
                elif v.strip():
                    keep = True
            elif cls is float:
                if not math.isfinite(v):
                    table.problems.append(
                        CellProblem(
                            file,
                            sheet,
                            row_no,
                            column_letters(c + 1),
                            v,
                            _t("'{value}' is not a finite number; left empty").format(value=v),
                        )
                    )
                    v = None
                else:
                    if v.is_integer() and -(2**53) < v < 2**53:
                        v = int(v)  # calamine gives 129.0 for a whole number
                    keep = True
            elif v is not None:
                keep = True
            cells.append(v)
        if keep:
            while cells and cells[-1] is None:
                cells.pop()
            out.append((row_no, cells))
    table.control_chars_removed += removed
    if progress is not None:
        progress(total, total)


def _collect_plain(
    table: Table,
    rows: Any,
    start_row: int,
    total: int,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> None:
    """`_collect` for a file whose scan found no control characters: only empty strings become
    None (whole floats stay floats; the kinds' parsers take both); a row with a cell past the
    length limit, NaN or infinity goes through the careful path."""
    out = table.rows
    append = out.append
    limit = MAX_CELL_CHARS
    str_, float_ = str, float
    for n, row in enumerate(rows):
        if n % 5000 == 0 and n:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(n, total)
        if "" in row:
            row = [None if v == "" else v for v in row]
        while row and row[-1] is None:
            row.pop()
        if not row:
            continue
        for v in row:  # a cell past the length limit, NaN or infinity: the careful path
            cls = v.__class__
            if cls is str_:
                if len(v) > limit:
                    break
            elif cls is float_ and v - v != 0.0:
                break
        else:
            head = row[0]
            if (head is None or (head.__class__ is str_ and head.isspace())) and all(
                c is None or (c.__class__ is str_ and c.isspace()) for c in row
            ):
                continue
            append((start_row + n, row))
            continue
        _collect(table, [row], start_row + n, total, None, None, True)
    if progress is not None:
        progress(total, total)


def _read_text(path: Path, max_rows: int) -> Table:
    text = read_text_table(path, MAX_TEXT_BYTES, max_rows)
    table = Table(path, "text", "", [], [], encoding=text.encoding, delimiter=text.delimiter)
    for q in text.quote_problems:
        table.problems.append(
            CellProblem(
                path.name,
                "",
                q.line,
                "",
                q.text,
                _t(
                    "a quote opened on line {line} is not closed where the field ends; the line "
                    "was skipped so the rows after it are not merged into one cell. Check the "
                    "quotes on that line."
                ).format(line=q.line),
            )
        )
    wide = [(n, f) for n, f in text.rows if len(f) > MAX_COLUMNS]
    if wide:
        from livestudio.core.intake.sniff import _columns_message

        raise LimitError(_columns_message(path.name, len(wide[0][1])))
    before = len(table.problems)
    _collect(table, (f for _n, f in text.rows), 1, len(text.rows), None, None, text.has_controls)
    # text rows are numbered by physical line (a cell may span lines)
    line_of = [n for n, _f in text.rows]
    table.rows = [(line_of[i - 1], cells) for i, cells in table.rows]
    for p in table.problems[before:]:
        p.row = line_of[p.row - 1]
    return table
