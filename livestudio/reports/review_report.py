"""The review of one show as .xlsx (summary, segments, products, minute trend, feedback, findings,
with native Excel charts) and as a PDF one-pager plus detail pages with the charts drawn by QPainter."""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen

from livestudio.core import fmt
from livestudio.core.i18n import translate
from livestudio.core.labels import segment_kind
from livestudio.core.money import MINOR_DIGITS, to_decimal
from livestudio.core.review import findings as review_findings
from livestudio.core.review import kpis as review_kpis
from livestudio.core.review.feedback import sentiment_label, topic_label
from livestudio.core.review.service import ReviewService, ReviewSnapshot, stagger_labels
from livestudio.core.sheets import Column, save_workbook_atomically, write_table, write_text
from livestudio.reports.pdf import ensure_gui_app, esc, html_to_pdf

SERIES = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]
BAND_COLOURS = [
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
]


def _t(text: str) -> str:
    return translate("ReviewReport", text)


def collect(service: ReviewService, show_id: int, convert: bool = False) -> ReviewSnapshot:
    """The report's data: the same snapshot the Review workspace draws."""
    return service.snapshot(show_id, convert=convert)


def compared_with(snap: ReviewSnapshot) -> str:
    """What "previous" and "median" were taken from: "median of the last 4 CNY shows", or the
    shows converted and the rates used ("" without history)."""
    note = next((k.history_note for k in snap.kpis if k.history_note and k.median_n), "")
    return _t("Compared with: {note}").format(note=note) if note else ""


def _yuan(minor: int | None, currency: str) -> float | None:
    return None if minor is None else float(to_decimal(minor, currency))


def _min(ms: int | None) -> float | None:
    return None if ms is None else round(ms / 60_000, 2)


# ---------------------------------------------------------------- xlsx


