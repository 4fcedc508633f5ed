"""Product import: sheet -> preview (add / update / unchanged / rejected with reasons) -> one
transaction. Nothing is written until `apply_import`, and a failure or cancel there writes nothing."""

from __future__ import annotations

import contextlib
import queue
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, time
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from livestudio.core.db import Store
from livestudio.core.excel.errors import ImportCancelled, ImportFailed, SheetError
from livestudio.core.excel.mapping import REQUIRED_FIELDS, SYNONYMS, detect_mapping
from livestudio.core.excel.reader import SheetData, read_sheet
from livestudio.core.i18n import translate
from livestudio.core.intake import CellProblem
from livestudio.core.intake import mappings as remembered_store
from livestudio.core.intake.reader import Table, gc_paused
from livestudio.core.intake.sniff import MAX_PRODUCT_ROWS
from livestudio.core.models import Product
from livestudio.core.models.base import utcnow
from livestudio.core.money import MINOR_DIGITS, STORE_MAX
from livestudio.core.products import (
    FIELDS,
    MONEY_FIELDS,
    SKU_MAX,
    ProductData,
    ProductError,
    clean_money,
    clean_sku,
    clean_stock,
    field_label,
)
from livestudio.core.sheets import unneutralise

KIND = "products"
ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


def _t(text: str) -> str:
    return translate("Import", text)


@dataclass
class Rejection:
    """One refused row; `problems` are (column header as in the file, what is wrong)."""

    row: int
    problems: list[tuple[str, str]]
    sku: str = ""
    where: str = ""  # the file (and sheet), for messages read away from the preview

    def describe(self) -> str:
        """The message with the file and sheet in front."""
        if not self.where:
            return self.message()
        return _t("{where}: {message}").format(where=self.where, message=self.message())

    def message(self) -> str:
        first_col, first = self.problems[0]
        if not first_col:  # a line that could not be split into cells
            parts = [_t("row {row}: {problem}").format(row=self.row, problem=first)]
        else:
            parts = [
                _t("row {row}, column {column}: {problem}").format(
                    row=self.row, column=first_col, problem=first
                )
            ]
        parts += [
            _t("column {column}: {problem}").format(column=c, problem=p)
            for c, p in self.problems[1:]
        ]
        return "; ".join(parts)


@dataclass(slots=True)  # one per row of the file
class RowChange:
    """A row that adds or updates a product (or would change nothing)."""

    row: int
    sku: str
    values: dict[str, Any]  # parsed non-empty cells of mapped columns
    product_id: int | None = None
    before: dict[str, Any] = field(default_factory=dict)  # stored values of the changed fields

    @property
    def changed(self) -> tuple[str, ...]:
        return tuple(self.before)


@dataclass
class ImportPreview:
    path: Path
    sheet: str
    where: str
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    currency: str
    to_add: list[RowChange] = field(default_factory=list)
    to_update: list[RowChange] = field(default_factory=list)
    unchanged: list[RowChange] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    # a cell that could not be read leaves its field empty (the row still imports): one per cell
    warnings: list[CellProblem] = field(default_factory=list)
    control_chars_removed: int = 0
    remembered_on: datetime | None = None  # when the mapping used was remembered (UTC)
    signature: str = ""

    @property
    def valid_count(self) -> int:
        return len(self.to_add) + len(self.to_update)


@dataclass
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    rejected: list[str]
    warnings: list[str] = field(default_factory=list)  # cells left empty, one line each
    control_chars_removed: int = 0

    @classmethod
    def of(cls, preview: ImportPreview) -> ImportSummary:
        """What importing `preview` does (and did): the dry run and the real import print this."""
        return cls(
            added=len(preview.to_add),
            updated=len(preview.to_update),
            unchanged=len(preview.unchanged),
            rejected=[r.describe() for r in preview.rejected],
            warnings=[w.describe() for w in preview.warnings],
            control_chars_removed=preview.control_chars_removed,
        )

    def line(self) -> str:
        text = _t(
            "added {added}, updated {updated}, unchanged {unchanged}, rejected {rejected}"
        ).format(
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=len(self.rejected),
        )
        if self.warnings:
            text += _t(", {n} cells left empty").format(n=len(self.warnings))
        if self.control_chars_removed:
            text += _t(", {n} control characters removed").format(n=self.control_chars_removed)
        return text


@dataclass
class LoadedSheet:
    """A read sheet and the column mapping found for it (remembered or by header names)."""

    data: SheetData
    mapping: dict[str, int]
    remembered: bool
    remembered_on: datetime | None = None

    @property
    def missing(self) -> list[str]:
        return [f for f in REQUIRED_FIELDS if f not in self.mapping]


