"""What a file really is, read from its bytes (not its name), and whether it is safe to hand to a
parser: zip members' inflated sizes and every worksheet's real extent are checked while streaming,
before python-calamine allocates anything."""

from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from livestudio.core.i18n import translate
from livestudio.core.intake.errors import LimitError, SheetError

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
# A catalog import holds every row's parsed values for its preview; past this many rows the file
# is refused up front (from the sheet's real extent, before it is read) rather than filling memory.
MAX_PRODUCT_ROWS = 200_000
# A workbook's parts may inflate to this much in all; past MIN_BOMB_BYTES a part may not inflate
# more than BOMB_RATIO times its compressed size (real sheets compress 5-30x, bombs 1000x).
MAX_INFLATED = 1 << 30
MIN_BOMB_BYTES = 64 << 20
BOMB_RATIO = 150
MAX_TEXT_BYTES = 512 << 20

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension[^>]*\bref="([A-Z]{1,4})?([0-9]{1,9})?:?([A-Z]{1,4})?([0-9]{1,9})?"'
)
_REPEATED = re.compile(rb'number-(rows|columns)-repeated="([0-9]{1,12})"')
_CHUNK = 4 << 20


def _t(text: str) -> str:
    return translate("Import", text)


@dataclass
class ZipScan:
    """What streaming a zip workbook found: each worksheet part's (rows, columns), and whether any
    part holds what needs the reader's careful per-cell path (escaped control characters)."""

    extents: dict[str, tuple[int, int]]
    needs_care: bool = False


_ROW_TAG = re.compile(rb'<row r="([0-9]{1,9})"')
_ANY_ROW_TAG = re.compile(rb'<(?:\w+:)?row [^>]*?\br="([0-9]{1,9})"')
_TWO_LETTERS = re.compile(rb' r="[A-Z]{2}')
_WIDE_COLUMNS = re.compile(rb' r="([A-Z]{2,4})[0-9]')
_FAR_ROWS: dict[int, re.Pattern[bytes]] = {}
# calamine allocates every cell of the rectangle from A1 to the last cell (32 bytes each)
MAX_CELLS = 20_000_000
# Past SPARSE_CELLS, that rectangle may not be more than SPARSE_RATIO times the cells the sheet
# can hold: one stray value at IV65536 makes a 5 KB .xls take 1 GB and 2 s, one at CV190000 a
# 1 KB .xlsx 660 MB. An .xls counts its cell records; an .xlsx is taken to hold one cell per 11
# bytes of sheet XML (the shortest cell, <c r="A1"/>), which no real sheet comes near, so dense
# sheets stay far below the ratio (even one-letter columns, counted as 26).
SPARSE_CELLS = 3_000_000
SPARSE_RATIO = 32


def _needs_care(data: bytes) -> bool:
    """Escaped control characters, character references or DEL (NaN and infinity are caught
    per cell by the reader: they are floats). One-byte searches first: memchr is ten times faster
    than a two-byte search, and most sheets hold no '&' at all."""
    return b"\x7f" in data or (b"&" in data and b"&#" in data) or b"_x00" in data


_UNUSUAL: dict[int, re.Pattern[bytes]] = {}


def _unusual_refs(digits: int) -> re.Pattern[bytes]:
    """A reference with two or more column letters, or a row number longer than `digits`."""
    if digits not in _UNUSUAL:
        _UNUSUAL[digits] = re.compile(rb' r="(?:[A-Z]{2}|[A-Z][0-9]{%d})' % (digits + 1))
    return _UNUSUAL[digits]


def _far_rows(digits: int) -> re.Pattern[bytes]:
    """Cell references whose row number has more than `digits` digits."""
    if digits not in _FAR_ROWS:
        _FAR_ROWS[digits] = re.compile(rb' r="[A-Z]{1,4}([0-9]{%d,9})"' % (digits + 1))
    return _FAR_ROWS[digits]


@dataclass(frozen=True)
class Sniffed:
    """`format` is one of xlsx, xlsb, xls, ods, text."""

    format: str
    head: bytes


def column_number(letters: bytes | str) -> int:
    n = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        n = n * 26 + (ord(ch) - 64)
    return n


def column_letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _size(n: int) -> str:
    if n >= 1 << 30:
        return f"{n / (1 << 30):.1f} GB"
    if n >= 1 << 20:
        return f"{n / (1 << 20):.0f} MB"
    return f"{max(1, n // 1024)} KB"