def export_xlsx(snap: ReviewSnapshot, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import Font

    cur = snap.currency
    digits = MINOR_DIGITS.get(cur.upper(), 2)
    money_format = "#,##0" + ("." + "0" * digits if digits else "")  # ¥1,299.00 / ¥1,299 for JPY
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _t("Summary")
    write_text(ws, 1, 1, snap.show.title).font = Font(bold=True, size=14)
    write_text(
        ws,
        2,
        1,
        _t("Started {when} · {platform}").format(
            when=fmt.datetime_text(snap.started_utc), platform=snap.show.platform or "—"
        ),
    )
    rows = []
    for k in snap.kpis:
        rows.append(
            [
                k.label,
                _num(k, cur),
                review_kpis.format_kpi(k, cur),
                review_kpis.format_value(k.unit, k.goal, cur) if k.goal is not None else "",
                "" if k.goal_met is None else (_t("met") if k.goal_met else _t("missed")),
                review_kpis.format_value(k.unit, k.goal_delta, cur, signed=True)
                if k.goal_delta is not None
                else "",
                review_kpis.format_value(k.unit, k.vs_previous, cur, signed=True)
                if k.vs_previous is not None
                else "",
                review_kpis.format_value(k.unit, k.median10, cur) if k.median10 is not None else "",
                k.formula,
                k.reason or "",
            ]
        )
    write_table(
        ws,
        [
            Column(_t("KPI"), 26),
            Column(_t("Value"), 14, "#,##0.00##"),
            Column(_t("Shown as"), 16),
            Column(_t("Goal"), 14),
            Column(_t("Goal met"), 10),
            Column(_t("vs goal"), 14),
            Column(_t("vs previous show"), 16),
            Column(_t("Median of last 10"), 16),
            Column(_t("Formula"), 60, wrap=True),
            Column(_t("Why missing"), 40, wrap=True),
        ],
        rows,
        start_row=4,
    )
    if compared_with(snap):
        write_text(ws, 3, 1, compared_with(snap))

    ws = wb.create_sheet(_t("Segments"))
    band_rows = []
    for st in snap.band_stats:
        bnd = st.band
        band_rows.append(
            [
                bnd.position + 1,
                bnd.title,
                segment_kind(bnd.kind),
                _min(bnd.start_ms),
                _min(bnd.planned_ms),
                _min(bnd.duration_ms),
                _min(bnd.duration_ms - bnd.planned_ms) if bnd.actual else None,
                st.viewers_start,
                st.viewers_end,
                st.viewers_change,
                st.orders,
                _yuan(st.gmv, cur),
                st.units_logged,
                _t("live log") if bnd.actual else _t("plan"),
            ]
        )
    last = write_table(
        ws,
        [
            Column("#", 5),
            Column(_t("Segment"), 32),
            Column(_t("Kind"), 12),
            Column(_t("Start (min)"), 11, "0.0"),
            Column(_t("Planned (min)"), 12, "0.0"),
            Column(_t("Actual (min)"), 12, "0.0"),
            Column(_t("Over / under (min)"), 14, "+0.0;-0.0;0"),
            Column(_t("Viewers at start"), 12, "#,##0"),
            Column(_t("Viewers at end"), 12, "#,##0"),
            Column(_t("Viewers gained / lost"), 14, "+#,##0;-#,##0;0"),
            Column(_t("Orders"), 10, "#,##0"),
            Column(_t("GMV"), 14, money_format),
            Column(_t("Units logged"), 10, "#,##0"),
            Column(_t("Times from"), 10),
        ],
        band_rows,
    )
    if band_rows:
        chart = BarChart()
        chart.title = _t("Viewers gained / lost per segment")
        chart.y_axis.title = _t("Viewers")
        chart.add_data(Reference(ws, min_col=10, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=last))
        chart.width, chart.height = 22, 9
        ws.add_chart(chart, f"B{last + 3}")

    ws = wb.create_sheet(_t("Products"))
    prod_rows = []
    for p in sorted(snap.products, key=lambda p: -(p.gmv or 0)):
        prod_rows.append(
            [
                p.sku,
                p.name,
                _t("yes") if p.in_lineup else _t("no"),
                p.impressions,
                p.clicks,
                p.ctr,
                p.orders,
                p.click_to_order,
                p.units,
                _yuan(p.gmv, cur),
                _yuan(p.refunds, cur),
                p.allocated,
            ]
        )
    last = write_table(
        ws,
        [
            Column(_t("SKU"), 12),
            Column(_t("Product"), 34),
            Column(_t("In lineup"), 9),
            Column(_t("Impressions"), 12, "#,##0"),
            Column(_t("Clicks"), 10, "#,##0"),
            Column(_t("Click-through"), 12, "0.0%"),
            Column(_t("Orders"), 10, "#,##0"),
            Column(_t("Click-to-order"), 13, "0.0%"),
            Column(_t("Units"), 10, "#,##0"),
            Column(_t("GMV"), 14, money_format),
            Column(_t("Refunds"), 12, money_format),
            Column(_t("Allocated stock"), 12, "#,##0"),
        ],
        prod_rows,
    )
    if prod_rows:
        chart = BarChart()
        chart.type = "bar"
        chart.title = _t("GMV by product")
        chart.add_data(
            Reference(ws, min_col=10, min_row=1, max_row=min(last, 31)), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=2, min_row=2, max_row=min(last, 31)))
        chart.width, chart.height = 22, 10
        ws.add_chart(chart, f"B{last + 3}")

    ws = wb.create_sheet(_t("Minute trend"))
    ms = snap.minutes
    trend_rows = []
    cum = 0
    for i, m in enumerate(ms.minutes):
        gmv = ms.values["gmv"][i]
        cum += gmv or 0
        band = snap.band_at(m * 60_000)
        trend_rows.append(
            [
                m,
                band.title if band else "",
                ms.values["online"][i],
                ms.values["entries"][i],
                ms.values["comments"][i],
                ms.values["likes"][i],
                ms.values["orders"][i],
                _yuan(gmv, cur),
                _yuan(cum, cur) if snap.trend.has("gmv") else None,
            ]
        )
    last = write_table(
        ws,
        [
            Column(_t("Minute"), 8, "0"),
            Column(_t("Segment"), 30),
            Column(_t("Online"), 10, "#,##0"),
            Column(_t("Entries"), 10, "#,##0"),
            Column(_t("Comments"), 10, "#,##0"),
            Column(_t("Likes"), 10, "#,##0"),
            Column(_t("Orders"), 10, "#,##0"),
            Column(_t("GMV"), 12, money_format),
            Column(_t("Cumulative GMV"), 14, money_format),
        ],
        trend_rows,
    )
    if trend_rows:
        chart = LineChart()
        chart.title = _t("Online viewers per minute")
        chart.y_axis.title = _t("Online")
        chart.x_axis.title = _t("Minute")
        chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=last), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
        chart.width, chart.height = 24, 10
        ws.add_chart(chart, "K2")

    ws = wb.create_sheet(_t("Feedback"))
    fb_rows = [
        [
            fmt.duration(c.offset_ms) if c.offset_ms is not None else "",
            c.author,
            c.text,
            sentiment_label(c.sentiment),
            topic_label(c.topic),
            _t("yes") if c.corrected else "",
        ]
        for c in snap.comments
    ]
    last = write_table(
        ws,
        [
            Column(_t("Time"), 9),
            Column(_t("User"), 14),
            Column(_t("Comment"), 60, wrap=True),
            Column(_t("Sentiment"), 11),
            Column(_t("Topic"), 20),
            Column(_t("Corrected"), 10),
        ],
        fb_rows,
    )
    stats_fb = snap.feedback
    col = 8
    ws.cell(row=1, column=col, value=_t("Topic"))
    ws.cell(row=1, column=col + 1, value=_t("Comments"))
    ws.cell(row=1, column=col + 2, value=_t("Negative"))
    for r, (topic, n) in enumerate(stats_fb.by_topic.items(), start=2):
        ws.cell(row=r, column=col, value=topic_label(topic))
        ws.cell(row=r, column=col + 1, value=n)
        ws.cell(row=r, column=col + 2, value=stats_fb.negative_by_topic[topic])
    if snap.comments:
        chart = BarChart()
        chart.title = _t("Comments by topic")
        chart.add_data(
            Reference(ws, min_col=col + 1, max_col=col + 2, min_row=1, max_row=7),
            titles_from_data=True,
        )
        chart.set_categories(Reference(ws, min_col=col, min_row=2, max_row=7))
        chart.width, chart.height = 16, 8
        ws.add_chart(chart, "H10")

    ws = wb.create_sheet(_t("Findings"))
    rule_names = dict(review_findings.rules())
    last = write_table(
        ws,
        [
            Column(_t("Finding"), 40, wrap=True),
            Column(_t("Evidence"), 60, wrap=True),
            Column(_t("Suggested action"), 60, wrap=True),
            Column(_t("Rule"), 50, wrap=True),
        ],
        [[f.title, f.evidence, f.action, rule_names.get(f.rule, f.rule)] for f in snap.findings],
    )
    r = last + 3
    ws.cell(row=r, column=1, value=_t("Retrospective")).font = Font(bold=True)
    for kind, label in (("keep", _t("Keep")), ("problem", _t("Problem")), ("try", _t("Try"))):
        for text in snap.notes.get(kind, []):
            r += 1
            write_text(ws, r, 1, label)
            write_text(ws, r, 2, text)
    for a in snap.actions:
        r += 1
        write_text(ws, r, 1, _t("Action"))
        write_text(ws, r, 2, a.title)
        write_text(ws, r, 3, a.owner)
        write_text(ws, r, 4, fmt.date_text(a.due_at) if a.due_at else "")
        write_text(ws, r, 5, a.sent_to)
    save_workbook_atomically(wb, Path(path))
    return Path(path)