# ---- remembered mappings -------------------------------------------------------------------
def remembered_mappings(store: Store) -> dict[str, dict[str, int]]:
    """signature -> mapping, for every products mapping remembered."""
    with store.session() as s:
        sigs = remembered_store.known_signatures(s, KIND)
        out: dict[str, dict[str, int]] = {}
        for sig in sigs:
            got = remembered_store.recall(s, KIND, sig, FIELDS)
            if got is not None:
                out[sig] = got.mapping
    return out


def remember_mapping(
    store: Store, signature: str, mapping: dict[str, int], source: str = ""
) -> None:
    """Remember a mapping the user confirmed for files whose headers have this signature."""
    with store.transaction() as s:
        remembered_store.remember(s, KIND, signature, mapping, source)


def load_for_import(
    store: Store,
    path: Path | str,
    sheet: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    table: Table | None = None,
) -> LoadedSheet:
    """The sheet read (or `table`, read already with MAX_PRODUCT_ROWS) and its column mapping."""
    with store.session() as s:
        known = remembered_store.known_signatures(s, KIND)
    data = read_sheet(
        path,
        sheet,
        known_signatures=known,
        progress=progress,
        cancelled=cancelled,
        max_rows=MAX_PRODUCT_ROWS,
        table=table,
    )
    auto = detect_mapping(data.headers)
    if data.signature in known:
        with store.session() as s:
            got = remembered_store.recall(s, KIND, data.signature, FIELDS)
        if got is not None:
            mapping = remembered_store.merge(auto, got, len(data.headers))
            data.remembered_mapping, data.remembered_on = dict(mapping), got.on
            return LoadedSheet(data, mapping, remembered=True, remembered_on=got.on)
    return LoadedSheet(data, auto, remembered=False)


def missing_columns_message(loaded: LoadedSheet) -> str:
    names = ", ".join(field_label(f) for f in loaded.missing)
    syns = SYNONYMS[loaded.missing[0]]
    examples = ", ".join(
        [field_label(loaded.missing[0])] + [s for s in syns if not s.isascii()][:4]
    )
    return _t(
        "{where} has no column for {fields} (looked for names such as {examples}). "
        "Its columns are: {headers}."
    ).format(
        where=loaded.data.where,
        fields=names,
        examples=examples,
        headers=", ".join(h for h in loaded.data.headers if h) or "—",
    )


# ---- cell parsing --------------------------------------------------------------------------
def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if raw.__class__ is str:
        if "\r" in raw:
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        text = raw.strip()
        return text if text[:1] != "'" else str(unneutralise(text))
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        if raw.time() == time(0, 0):
            return raw.date().isoformat()
        return raw.isoformat(sep=" ", timespec="minutes")
    if isinstance(raw, date | time):
        return raw.isoformat()
    return str(raw).strip()


def _money_parser(currency: str) -> Callable[[Any], int | None]:
    """The careful money parser; the preview's row loop takes Excel's plain numbers itself."""

    def parse(raw: Any) -> int | None:
        cls = raw.__class__
        if cls is float and raw.is_integer():
            raw = int(raw)  # messages show -5, not -5.0
        if isinstance(raw, datetime | date | time):
            raise ProductError(_t("'{value}' is not a number").format(value=_text(raw)))
        if isinstance(raw, str):
            raw = str(unneutralise(raw))
        return clean_money(raw, currency)

    return parse


def _stock(raw: Any) -> int | None:
    """The careful stock parser; the preview's row loop takes Excel's whole numbers itself."""
    if raw.__class__ is float and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, datetime | date | time):
        raise ProductError(_t("'{value}' is not a number").format(value=_text(raw)))
    return clean_stock(raw)


def _sku(raw: Any) -> str:
    """The careful SKU cleaner; the preview's row loop takes a plain ASCII code itself."""
    return clean_sku(_text(raw))


def build_preview(
    store: Store,
    data: SheetData,
    mapping: dict[str, int],
    currency: str = "CNY",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    added: Callable[[list[RowChange]], None] | None = None,
) -> ImportPreview:
    """Compare every row with the store. Empty cells keep what is stored; nothing is written.
    `added` gets the rows to add as they are found, a list every 2,000 rows (see import_now)."""
    with gc_paused():  # a RowChange and a dict per row: see gc_paused
        return _build_preview(store, data, mapping, currency, progress, cancelled, added)


