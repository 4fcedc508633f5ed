"""The printable run sheet of a show: the page a host tapes next to the camera.

PDF (Qt printing, A4 or Letter) or .xlsx, chosen by the file suffix. Big clock times, legible
cue text, promotions marked where they fire, then promotions, lineup, top risks and the overview.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from livestudio.core import fmt, labels
from livestudio.core.compliance import scan_show_in
from livestudio.core.db import Store
from livestudio.core.durations import format_duration
from livestudio.core.i18n import translate
from livestudio.core.models import Show
from livestudio.core.money import to_decimal
from livestudio.core.plan.promotions import promotion_windows, validate_promotions
from livestudio.core.plan.risks import risk_level, sorted_risks
from livestudio.core.plan.segments import timeline
from livestudio.core.sheets import Column, save_workbook_atomically, write_table
from livestudio.reports.pdf import esc, html_to_pdf

TOP_RISKS = 6


class RunSheetError(ValueError):
    """`str()` is a message for the user."""


def _t(text: str) -> str:
    return translate("RunSheet", text)


def segment_kind_label(kind: str) -> str:
    return labels.segment_kind(kind)


def role_label(role: str) -> str:
    return labels.lineup_role(role)


def format_label(fmt_code: str) -> str:
    return labels.show_format(fmt_code)


# ---- the data, read once in one session ----------------------------------------------------------


@dataclass
class SheetRow:
    clock: str  # "20:15" or "00:05 +1"; the offset when the show has no start
    offset: str
    duration: str
    kind: str
    title: str
    product: str
    price: int | None  # live price, minor units
    cue: str
    promos: list[str] = field(default_factory=list)
    zero_length: bool = False
    cue_marks: list[tuple[int, int]] = field(default_factory=list)  # phrases to say differently
    scene: str = ""  # the OBS scene Live switches to


@dataclass
class SheetPromo:
    start: str
    end: str
    kind: str
    title: str
    product: str
    offer: str
    quantity: str
    issues: list[str]


@dataclass
class SheetItem:
    sku: str
    name: str
    role: str
    list_price: int | None
    live_price: int | None
    discount: str
    allocated: int | None


@dataclass
class SheetRisk:
    priority: int
    level: str
    colour: str
    text_colour: str
    category: str
    description: str
    response: str
    owner: str


@dataclass
class SheetClaim:
    """A phrase to say differently (core/compliance.py) and where it is written."""

    phrase: str
    category: str
    where: str
    why: str


@dataclass
class RunSheetData:
    title: str
    currency: str
    when: str
    duration: str
    platform: str
    hosts: str
    guests: str
    theme: str
    format: str
    notes: str
    audience: list[tuple[str, str]]
    goals: list[tuple[str, str]]
    rows: list[SheetRow]
    total: str
    over_under: str
    promos: list[SheetPromo]
    items: list[SheetItem]
    risks: list[SheetRisk]
    claims: list[SheetClaim] = field(default_factory=list)


def _clock(start: datetime | None, offset_ms: int, with_seconds: bool) -> str:
    """Clock time at show time `offset_ms` ('20:15', '00:05 +1'); the offset without a start."""
    if start is None:
        return format_duration(offset_ms)
    return fmt.clock_time(
        start + timedelta(milliseconds=offset_ms), since=start, seconds=with_seconds
    )


def _json_list(raw: str) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def collect(session: Session, show_id: int) -> RunSheetData:
    """Everything the sheet shows, as plain text and numbers (safe to use after the session)."""
    show = session.get(Show, show_id)
    if show is None:
        raise RunSheetError(_t("Show {id} does not exist").format(id=show_id))
    cur = show.currency or "CNY"
    money = lambda v: fmt.money(v, cur)  # noqa: E731
    segs = sorted(show.segments, key=lambda s: (s.position, s.id))
    times = timeline(show, segs)
    items = {li.id: li for li in show.lineup}
    start = show.scheduled_start
    secs = any(t.start_ms % 60000 for t in times) or (show.planned_duration_ms or 0) % 60000 != 0
    windows = promotion_windows(show)
    hits = scan_show_in(session, show)
    cue_marks = {
        h.place.row_id: [(x.claim.start, x.claim.end) for x in hits if x.place == h.place]
        for h in hits
        if h.place.kind == "segment"
    }

    rows: list[SheetRow] = []
    for i, (seg, tm) in enumerate(zip(segs, times, strict=True)):
        item = items.get(seg.lineup_item_id) if seg.lineup_item_id else None
        last = i == len(segs) - 1
        fired = [
            w
            for w in windows
            if tm.start_ms <= w.start_ms < tm.end_ms
            or (last and w.start_ms >= tm.end_ms)
            or (tm.zero_length and w.start_ms == tm.start_ms)
        ]
        rows.append(
            SheetRow(
                clock=_clock(start, tm.start_ms, secs),
                offset=format_duration(tm.start_ms),
                duration=format_duration(seg.planned_duration_ms),
                kind=segment_kind_label(seg.kind),
                title=seg.title,
                product=item.name if item else "",
                price=item.live_price if item else None,
                cue=seg.script or "",
                promos=[
                    _t("{time} {kind}: {title} ({duration})").format(
                        time=_clock(start, w.start_ms, secs),
                        kind=labels.promotion_kind(w.kind),
                        title=w.title,
                        duration=format_duration(w.end_ms - w.start_ms),
                    )
                    for w in fired
                ],
                zero_length=tm.zero_length,
                cue_marks=cue_marks.get(seg.id, []),
                scene=seg.obs_scene or "",
            )
        )
    total_ms = times[-1].end_ms if times else 0
    diff = total_ms - (show.planned_duration_ms or 0)
    over_under = (
        _t("exactly the planned length")
        if diff == 0
        else _t("{d} over the planned length").format(d=format_duration(diff))
        if diff > 0
        else _t("{d} under the planned length").format(d=format_duration(-diff))
    )

    issues = validate_promotions(show)
    by_id = {p.id: p for p in show.promotions}
    promos: list[SheetPromo] = []
    placed = {w.promotion_id for w in windows}
    ordered = [by_id[w.promotion_id] for w in windows] + [
        p for p in show.promotions if p.id not in placed
    ]
    wmap = {w.promotion_id: w for w in windows}
    for p in ordered:
        w = wmap.get(p.id)
        item = items.get(p.lineup_item_id) if p.lineup_item_id else None
        offer = []
        if p.price is not None:
            offer.append(money(p.price))
        if p.discount_pct is not None:
            offer.append(
                _t("{pct}% off").format(
                    pct=fmt.number(p.discount_pct, 0 if float(p.discount_pct).is_integer() else 1)
                )
            )
        promos.append(
            SheetPromo(
                start=_clock(start, w.start_ms, secs) if w else "—",
                end=_clock(start, w.end_ms, secs) if w else "—",
                kind=labels.promotion_kind(p.kind),
                title=p.title,
                product=item.name if item else _t("Whole shop"),
                offer=" / ".join(offer),
                quantity=str(p.quantity_limit) if p.quantity_limit is not None else "",
                issues=[i.reason for i in issues.get(p.id, [])],
            )
        )

    sheet_items = []
    for li in sorted(show.lineup, key=lambda x: (x.position, x.id)):
        disc = ""
        if li.list_price and li.live_price is not None:
            disc = fmt.percent((li.list_price - li.live_price) / li.list_price, 0)
        sheet_items.append(
            SheetItem(
                li.sku,
                li.name,
                role_label(li.role),
                li.list_price,
                li.live_price,
                disc,
                li.allocated_stock,
            )
        )

    risks = []
    for r in sorted_risks(show)[:TOP_RISKS]:
        lvl = risk_level(r.priority)
        risks.append(
            SheetRisk(
                r.priority,
                lvl.label,
                lvl.colour,
                lvl.text_colour,
                labels.risk_category(r.category),
                r.description,
                r.response,
                r.owner,
            )
        )

    goals: list[tuple[str, str]] = []
    if show.goal_gmv is not None:
        goals.append((_t("GMV"), money(show.goal_gmv)))
    if show.goal_orders is not None:
        goals.append((_t("Orders"), fmt.number(show.goal_orders)))
    if show.goal_peak_viewers is not None:
        goals.append((_t("Peak viewers"), fmt.number(show.goal_peak_viewers)))
    if show.goal_conversion_pct is not None:
        goals.append((_t("Conversion"), fmt.percent(show.goal_conversion_pct / 100)))

    audience: list[tuple[str, str]] = []
    for label, values in (
        (_t("Age"), _json_list(show.audience_age_bands)),
        (_t("Regions"), _json_list(show.audience_regions)),
        (_t("Interests"), _json_list(show.audience_interests)),
    ):
        if values:
            audience.append((label, ", ".join(values)))
    if show.audience_female_pct is not None:
        audience.append(
            (
                _t("Gender"),
                _t("{f}% female, {m}% male").format(
                    f=show.audience_female_pct, m=100 - show.audience_female_pct
                ),
            )
        )
    if show.audience_price_sensitivity:
        audience.append(
            (_t("Price sensitivity"), labels.price_sensitivity(show.audience_price_sensitivity))
        )

    if start is not None:
        end_txt = _clock(start, show.planned_duration_ms or 0, secs)
        when = _t("{date}  {start} – {end}  ({zone})").format(
            date=fmt.date_text(start),
            start=fmt.clock_time(start),
            end=end_txt,
            zone=fmt.utc_offset(start),
        )
    else:
        when = _t("No start time set")
    return RunSheetData(
        title=show.title,
        currency=cur,
        when=when,
        duration=format_duration(show.planned_duration_ms),
        platform=show.platform,
        hosts=show.hosts,
        guests=show.guests,
        theme=show.theme,
        format=format_label(show.format),
        notes=show.notes,
        audience=audience,
        goals=goals,
        rows=rows,
        total=format_duration(total_ms),
        over_under=over_under,
        promos=promos,
        items=sheet_items,
        risks=risks,
        claims=[
            SheetClaim(h.claim.phrase, h.claim.label, h.place.text(), h.claim.why) for h in hits
        ],
    )


# ---- PDF ------------------------------------------------------------------------------------------

# Latin fonts first: with a CJK font for digits, Qt writes no text mapping for them (copy/search lose
# every number); CJK text still falls back to the CJK fonts.
_CSS = """
<style>
body, p, td, th, span, h1, h2 { font-family: 'Noto Sans', 'DejaVu Sans', 'Segoe UI', 'Helvetica Neue', Arial,
  'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif; }
h1 { font-size: 20pt; margin: 0; }
.meta { font-size: 12pt; }
.clock { font-size: 17pt; font-weight: bold; white-space: nowrap; }
.bigtime { font-size: 13pt; font-weight: bold; }
.sec { font-size: 9pt; font-weight: bold; color: #444; }
.seg { font-size: 12pt; font-weight: bold; }
.kind { font-size: 9pt; color: #1f3b73; font-weight: bold; }
.cue { font-size: 12pt; }
.promo { font-size: 11pt; color: #b00020; font-weight: bold; }
.small { font-size: 9pt; color: #444; }
.issue { font-size: 9pt; color: #b00020; }
td.big { font-size: 13pt; font-weight: bold; }
.said { font-size: 12pt; font-weight: bold; color: #b00020; text-decoration: underline; }
</style>
"""


_CLOCK = re.compile(r"^(\d{1,2}[:.]\d{2})([:.]\d{2})?(.*)$", re.S)


def _big_clock(text: str, css: str) -> str:
    """'16:09:40 +1' -> big '16:09', small ':40 +1'; '8:09:40 PM' -> big '8:09', small ':40 PM':
    minutes read at a glance, seconds and the rest still there."""
    text = " ".join(text.split())  # locales put a narrow no-break space before AM/PM
    m = _CLOCK.match(text)
    big, small = (m.group(1), (m.group(2) or "") + m.group(3)) if m else (text, "")
    tail = f"<br><span class='sec'>{esc(small.strip())}</span>" if small.strip() else ""
    return f"<span class='{css}'>{esc(big)}</span>{tail}"


SAY_DIFFERENTLY_NOTE = QT_TRANSLATE_NOOP(
    "RunSheet",
    "Claims advertising law and the platform's live rules ban; they are underlined in the cues.",
)


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` escaped, the phrases at `spans` underlined in red."""
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out.append(esc(text[pos:a]))
        out.append(f"<span class='said'>{esc(text[a:b])}</span>")
        pos = b
    out.append(esc(text[pos:]))
    return "".join(out)


def render_html(d: RunSheetData) -> str:
    money = lambda v: fmt.money(v, d.currency) if v is not None else ""  # noqa: E731
    out: list[str] = [_CSS]
    out.append(f"<h1>{esc(d.title)}</h1>")
    meta = [f"<b>{esc(d.when)}</b>", esc(_t("{d} planned").format(d=d.duration))]
    if d.platform:
        meta.append(esc(d.platform))
    if d.hosts:
        meta.append(esc(_t("Host: {names}").format(names=d.hosts)))
    if d.guests:
        meta.append(esc(_t("Guest: {names}").format(names=d.guests)))
    out.append(f"<p class='meta'>{' &nbsp;·&nbsp; '.join(meta)}</p>")
    if d.goals:
        cells = "".join(
            f"<td class='big'>{esc(v)}<br><span class='small'>{esc(k)}</span></td>"
            for k, v in d.goals
        )
        out.append(
            f"<h2>{esc(_t('Goals'))}</h2><table width='100%' cellpadding='4'><tr>{cells}</tr></table>"
        )

    out.append(f"<h2>{esc(_t('Run-of-show'))}</h2>")
    out.append(
        "<table width='100%' cellpadding='5'><thead><tr>"
        f"<th width='15%'>{esc(_t('Time'))}</th><th width='30%'>{esc(_t('Segment'))}</th>"
        f"<th>{esc(_t('Cue'))}</th></tr></thead>"
    )
    obs_label = _t("OBS scene")
    for r in d.rows:
        seg = f"<span class='kind'>{esc(r.kind.upper())}</span><br><span class='seg'>{esc(r.title)}</span>"
        if r.product:
            seg += f"<br>{esc(r.product)}"
            if r.price is not None:
                seg += f" · <b>{esc(money(r.price))}</b>"
        if r.scene:
            seg += f"<br><span class='small'>{esc(obs_label)}: {esc(r.scene)}</span>"
        cue = f"<span class='cue'>{_marked(r.cue, r.cue_marks)}</span>" if r.cue else ""
        for line in r.promos:
            cue += ("<br>" if cue else "") + f"<span class='promo'>▶ {esc(line)}</span>"
        dur = esc(r.duration)
        if r.zero_length:
            dur = f"<span class='issue'>{esc(_t('0:00 long: check this segment'))}</span>"
        out.append(
            f"<tr><td>{_big_clock(r.clock, 'clock')}<br><span class='small'>+{esc(r.offset)}"
            f" · {dur}</span></td><td>{seg}</td><td>{cue}</td></tr>"
        )
    out.append("</table>")
    out.append(
        f"<p class='small'>{esc(_t('Total {total} · {state}').format(total=d.total, state=d.over_under))}</p>"
    )
    if d.claims:
        out.append(f"<h2>{esc(_t('Say differently'))}</h2>")
        out.append(f"<p class='small'>{esc(_t(str(SAY_DIFFERENTLY_NOTE)))}</p>")
        out.append("<table width='100%' cellpadding='4'><thead><tr>")
        for h, w in ((_t("Phrase"), 18), (_t("Where"), 42), (_t("Why"), 40)):
            out.append(f"<th width='{w}%'>{esc(h)}</th>")
        out.append("</tr></thead>")
        for c in d.claims:
            out.append(
                f"<tr><td><span class='said'>{esc(c.phrase)}</span></td><td>{esc(c.where)}</td>"
                f"<td><b>{esc(c.category)}</b><br><span class='small'>{esc(c.why)}</span></td></tr>"
            )
        out.append("</table>")

    if d.promos:
        out.append(
            f"<h2>{esc(_t('Promotions'))}</h2><table width='100%' cellpadding='4'><thead><tr>"
        )
        for h, w in (
            (_t("Start"), 11),
            (_t("End"), 9),
            (_t("Promotion"), 32),
            (_t("Product"), 22),
            (_t("Offer"), 14),
            (_t("Quantity"), 12),
        ):
            out.append(f"<th width='{w}%'>{esc(h)}</th>")
        out.append("</tr></thead>")
        for p in d.promos:
            issues = "".join(f"<br><span class='issue'>⚠ {esc(i)}</span>" for i in p.issues)
            out.append(
                f"<tr><td>{_big_clock(p.start, 'bigtime')}</td><td>{esc(p.end)}</td>"
                f"<td><b>{esc(p.kind)}</b><br>{esc(p.title)}{issues}</td><td>{esc(p.product)}</td>"
                f"<td class='big'>{esc(p.offer)}</td><td class='num'>{esc(p.quantity)}</td></tr>"
            )
        out.append("</table>")

    if d.items:
        out.append(f"<h2>{esc(_t('Lineup'))}</h2><table width='100%' cellpadding='4'><thead><tr>")
        for h in (
            "#",
            _t("Product"),
            _t("Role"),
            _t("List price"),
            _t("Live price"),
            _t("Discount"),
            _t("Stock"),
        ):
            out.append(f"<th>{esc(h)}</th>")
        out.append("</tr></thead>")
        for n, it in enumerate(d.items, start=1):
            out.append(
                f"<tr><td>{n}</td><td><b>{esc(it.name)}</b><br><span class='small'>{esc(it.sku)}</span></td>"
                f"<td>{esc(it.role)}</td><td class='num'>{esc(money(it.list_price))}</td>"
                f"<td class='num big'>{esc(money(it.live_price))}</td><td class='num'>{esc(it.discount)}</td>"
                f"<td class='num'>{esc('' if it.allocated is None else it.allocated)}</td></tr>"
            )
        out.append("</table>")

    if d.risks:
        out.append(
            f"<h2>{esc(_t('Top risks and what to do'))}</h2><table width='100%' cellpadding='4'><thead><tr>"
        )
        for h in (_t("Level"), _t("Risk"), _t("Response"), _t("Owner")):
            out.append(f"<th>{esc(h)}</th>")
        out.append("</tr></thead>")
        for rk in d.risks:
            out.append(
                f"<tr><td bgcolor='{rk.colour}' width='11%'><span style='color:{rk.text_colour}'><b>"
                f"{esc(rk.level)}</b><br>{rk.priority}</span></td>"
                f"<td width='30%'><b>{esc(rk.description)}</b><br><span class='small'>{esc(rk.category)}</span></td>"
                f"<td class='cue'>{esc(rk.response)}</td><td>{esc(rk.owner)}</td></tr>"
            )
        out.append("</table>")

    details = []
    if d.theme:
        details.append((_t("Theme"), d.theme))
    details.append((_t("Format"), d.format))
    details.extend(d.audience)
    if d.notes:
        details.append((_t("Notes"), d.notes))
    out.append(f"<h2>{esc(_t('Overview'))}</h2><table width='100%' cellpadding='4'>")
    for k, v in details:
        out.append(f"<tr><th width='22%'>{esc(k)}</th><td>{esc(v)}</td></tr>")
    out.append("</table>")
    return "".join(out)


# ---- xlsx -----------------------------------------------------------------------------------------


def _num(minor: int | None, currency: str) -> Any:
    return None if minor is None else float(to_decimal(minor, currency))


def write_xlsx(d: RunSheetData, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = _t("Overview")[:31]
    info: list[tuple[str, Any]] = [
        (_t("Show"), d.title),
        (_t("When"), d.when),
        (_t("Planned length"), d.duration),
        (_t("Platform"), d.platform),
        (_t("Host"), d.hosts),
        (_t("Guest"), d.guests),
        (_t("Theme"), d.theme),
        (_t("Format"), d.format),
    ]
    info += [(_t("Goal: {name}").format(name=k), v) for k, v in d.goals]
    info += [(_t("Audience: {name}").format(name=k), v) for k, v in d.audience]
    info.append((_t("Notes"), d.notes))
    write_table(
        ws, [Column(_t("Field"), 24), Column(_t("Value"), 70, wrap=True)], info, autofilter=False
    )

    money_fmt = "#,##0.00"
    ws = wb.create_sheet(_t("Run-of-show")[:31])
    write_table(
        ws,
        [
            Column(_t("Time"), 10),
            Column(_t("Offset"), 9),
            Column(_t("Duration"), 9),
            Column(_t("Kind"), 13),
            Column(_t("Segment"), 30, wrap=True),
            Column(_t("Product"), 28, wrap=True),
            Column(_t("Live price"), 11, money_fmt),
            Column(_t("Cue"), 60, wrap=True),
            Column(_t("Promotions"), 40, wrap=True),
            Column(_t("OBS scene"), 20),
        ],
        [
            (
                r.clock,
                r.offset,
                r.duration,
                r.kind,
                r.title,
                r.product,
                _num(r.price, d.currency),
                r.cue,
                "\n".join(r.promos),
                r.scene,
            )
            for r in d.rows
        ],
    )

    if d.claims:
        ws = wb.create_sheet(_t("Say differently")[:31])
        write_table(
            ws,
            [
                Column(_t("Phrase"), 20, wrap=True),
                Column(_t("Category"), 22),
                Column(_t("Where"), 50, wrap=True),
                Column(_t("Why"), 70, wrap=True),
            ],
            [(c.phrase, c.category, c.where, c.why) for c in d.claims],
        )

    ws = wb.create_sheet(_t("Promotions")[:31])
    write_table(
        ws,
        [
            Column(_t("Start"), 10),
            Column(_t("End"), 10),
            Column(_t("Kind"), 12),
            Column(_t("Promotion"), 28, wrap=True),
            Column(_t("Product"), 28, wrap=True),
            Column(_t("Offer"), 14),
            Column(_t("Quantity"), 10, "0"),
            Column(_t("Issues"), 50, wrap=True),
        ],
        [
            (
                p.start,
                p.end,
                p.kind,
                p.title,
                p.product,
                p.offer,
                int(p.quantity) if p.quantity else None,
                "\n".join(p.issues),
            )
            for p in d.promos
        ],
    )

    ws = wb.create_sheet(_t("Lineup")[:31])
    write_table(
        ws,
        [
            Column("#", 5, "0"),
            Column(_t("SKU"), 14),
            Column(_t("Product"), 34, wrap=True),
            Column(_t("Role"), 14),
            Column(_t("List price"), 12, money_fmt),
            Column(_t("Live price"), 12, money_fmt),
            Column(_t("Discount"), 10),
            Column(_t("Stock"), 10, "0"),
        ],
        [
            (
                n,
                it.sku,
                it.name,
                it.role,
                _num(it.list_price, d.currency),
                _num(it.live_price, d.currency),
                it.discount,
                it.allocated,
            )
            for n, it in enumerate(d.items, start=1)
        ],
    )

    ws = wb.create_sheet(_t("Risks")[:31])
    write_table(
        ws,
        [
            Column(_t("Priority"), 9, "0"),
            Column(_t("Level"), 10),
            Column(_t("Category"), 12),
            Column(_t("Risk"), 40, wrap=True),
            Column(_t("Response"), 70, wrap=True),
            Column(_t("Owner"), 14),
        ],
        [(r.priority, r.level, r.category, r.description, r.response, r.owner) for r in d.risks],
    )
    save_workbook_atomically(wb, path)


# ---- entry point ----------------------------------------------------------------------------------


def export_runsheet(
    store_or_session: Store | Session,
    show_id: int,
    path: Path | str,
    page: str = "A4",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write the run sheet of `show_id` to `path` (.pdf or .xlsx). Returns the path.

    Raises RunSheetError with a message for the user (unknown suffix, missing show). Nothing is left
    behind when it fails or is cancelled (the writers go through a temporary file).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise RunSheetError(
            _t("{name}: a run sheet is saved as .pdf or .xlsx").format(name=path.name)
        )
    if page not in ("A4", "Letter"):
        raise RunSheetError(_t("Unknown page size '{page}' (A4 or Letter)").format(page=page))
    step = progress or (lambda _d, _t: None)
    step(0, 3)
    if isinstance(store_or_session, Store):
        with store_or_session.session() as s:
            data = collect(s, show_id)
    else:
        data = collect(store_or_session, show_id)
    step(1, 3)
    if cancelled is not None and cancelled():
        from livestudio.tasks import Cancelled

        raise Cancelled()
    if suffix == ".pdf":
        html_to_pdf(render_html(data), path, page=page, title=data.title)
    else:
        write_xlsx(data, path)
    step(3, 3)
    return path


# Strings used inside f-strings, where lupdate cannot see them: declared here so they
# are extracted and translated (tests/ship/test_translations.py checks none is missed).
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("RunSheet", "Run-of-show"),
    QT_TRANSLATE_NOOP("RunSheet", "Time"),
    QT_TRANSLATE_NOOP("RunSheet", "Segment"),
    QT_TRANSLATE_NOOP("RunSheet", "Cue"),
    QT_TRANSLATE_NOOP("RunSheet", "Total {total} · {state}"),
    QT_TRANSLATE_NOOP("RunSheet", "Overview"),
    QT_TRANSLATE_NOOP("RunSheet", "Goals"),
    QT_TRANSLATE_NOOP("RunSheet", "0:00 long: check this segment"),
    QT_TRANSLATE_NOOP("RunSheet", "Promotions"),
    QT_TRANSLATE_NOOP("RunSheet", "Lineup"),
    QT_TRANSLATE_NOOP("RunSheet", "Top risks and what to do"),
    QT_TRANSLATE_NOOP("RunSheet", "Say differently"),
    QT_TRANSLATE_NOOP("RunSheet", "Phrase"),
    QT_TRANSLATE_NOOP("RunSheet", "Where"),
    QT_TRANSLATE_NOOP("RunSheet", "Why"),
)