def sniff(path: Path) -> Sniffed:
    """Read the first bytes and say what the file is; SheetError for what no reader takes."""
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise SheetError(
            _t("{file} cannot be read: {reason}").format(file=name, reason=exc.strerror or exc)
        ) from exc
    if not head:
        raise SheetError(_t("{file} is empty.").format(file=name))
    if head.startswith(OLE_MAGIC):
        streams = _ole_streams(path)
        if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
            raise SheetError(
                _t(
                    "{file} is password-protected. Open it in Excel, remove the password "
                    "(File > Info > Protect Workbook), save it, and import it again."
                ).format(file=name)
            )
        if "Workbook" in streams or "Book" in streams:
            return Sniffed("xls", head)
        raise SheetError(_not_table(name))
    if head.startswith(ZIP_MAGICS):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
        except (zipfile.BadZipFile, OSError, ValueError, KeyError, RuntimeError) as exc:
            raise SheetError(damaged(name, exc)) from exc
        if "xl/workbook.bin" in names:
            return Sniffed("xlsb", head)
        if "xl/workbook.xml" in names or any(n.endswith("/workbook.xml") for n in names):
            return Sniffed("xlsx", head)
        if b"opendocument.spreadsheet" in mimetype or ("content.xml" in names and not mimetype):
            return Sniffed("ods", head)
        if b"opendocument" in mimetype:
            raise SheetError(_not_table(name))
        if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
            raise SheetError(damaged(name, _t("the workbook part is missing")))
        raise SheetError(_not_table(name))
    if _looks_like_text(head):
        return Sniffed("text", head)
    raise SheetError(_not_table(name))


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = head[:4096]
    zeros = sample.count(0)
    if zeros >= len(sample) // 8:
        # UTF-16 without a BOM: every other byte is 0 for Latin text
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        return max(even, odd) >= len(sample) // 4 and min(even, odd) <= len(sample) // 50
    # a few stray control characters (removed later) do not make a text table binary
    binary = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return binary <= len(sample) // 20 + 8


def _not_table(name: str) -> str:
    return _t(
        "{file} is not a spreadsheet or a text table. LiveStudio imports .xlsx, .xlsm, .xlsb, "
        ".xls, .ods, .csv and tab-separated text."
    ).format(file=name)


def damaged(name: str, reason: object) -> str:
    return _t(
        "{file} is damaged and cannot be opened ({reason}). "
        "Open it in Excel or LibreOffice and save it again."
    ).format(file=name, reason=reason)


def check_zip(path: Path, fmt: str, max_rows: int = MAX_ROWS) -> ZipScan:
    """Stream every part of a zip workbook once, refusing a part that inflates past the limits and
    a worksheet whose cells reach past `max_rows` rows or MAX_COLUMNS columns, or span a rectangle
    calamine could not allocate. Memory: one 4 MB chunk at a time."""
    name = path.name
    scan = ZipScan({})
    total = 0
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            declared = sum(i.file_size for i in infos)
            if declared > MAX_INFLATED:
                raise LimitError(_inflated_message(name, declared, path.stat().st_size))
            for info in infos:
                if info.is_dir():
                    continue
                is_sheet = (
                    fmt == "xlsx"
                    and info.filename.startswith("xl/worksheets/")
                    and info.filename.endswith(".xml")
                ) or (fmt == "ods" and info.filename == "content.xml")
                is_bin_sheet = (
                    fmt == "xlsb"
                    and info.filename.startswith("xl/worksheets/")
                    and info.filename.endswith(".bin")
                )
                xlsb = _XlsbScan(name, max_rows) if is_bin_sheet else None
                holds_text = is_sheet or info.filename.endswith("sharedStrings.xml")
                limit = max(MIN_BOMB_BYTES, BOMB_RATIO * max(1, info.compress_size))
                seen = 0
                bounds = [0, 0, 0, 0]  # min row, max row, min col, max col
                tail = b""
                first = True
                with zf.open(info) as fh:
                    while True:
                        chunk = fh.read(_CHUNK)
                        if not chunk:
                            break
                        seen += len(chunk)
                        total += len(chunk)
                        if seen > limit or total > MAX_INFLATED:
                            raise LimitError(
                                _inflated_message(name, max(seen, total), path.stat().st_size)
                            )
                        if xlsb is not None:
                            xlsb.feed(chunk)
                            continue
                        if not holds_text:
                            continue
                        data = tail + chunk
                        if not scan.needs_care and _needs_care(data):
                            scan.needs_care = True
                        if not is_sheet:
                            tail = data[-64:]
                            continue
                        if first and fmt == "xlsx":
                            first = False
                            _check_dimension(name, info.filename, data[:4096], max_rows)
                        if fmt == "ods":
                            _check_repeats(name, data, max_rows)
                        else:
                            _check_refs(name, data, max_rows, bounds)
                        tail = data[-64:]
                if is_sheet:
                    scan.extents[info.filename] = (bounds[1], bounds[3])
                    if fmt == "xlsx":  # a cell takes 11 bytes of XML or more: <c r="A1"/>
                        check_sparse(name, bounds[1], bounds[3], seen // 11)
                if xlsb is not None:
                    scan.extents[info.filename] = (xlsb.max_row, xlsb.max_col)
                    check_sparse(name, xlsb.max_row, xlsb.max_col, xlsb.cells)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError) as exc:
        raise SheetError(damaged(name, exc)) from exc
    except (ValueError, NotImplementedError) as exc:  # bad CRC, unknown compression
        raise SheetError(damaged(name, exc)) from exc
    return scan