def _build_preview(
    store: Store,
    data: SheetData,
    mapping: dict[str, int],
    currency: str,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
    added: Callable[[list[RowChange]], None] | None = None,
) -> ImportPreview:
    if "sku" not in mapping:
        raise SheetError(missing_columns_message(LoadedSheet(data, mapping, remembered=False)))
    preview = ImportPreview(
        path=data.path,
        sheet=data.sheet,
        where=data.where,
        header_row=data.header_row,
        headers=list(data.headers),
        mapping=dict(mapping),
        currency=currency,
        control_chars_removed=data.control_chars_removed,
        signature=data.signature,
        # the preview says "remembered on <date>" only while those are the columns used
        remembered_on=data.remembered_on if data.remembered_mapping == dict(mapping) else None,
    )
    file = data.path.name
    skipped_lines: dict[int, str] = {}
    for p in data.problems:
        if p.column:
            preview.warnings.append(p)
        else:  # a line the reader could not split into cells (an unbalanced quote)
            skipped_lines[p.row] = p.reason
    for row_no, reason in skipped_lines.items():
        preview.rejected.append(Rejection(row_no, [("", reason)], where=data.where))
    money = _money_parser(currency)
    parsers: dict[str, Callable[[Any], Any]] = {f: _text for f in FIELDS}
    parsers.update({"sku": _sku, "stock": _stock, "list_price": money, "cost": money})

    def header_of(f: str) -> str:
        i = mapping.get(f)
        if i is not None and i < len(data.headers) and data.headers[i]:
            return data.headers[i]
        return field_label(f)

    # text columns take the cell as it is (stripped) in the common case; the others are parsed
    texts = [(f, mapping[f]) for f in FIELDS if f in mapping and f != "sku" and parsers[f] is _text]
    parsed = [
        (f, mapping[f], header_of(f), parsers[f], f in MONEY_FIELDS)
        for f in FIELDS
        if f in mapping and f != "sku" and parsers[f] is not _text
    ]
    scale = int(10 ** MINOR_DIGITS.get(currency.upper(), 2))
    sku_idx, sku_header = mapping["sku"], header_of("sku")
    name_header = header_of("name")

    table = Product.__table__
    with store.session() as s:
        existing: dict[str, ProductData] = {
            r.sku: ProductData(
                id=r.id,
                sku=r.sku,
                name=r.name,
                category=r.category,
                list_price=r.list_price,
                cost=r.cost,
                stock=r.stock,
                selling_points=r.selling_points,
                notes=r.notes,
            )
            # the table's columns, not the class's: see intake.mappings.known_signatures
            for r in s.execute(select(table.c.id, *[table.c[f] for f in FIELDS]))
        }
    first_row: dict[str, int] = {}
    to_add, to_update, unchanged = preview.to_add, preview.to_update, preview.unchanged
    str_, float_, int_, round_, stock_max = str, float, int, round, STORE_MAX  # locals: faster
    total = len(data.rows)
    sent = 0  # rows to add handed to `added` so far
    for done, (row_no, cells) in enumerate(data.rows):
        if done % 2000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)
            if added is not None and len(to_add) > sent:
                added(to_add[sent:])
                sent = len(to_add)
        ncells = len(cells)
        problems: list[tuple[str, str]] | None = None  # allocated only for a row with one
        raw_sku = cells[sku_idx] if sku_idx < ncells else None
        sku = ""
        if raw_sku.__class__ is str_ and raw_sku.isascii():  # a plain code: nothing to normalise
            sku = raw_sku.strip()
            if not sku or len(sku) > SKU_MAX or sku[0] == "'" or "\r" in sku:
                sku = ""
        if not sku:
            try:
                sku = _sku(raw_sku)
            except ProductError as exc:
                problems = [(sku_header, str(exc))]
        values: dict[str, Any] = {}
        row_warnings: list[CellProblem] | None = None
        for f, idx in texts:
            if idx < ncells:
                raw = cells[idx]
                if raw is None:
                    continue
                if raw.__class__ is str_:  # what `_text` does to a cell with no CR and no '
                    text = raw.strip()
                    if not text:
                        continue
                    if text[0] != "'" and "\r" not in text:
                        values[f] = text
                        continue
                values[f] = _text(raw)
        for f, idx, header, parse, is_money in parsed:
            if idx >= ncells:
                continue
            raw = cells[idx]
            if raw is None:
                continue
            cls = raw.__class__
            # the numbers Excel stores, taken here; anything else goes to the careful parser
            if cls is float_:
                if is_money:
                    if 0.0 <= raw < 1e13:  # 12.99 as Excel stores it, to the currency's digits
                        scaled = raw * scale
                        minor = round_(scaled)
                        if -1e-6 < scaled - minor < 1e-6:
                            values[f] = minor
                            continue
                elif 0 <= raw <= stock_max and raw.is_integer():
                    values[f] = int_(raw)
                    continue
            elif cls is int_:
                if 0 <= raw < (10**15 if is_money else stock_max + 1):
                    values[f] = raw * scale if is_money else raw
                    continue
            elif cls is str_ and (not raw or raw.isspace()):
                continue
            try:
                values[f] = parse(raw)
            except ProductError as exc:  # an optional field: left empty, the row still imports
                if row_warnings is None:
                    row_warnings = []
                row_warnings.append(
                    CellProblem(
                        file,
                        data.sheet,
                        row_no,
                        header,
                        raw,
                        _t("{problem}; left empty").format(problem=exc),
                    )
                )
        if sku:
            first = first_row.get(sku)
            if first is not None:
                duplicate = (
                    sku_header,
                    _t(
                        "SKU '{sku}' also appears in row {first}; only the first is imported"
                    ).format(sku=sku, first=first),
                )
                problems = [duplicate] if problems is None else [duplicate, *problems]
            else:
                first_row[sku] = row_no
        current = existing.get(sku) if sku else None
        if current is None and problems is None and not values.get("name"):
            problems = [(name_header, _t("a new product needs a name"))]
        if problems is not None:
            preview.rejected.append(Rejection(row_no, problems, sku, where=data.where))
            continue
        if row_warnings is not None:
            preview.warnings.extend(row_warnings)
        change = RowChange(row_no, sku, values)
        if current is None:
            to_add.append(change)
            continue
        change.product_id = current.id
        for f in FIELDS:  # in the columns' order, as the preview lists the changes
            if f in values:
                old = getattr(current, f)
                if values[f] != old:
                    change.before[f] = old
        (to_update if change.before else unchanged).append(change)
    if added is not None and len(to_add) > sent:
        added(to_add[sent:])
    if progress is not None:
        progress(total, total)
    preview.rejected.sort(key=lambda r: r.row)
    return preview


