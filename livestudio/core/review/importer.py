"""Platform exports in (.xlsx / .csv): detect the kind and the columns, read every row, store in one go.

Kinds: "summary" (one row per live session: TikTok Shop LIVE list, Douyin Compass 抖音电商罗盘),
"trend" (per minute or per second), "products" (per-product results), "comments".
Files are read through the intake (core/intake): by content, with its limits, its one header
dictionary and its remembered mappings. `prepare_import` reads and checks without writing;
`apply_import` stores the readable rows in one transaction (replacing that kind's earlier import
for the show) and remembers the column mapping for files with exactly these headers (kind
"review:<kind>"). A bad optional cell is left empty with a warning; only a row without what it
cannot do without is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from livestudio.core.durations import DurationError, parse_duration
from livestudio.core.i18n import translate
from livestudio.core.intake import CellProblem, SheetError
from livestudio.core.intake import mappings as remembered_store
from livestudio.core.intake import reader as intake_reader
from livestudio.core.intake.headers import PLATFORM_HEADERS, header_signature
from livestudio.core.intake.sniff import column_number
from livestudio.core.live.summary import run_summary as load_run
from livestudio.core.models.plan import LineupItem, Show
from livestudio.core.models.review import (
    ReviewComment,
    ReviewProductResult,
    ReviewSummary,
    ReviewTrendPoint,
)
from livestudio.core.money import (
    MINOR_DIGITS,
    STORE_MAX,
    MoneyError,
    check_storable,
    normalise_text,
    parse_decimal,
    parse_money,
)

KINDS = ("summary", "trend", "products", "comments")
# a day of per-second trend is 86,400 rows; past this a file is refused up front, named
MAX_PLATFORM_ROWS = 200_000


def _t(text: str) -> str:
    return translate("ReviewImport", text)


# field -> value type; the header names come from the intake's one dictionary
TYPES: dict[str, dict[str, str]] = {
    "summary": {
        "title": "text",
        "start": "datetime",
        "duration": "duration",
        "gmv": "money",
        "direct_gmv": "money",
        "net_gmv": "money",
        "refunds": "money",
        "orders": "count",
        "orders_created": "count",
        "net_orders": "count",
        "buyers": "count",
        "units": "count",
        "views": "count",
        "unique_viewers": "count",
        "peak_viewers": "count",
        "avg_viewers": "count",
        "avg_watch": "duration",
        "new_followers": "count",
        "likes": "count",
        "comments": "count",
        "shares": "count",
        "interacting_viewers": "count",
        "product_impressions": "count",
        "product_clicks": "count",
        "live_impressions": "count",
        "live_impression_users": "count",
        "ad_spend": "money",
        "leaves": "count",
    },
    "trend": {
        "time": "datetime",
        "minute": "duration",
        "online": "count",
        "entries": "count",
        "leaves": "count",
        "comments": "count",
        "likes": "count",
        "orders": "count",
        "gmv": "money",
    },
    "products": {
        "sku": "text",
        "name": "text",
        "impressions": "count",
        "clicks": "count",
        "orders": "count",
        "units": "count",
        "gmv": "money",
        "refunds": "money",
    },
    "comments": {"time": "offset_or_time", "author": "text", "text": "text"},
}
# field -> (value type, header synonyms). Synonyms are compared after `norm_header`.
FIELDS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    kind: {name: (typ, PLATFORM_HEADERS[kind][name]) for name, typ in types.items()}
    for kind, types in TYPES.items()
}
# fields a row cannot do without (the row is skipped); any other bad cell is left empty
ROW_REQUIRED: dict[str, tuple[str, ...]] = {"comments": ("text",)}

# which fields a kind needs to be recognised at all (any one of each group)
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "summary": (("gmv", "views", "unique_viewers", "orders", "peak_viewers"),),
    "trend": (("time", "minute"), ("online", "entries", "orders", "gmv")),
    "products": (("sku", "name"), ("impressions", "clicks", "orders", "units", "gmv")),
    "comments": (("text",),),
}
CUMULATIVE_FIELDS = ("entries", "leaves", "comments", "likes", "orders", "gmv")
TOTAL_WORDS = {"total", "totals", "合计", "总计", "汇总", "sum"}


def field_label(kind: str, name: str) -> str:
    labels = {
        "title": _t("Title"),
        "start": _t("Start time"),
        "duration": _t("Duration"),
        "gmv": _t("GMV"),
        "direct_gmv": _t("Direct GMV"),
        "refunds": _t("Refunds"),
        "orders": _t("Orders"),
        "buyers": _t("Buyers"),
        "units": _t("Units"),
        "views": _t("Views"),
        "unique_viewers": _t("Unique viewers"),
        "peak_viewers": _t("Peak viewers"),
        "avg_viewers": _t("Average concurrent viewers"),
        "avg_watch": _t("Average watch time"),
        "new_followers": _t("New followers"),
        "likes": _t("Likes"),
        "comments": _t("Comments"),
        "shares": _t("Shares"),
        "interacting_viewers": _t("Interacting viewers"),
        "product_impressions": _t("Product impressions"),
        "product_clicks": _t("Product clicks"),
        "net_gmv": _t("Net GMV"),
        "orders_created": _t("Orders created"),
        "net_orders": _t("Net orders"),
        "live_impressions": _t("LIVE impressions"),
        "live_impression_users": _t("People reached by the LIVE"),
        "ad_spend": _t("Ad spend"),
        "leaves": _t("Viewers who left"),
        "time": _t("Time"),
        "minute": _t("Minute"),
        "online": _t("Online viewers"),
        "entries": _t("Entries"),
        "sku": _t("SKU"),
        "name": _t("Product name"),
        "impressions": _t("Impressions"),
        "clicks": _t("Clicks"),
        "author": _t("User"),
        "text": _t("Comment"),
    }
    return labels.get(name, name)


def kind_label(kind: str) -> str:
    return {
        "summary": _t("Session summary"),
        "trend": _t("Per-minute trend"),
        "products": _t("Product results"),
        "comments": _t("Comments"),
    }.get(kind, kind)


def norm_header(value: Any) -> str:
    text = normalise_text("" if value is None else str(value)).lower()
    return re.sub(r"\s+", " ", text).strip().replace(" (", "(").replace("( ", "(")


def _squash(text: str) -> str:
    return re.sub(r"[\s._\-/:]+", "", text)


# ---------------------------------------------------------------- reading files


@dataclass
class RawSheet:
    name: str
    rows: list[list[Any]]
    numbers: list[int] = field(default_factory=list)  # each row's 1-based number in the sheet
    problems: list[CellProblem] = field(default_factory=list)
    control_chars_removed: int = 0

    def row_number(self, index: int) -> int:
        return self.numbers[index] if index < len(self.numbers) else index + 1


class ImportError_(ValueError):  # noqa: N801 - the trailing _ keeps it apart from the builtin
    """The file cannot be imported at all; `str()` says why."""


def read_sheets(path: Path) -> list[RawSheet]:
    """Every visible sheet of a workbook (one for a text table), through the intake: read by
    content whatever the name, bombs and oversized sheets refused before anything is allocated."""
    try:
        tables = intake_reader.read_tables(path, max_rows=MAX_PLATFORM_ROWS)
    except SheetError as exc:
        raise ImportError_(str(exc)) from exc
    return [
        RawSheet(
            t.sheet or path.stem,
            [cells for _n, cells in t.rows],
            [n for n, _cells in t.rows],
            t.problems,
            t.control_chars_removed,
        )
        for t in tables
    ]


# ---------------------------------------------------------------- mapping


def auto_map(kind: str, headers: Sequence[Any]) -> dict[str, int]:
    """field -> column index: exact synonym first, then the longest synonym contained in a header."""
    normed = [norm_header(h) for h in headers]
    squashed = [_squash(h) for h in normed]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    fields = FIELDS[kind]
    for name, (_typ, syns) in fields.items():
        for syn in syns:
            s = _squash(norm_header(syn))
            for i, h in enumerate(squashed):
                if i not in used and h and (h == s or _strip_unit(h) == s):
                    mapping[name] = i
                    used.add(i)
                    break
            if name in mapping:
                break
    best: list[tuple[int, str, int]] = []
    for name, (_typ, syns) in fields.items():
        if name in mapping:
            continue
        for syn in syns:
            s = _squash(norm_header(syn))
            if len(s) < 4 and not re.search(r"[\u4e00-\u9fff]", s):
                continue  # "min", "uv": too short to match inside other words
            for i, h in enumerate(squashed):
                if i not in used and h and s in h:
                    best.append((len(s), name, i))
    for _len, name, i in sorted(best, key=lambda b: (-b[0], b[1], b[2])):
        if name not in mapping and i not in used:
            mapping[name] = i
            used.add(i)
    return mapping


def _strip_unit(h: str) -> str:
    return re.sub(r"\((s|秒|分钟|min|元|¥|\$|%|次|人)\)$", "", h)


def _meets_required(kind: str, mapping: dict[str, int]) -> bool:
    return all(any(f in mapping for f in group) for group in REQUIRED[kind])


def score_kind(kind: str, mapping: dict[str, int], rows: list[list[Any]]) -> int:
    if not _meets_required(kind, mapping):
        return 0
    score = len(mapping) * 2
    if kind == "trend":  # a trend is many rows; one or two rows are a session summary
        body = sum(1 for r in rows[:10] if any(not _is_empty(c) for c in r))
        score += 6 if body >= 5 else 1
    if kind == "products":
        score += 4
    if kind == "comments":
        col = mapping["text"]
        values = [r[col] for r in rows[:30] if col < len(r) and r[col] not in (None, "")]
        if not values or sum(_looks_numeric(v) for v in values) > len(values) / 2:
            return 0
        score += 4 if len(mapping) <= 3 else 0
    if kind == "summary" and "start" in mapping:
        score += 3
    return score


def _looks_numeric(value: Any) -> bool:
    if isinstance(value, (int, float, Decimal)):
        return True
    try:
        parse_decimal(str(value).rstrip("%万wWkK"))
        return True
    except MoneyError:
        return False


def detect_platform(headers: Sequence[Any], show_platform: str = "") -> str:
    text = " ".join(norm_header(h) for h in headers)
    if re.search(r"[\u4e00-\u9fff]", text):
        return "douyin"
    if "gross revenue" in text or "gmv/1k" in text or "ctor" in text:
        return "tiktok"
    return (show_platform or "other").strip().lower() or "other"


# ---------------------------------------------------------------- cell parsing


class CellError(ValueError):
    pass


_EMPTY = {"", "-", "—", "--", "n/a", "na", "null", "none", "/"}


def _is_empty(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    return len(value) <= 6 and normalise_text(value).lower() in _EMPTY


def _scaled_decimal(value: Any) -> Decimal:
    if isinstance(value, str):
        text = normalise_text(value)
        mult = Decimal(1)
        if text[-1:] in ("万", "w", "W"):
            mult, text = Decimal(10000), text[:-1]
        elif text[-1:] in ("亿",):
            mult, text = Decimal(100000000), text[:-1]
        elif text[-1:] in ("k", "K") and re.search(r"\d", text):
            mult, text = Decimal(1000), text[:-1]
        elif text[-1:] in ("m", "M") and re.fullmatch(r"[\d.,]+[mM]", text):
            mult, text = Decimal(1000000), text[:-1]
        return parse_decimal(text) * mult
    return parse_decimal(value)


def parse_count(value: Any) -> int:
    if type(value) is int and 0 <= value <= STORE_MAX:  # fast path: most cells of a big export
        return value
    if type(value) is float and value.is_integer() and 0 <= value < 2**53:
        return int(value)  # calamine hands whole numbers over as floats
    try:
        number = _scaled_decimal(value)
    except MoneyError as exc:
        raise CellError(str(exc)) from exc
    if number < 0:
        raise CellError(_t("'{value}' is negative; a count must be 0 or more").format(value=value))
    try:  # past what the store holds: refused here, never an OverflowError at write time
        check_storable(number, value)
    except MoneyError as exc:
        raise CellError(str(exc)) from exc
    return int(number.to_integral_value(ROUND_HALF_UP))


def parse_amount(value: Any, currency: str) -> int:
    """Minor units; platform figures like '1.2万' or '12.345' (rounded) are accepted."""
    if type(value) is float and value.is_integer():
        value = int(value)
    try:
        return parse_money(value, currency)
    except MoneyError:
        pass
    try:
        number = _scaled_decimal(value)
    except MoneyError as exc:
        raise CellError(str(exc)) from exc
    if number < 0:
        raise CellError(_t("'{value}' is negative").format(value=value))
    digits = MINOR_DIGITS.get(currency.upper(), 2)
    try:
        check_storable(number, value, digits)
    except MoneyError as exc:
        raise CellError(str(exc)) from exc
    return int((number * (10**digits)).to_integral_value(ROUND_HALF_UP))


def parse_percent(value: Any) -> float:
    """'12.3%' -> 12.3; 0.123 (a number as Excel stores a percent) -> 12.3."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) * 100 if abs(value) <= 1 else float(value)
    text = normalise_text(str(value))
    try:
        return float(parse_decimal(text.rstrip("%")))
    except MoneyError as exc:
        raise CellError(str(exc)) from exc


