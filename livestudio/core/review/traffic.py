"""Traffic sources (渠道来源分析): where a show's viewers came from, imported from the platforms'
breakdowns (Douyin 流量来源, TikTok traffic sources) into canonical channels with a paid flag, shown
per show and across shows, and the finding "paid traffic grew while conversion fell".

    service = TrafficService(store)
    preview = service.prepare(show_id, path)   # reads, checks, writes nothing
    service.apply(show_id, preview)            # replaces that show's rows in one transaction
    service.show_traffic(show_id)              # ShowTraffic: rows with shares, viewers, GMV
    service.across(currency)                   # PaidSharePoint per show, oldest first
    paid_up_conversion_down(points)            # a Finding or None

Files are read through the intake (its reader and its header dictionary, kind "traffic").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from livestudio.core import fmt
from livestudio.core.db import Store
from livestudio.core.i18n import QT_TRANSLATE_NOOP, translate
from livestudio.core.intake import CellProblem, SheetError
from livestudio.core.intake import reader as intake_reader
from livestudio.core.intake.headers import (
    PLATFORM_HEADERS,
    detect,
    find_header_row,
    header_text,
    lookup,
)
from livestudio.core.models.plan import Show
from livestudio.core.models.review import TrafficSource
from livestudio.core.review import data as review_data
from livestudio.core.review import kpis as review_kpis
from livestudio.core.review.importer import CellError, parse_amount, parse_count, parse_percent

if TYPE_CHECKING:  # findings.py may call this module: no import cycle at load time
    from livestudio.core.review.findings import Finding

CONTEXT = "ReviewTraffic"
HEADERS = PLATFORM_HEADERS["traffic"]
_LOOKUP = lookup(HEADERS)
MAX_TRAFFIC_ROWS = 5_000  # a breakdown has tens of rows; a bigger sheet is not one

# the finding: paid share up by at least this (share points) while conversion fell at least this much
PAID_RISE_MIN = 0.05
CONVERSION_FALL_MIN = 0.10  # relative
FINDING_WINDOW = 4
FINDING_MIN_SHOWS = 3
FINDING_RULE = "paid_up_conversion_down"


def _t(text: str) -> str:
    return translate(CONTEXT, text)


# canonical channels, in the order screens list them; paid ones carry the paid flag
CHANNELS: dict[str, str] = {
    "recommend": QT_TRANSLATE_NOOP("ReviewTraffic", "Live recommendations / For You"),
    "short_video": QT_TRANSLATE_NOOP("ReviewTraffic", "Short videos"),
    "follow": QT_TRANSLATE_NOOP("ReviewTraffic", "Following"),
    "live_tab": QT_TRANSLATE_NOOP("ReviewTraffic", "LIVE tab"),
    "search": QT_TRANSLATE_NOOP("ReviewTraffic", "Search"),
    "shop": QT_TRANSLATE_NOOP("ReviewTraffic", "Shop / mall"),
    "profile": QT_TRANSLATE_NOOP("ReviewTraffic", "Profile page"),
    "nearby": QT_TRANSLATE_NOOP("ReviewTraffic", "Nearby"),
    "share": QT_TRANSLATE_NOOP("ReviewTraffic", "Shares and messages"),
    "paid": QT_TRANSLATE_NOOP("ReviewTraffic", "Paid (ads, promote)"),
    "other": QT_TRANSLATE_NOOP("ReviewTraffic", "Other"),
}
PAID_CHANNELS = frozenset({"paid"})

# (channel, words found in the label after squashing); the first rule that matches wins, so the
# paid words come first (竞价广告 is paid, not 'recommend'; 'Promote' is paid, not 'For You')
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "paid",
        (
            "千川",
            "随心推",
            "隨心推",
            "dou+",
            "竞价",
            "競價",
            "广告",
            "廣告",
            "付费",
            "付費",
            "投流",
            "投放",
            "巨量",
            "promote",
            "sponsored",
            "gmvmax",
            "paid",
            "advert",
        ),
    ),
    ("live_tab", ("livetab", "livefeed", "直播广场", "直播廣場", "直播频道", "直播頻道")),
    ("short_video", ("短视频", "短視頻", "视频", "視頻", "video")),
    ("follow", ("关注", "關注", "粉丝", "粉絲", "following", "follower")),
    ("shop", ("商城", "橱窗", "櫥窗", "店铺", "店鋪", "shop", "mall", "store")),
    ("recommend", ("推荐", "推薦", "foryou", "fyp", "feed", "recommend")),
    ("search", ("搜索", "search")),
    ("profile", ("个人主页", "個人主頁", "主页", "主頁", "profile")),
    ("nearby", ("同城", "附近", "nearby", "local")),
    ("share", ("分享", "私信", "share", "message", "inbox")),
)
_ADS_WORD = re.compile(r"(^|[^a-z])ads?([^a-z]|$)")
_TOTAL_WORDS = {"total", "totals", "sum", "合计", "合計", "总计", "總計", "汇总", "匯總", "全部"}


def channel_label(code: str) -> str:
    text = CHANNELS.get(code)
    return translate(CONTEXT, text) if text is not None else code


def _squash(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s_\-./:：·]+", "", s)


def classify(label: str) -> tuple[str, bool]:
    """(canonical channel, paid) of a source as an export names it: '竞价广告' -> ('paid', True)."""
    spaced = unicodedata.normalize("NFKC", label).casefold()
    if _ADS_WORD.search(spaced):
        return "paid", True
    s = _squash(label)
    for channel, words in _RULES:
        if any(w in s for w in words):
            return channel, channel in PAID_CHANNELS
    return "other", False


# ---------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class TrafficRow:
    """One source of one show, as read or as stored. share_bp: basis points of viewers."""

    channel: str
    label: str
    paid: bool
    viewers: int | None
    share_bp: int | None
    gmv: int | None = None
    orders: int | None = None

    @property
    def channel_label(self) -> str:
        return channel_label(self.channel)

    @property
    def share(self) -> float | None:
        return None if self.share_bp is None else self.share_bp / 10_000


@dataclass
class TrafficPreview:
    """What a file holds, read and checked, nothing written yet."""

    path: Path
    sheet: str
    headers: list[str]
    mapping: dict[str, int]
    header_row: int  # 1-based
    rows: list[TrafficRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)  # rows skipped
    warnings: list[CellProblem] = field(default_factory=list)  # cells left empty; row kept
    notes: list[str] = field(default_factory=list)

    def describe_mapping(self) -> list[tuple[str, str]]:
        return [(field_label(f), self.headers[i]) for f, i in self.mapping.items()]


FIELD_LABELS = {
    "source": QT_TRANSLATE_NOOP("ReviewTraffic", "Traffic source"),
    "group": QT_TRANSLATE_NOOP("ReviewTraffic", "Source group"),
    "viewers": QT_TRANSLATE_NOOP("ReviewTraffic", "Viewers"),
    "share": QT_TRANSLATE_NOOP("ReviewTraffic", "Share"),
    "gmv": QT_TRANSLATE_NOOP("ReviewTraffic", "GMV"),
    "orders": QT_TRANSLATE_NOOP("ReviewTraffic", "Orders"),
}


def field_label(name: str) -> str:
    return translate(CONTEXT, FIELD_LABELS.get(name, name))


class TrafficImportError(ValueError):
    """The file cannot be read as a traffic-source breakdown; `str()` says why."""


def _score(row: Sequence[object]) -> int:
    m = detect([header_text(c) for c in row], HEADERS, _LOOKUP)
    if "source" not in m or not ({"viewers", "share"} & m.keys()):
        return 0
    return len(m)


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, str) and v.strip() in ("", "-", "—", "--", "/"))


def read_traffic(
    path: Path | str, currency: str = "CNY", sheet: str | None = None
) -> TrafficPreview:
    """Read a traffic-source breakdown: the first sheet (or `sheet`) whose header row names a
    source and viewers or a share. Writes nothing; raises TrafficImportError for a file it cannot use."""
    path = Path(path)
    try:
        if sheet:
            tables = [intake_reader.read_table(path, sheet, max_rows=MAX_TRAFFIC_ROWS)]
        else:
            tables = intake_reader.read_tables(path, max_rows=MAX_TRAFFIC_ROWS)
    except SheetError as exc:
        raise TrafficImportError(str(exc)) from exc
    for table in tables:
        idx = find_header_row(table.rows, _score)
        if idx is None or _score(table.rows[idx][1]) == 0:
            continue
        return _parse(table, idx, currency)
    raise TrafficImportError(
        _t(
            "{file}: no sheet has a traffic source column with viewers or a share "
            "(such as 流量来源 and 占比, or Traffic source and Viewers)"
        ).format(file=path.name)
    )


def _parse(table: intake_reader.Table, idx: int, currency: str) -> TrafficPreview:
    number, cells = table.rows[idx]
    headers = [header_text(c) for c in cells]
    mapping = detect(headers, HEADERS, _LOOKUP)
    preview = TrafficPreview(table.path, table.sheet, headers, mapping, number)
    file = table.path.name

    def problem(row: int, f: str, value: Any, reason: str) -> CellProblem:
        return CellProblem(file, table.sheet, row, headers[mapping[f]] or f, value, reason)

    def cell(cells: list[Any], f: str) -> Any:
        i = mapping.get(f)
        return cells[i] if i is not None and i < len(cells) else None

    read: list[tuple[int, str, str, dict[str, Any]]] = []  # (row, group, source, values)
    for row, cells in table.rows[idx + 1 :]:
        if all(_empty(c) for c in cells):
            continue
        source = "" if _empty(cell(cells, "source")) else header_text(cell(cells, "source"))
        group = "" if _empty(cell(cells, "group")) else header_text(cell(cells, "group"))
        if not source and not group:
            preview.problems.append(
                problem(row, "source", None, _t("no traffic source named; row skipped"))
            )
            continue
        if _squash(source or group) in _TOTAL_WORDS:
            continue
        values: dict[str, Any] = {}
        bad: list[tuple[str, Any, str]] = []  # (field, value, why) of cells that cannot be read
        for f, parse in (
            ("viewers", parse_count),
            ("orders", parse_count),
            ("gmv", lambda v: parse_amount(v, currency)),
        ):
            raw = cell(cells, f)
            if _empty(raw):
                continue
            try:
                values[f] = parse(raw)
            except CellError as exc:
                bad.append((f, raw, str(exc)))
        raw = cell(cells, "share")
        if not _empty(raw):
            try:
                pct = parse_percent(raw)
                if not 0 <= pct <= 100:
                    raise CellError(_t("a share must be between 0 % and 100 %"))
                values["share_bp"] = int(round(pct * 100))
            except CellError as exc:
                bad.append(("share", raw, str(exc)))
        if "viewers" not in values and "share_bp" not in values:
            # skipped: say why once, at the cell that made it so
            f, raw, why = next(
                (b for b in bad if b[0] in ("share", "viewers")),
                (
                    "share" if "share" in mapping else "viewers",
                    cell(cells, "share" if "share" in mapping else "viewers"),
                    _t("neither viewers nor a share given"),
                ),
            )
            preview.problems.append(problem(row, f, raw, why + _t("; row skipped")))
            continue
        preview.warnings.extend(
            problem(row, f, raw, why + _t("; left empty")) for f, raw, why in bad
        )
        read.append((row, group, source, values))
    # a group row followed by its own detail rows is a subtotal: keep the detail only
    detailed = {g for _r, g, s, _v in read if g and s}
    rows: list[TrafficRow] = []
    for _row, group, source, values in read:
        if group and not source and group in detailed:
            continue
        label = source or group
        channel, paid = classify(label)
        if group and channel == "other":
            channel, paid = classify(group)
        rows.append(
            TrafficRow(
                channel,
                label,
                paid,
                values.get("viewers"),
                values.get("share_bp"),
                values.get("gmv"),
                values.get("orders"),
            )
        )
    total = sum(r.viewers or 0 for r in rows)
    given = any(r.share_bp is not None for r in rows)
    if rows and total and not given and all(r.viewers is not None for r in rows):
        rows = [
            TrafficRow(
                r.channel,
                r.label,
                r.paid,
                r.viewers,
                int(round((r.viewers or 0) * 10_000 / total)),
                r.gmv,
                r.orders,
            )
            for r in rows
        ]
        preview.notes.append(
            _t("Shares worked out from the viewer counts ({total} viewers in all).").format(
                total=fmt.number(total)
            )
        )
    shares = sum(r.share_bp or 0 for r in rows)
    if shares > 10_100:
        preview.notes.append(
            _t("The shares add up to {pct}: a row may be a subtotal of others.").format(
                pct=fmt.percent(shares / 10_000)
            )
        )
    preview.rows = rows
    if not rows:
        raise TrafficImportError(
            _t("{where}: no row has a traffic source with viewers or a share").format(
                where=table.where
            )
        )
    return preview


def save_traffic(session: Session, show_id: int, rows: Sequence[TrafficRow]) -> int:
    """Replace the show's traffic sources with `rows` (the caller's transaction makes it one)."""
    if session.get(Show, show_id) is None:
        raise LookupError(_t("There is no show with id {id}").format(id=show_id))
    session.execute(delete(TrafficSource).where(TrafficSource.show_id == show_id))
    session.add_all(
        TrafficSource(
            show_id=show_id,
            channel=r.channel,
            label=r.label[:200],
            paid=r.paid,
            viewers=r.viewers,
            share_bp=r.share_bp,
            gmv=r.gmv,
            orders=r.orders,
        )
        for r in rows
    )
    session.flush()
    return len(rows)


# ---------------------------------------------------------------------------- views


@dataclass(frozen=True)
class ShowTraffic:
    show_id: int
    title: str
    currency: str
    rows: list[TrafficRow]  # most viewers (share) first

    @property
    def has_gmv(self) -> bool:
        return any(r.gmv is not None for r in self.rows)

    @property
    def has_orders(self) -> bool:
        return any(r.orders is not None for r in self.rows)

    @property
    def paid_share(self) -> float | None:
        return paid_share(self.rows)


def paid_share(rows: Sequence[TrafficRow]) -> float | None:
    """Paid viewers ÷ all viewers (by share when every row has one, else by viewer counts)."""
    if not rows:
        return None
    if all(r.share_bp is not None for r in rows):
        total = sum(r.share_bp or 0 for r in rows)
        paid = sum(r.share_bp or 0 for r in rows if r.paid)
    elif all(r.viewers is not None for r in rows):
        total = sum(r.viewers or 0 for r in rows)
        paid = sum(r.viewers or 0 for r in rows if r.paid)
    else:
        return None
    return paid / total if total else None


@dataclass(frozen=True)
class PaidSharePoint:
    """One show on the across-shows line: its paid share and its conversion (fractions)."""

    show_id: int
    title: str
    when: datetime | None  # UTC
    currency: str
    paid_share: float | None
    conversion: float | None


def _rows_of(session: Session, show_id: int) -> list[TrafficRow]:
    stored = session.scalars(
        select(TrafficSource).where(TrafficSource.show_id == show_id).order_by(TrafficSource.id)
    )
    rows = [
        TrafficRow(t.channel, t.label, t.paid, t.viewers, t.share_bp, t.gmv, t.orders)
        for t in stored
    ]
    return sorted(rows, key=lambda r: (-(r.share_bp or 0), -(r.viewers or 0)))


def show_traffic(session: Session, show_id: int) -> ShowTraffic:
    show = session.get(Show, show_id)
    if show is None:
        raise LookupError(_t("There is no show with id {id}").format(id=show_id))
    return ShowTraffic(show_id, show.title, show.currency or "CNY", _rows_of(session, show_id))


def across_shows(
    session: Session,
    currency: str | None = None,
    upto_show_id: int | None = None,
    limit: int | None = None,
) -> list[PaidSharePoint]:
    """The shows with traffic sources, oldest first: only those in `currency` when given, up to
    and including `upto_show_id` when given, the latest `limit` of them when given."""
    ids = list(session.scalars(select(TrafficSource.show_id).distinct()))
    shows = list(session.scalars(select(Show).where(Show.id.in_(ids)))) if ids else []
    if currency is not None:
        shows = [s for s in shows if (s.currency or "CNY") == currency]
    shows.sort(key=review_data.show_order_key)
    if upto_show_id is not None:
        at = next((i for i, s in enumerate(shows) if s.id == upto_show_id), None)
        shows = [] if at is None else shows[: at + 1]
    if limit is not None:
        shows = shows[-limit:]
    loaded = review_data.load_many(session, [s.id for s in shows])
    out = []
    for s in shows:
        conversion = None
        if s.id in loaded:
            conversion = next(
                (k.value for k in review_kpis.compute(loaded[s.id]) if k.key == "conversion"),
                None,
            )
        out.append(
            PaidSharePoint(
                s.id,
                s.title,
                s.scheduled_start or s.created_at,
                s.currency or "CNY",
                paid_share(_rows_of(session, s.id)),
                conversion,
            )
        )
    return out


# ---------------------------------------------------------------------------- the finding


def paid_up_conversion_down(
    points: Sequence[PaidSharePoint],
    window: int = FINDING_WINDOW,
    min_shows: int = FINDING_MIN_SHOWS,
) -> Finding | None:
    """Over the last `window` shows with both figures (oldest first in `points`): the paid share
    grew by 5 share points or more while conversion (buyers ÷ unique viewers) fell by 10 % or more
    of itself. The finding names both ends: 'paid traffic 18 % → 41 % over 4 shows while
    conversion fell 3.1 % → 1.9 %'."""
    known = [p for p in points if p.paid_share is not None and p.conversion is not None]
    last = known[-window:]
    if len(last) < min_shows:
        return None
    first, end = last[0], last[-1]
    assert first.paid_share is not None and end.paid_share is not None
    assert first.conversion is not None and end.conversion is not None
    if end.paid_share - first.paid_share < PAID_RISE_MIN:
        return None
    if first.conversion <= 0 or end.conversion > first.conversion * (1 - CONVERSION_FALL_MIN):
        return None
    from livestudio.core.review.findings import Finding

    evidence = _t(
        "Paid traffic {paid_from} → {paid_to} over {n} shows while conversion fell "
        "{conv_from} → {conv_to} ({first} to {last})."
    ).format(
        paid_from=fmt.percent(first.paid_share, 0),
        paid_to=fmt.percent(end.paid_share, 0),
        n=len(last),
        conv_from=fmt.percent(first.conversion),
        conv_to=fmt.percent(end.conversion),
        first=first.title,
        last=end.title,
    )
    return Finding(
        FINDING_RULE,
        _t("More paid traffic, lower conversion"),
        evidence,
        _t(
            "Check who the ads reach (audience, placement) before raising the budget again; "
            "compare the paid and free sources' orders per viewer."
        ),
        severity=3,
    )