def prepare_import(
    store: Store,
    path: Path | str,
    sheet: str | None = None,
    currency: str = "CNY",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    table: Table | None = None,
) -> ImportPreview:
    """Read + preview in one go (CLI, tests). Raises SheetError when no SKU column is found.
    `table` is the sheet read already (see `read_table_in_background`)."""
    with gc_paused():  # the read rows stay alive through the preview: see gc_paused
        loaded = _load_mapped(store, path, sheet, progress, cancelled, table)
        return build_preview(store, loaded.data, loaded.mapping, currency, progress, cancelled)


def _load_mapped(
    store: Store,
    path: Path | str,
    sheet: str | None,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
    table: Table | None,
) -> LoadedSheet:
    """The sheet and its mapping, for a job with no one to ask: SheetError without a SKU column."""
    loaded = load_for_import(
        store, path, sheet, progress=progress, cancelled=cancelled, table=table
    )
    if loaded.missing:
        raise SheetError(missing_columns_message(loaded))
    return loaded


# ---- the write ------------------------------------------------------------------------------
CHUNK = 5000


def _variable_limit(conn: Any) -> int:
    """How many `?` one SQLite statement may hold (32,766 since SQLite 3.32; 999 before)."""
    import sqlite3

    try:
        dbapi = conn.connection.dbapi_connection
        return int(dbapi.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except (AttributeError, sqlite3.Error):
        return 999


def apply_import(
    store: Store,
    preview: ImportPreview,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportSummary:
    """Write the valid rows in one transaction. Cancel or any failure leaves the store as before
    (raises ImportCancelled / ImportFailed)."""
    with gc_paused():  # a parameter tuple per row: see gc_paused
        return _apply_import(store, preview, progress, cancelled)


def _apply_import(
    store: Store,
    preview: ImportPreview,
    progress: ProgressFn | None,
    cancelled: CancelFn | None,
) -> ImportSummary:
    now = utcnow()
    total = preview.valid_count
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)

    try:
        with store.transaction() as s:
            _write_updates(s, preview.to_update, now, step)
            _write_adds(s, preview.to_add, now, step)
    except ImportCancelled:
        raise
    except SQLAlchemyError as exc:
        raise _not_saved(exc) from exc
    return ImportSummary.of(preview)


def import_now(
    store: Store,
    path: Path | str,
    sheet: str | None = None,
    currency: str = "CNY",
    table: Table | None = None,
) -> ImportPreview:
    """`prepare_import` then `apply_import`, overlapped, for the command line: every 2,000 rows
    the preview has accepted go to the store on a writer thread (SQLite writes outside the GIL)
    while the next ones are previewed; one transaction, rolled back whole on any failure
    (ImportFailed), so the store is as the two steps would leave it. Returns the preview:
    `ImportSummary.of` it is what was written."""
    with gc_paused():
        loaded = _load_mapped(store, path, sheet, None, None, table)
        now = utcnow()
        chunks: queue.SimpleQueue[list[RowChange] | None] = queue.SimpleQueue()
        done: list[ImportPreview] = []  # the whole preview, once it is built

        def write() -> None:
            with store.transaction() as s:
                while (adds := chunks.get()) is not None:
                    _write_adds(s, adds, now, None)
                if not done:  # the preview failed: nothing is kept
                    raise ImportCancelled()
                _write_updates(s, done[0].to_update, now, None)

        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-write")
        writing = pool.submit(write)
        pool.shutdown(wait=False)
        try:
            preview = build_preview(store, loaded.data, loaded.mapping, currency, added=chunks.put)
        except BaseException:
            chunks.put(None)  # the writer rolls back; what the preview raised is the news
            with contextlib.suppress(Exception):
                writing.result()
            raise
        done.append(preview)
        chunks.put(None)
        try:
            writing.result()
        except SQLAlchemyError as exc:
            raise _not_saved(exc) from exc
        return preview


def _not_saved(exc: SQLAlchemyError) -> ImportFailed:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return ImportFailed(
        _t("The import was not saved ({reason}); your products are exactly as they were.").format(
            reason=reason
        )
    )


_BLANK: dict[str, Any] = {
    "name": "",
    "category": "",
    "list_price": None,
    "cost": None,
    "stock": None,
    "selling_points": "",
    "notes": "",
}


def _write_updates(
    s: Session, updates: list[RowChange], now: datetime, step: Callable[[int], None] | None
) -> None:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for ch in updates:
        keys = tuple(sorted(ch.before))
        groups.setdefault(keys, []).append(
            {"id": ch.product_id, **{k: ch.values[k] for k in keys}, "updated_at": now}
        )
    for rows in groups.values():
        for i in range(0, len(rows), CHUNK):
            chunk = rows[i : i + CHUNK]
            s.execute(update(Product), chunk)
            if step is not None:
                step(len(chunk))


def _write_adds(
    s: Session, adds: list[RowChange], now: datetime, step: Callable[[int], None] | None
) -> None:
    """New rows go straight to the driver, many rows to one INSERT: SQLAlchemy's per-row
    parameter processing cost more than reading the sheet, and one statement per few thousand
    rows costs SQLite less than one per row. The timestamp is bound through the column's own
    type, so it is stored exactly as the ORM stores it."""
    if not adds:
        return
    conn = s.connection()
    cols = ["sku", *[f for f in FIELDS if f != "sku"], "created_at", "updated_at"]
    stamp_type = Product.__table__.c.created_at.type.dialect_impl(conn.dialect)
    processor = stamp_type.bind_processor(conn.dialect)
    stamp = processor(now) if processor is not None else now
    per = max(1, min(CHUNK, _variable_limit(conn) // len(cols)))
    one = "(" + ", ".join("?" * len(cols)) + ")"
    row_of = itemgetter(*[f for f in FIELDS if f != "sku"])  # a row's values over the blanks
    stamps = (stamp, stamp)
    for i in range(0, len(adds), per):
        batch = adds[i : i + per]
        params: list[Any] = []
        add = params.extend
        for ch in batch:
            add((ch.sku, *row_of({**_BLANK, **ch.values}), *stamps))
        # table and column names are our own constants; every value is a bound parameter
        sql = "INSERT INTO {t} ({c}) VALUES {q}".format(  # noqa: S608
            t=Product.__tablename__, c=", ".join(cols), q=", ".join([one] * len(batch))
        )
        conn.exec_driver_sql(sql, tuple(params))
        if step is not None:
            step(len(batch))


__all__ = [
    "ImportPreview",
    "ImportSummary",
    "Rejection",
    "RowChange",
    "LoadedSheet",
    "apply_import",
    "build_preview",
    "import_now",
    "load_for_import",
    "prepare_import",
    "remember_mapping",
    "remembered_mappings",
    "missing_columns_message",
    "MONEY_FIELDS",
]