def duration_unit(header: Any) -> str:
    h = norm_header(header)
    if any(u in h for u in ("(s)", "(秒)", "second", "(sec)")):
        return "s"
    if any(u in h for u in ("分钟", "minute", "(min)", "(mins)")) or h in ("min", "分"):
        return "m"
    return "s"


def parse_dur(value: Any, unit: str) -> int:
    if isinstance(value, timedelta):
        return int(value.total_seconds() * 1000)
    if isinstance(value, time):
        return (value.hour * 3600 + value.minute * 60 + value.second) * 1000
    try:
        return parse_duration(value, bare_number_unit=unit)
    except DurationError as exc:
        raise CellError(str(exc)) from exc


_DT_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%d/%m/%Y %H:%M",
    "%Y年%m月%d日 %H:%M:%S",
    "%Y年%m月%d日 %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d",
)


def parse_when(value: Any) -> datetime | time:
    """A datetime (naive = local wall time of the export) or a bare time of day."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, time):
        return value
    text = normalise_text(str(value))
    try:  # "2026-11-20 20:00:05" and ISO forms, fast
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _DT_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", text)
    if m and int(m.group(1)) < 24:
        return time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))
    raise CellError(_t("'{value}' is not a date or time").format(value=value))


def to_utc(dt: datetime, tz: tzinfo | None) -> datetime:
    if dt.tzinfo is not None:
        return dt.astimezone(UTC)
    if tz is None:
        return dt.astimezone().astimezone(UTC)  # local time of this computer
    return dt.replace(tzinfo=tz).astimezone(UTC)


# ---------------------------------------------------------------- preview


class RowProblem(CellProblem):
    """A row skipped or a cell left empty: file, sheet, row, column, the value and why."""


@dataclass
class ImportPreview:
    path: Path
    sheet: str
    kind: str
    platform: str
    headers: list[str]
    mapping: dict[str, int]
    header_row: int  # 1-based
    records: list[dict[str, Any]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    remembered: bool = False
    remembered_on: datetime | None = None  # when the mapping used was remembered (UTC)
    warnings: list[RowProblem] = field(default_factory=list)  # cells left empty; rows kept
    control_chars_removed: int = 0
    show_id: int = 0
    summary_row: dict[str, Any] | None = None
    other_shows: dict[int, dict[str, Any]] = field(
        default_factory=dict
    )  # show id -> its summary row

    @property
    def extra_columns(self) -> list[str]:
        used = set(self.mapping.values())
        return [h for i, h in enumerate(self.headers) if i not in used and h]

    def describe_mapping(self) -> list[tuple[str, str]]:
        return [(field_label(self.kind, f), self.headers[i]) for f, i in self.mapping.items()]


def _find_header(rows: list[list[Any]], kind: str | None) -> tuple[int, str, dict[str, int], int]:
    """(row index, kind, mapping, score) of the best header row among the first 15."""
    best: tuple[int, str, dict[str, int], int] = (-1, "", {}, 0)
    for idx, row in enumerate(rows[:15]):
        if sum(1 for c in row if not _is_empty(c)) < 2:
            continue
        for k in [kind] if kind else KINDS:
            mapping = auto_map(k, row)
            score = score_kind(k, mapping, rows[idx + 1 :])
            if score > best[3]:
                best = (idx, k, mapping, score)
    return best


def mapping_kind(kind: str) -> str:
    """The key review mappings are remembered under, one per kind of export."""
    return f"review:{kind}"


def _saved_mapping(
    session: Session, kind: str, headers: list[str]
) -> remembered_store.Remembered | None:
    """The mapping remembered for exactly these headers (and this kind), or None."""
    got = remembered_store.recall(
        session, mapping_kind(kind), header_signature(headers), FIELDS[kind]
    )
    if got is None:
        return None
    usable = {f: i for f, i in got.mapping.items() if 0 <= i < len(headers)}
    return remembered_store.Remembered(usable, got.on) if usable else None


def prepare_import(
    session: Session,
    show_id: int,
    path: Path,
    kind: str | None = None,
    mapping: dict[str, int] | None = None,
    platform: str | None = None,
    tz: tzinfo | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPreview:
    """Read `path`, detect kind / columns (or use the given ones), parse every row. Writes nothing."""
    path = Path(path)
    show = session.get(Show, show_id)
    if show is None:
        raise ImportError_(_t("There is no show with id {id}").format(id=show_id))
    sheets = read_sheets(path)
    best: tuple[RawSheet, int, str, dict[str, int], int] | None = None
    for sheet in sheets:
        idx, k, m, score = _find_header(sheet.rows, kind)
        if score > 0 and (best is None or score > best[4]):
            best = (sheet, idx, k, m, score)
    if best is None:
        # headers the auto-detection does not know: a mapping the user gave or confirmed before
        for sheet in sheets:
            for idx, row in enumerate(sheet.rows[:15]):
                if best is not None or sum(1 for c in row if not _is_empty(c)) < 2:
                    continue
                heads = ["" if h is None else str(h).strip() for h in row]
                for k in [kind] if kind else KINDS:
                    saved = _saved_mapping(session, k, heads)
                    known = mapping if mapping and kind else (saved.mapping if saved else None)
                    if best is None and known and _meets_required(k, known):
                        best = (sheet, idx, k, known, 1)
    if best is None:
        if kind:
            raise ImportError_(
                _t(
                    "{file}: no sheet has the columns of a {kind} export (looked at the first 15 rows)"
                ).format(file=path.name, kind=kind_label(kind))
            )
        raise ImportError_(
            _t(
                "{file}: the columns were not recognised as a summary, trend, product or comments export"
            ).format(file=path.name)
        )
    sheet, idx, k, auto, _score = best
    headers = ["" if h is None else str(h).strip() for h in sheet.rows[idx]]
    plat = platform or detect_platform(headers, show.platform)
    remembered_on = None
    if mapping is None:
        saved = _saved_mapping(session, k, headers)
        if saved is not None:
            # an auto-detected column beats a remembered one that is not in this file
            mapping = remembered_store.merge(auto, saved, len(headers))
            remembered_on = saved.on
        else:
            mapping = auto
    header_row = sheet.row_number(idx)
    preview = ImportPreview(
        path=path,
        sheet=sheet.name,
        kind=k,
        platform=plat,
        headers=headers,
        mapping=dict(mapping),
        header_row=header_row,
        remembered=remembered_on is not None,
        remembered_on=remembered_on,
        show_id=show_id,
        control_chars_removed=sheet.control_chars_removed,
    )
    for prob in sheet.problems:
        if prob.row <= header_row:
            continue
        if prob.column:  # a cell the reader could not take (too long, not finite): left empty
            letter = prob.column
            i = column_number(letter) - 1 if letter.isalpha() else -1
            name = headers[i] if 0 <= i < len(headers) and headers[i] else letter
            preview.warnings.append(
                RowProblem(prob.file, sheet.name, prob.row, name, prob.value, prob.reason)
            )
        else:  # a line skipped for an unbalanced quote
            preview.problems.append(
                RowProblem(prob.file, sheet.name, prob.row, "", prob.value, prob.reason)
            )
    body = sheet.rows[idx + 1 :]
    numbers = [sheet.row_number(i) for i in range(idx + 1, len(sheet.rows))]
    _parse_rows(preview, body, numbers, show.currency or "CNY", tz, progress)
    if k == "summary":
        _match_summary(session, show, preview, tz)
    elif k == "trend":
        _finish_trend(session, show, preview, tz)
    elif k == "products":
        _match_products(session, show_id, preview)
    elif k == "comments":
        _finish_comments(session, show, preview, tz)
    return preview


def _parse_rows(
    preview: ImportPreview,
    body: list[list[Any]],
    numbers: list[int],
    currency: str,
    tz: tzinfo | None,
    progress: Callable[[int, int], None] | None,
) -> None:
    fields = FIELDS[preview.kind]
    required = ROW_REQUIRED.get(preview.kind, ())
    file = preview.path.name
    total = len(body)
    for n, row in enumerate(body):
        if progress and n % 2000 == 0:
            progress(n, total)
        rownum = numbers[n]
        if all(_is_empty(c) for c in row):
            continue
        first = next((c for c in row if not _is_empty(c)), "")
        if isinstance(first, str) and norm_header(first) in TOTAL_WORDS:
            preview.problems.append(
                RowProblem(
                    file,
                    preview.sheet,
                    rownum,
                    preview.headers[row.index(first)],
                    first,
                    _t("a totals row; skipped so nothing is counted twice"),
                )
            )
            continue
        record: dict[str, Any] = {"_row": rownum}
        bad = False
        for name, col in preview.mapping.items():
            typ = fields[name][0]
            raw = row[col] if col < len(row) else None
            if _is_empty(raw):
                record[name] = None
                continue
            try:
                if typ == "text":
                    record[name] = normalise_text(str(raw))
                elif typ == "count":
                    record[name] = parse_count(raw)
                elif typ == "money":
                    record[name] = parse_amount(raw, currency)
                elif typ == "duration":
                    record[name] = parse_dur(raw, duration_unit(preview.headers[col]))
                elif typ == "datetime":
                    record[name] = parse_when(raw)
                elif typ == "offset_or_time":
                    try:
                        record[name] = parse_when(raw)
                    except CellError:
                        record[name] = parse_dur(raw, duration_unit(preview.headers[col]))
            except CellError as exc:
                if name in required:
                    preview.problems.append(
                        RowProblem(file, preview.sheet, rownum, preview.headers[col], raw, str(exc))
                    )
                    bad = True
                else:  # an optional figure: left empty, the rest of the row still counts
                    record[name] = None
                    preview.warnings.append(
                        RowProblem(
                            file,
                            preview.sheet,
                            rownum,
                            preview.headers[col],
                            raw,
                            _t("{problem}; left empty").format(problem=exc),
                        )
                    )
        if not bad:
            preview.records.append(record)
    if progress:
        progress(total, total)


def _match_summary(session: Session, show: Show, preview: ImportPreview, tz: tzinfo | None) -> None:
    run = load_run(session, show.id)
    anchor = (
        run.started_utc if run is not None and run.started_utc else None
    ) or show.scheduled_start
    chosen: dict[str, Any] | None = None
    if len(preview.records) == 1 and (anchor is None or preview.records[0].get("start") is None):
        chosen = preview.records[0]
    elif anchor is not None:
        best_gap: float | None = None
        for rec in preview.records:
            start = rec.get("start")
            if isinstance(start, datetime):
                gap = abs((to_utc(start, tz) - anchor).total_seconds())
                if gap <= 3 * 3600 and (best_gap is None or gap < best_gap):
                    chosen, best_gap = rec, gap
    others = [
        s
        for s in session.scalars(
            select(Show).where(Show.id != show.id, Show.scheduled_start.is_not(None))
        )
    ]
    for rec in preview.records:
        if rec is chosen:
            continue
        start = rec.get("start")
        when = start.strftime("%Y-%m-%d %H:%M") if isinstance(start, datetime) else "—"
        match = None
        if isinstance(start, datetime) and others:
            utc = to_utc(start, tz)
            gaps = [
                (abs((utc - o.scheduled_start).total_seconds()), o)
                for o in others
                if o.scheduled_start
            ]
            if gaps:
                gap, near = min(gaps, key=lambda g: g[0])
                if gap <= 3 * 3600 and near.id not in preview.other_shows:
                    match = near
        if match is not None:
            preview.other_shows[match.id] = rec
            preview.notes.append(
                _t("Row {row} ({when}) is the show “{title}”").format(
                    row=rec["_row"], when=when, title=match.title
                )
            )
        else:
            preview.notes.append(
                _t("Row {row} ({when}) is another session; not this show").format(
                    row=rec["_row"], when=when
                )
            )
    if chosen is None:
        preview.problems.append(
            RowProblem(
                preview.path.name,
                preview.sheet,
                preview.header_row,
                field_label("summary", "start"),
                None,
                _t("no row starts within 3 hours of this show's start; nothing to import"),
            )
        )
        return
    preview.summary_row = chosen
    preview.matched.append(_t("Row {row} matched this show").format(row=chosen["_row"]))


def _detect_cumulative(values: list[int | None]) -> bool:
    seq = [v for v in values if v is not None]
    if len(seq) < 5:
        return False
    increases = 0
    for a, b in zip(seq, seq[1:], strict=False):
        if b < a:
            return False
        if b > a:
            increases += 1
    if increases < 2 or seq[-1] <= seq[0]:
        return False
    # a per-row count never falls over a long series only when it is a running total; on a few
    # rows ask for it to rise on most of them
    return len(seq) >= 10 or increases >= max(3, (len(seq) - 1) // 2)


def _finish_trend(session: Session, show: Show, preview: ImportPreview, tz: tzinfo | None) -> None:
    recs = preview.records
    # offsets
    run = load_run(session, show.id)
    anchor_utc = run.started_utc if run is not None and run.started_utc else show.scheduled_start
    base: datetime | None = None
    base_secs: int | None = None
    keep: list[dict[str, Any]] = []
    for rec in recs:
        off: int | None = None
        when = rec.get("time")
        if rec.get("minute") is not None:
            off = rec["minute"]
        elif isinstance(when, datetime):
            utc = to_utc(when, tz)
            if base is None:
                near = anchor_utc is not None and abs((utc - anchor_utc).total_seconds()) < 6 * 3600
                base = anchor_utc if near and anchor_utc is not None else utc
            off = int((utc - base).total_seconds() * 1000)
        elif isinstance(when, time):
            secs = when.hour * 3600 + when.minute * 60 + when.second
            if base_secs is None:
                base_secs = secs
                if anchor_utc is not None:
                    local = anchor_utc.astimezone(tz) if tz else anchor_utc.astimezone()
                    a = local.hour * 3600 + local.minute * 60 + local.second
                    if min((secs - a) % 86400, (a - secs) % 86400) < 3 * 3600:
                        base_secs = a
            diff = (secs - base_secs) % 86400
            off = 0 if diff > 20 * 3600 else diff * 1000  # a row just before the start counts as 0
        if off is None:
            preview.problems.append(
                RowProblem(
                    preview.path.name,
                    preview.sheet,
                    rec["_row"],
                    field_label("trend", "time"),
                    None,
                    _t("no time or minute in this row"),
                )
            )
            continue
        rec["offset_ms"] = max(0, off)
        keep.append(rec)
    keep.sort(key=lambda r: r["offset_ms"])
    preview.records = keep
    for name in CUMULATIVE_FIELDS:
        if name not in preview.mapping:
            continue
        hdr = norm_header(preview.headers[preview.mapping[name]])
        series = [r.get(name) for r in keep]
        hinted = any(w in hdr for w in ("累计", "cumulative", "running total"))
        if hinted or _detect_cumulative(series):
            prev = 0
            for r in keep:
                v = r.get(name)
                if v is None:
                    continue
                r[name] = max(0, v - prev)
                prev = v
            preview.notes.append(
                _t("'{column}' is a running total; it was turned into per-row figures").format(
                    column=preview.headers[preview.mapping[name]]
                )
            )
    preview.matched.append(_t("{n} trend rows").format(n=len(keep)))


def _name_key(text: str) -> str:
    return re.sub(r"[\s\-_/·•,，。.()（）【】\[\]]+", "", normalise_text(text).lower())


def _match_products(session: Session, show_id: int, preview: ImportPreview) -> None:
    lineup = session.scalars(select(LineupItem).where(LineupItem.show_id == show_id)).all()
    by_sku = {normalise_text(li.sku).lower(): li for li in lineup if li.sku}
    by_name = {_name_key(li.name): li for li in lineup if li.name}
    matched = 0
    for rec in preview.records:
        if not rec.get("sku") and not rec.get("name"):
            preview.problems.append(
                RowProblem(
                    preview.path.name,
                    preview.sheet,
                    rec["_row"],
                    field_label("products", "name"),
                    None,
                    _t("neither a SKU nor a product name"),
                )
            )
            rec["_skip"] = True
            continue
        li = None
        if rec.get("sku"):
            li = by_sku.get(str(rec["sku"]).lower())
        if li is None and rec.get("name"):
            key = _name_key(rec["name"])
            li = by_name.get(key)
            if li is None and len(key) >= 2:
                # "羊毛围巾" on the platform, "羊毛围巾 Merino Wool Scarf" in the lineup: one clear match only
                near = [v for k, v in by_name.items() if key in k or k in key]
                li = near[0] if len(near) == 1 else None
        rec["lineup_item_id"] = li.id if li else None
        if li is not None:
            matched += 1
    preview.records = [r for r in preview.records if not r.get("_skip")]
    unmatched = [
        r.get("name") or r.get("sku") for r in preview.records if r["lineup_item_id"] is None
    ]
    preview.matched.append(
        _t("{matched} of {total} products matched to the lineup").format(
            matched=matched, total=len(preview.records)
        )
    )
    if unmatched:
        shown = ", ".join(str(u) for u in unmatched[:5]) + (" …" if len(unmatched) > 5 else "")
        preview.notes.append(_t("Not in the lineup (kept, unlinked): {names}").format(names=shown))


def _finish_comments(
    session: Session, show: Show, preview: ImportPreview, tz: tzinfo | None
) -> None:
    from livestudio.core.review.feedback import Labeller

    run = load_run(session, show.id)
    anchor = run.started_utc if run is not None and run.started_utc else show.scheduled_start
    labeller = Labeller.from_session(session)
    keep = []
    for rec in preview.records:
        if not rec.get("text"):
            continue
        when = rec.get("time")
        off: int | None = None
        if isinstance(when, int):
            off = when
        elif isinstance(when, datetime) and anchor is not None:
            off = max(0, int((to_utc(when, tz) - anchor).total_seconds() * 1000))
        elif isinstance(when, time) and anchor is not None:
            local = anchor.astimezone(tz) if tz else anchor.astimezone()
            off = (
                (
                    (when.hour * 3600 + when.minute * 60 + when.second)
                    - (local.hour * 3600 + local.minute * 60 + local.second)
                )
                % 86400
                * 1000
            )
        rec["offset_ms"] = off
        found = labeller.label_full(rec["text"])
        rec["sentiment"], rec["topic"], rec["question"] = (
            found.sentiment,
            found.topic,
            found.question,
        )
        keep.append(rec)
    preview.records = keep
    preview.matched.append(_t("{n} comments").format(n=len(keep)))


# ---------------------------------------------------------------- storing


@dataclass
class ImportOutcome:
    kind: str
    stored: int
    rejected: int
    left_empty: int = 0


SUMMARY_COLUMNS = {
    "gmv": "gmv",
    "direct_gmv": "direct_gmv",
    "refunds": "refunds",
    "orders": "orders",
    "buyers": "buyers",
    "units": "units",
    "views": "views",
    "unique_viewers": "unique_viewers",
    "peak_viewers": "peak_viewers",
    "avg_viewers": "avg_viewers",
    "avg_watch": "avg_watch_ms",
    "new_followers": "new_followers",
    "likes": "likes",
    "comments": "comments",
    "shares": "shares",
    "interacting_viewers": "interacting_viewers",
    "product_impressions": "product_impressions",
    "product_clicks": "product_clicks",
    "duration": "duration_ms",
    "net_gmv": "net_gmv",
    "orders_created": "orders_created",
    "net_orders": "net_orders",
    "live_impressions": "live_impressions",
    "live_impression_users": "live_impression_users",
    "ad_spend": "ad_spend",
    "leaves": "leaves",
}


def apply_import(
    session: Session,
    preview: ImportPreview,
    tz: tzinfo | None = None,
    include_other_shows: bool = False,
    remember: bool = True,
    source: str = "",
) -> ImportOutcome:
    """Store the preview's readable rows for its show; the caller's transaction makes it all-or-nothing."""
    show_id = preview.show_id
    kind = preview.kind
    stored = 0
    if kind == "summary":
        rec = preview.summary_row
        if rec is None:
            raise ImportError_(
                _t("No row of {file} belongs to this show").format(file=preview.path.name)
            )
        _store_summary(session, show_id, preview, rec, tz)
        stored = 1
        if include_other_shows:
            for other_id, other in preview.other_shows.items():
                _store_summary(session, other_id, preview, other, tz)
                stored += 1
    elif kind == "trend":
        session.execute(delete(ReviewTrendPoint).where(ReviewTrendPoint.show_id == show_id))
        rows = [
            {
                "show_id": show_id,
                "offset_ms": r["offset_ms"],
                "online": r.get("online"),
                "entries": r.get("entries"),
                "leaves": r.get("leaves"),
                "comments": r.get("comments"),
                "likes": r.get("likes"),
                "orders": r.get("orders"),
                "gmv": r.get("gmv"),
            }
            for r in preview.records
        ]
        if rows:
            session.execute(insert(ReviewTrendPoint), rows)
        stored = len(rows)
    elif kind == "products":
        session.execute(delete(ReviewProductResult).where(ReviewProductResult.show_id == show_id))
        rows = [
            {
                "show_id": show_id,
                "lineup_item_id": r.get("lineup_item_id"),
                "sku": r.get("sku") or "",
                "name": r.get("name") or "",
                "impressions": r.get("impressions"),
                "clicks": r.get("clicks"),
                "orders": r.get("orders"),
                "units": r.get("units"),
                "gmv": r.get("gmv"),
                "refunds": r.get("refunds"),
            }
            for r in preview.records
        ]
        if rows:
            session.execute(insert(ReviewProductResult), rows)
        stored = len(rows)
    elif kind == "comments":
        existing = {
            (c.offset_ms, c.author, c.text)
            for c in session.scalars(select(ReviewComment).where(ReviewComment.show_id == show_id))
        }
        for r in preview.records:
            key = (r.get("offset_ms"), r.get("author") or "", r["text"])
            if key in existing:
                continue
            existing.add(key)
            session.add(
                ReviewComment(
                    show_id=show_id,
                    offset_ms=r.get("offset_ms"),
                    author=r.get("author") or "",
                    text=r["text"],
                    sentiment=r["sentiment"],
                    topic=r["topic"],
                    question=bool(r.get("question")),
                    source="import",
                )
            )
            stored += 1
    if remember:
        remember_mapping(session, preview, source)
    return ImportOutcome(
        kind=kind, stored=stored, rejected=len(preview.problems), left_empty=len(preview.warnings)
    )


def _store_summary(
    session: Session, show_id: int, preview: ImportPreview, rec: dict[str, Any], tz: tzinfo | None
) -> None:
    summary = session.scalar(select(ReviewSummary).where(ReviewSummary.show_id == show_id))
    if summary is None:
        summary = ReviewSummary(show_id=show_id)
        session.add(summary)
    summary.platform = preview.platform
    summary.source = preview.path.name
    for f, col in SUMMARY_COLUMNS.items():
        if f in preview.mapping:
            setattr(summary, col, rec.get(f))
    if isinstance(rec.get("start"), datetime):
        summary.started_at = to_utc(rec["start"], tz)


def remember_mapping(session: Session, preview: ImportPreview, source: str = "") -> None:
    """Remember the columns used, for files with exactly these headers (per kind)."""
    remembered_store.remember(
        session,
        mapping_kind(preview.kind),
        header_signature(preview.headers),
        preview.mapping,
        source,
    )


def save_manual_summary(
    session: Session, show_id: int, values: dict[str, int | None]
) -> ReviewSummary:
    """Headline numbers typed in by hand (keys as ReviewSummary columns); None clears a number."""
    summary = session.scalar(select(ReviewSummary).where(ReviewSummary.show_id == show_id))
    if summary is None:
        summary = ReviewSummary(show_id=show_id, platform="", source="manual")
        session.add(summary)
    for key, value in values.items():
        if key not in set(SUMMARY_COLUMNS.values()):
            raise KeyError(key)
        if value is not None and value < 0:
            raise ValueError(_t("{field} cannot be negative").format(field=key))
        setattr(summary, key, value)
    if summary.source != "manual" and values:
        summary.source = summary.source + " + manual"
    return summary