_ODS_ROW = re.compile(
    rb'<table:table-row\b[^>]*?number-rows-repeated="([0-9]{1,12})"[^>]*>(.*?)</table:table-row>',
    re.DOTALL,
)
_ODS_CELL = re.compile(
    rb'<table:table-cell\b[^>]*?number-columns-repeated="([0-9]{1,12})"[^>]*?(/?)>'
)


def _check_repeats(name: str, data: bytes, max_rows: int) -> None:
    """Repeated rows or cells that hold something (LibreOffice writes a million repeated *empty*
    rows after the table; those cost nothing and are allowed)."""
    if b"-repeated=" not in data:
        return
    for count, inner in _ODS_ROW.findall(data):
        n = int(count)
        if n > max_rows and (b"<text:" in inner or b"office:value" in inner):
            raise LimitError(_rows_message(name, n, max_rows))
    for count, closed in _ODS_CELL.findall(data):
        if int(count) > MAX_COLUMNS and not closed:
            raise LimitError(_columns_message(name, int(count)))


def _check_refs(name: str, data: bytes, max_rows: int, bounds: list[int]) -> None:
    """Widen `bounds` ([first row, last row, first column, last column]) by what `data` holds;
    refuse past the limits. Rows come from the <row r=...> tags plus any cell whose row number
    is longer than every row tag's (a stray far cell); columns are looked at exactly only when a
    reference has two or more letters. Cheap for ordinary sheets, exact where it matters."""
    tags = _ROW_TAG.findall(data) or _ANY_ROW_TAG.findall(data)
    hi_row = max(map(int, tags)) if tags else 0
    hi_col = 26
    digits = len(str(max(hi_row, bounds[1], 1)))
    if _unusual_refs(digits).search(data):  # a column past Z or a row past every row tag
        far = _far_rows(digits).findall(data)
        if far:
            hi_row = max(hi_row, *map(int, far))
        if _TWO_LETTERS.search(data):
            hi_col = max(column_number(c) for c in set(_WIDE_COLUMNS.findall(data)))
    bounds[0] = 1
    bounds[1] = max(bounds[1], hi_row)
    bounds[2] = 1
    bounds[3] = max(bounds[3], hi_col)
    if bounds[1] > max_rows:
        raise LimitError(_rows_message(name, bounds[1], max_rows))
    if bounds[3] > MAX_COLUMNS:
        raise LimitError(_columns_message(name, bounds[3]))
    if bounds[1] * bounds[3] > MAX_CELLS:
        raise LimitError(_area_message(name, 1, 1, bounds[3], bounds[1]))


