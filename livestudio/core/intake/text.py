"""Text tables (CSV, TSV, Excel's "Unicode text"): the encoding found from BOMs, UTF-16 byte
patterns, strict UTF-8, then charset-normalizer (GB18030, Big5, Shift-JIS, cp1252 ...), never
accepting a decode that yields private-use or replacement characters; the delimiter found from
the first lines; quotes checked so a stray one is reported, never folds rows together."""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from livestudio.core.i18n import translate
from livestudio.core.intake.errors import SheetError

_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_SUSPICIOUS = re.compile("[\ufffd\ue000-\uf8ff]")
CANDIDATE_ENCODINGS = ("gb18030", "big5", "shift_jis", "cp1252")
DELIMITERS = (",", "\t", ";", "|")


def _t(text: str) -> str:
    return translate("Import", text)


@dataclass
class QuoteProblem:
    line: int  # 1-based physical line where the quoted field started
    end_line: int
    text: str  # the start of that line, for the message


@dataclass
class TextTable:
    encoding: str
    delimiter: str
    rows: list[tuple[int, list[str]]]  # (1-based physical line, fields)
    quote_problems: list[QuoteProblem] = field(default_factory=list)
    has_controls: bool = True  # False when the text holds no character the reader removes


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) or SheetError naming the file when no encoding reads it cleanly."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(enc), enc
            except UnicodeDecodeError as exc:
                raise SheetError(_bad_bytes(name, enc, raw, exc)) from exc
    sample = raw[:4096]
    if sample.count(0) >= len(sample) // 4:
        enc = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError as exc:
            raise SheetError(_bad_bytes(name, enc, raw, exc)) from exc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # a short file scores more 'chaos' than a long one; the PUA/U+FFFD check below still holds
    best = from_bytes(raw, cp_isolation=list(CANDIDATE_ENCODINGS), threshold=0.5).best()
    if best is not None:
        text = str(best)
        if not _SUSPICIOUS.search(text):
            return text, str(best.encoding)
    raise SheetError(
        _t(
            "{file}: the text encoding could not be told apart (tried UTF-8, UTF-16, GB18030, "
            "Big5, Shift-JIS, Windows-1252). In Excel choose Save as > CSV UTF-8, and import "
            "that file."
        ).format(file=name)
    )


def _bad_bytes(name: str, enc: str, raw: bytes, exc: UnicodeDecodeError) -> str:
    line = raw[: exc.start].count(b"\n") + 1
    return _t("{file}: line {line} is not valid {encoding} text.").format(
        file=name, line=line, encoding=enc.upper()
    )


def split_lines(text: str) -> list[str]:
    """Physical lines with their ends kept; CR, LF and CRLF all end a line (nothing else does)."""
    lines = _LINES.findall(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def detect_delimiter(lines: list[str]) -> str:
    sample = [ln for ln in lines[:40] if ln.strip()][:20]
    if not sample:
        return ","
    best, best_score = ",", (0, 0)
    for cand in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=cand)]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        score = (widths.count(common), common)
        if score > best_score:
            best, best_score = cand, score
    return best


class _Lines:
    """An iterator over physical lines that knows how many it has handed out."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.pos = start

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        line = self.lines[self.pos]
        self.pos += 1
        return line


def read_text_table(path: Path, max_bytes: int, max_rows: int) -> TextTable:
    from livestudio.core.intake.sniff import MAX_CELL_CHARS, _size

    try:
        size = path.stat().st_size
        if size > max_bytes:
            from livestudio.core.intake.errors import LimitError

            raise LimitError(
                _t(
                    "{file} was refused: it is {size}, past the limit of {limit} for a text table."
                ).format(file=path.name, size=_size(size), limit=_size(max_bytes))
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise SheetError(
            _t("{file} cannot be read: {reason}").format(file=path.name, reason=exc.strerror or exc)
        ) from exc
    text, encoding = decode(raw, path.name)
    del raw
    if text.startswith("\ufeff"):
        text = text[1:]
    from livestudio.core.intake.reader import CONTROL_CHARS

    has_controls = CONTROL_CHARS.search(text) is not None
    lines = split_lines(text)
    del text
    if len(lines) > max_rows + 1:
        from livestudio.core.intake.errors import LimitError
        from livestudio.core.intake.sniff import _rows_message

        raise LimitError(_rows_message(path.name, len(lines), max_rows))
    delimiter = detect_delimiter(lines)
    table = TextTable(encoding, delimiter, [], has_controls=has_controls)
    widths: list[int] = []
    start = 0
    csv.field_size_limit(MAX_CELL_CHARS * 4)
    while start < len(lines):
        src = _Lines(lines, start)
        reader = csv.reader(src, delimiter=delimiter, strict=True)
        restart: int | None = None
        while True:
            first = src.pos
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error:
                # a quote opened on line `first` is never closed (or closed and followed by text)
                table.quote_problems.append(
                    QuoteProblem(first + 1, src.pos, lines[first][:60].rstrip("\r\n"))
                )
                restart = first + 1
                break
            last = src.pos  # lines handed out so far = the physical line this record ended on
            if last - first > 1 and _folded(fields, lines, first, last, delimiter, widths):
                table.quote_problems.append(
                    QuoteProblem(first + 1, last, lines[first][:60].rstrip("\r\n"))
                )
                restart = first + 1
                break
            if fields and any(f for f in fields):
                widths.append(len(fields))
            table.rows.append((first + 1, fields))
        if restart is None:
            break
        start = restart
    return table


def _folded(
    fields: list[str], lines: list[str], first: int, last: int, delimiter: str, widths: list[int]
) -> bool:
    """A quoted field that runs over lines which each look like a whole row of their own: a stray
    quote merging rows, not a cell with line breaks."""
    usual = max(set(widths), key=widths.count) if widths else len(fields)
    if usual < 2:
        return False
    inner = lines[first + 1 : last]
    rowlike = sum(1 for ln in inner if ln.count(delimiter) >= usual - 1)
    return rowlike >= 1