def finding_for(session: Session, show_id: int) -> Finding | None:
    """The paid-share finding for this show: over the shows in its currency up to it."""
    show = session.get(Show, show_id)
    if show is None:
        return None
    # a few more than the window: a show without conversion or shares is left out
    points = across_shows(session, show.currency or "CNY", show_id, limit=3 * FINDING_WINDOW)
    return paid_up_conversion_down(points)


def rule_text() -> str:
    """The rule as the findings help lists it (for core/review/findings.py rules())."""
    return _t(
        "More paid traffic, lower conversion: over the last 4 shows the paid share of viewers "
        "grew by 5 points or more while conversion fell by 10 % or more."
    )


# ---------------------------------------------------------------------------- service


class TrafficService:
    """What the Review screen's traffic panel and the CLI call; plain dataclasses out."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def prepare(self, show_id: int, path: Path | str, sheet: str | None = None) -> TrafficPreview:
        with self.store.session() as s:
            show = s.get(Show, show_id)
            if show is None:
                raise LookupError(_t("There is no show with id {id}").format(id=show_id))
            currency = show.currency or "CNY"
        return read_traffic(path, currency, sheet)

    def apply(self, show_id: int, preview: TrafficPreview) -> int:
        with self.store.transaction() as s:
            return save_traffic(s, show_id, preview.rows)

    def import_file(self, show_id: int, path: Path | str) -> TrafficPreview:
        preview = self.prepare(show_id, path)
        self.apply(show_id, preview)
        return preview

    def show_traffic(self, show_id: int) -> ShowTraffic:
        with self.store.session() as s:
            return show_traffic(s, show_id)

    def across(self, currency: str | None = None, limit: int | None = None) -> list[PaidSharePoint]:
        with self.store.session() as s:
            return across_shows(s, currency, limit=limit)

    def finding(self, show_id: int) -> Finding | None:
        with self.store.session() as s:
            return finding_for(s, show_id)