def _num(k: review_kpis.Kpi, currency: str) -> float | None:
    if k.value is None:
        return None
    if k.unit == "money":  # in the currency's units (its own minor digits)
        return float(to_decimal(int(round(k.value)), currency))
    if k.unit == "duration":
        return round(k.value / 1000, 1)
    return float(k.value)


# ---------------------------------------------------------------- charts as images


def _png_b64(img: QImage) -> str:
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")  # type: ignore[call-overload]  # PySide takes a str at run time
    buf.close()
    return base64.b64encode(bytes(ba.data())).decode("ascii")


def _painter(w: int, h: int) -> tuple[QImage, QPainter]:
    ensure_gui_app()
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    f = QFont()
    f.setFamilies(
        ["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Sans Serif"]
    )
    f.setPixelSize(15)
    p.setFont(f)
    return img, p


def timeline_image(d: ReviewSnapshot, w: int = 1600, h: int = 560) -> QImage:
    """Online viewers per minute over the segment bands, promotion windows, sales and incidents."""
    img, p = _painter(w, h)
    left, right, top, bottom = 70, 80, 60, 50
    pw, ph = w - left - right, h - top - bottom
    ms = d.minutes
    bands = d.bands
    total_min = max([m + 1 for m in ms.minutes] + [b.end_ms / 60_000 for b in bands] + [1])
    online = [
        (m, v)
        for m, v in zip(ms.minutes, ms.values.get("online", []), strict=False)
        if v is not None
    ]
    ymax = max([v for _, v in online] + [1]) * 1.1

    def x(minute: float) -> float:
        return left + pw * minute / total_min

    def y(v: float) -> float:
        return top + ph - ph * v / ymax

    fm = p.fontMetrics()
    starts = [x(b.start_ms / 60_000) for b in bands]
    widths = [fm.horizontalAdvance(b.title) + 4 for b in bands]
    rows, rooms = stagger_labels(
        starts, widths, left + pw, max_rows=3, min_width=fm.horizontalAdvance("M…") + 4
    )
    line_h = fm.height() + 2
    for i, b in enumerate(bands):
        c = QColor(BAND_COLOURS[i % len(BAND_COLOURS)])
        c.setAlpha(50)
        r = QRectF(x(b.start_ms / 60_000), top, x(b.end_ms / 60_000) - x(b.start_ms / 60_000), ph)
        p.fillRect(r, c)
        c.setAlpha(255)
        p.setPen(QPen(c.darker(140)))
        # staggered rows above the plot, each label shortened to its room: never overlapping
        if rooms[i] >= fm.horizontalAdvance("M…") + 4:
            text = fm.elidedText(b.title, Qt.TextElideMode.ElideRight, int(rooms[i] - 4))
            p.drawText(QPointF(r.left() + 2, top - 6 - (rows - 1 - i % rows) * line_h), text)
    for w_ in d.promo_windows:
        r = QRectF(
            x(w_.start_ms / 60_000),
            top + ph - 14,
            x(w_.end_ms / 60_000) - x(w_.start_ms / 60_000),
            14,
        )
        p.fillRect(r, QBrush(QColor("#ff7f0e"), Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(QColor("#b35900")))
        p.drawRect(r)
    p.setPen(QPen(QColor("#888"), 1))
    p.drawLine(left, top + ph, left + pw, top + ph)
    p.drawLine(left, top, left, top + ph)
    p.setPen(QPen(QColor("#333")))
    for i in range(5):
        v = ymax * i / 4
        p.drawText(
            QRectF(0, y(v) - 10, left - 8, 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{v:,.0f}",
        )
    step = max(5, int(total_min / 12 / 5 + 1) * 5)
    for m in range(0, int(total_min) + 1, step):
        p.drawText(QRectF(x(m) - 30, top + ph + 6, 60, 20), Qt.AlignmentFlag.AlignCenter, f"{m}′")
    if online:
        path = QPainterPath(QPointF(x(online[0][0] + 0.5), y(online[0][1])))
        for m, v in online[1:]:
            path.lineTo(x(m + 0.5), y(v))
        p.setPen(QPen(QColor(SERIES[0]), 3))
        p.drawPath(path)
    if d.trend.has("gmv"):
        cum, pts = 0, []
        for m, g in zip(ms.minutes, ms.values["gmv"], strict=False):
            cum += g or 0
            pts.append((m, cum))
        gmax = max(cum, 1) * 1.05
        path = QPainterPath(QPointF(x(pts[0][0] + 1), top + ph - ph * pts[0][1] / gmax))
        for m, v in pts[1:]:
            path.lineTo(x(m + 1), top + ph - ph * v / gmax)
        p.setPen(QPen(QColor(SERIES[2]), 2, Qt.PenStyle.DashLine))
        p.drawPath(path)
        p.setPen(QPen(QColor(SERIES[2])))
        for i in range(5):
            v = gmax * i / 4
            p.drawText(
                QRectF(left + pw + 6, top + ph - ph * v / gmax - 10, right, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fmt.number(round(float(to_decimal(int(v), d.currency)))),  # whole units
            )
    p.setPen(QPen(QColor("#2ca02c")))
    p.setBrush(QColor("#2ca02c"))
    for s in d.sales:
        p.drawEllipse(QPointF(x(s.offset_ms / 60_000), top + ph - 22), 3, 3)
    p.setPen(QPen(QColor("#d62728"), 2))
    for e in d.incidents:
        xx = x(e.offset_ms / 60_000)
        p.drawLine(QPointF(xx, top), QPointF(xx, top + ph))
        p.drawText(QPointF(xx + 4, top + 16), "⚠")
    p.setPen(QPen(QColor("#111")))
    legend = [
        (SERIES[0], _t("Online viewers")),
        (SERIES[2], _t("Cumulative GMV ({currency}, right axis)").format(currency=d.currency)),
        ("#ff7f0e", _t("Promotion window")),
        ("#2ca02c", _t("Logged sale")),
        ("#d62728", _t("Incident")),
    ]
    lx = left
    for colour, text in legend:
        p.fillRect(QRectF(lx, h - 20, 14, 10), QColor(colour))
        p.drawText(QPointF(lx + 18, h - 10), text)
        lx += 30 + p.fontMetrics().horizontalAdvance(text)
    p.end()
    return img


def bars_image(
    items: list[tuple[str, float]],
    title: str,
    fmt: Callable[[float], str],
    w: int = 1600,
    h: int = 420,
) -> QImage:
    img, p = _painter(w, h)
    p.setPen(QPen(QColor("#111")))
    p.drawText(QRectF(0, 4, w, 24), Qt.AlignmentFlag.AlignCenter, title)
    if not items:
        p.end()
        return img
    label_w, top = 360, 36
    row_h = min(40.0, (h - top - 10) / len(items))
    vmax = max(abs(v) for _, v in items) or 1
    for i, (label, v) in enumerate(items):
        yy = top + i * row_h
        p.setPen(QPen(QColor("#222")))
        p.drawText(
            QRectF(0, yy, label_w - 10, row_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label[:34],
        )
        bw = (w - label_w - 140) * abs(v) / vmax
        p.fillRect(
            QRectF(label_w, yy + row_h * 0.15, bw, row_h * 0.7),
            QColor(SERIES[0] if v >= 0 else SERIES[1]),
        )
        p.drawText(QRectF(label_w + bw + 6, yy, 140, row_h), Qt.AlignmentFlag.AlignVCenter, fmt(v))
    p.end()
    return img


def funnel_image(steps: list[tuple[str, float | None]], w: int = 1600, h: int = 300) -> QImage:
    known = [(lbl, v) for lbl, v in steps if v is not None]
    return bars_image(
        [(lbl, float(v)) for lbl, v in known],
        _t("Conversion funnel"),
        lambda v: fmt.number(int(v)),
        w,
        h,
    )


# ---------------------------------------------------------------- pdf


def export_pdf(snap: ReviewSnapshot, path: Path, page: str = "A4") -> Path:
    ensure_gui_app()
    b = snap
    cur = snap.currency
    started = _t("Review · started {when} · platform {platform}").format(
        when=fmt.datetime_text(snap.started_utc), platform=snap.show.platform or "—"
    )
    parts = [
        f"<h1>{esc(snap.show.title)}</h1>",
        f"<p class='muted'>{esc(started)}</p>",
    ]
    parts.append(
        f"<table><tr><th>{esc(_t('KPI'))}</th><th>{esc(_t('Value'))}</th><th>{esc(_t('Goal'))}</th>"
        f"<th>{esc(_t('vs previous'))}</th><th>{esc(_t('vs median of last 10'))}</th></tr>"
    )
    headline = (
        "gmv",
        "orders",
        "buyers",
        "aov",
        "unique_viewers",
        "peak_viewers",
        "avg_watch",
        "conversion",
        "gpm",
        "ctr",
        "click_to_order",
        "refund_rate",
        "sell_through",
    )
    for k in b.kpis:
        if k.key not in headline:
            continue
        val = review_kpis.format_kpi(k, cur)
        if k.value is None and k.reason:
            val += f" <span class='muted'>({esc(k.reason)})</span>"
        goal = ""
        if k.goal is not None:
            cls = "good" if k.goal_met else "bad" if k.goal_met is False else "muted"
            word = _t("met") if k.goal_met else _t("missed") if k.goal_met is False else ""
            goal = (
                f"{esc(review_kpis.format_value(k.unit, k.goal, cur))} <span class='{cls}'>{esc(word)} "
                f"{esc(review_kpis.format_value(k.unit, k.goal_delta, cur, signed=True)) if k.goal_delta is not None else ''}</span>"
            )
        prev = (
            review_kpis.format_value(k.unit, k.vs_previous, cur, signed=True)
            if k.vs_previous is not None
            else "—"
        )
        med = (
            review_kpis.format_value(k.unit, k.vs_median, cur, signed=True)
            if k.vs_median is not None
            else "—"
        )
        parts.append(
            f"<tr><td>{esc(k.label)}</td><td class='num'>{val}</td><td>{goal}</td>"
            f"<td class='num'>{esc(prev)}</td><td class='num'>{esc(med)}</td></tr>"
        )
    parts.append("</table>")
    if compared_with(snap):
        parts.append(f"<p class='muted'>{esc(compared_with(snap))}</p>")
    parts.append(f"<h2>{esc(_t('Timeline'))}</h2>")
    parts.append(
        f"<p><img src='data:image/png;base64,{_png_b64(timeline_image(snap))}' width='680'></p>"
    )
    parts.append(f"<h2>{esc(_t('What to change next time'))}</h2>")
    if b.findings:
        parts.append("<ol>")
        for f in b.findings[:5]:
            parts.append(
                f"<li><b>{esc(f.title)}</b><br>{esc(f.evidence)}<br><i>{esc(f.action)}</i></li>"
            )
        parts.append("</ol>")
    else:
        parts.append(
            f"<p class='muted'>{esc(_t('No findings: import the trend, products and comments for more.'))}</p>"
        )
    # detail pages
    parts.append("<div style='page-break-before: always'></div>")
    parts.append(
        f"<h2>{esc(_t('Segments: plan vs actual'))}</h2><table><tr>"
        + "".join(
            f"<th>{esc(h)}</th>"
            for h in (
                _t("Segment"),
                _t("Planned start"),
                _t("Planned"),
                _t("Actual start"),
                _t("Actual"),
                _t("Over / under"),
            )
        )
        + "</tr>"
    )
    for s in snap.segments_pva:
        over = s.over_ms
        cls = "bad" if over is not None and over > 60_000 else ""
        parts.append(
            f"<tr><td>{esc(s.title)}</td><td class='num'>{fmt.duration(s.planned_start_ms)}</td>"
            f"<td class='num'>{fmt.duration(s.planned_ms)}</td><td class='num'>{fmt.duration(s.actual_start_ms)}</td>"
            f"<td class='num'>{fmt.duration(s.actual_ms)}</td><td class='num {cls}'>"
            f"{('+' if over and over > 0 else '') + fmt.duration(over) if over is not None else '—'}</td></tr>"
        )
    parts.append("</table>")
    stats = snap.band_stats
    if stats:
        items = [
            (st.band.title, float(st.viewers_change))
            for st in stats
            if st.viewers_change is not None
        ]
        if items:
            img = bars_image(
                items,
                _t("Viewers gained / lost per segment"),
                lambda v: ("+" if v > 0 else "") + fmt.number(int(v)),
                h=60 + 40 * len(items),
            )
            parts.append(f"<p><img src='data:image/png;base64,{_png_b64(img)}' width='680'></p>")
    if snap.products:
        parts.append(f"<h2>{esc(_t('Products'))}</h2>")
        prods = sorted(snap.products, key=lambda p: -(p.gmv or 0))[:15]
        img = bars_image(
            [(p.label, float(p.gmv or 0)) for p in prods],
            _t("GMV by product"),
            lambda v: fmt.money(int(v), cur),
            h=60 + 40 * len(prods),
        )
        parts.append(f"<p><img src='data:image/png;base64,{_png_b64(img)}' width='680'></p>")
        parts.append(
            "<table><tr>"
            + "".join(
                f"<th>{esc(h)}</th>"
                for h in (
                    _t("Product"),
                    _t("Impressions"),
                    _t("Clicks"),
                    _t("Click-through"),
                    _t("Orders"),
                    _t("Click-to-order"),
                    _t("Units"),
                    _t("GMV"),
                )
            )
            + "</tr>"
        )
        for p in prods:
            ctr, c2o = fmt.percent(p.ctr), fmt.percent(p.click_to_order)
            parts.append(
                f"<tr><td>{esc(p.label)}</td><td class='num'>{_n(p.impressions)}</td>"
                f"<td class='num'>{_n(p.clicks)}</td><td class='num'>{ctr}</td><td class='num'>{_n(p.orders)}</td>"
                f"<td class='num'>{c2o}</td><td class='num'>{_n(p.units)}</td>"
                f"<td class='num'>{esc(fmt.money(p.gmv, cur))}</td></tr>"
            )
        parts.append("</table>")
    funnel = [(step.label, step.value) for step in snap.funnel]
    if sum(1 for _, v in funnel if v is not None) >= 2:
        parts.append(
            f"<p><img src='data:image/png;base64,{_png_b64(funnel_image(funnel))}' width='680'></p>"
        )
    if snap.comments:
        fs = snap.feedback
        parts.append(
            f"<h2>{esc(_t('Feedback'))}</h2><p>"
            + esc(" · ".join(f"{sentiment_label(s)} {n}" for s, n in fs.by_sentiment.items()))
            + "</p>"
        )
        parts.append(
            "<table><tr>"
            + "".join(
                f"<th>{esc(h)}</th>"
                for h in (_t("Topic"), _t("Comments"), _t("Negative"), _t("Examples"))
            )
            + "</tr>"
        )
        for topic, n in fs.by_topic.items():
            if n:
                parts.append(
                    f"<tr><td>{esc(topic_label(topic))}</td><td class='num'>{n}</td>"
                    f"<td class='num'>{fs.negative_by_topic[topic]}</td>"
                    f"<td>{esc(' / '.join(fs.examples[topic]))}</td></tr>"
                )
        parts.append("</table>")
    if any(b.notes.values()) or b.actions:
        parts.append(f"<h2>{esc(_t('Retrospective'))}</h2>")
        for kind, label in (("keep", _t("Keep")), ("problem", _t("Problem")), ("try", _t("Try"))):
            if b.notes.get(kind):
                parts.append(
                    f"<h3>{esc(label)}</h3><ul>"
                    + "".join(f"<li>{esc(t)}</li>" for t in b.notes[kind])
                    + "</ul>"
                )
        if b.actions:
            parts.append(f"<h3>{esc(_t('Action items'))}</h3><ul>")
            for a in b.actions:
                due = fmt.date_text(a.due_at) if a.due_at else ""
                parts.append(
                    f"<li>{esc(a.title)} <span class='muted'>{esc(a.owner)} {esc(due)}</span></li>"
                )
            parts.append("</ul>")
    return html_to_pdf("".join(parts), Path(path), page=page, title=snap.show.title)


def _n(v: int | None) -> str:
    return fmt.number(v)


def export(service: ReviewService, show_id: int, path: Path, convert: bool = False) -> Path:
    """By suffix: .xlsx or .pdf. `convert`: compare with shows in other currencies as well, at
    the user's rates (as the screen does when that is ticked)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValueError(_t("{file}: export as .xlsx or .pdf").format(file=path.name))
    snap = collect(service, show_id, convert)
    if suffix == ".xlsx":
        return export_xlsx(snap, path)
    return export_pdf(snap, path)


# Strings used inside f-strings, where lupdate cannot see them: declared here so they
# are extracted and translated (tests/ship/test_translations.py checks none is missed).
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("ReviewReport", "Review · started {when} · platform {platform}"),
    QT_TRANSLATE_NOOP("ReviewReport", "KPI"),
    QT_TRANSLATE_NOOP("ReviewReport", "Value"),
    QT_TRANSLATE_NOOP("ReviewReport", "Goal"),
    QT_TRANSLATE_NOOP("ReviewReport", "vs previous"),
    QT_TRANSLATE_NOOP("ReviewReport", "vs median of last 10"),
    QT_TRANSLATE_NOOP("ReviewReport", "Timeline"),
    QT_TRANSLATE_NOOP("ReviewReport", "What to change next time"),
    QT_TRANSLATE_NOOP(
        "ReviewReport", "No findings: import the trend, products and comments for more."
    ),
    QT_TRANSLATE_NOOP("ReviewReport", "Products"),
    QT_TRANSLATE_NOOP("ReviewReport", "Retrospective"),
    QT_TRANSLATE_NOOP("ReviewReport", "Segments: plan vs actual"),
    QT_TRANSLATE_NOOP("ReviewReport", "Action items"),
    QT_TRANSLATE_NOOP("ReviewReport", "Feedback"),
)