class _XlsbScan:
    """The rows and columns an .xlsb worksheet's records reach (BIFF12: each record is a 1-2 byte
    type and a 1-4 byte size, 7 bits a byte), fed in chunks; refuses past the limits. Reads the
    sheet dimension (BrtWsDim), every row header (BrtRowHdr) and every cell record's column."""

    ROW_HDR, WS_DIM = 0x0000, 0x0094
    CELLS = range(0x0001, 0x000C)  # BrtCellBlank .. BrtFmlaError: a 4-byte column first

    def __init__(self, name: str, max_rows: int) -> None:
        self.name, self.max_rows = name, max_rows
        self.buf = b""
        self.max_row = self.max_col = self.cells = 0
        self.broken = False  # something this scan does not understand: calamine decides

    def feed(self, chunk: bytes) -> None:
        if self.broken:
            return
        data = self.buf + chunk
        i, n = 0, len(data)
        while i < n:
            start = i
            rtype, i = self._varint(data, i, 2)
            size, i = self._varint(data, i, 4)
            if i < 0 or i + size > n:  # the record runs into the next chunk
                i = start
                break
            if rtype == self.ROW_HDR and size >= 4:
                row = int.from_bytes(data[i : i + 4], "little") + 1
                if row > self.max_row:
                    self.max_row = row
                    self._check()
            elif rtype in self.CELLS and size >= 4:
                self.cells += 1
                col = int.from_bytes(data[i : i + 4], "little") + 1
                if col > self.max_col:
                    self.max_col = col
                    self._check()
            elif rtype == self.WS_DIM and size >= 16:
                last_row = int.from_bytes(data[i + 4 : i + 8], "little") + 1
                last_col = int.from_bytes(data[i + 12 : i + 16], "little") + 1
                if last_row > self.max_rows:
                    raise LimitError(_rows_message(self.name, last_row, self.max_rows))
                if last_col > MAX_COLUMNS:
                    raise LimitError(_columns_message(self.name, last_col))
            i += size
        self.buf = data[i:]
        if len(self.buf) > 1 << 24:  # a "record" of more than 16 MB: not a sheet we know
            self.broken, self.buf = True, b""

    @staticmethod
    def _varint(data: bytes, i: int, most: int) -> tuple[int, int]:
        value = shift = 0
        for _ in range(most):
            if i >= len(data):
                return 0, -1
            byte = data[i]
            i += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        return value, i

    def _check(self) -> None:
        if self.max_row > self.max_rows:
            raise LimitError(_rows_message(self.name, self.max_row, self.max_rows))
        if self.max_col > MAX_COLUMNS:
            raise LimitError(_columns_message(self.name, self.max_col))
        if self.max_row * max(self.max_col, 1) > MAX_CELLS:
            raise LimitError(_area_message(self.name, 1, 1, max(self.max_col, 1), self.max_row))


# BIFF records (.xls) that carry a cell's row and column in their first four bytes, and the two
# that carry a run of cells in one row (their last column in the last two bytes)
_XLS_CELLS = frozenset({0x0006, 0x00FD, 0x00D6, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E})
_XLS_RUNS = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK
_XLS_BOF, _XLS_EOF, _XLS_DIMENSIONS = 0x0809, 0x000A, 0x0200


def _ole_streams(path: Path) -> set[str]:
    """The top-level stream names of an OLE compound file (.xls, an encrypted .xlsx, a .doc),
    read from its directory: the streams themselves are not read."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return {entry[0] for entry in ole.listdir(streams=True, storages=False)}
    except (OSError, ValueError, struct.error) as exc:  # olefile: "not an OLE2 file", bad sectors
        raise SheetError(damaged(path.name, exc)) from exc


def check_xls(path: Path, max_rows: int = MAX_ROWS) -> None:
    """Walk every record of an .xls workbook's stream before calamine reads it, refusing a sheet
    whose cells (or its DIMENSIONS record) reach past the limits or span a rectangle it hardly
    fills. The stream is at most the size of the file; nothing is allocated per cell."""
    import olefile

    name = path.name
    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            if not ole.exists(stream):
                return  # not a workbook calamine reads either: it says so
            data = ole.openstream(stream).read()
    except (OSError, ValueError, struct.error) as exc:  # olefile: "not an OLE2 file", bad sectors
        raise SheetError(damaged(name, exc)) from exc
    unpack = struct.unpack_from
    pos, end = 0, len(data) - 4
    rows = cols = cells = 0
    outer: list[tuple[int, int, int]] = []  # the substreams a BOF opened inside (a sheet's charts)
    while pos <= end:
        rtype, size = unpack("<HH", data, pos)
        body = pos + 4
        pos = body + size
        if rtype in _XLS_CELLS and size >= 4:
            row, col = unpack("<HH", data, body)
            cells += 1
        elif rtype in _XLS_RUNS and size >= 6:
            row, col = unpack("<HH", data, body)
            (last,) = unpack("<H", data, body + size - 2)
            cells += max(1, last - col + 1)
            col = last
        elif rtype == _XLS_DIMENSIONS and size >= 10:
            if size >= 14:  # BIFF8: 32-bit rows
                _first, row, _c0, col = unpack("<IIHH", data, body)
            else:
                _first, row, _c0, col = unpack("<HHHH", data, body)
            row, col = row - 1, col - 1  # "last + 1"
        elif rtype == _XLS_BOF:  # a sheet (or a chart in one) starts
            outer.append((rows, cols, cells))
            rows = cols = cells = 0
            continue
        elif rtype == _XLS_EOF:
            check_sparse(name, rows, cols, cells)
            rows, cols, cells = outer.pop() if outer else (0, 0, 0)
            continue
        else:
            continue
        if row + 1 > rows:
            rows = row + 1
            if rows > max_rows:
                raise LimitError(_rows_message(name, rows, max_rows))
        if col + 1 > cols:
            cols = col + 1
    check_sparse(name, rows, cols, cells)


def check_sparse(name: str, rows: int, cols: int, cells: int) -> None:
    """Refuse a sheet whose rectangle from A1 to its last cell is past SPARSE_CELLS and more than
    SPARSE_RATIO times the cells it can hold (what calamine would allocate for a few stray
    cells)."""
    area = rows * cols
    if area > SPARSE_CELLS and area > SPARSE_RATIO * max(cells, 1):
        raise LimitError(_sparse_message(name, cols, rows, cells))


def _sparse_message(name: str, cols: int, rows: int, cells: int) -> str:
    return _t(
        "{file} was refused: its cells span A1:{last} ({area} cells) but it holds at most {n} "
        "of them, so stray cells far from the table would take {memory} of memory to read. "
        "Delete the rows and columns after the table (or the stray cells) and save it again."
    ).format(
        file=name,
        last=f"{column_letters(cols)}{rows}",
        area=f"{rows * cols:,}",
        n=f"{cells:,}",
        memory=_size(rows * cols * 64),
    )


def _check_dimension(name: str, part: str, head: bytes, max_rows: int) -> None:
    m = _DIMENSION.search(head)
    if not m:
        return
    c1, r1, c2, r2 = m.groups()
    last_col = column_number(c2 or c1 or b"A")
    last_row = int(r2 or r1 or b"1")
    if last_row > max_rows:
        raise LimitError(_rows_message(name, last_row, max_rows))
    if last_col > MAX_COLUMNS:
        raise LimitError(_columns_message(name, last_col))
    first_col, first_row = column_number(c1 or b"A"), int(r1 or b"1")
    if (last_row - first_row + 1) * (last_col - first_col + 1) > MAX_CELLS:
        raise LimitError(_area_message(name, first_col, first_row, last_col, last_row))


def _inflated_message(name: str, inflated: int, size: int) -> str:
    return _t(
        "{file} was refused: its {size} of compressed data inflate to more than {inflated} "
        "(limit: {limit}, or {ratio} times the compressed size). It looks like a zip bomb, not a "
        "spreadsheet."
    ).format(
        file=name,
        size=_size(size),
        inflated=_size(inflated),
        limit=_size(MAX_INFLATED),
        ratio=BOMB_RATIO,
    )


def _rows_message(name: str, rows: int, limit: int) -> str:
    return _t(
        "{file} was refused: it has more than {limit} rows (it reaches at least row {rows}). "
        "Delete the empty rows at the end of the sheet, or split the file."
    ).format(file=name, rows=f"{rows:,}", limit=f"{limit:,}")


def _columns_message(name: str, cols: int) -> str:
    return _t(
        "{file} was refused: it reaches column {column} ({cols}), past the limit of {limit} "
        "columns."
    ).format(
        file=name,
        column=column_letters(min(cols, 18278)),
        cols=f"{cols:,}",
        limit=f"{MAX_COLUMNS:,}",
    )


def _area_message(name: str, c1: int, r1: int, c2: int, r2: int) -> str:
    return _t(
        "{file} was refused: its cells span {first}:{last}, a sheet dimension of more than "
        "{limit} cells. Delete the stray cells far from the table and save it again."
    ).format(
        file=name,
        first=f"{column_letters(c1)}{r1}",
        last=f"{column_letters(c2)}{r2}",
        limit=f"{MAX_CELLS:,}",
    )
