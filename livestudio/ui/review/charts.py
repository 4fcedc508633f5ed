"""pyqtgraph charts of the Review workspace. Imported only when the Review tab is built (start-up speed).

The timeline stays smooth with a 4-hour per-second series: peak downsampling and clip-to-view.
Segment labels are laid out in pixels every time the view changes, so they never overlap.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from livestudio.core import fmt
from livestudio.core.money import MINOR_DIGITS
from livestudio.core.review.data import Band
from livestudio.core.review.service import ReviewSnapshot, stagger_labels
from livestudio.ui.theme import chart_palette

pg.setConfigOptions(antialias=False, useOpenGL=False)

# Segment labels: at most this many staggered rows, this many pixels apart at the least.
LABEL_ROWS = 3
LABEL_GAP_PX = 6
# Category labels of a bar chart are shortened past 40 % of its width, at least this many
# pixels (full names are in the table beside it).
BAR_LABEL_PX = 130


def _colour(hex_: str, alpha: int | None = None) -> QColor:
    c = QColor(hex_)
    if alpha is not None:
        c.setAlpha(alpha)
    return c


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pal = chart_palette()
        self.palette_ = pal
        self.series: list[str] = list(pal["series"])  # type: ignore[call-overload]
        self.plot = pg.PlotWidget(background=pal["background"])
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        for name in ("left", "bottom", "right"):
            ax = self.plot.getAxis(name)
            ax.setPen(pg.mkPen(pal["foreground"]))
            ax.setTextPen(pg.mkPen(pal["foreground"]))
        # the title sits outside the plot: a long one must not widen the plot past its pane
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        self.caption.setVisible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.caption)
        lay.addWidget(self.plot, 1)

    def repalette(self) -> None:
        """Take the current theme's chart colours (a chart redraws in them after a switch)."""
        self.palette_ = chart_palette()
        self.series = list(self.palette_["series"])  # type: ignore[call-overload]

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setVisible(bool(text))


class SegmentLabel(pg.TextItem):
    """A segment's name over its band; shortened (full name in `full_text`) or hidden to fit."""

    def __init__(self, band: Band, text: str, colour: str, fill: QColor) -> None:
        super().__init__("", color=colour, anchor=(0, 0), fill=pg.mkBrush(fill))
        self.band = band
        self.full_text = text
        self.textItem.document().setDocumentMargin(1)
        self.setToolTip(text)
        self.setZValue(5)

    def shown_text(self) -> str:
        return self.textItem.toPlainText() if self.isVisible() else ""


class TimelineChart(_Chart):
    """Online viewers over the segment bands; promotions shaded; incidents, sales and comments marked;
    cumulative GMV and orders on the right axis. `hovered` says what is under the mouse ("" after a
    new show is drawn, so no readout outlives its show)."""

    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pi = self.plot.getPlotItem()
        pi.setLabel("bottom", self.tr("Minutes from the start"))
        pi.setLabel("left", self.tr("Online viewers"))
        pi.showAxis("right")
        pi.setLabel("right", self.tr("Cumulative GMV / orders"))
        # A translucent box so the legend stays readable where it overlaps the curves.
        legend_bg = pg.mkColor(self.palette_["background"])
        legend_bg.setAlpha(215)
        self.legend = pi.addLegend(
            offset=(10, -28),
            colCount=4,
            labelTextColor=self.palette_["foreground"],
            brush=pg.mkBrush(legend_bg),
            pen=pg.mkPen(self.palette_["grid"]),
        )
        self.right = pg.ViewBox()
        pi.scene().addItem(self.right)
        pi.getAxis("right").linkToView(self.right)
        self.right.setXLink(pi)
        pi.vb.sigResized.connect(self._sync_right)
        pi.vb.sigResized.connect(self.layout_labels)
        pi.vb.sigRangeChanged.connect(self.layout_labels)
        self._proxy = pg.SignalProxy(
            self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved
        )
        self.snapshot: ReviewSnapshot | None = None
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.labels: list[SegmentLabel] = []
        self.label_rows = 1
        self._label_font = QFont(self.font())
        self._label_bg = pg.mkColor(self.palette_["background"])
        self._label_bg.setAlpha(170)
        self._minute_lookup: dict[int, str] = {}

    def _sync_right(self) -> None:
        self.right.setGeometry(self.plot.getPlotItem().vb.sceneBoundingRect())
        self.right.linkedViewChanged(self.plot.getPlotItem().vb, self.right.XAxis)

    def clear(self) -> None:
        self.plot.getPlotItem().clear()
        self.right.clear()
        self.legend.clear()
        self.curves.clear()
        self.labels.clear()
        self._minute_lookup = {}

    def _curve(
        self,
        key: str,
        x: np.ndarray,
        y: np.ndarray,
        colour: QColor,
        width: float,
        name: str,
        right: bool = False,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> pg.PlotDataItem:
        item = pg.PlotDataItem(x, y, pen=pg.mkPen(colour, width=width, style=style), name=name)
        if right:
            self.right.addItem(item)
            self.legend.addItem(item, name)
        else:
            self.plot.addItem(item)
        # after adding: clip-to-view needs the view box (pyqtgraph looks it up on the parent)
        item.setDownsampling(auto=True, method="peak")
        item.setClipToView(True)
        self.curves[key] = item
        return item

    def set_data(self, snap: ReviewSnapshot) -> None:
        self.clear()
        self.repalette()
        self._label_bg = pg.mkColor(self.palette_["background"])
        self._label_bg.setAlpha(170)
        self.legend.setLabelTextColor(self.palette_["foreground"])
        self.snapshot = snap
        self.hovered.emit("")  # the last show's readout must not survive the switch
        pal = self.palette_
        alpha = int(pal["band_alpha"])  # type: ignore[call-overload]
        pts = snap.online_points
        for i, b in enumerate(snap.bands):
            colour = _colour(self.series[i % len(self.series)], alpha)
            region = pg.LinearRegionItem(
                (b.start_ms / 60_000, b.end_ms / 60_000),
                movable=False,
                brush=QBrush(colour),
                pen=pg.mkPen(None),
            )
            region.setZValue(-20)
            self.plot.addItem(region)
            text = b.title if b.actual else self.tr("{title} (planned)").format(title=b.title)
            label = SegmentLabel(b, text, str(pal["foreground"]), self._label_bg)
            label.setFont(self._label_font)
            self.plot.addItem(label, ignoreBounds=True)
            self.labels.append(label)
        for w in snap.promo_windows:
            region = pg.LinearRegionItem(
                (w.start_ms / 60_000, w.end_ms / 60_000),
                movable=False,
                brush=QBrush(_colour("#ff7f0e", 70), Qt.BrushStyle.BDiagPattern),
                pen=pg.mkPen(_colour("#ff7f0e", 160)),
            )
            region.setZValue(-10)
            self.plot.addItem(region)
        ymax = 1.0
        if pts:
            arr = np.asarray(pts, dtype=float)
            self._curve(
                "online",
                arr[:, 0] / 60_000,
                arr[:, 1],
                _colour(self.series[0]),
                2,
                self.tr("Online viewers"),
            )
            ymax = max(1.0, float(arr[:, 1].max()))
        tr = snap.trend
        if len(tr):
            x = np.asarray(tr.offsets, dtype=float) / 60_000

            def column(key: str) -> np.ndarray:
                return np.fromiter((v or 0 for v in tr.values[key]), dtype=float, count=len(tr))

            for key, name, hex_ in (
                ("entries", self.tr("Entries"), self.series[4]),
                ("comments", self.tr("Comments"), self.series[5]),
                ("likes", self.tr("Likes"), self.series[6 % len(self.series)]),
            ):
                if tr.has(key):
                    item = self._curve(key, x, column(key), _colour(hex_, 150), 1, name)
                    item.setVisible(key == "entries")
            if tr.has("gmv"):
                scale = 10 ** MINOR_DIGITS.get(snap.currency.upper(), 2)
                self._curve(
                    "gmv",
                    x,
                    np.cumsum(column("gmv")) / scale,  # in the currency's units, not cents
                    _colour(self.series[2]),
                    2,
                    self.tr("Cumulative GMV ({currency})").format(currency=snap.currency),
                    right=True,
                    style=Qt.PenStyle.DashLine,
                )
            elif tr.has("orders"):
                self._curve(
                    "orders",
                    x,
                    np.cumsum(column("orders")),
                    _colour(self.series[3]),
                    2,
                    self.tr("Cumulative orders"),
                    right=True,
                    style=Qt.PenStyle.DotLine,
                )
        if snap.sales:
            xs = [s.offset_ms / 60_000 for s in snap.sales]
            self.plot.addItem(
                pg.ScatterPlotItem(
                    xs,
                    [ymax * 0.03] * len(xs),
                    symbol="t1",
                    size=9,
                    brush=_colour(self.series[2]),
                    pen=None,
                    name=self.tr("Logged sale"),
                )
            )
        for e in snap.incidents:
            self.plot.addItem(
                pg.InfiniteLine(
                    e.offset_ms / 60_000,
                    angle=90,
                    pen=pg.mkPen(_colour(self.series[1]), width=2),
                    label="⚠ " + e.text[:30],
                    labelOpts={"position": 0.7, "color": self.series[1]},
                )
            )
        timed = [c for c in snap.comments if c.offset_ms is not None]
        if timed:
            colours = {"negative": self.series[1], "positive": self.series[2]}
            self.plot.addItem(
                pg.ScatterPlotItem(
                    [c.offset_ms / 60_000 for c in timed if c.offset_ms is not None],
                    [ymax * 1.02] * len(timed),
                    # a question is a diamond (whatever its sentiment), other comments dots
                    symbol=["d" if c.question else "o" for c in timed],
                    size=[10 if c.question else 7 for c in timed],
                    brush=[_colour(colours.get(c.sentiment, "#888888")) for c in timed],
                    pen=[pg.mkPen(pal["foreground"] if c.question else None) for c in timed],
                )
            )
        self.plot.setYRange(0, ymax * 1.18, padding=0)
        self.plot.getPlotItem().vb.setLimits(yMin=-ymax * 0.5)
        self.plot.setXRange(0, snap.end_ms / 60_000, padding=0.01)
        self.right.enableAutoRange(axis=pg.ViewBox.YAxis)
        self._build_readouts(snap)
        self._sync_right()
        self.layout_labels()

    # ---- segment labels ---------------------------------------------------------------
    def layout_labels(self, *_args: object) -> None:
        """Place the segment labels in up to three staggered rows at the top of the plot; a label
        gets the room up to the next label in its row and is shortened with "…" (hidden when not
        even a few letters fit). The full name is in its tooltip and in the hover readout."""
        vb = self.plot.getPlotItem().vb
        width, height = vb.width(), vb.height()
        if not self.labels or width <= 0 or height <= 0:
            return
        (x0, x1), (y0, y1) = vb.viewRange()
        if x1 <= x0 or y1 <= y0:
            return
        fm = QFontMetrics(self._label_font)
        # a row is as tall as a label's box (text plus its document margin), plus a gap
        line_h = max(fm.height(), self.labels[0].textItem.boundingRect().height()) + 2
        px = [(lab.band.start_ms / 60_000 - x0) * width / (x1 - x0) for lab in self.labels]
        full = [fm.horizontalAdvance(lab.full_text) + 4 for lab in self.labels]
        min_room = fm.horizontalAdvance("M…") + 4
        rows, rooms = stagger_labels(px, full, width, LABEL_ROWS, LABEL_GAP_PX, min_room)
        self.label_rows = rows
        per_px_y = (y1 - y0) / height
        for i, lab in enumerate(self.labels):
            space = rooms[i]
            if px[i] < 0 or px[i] >= width or space < min_room:
                lab.setVisible(False)
                continue
            text = (
                lab.full_text
                if full[i] <= space
                else fm.elidedText(lab.full_text, Qt.TextElideMode.ElideRight, int(space - 4))
            )
            if lab.textItem.toPlainText() != text:
                lab.setText(text)
            lab.setPos(lab.band.start_ms / 60_000, y1 - (i % rows) * line_h * per_px_y)
            lab.setVisible(True)

    # ---- hover readout ----------------------------------------------------------------
    def _build_readouts(self, snap: ReviewSnapshot) -> None:
        ms = snap.minutes
        out: dict[int, str] = {}
        questions: dict[int, int] = {}
        for c in snap.comments:
            if c.question and c.offset_ms is not None:
                questions[c.offset_ms // 60_000] = questions.get(c.offset_ms // 60_000, 0) + 1
        for i, m in enumerate(ms.minutes):
            band = snap.band_at(m * 60_000 + 30_000)
            parts = [self.tr("Minute {m}").format(m=m)]
            if band is not None:
                parts.append(band.title)
            online = ms.values["online"][i]
            if online is not None:
                parts.append(self.tr("online {n}").format(n=fmt.number(online)))
            for key, label_text in (
                ("entries", self.tr("entries {n}")),
                ("comments", self.tr("comments {n}")),
                ("orders", self.tr("orders {n}")),
            ):
                v = ms.values[key][i]
                if v is not None:
                    parts.append(label_text.format(n=fmt.number(v)))
            if questions.get(m):
                parts.append(self.tr("questions {n}").format(n=fmt.number(questions[m])))
            g = ms.values["gmv"][i]
            if g is not None:
                parts.append(self.tr("GMV {v}").format(v=fmt.money(g, snap.currency)))
            out[m] = " · ".join(parts)
        self._minute_lookup = out

    def describe_minute(self, minute: int) -> str:
        if minute in self._minute_lookup:
            return self._minute_lookup[minute]
        if self.snapshot is None:
            return ""
        band = self.snapshot.band_at(minute * 60_000)
        return self.tr("Minute {m}").format(m=minute) + (" · " + band.title if band else "")

    def _on_mouse_moved(self, evt: tuple[QPointF]) -> None:
        pos = evt[0]
        vb = self.plot.getPlotItem().vb
        if self.snapshot is None or not self.plot.sceneBoundingRect().contains(pos):
            return
        x = vb.mapSceneToView(pos).x()
        if x < 0:
            return
        self.hovered.emit(self.describe_minute(int(x)))


class BarsChart(_Chart):
    """Horizontal bars with category labels (products, segments, funnel steps). Values are in
    the unit the axis shows (money in the currency's units); `texts` label each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot.getPlotItem().invertY(True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.values: list[float] = []
        self.labels: list[str] = []  # as drawn (shortened to fit the chart's width)
        self.full_labels: list[str] = []
        self.value_items: list[pg.TextItem] = []
        self.label_step = 1
        self.plot.getPlotItem().vb.sigResized.connect(self.thin_labels)

    def set_bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        texts: Sequence[str] | None = None,
        title: str = "",
        axis_label: str = "",
    ) -> None:
        pi = self.plot.getPlotItem()
        pi.clear()
        self.repalette()
        self.set_caption(title)
        pi.setLabel("bottom", axis_label)
        self.values = [float(v) for v in values]
        self.full_labels = list(labels)
        self.value_items = []
        if not values:
            return
        brushes = [_colour(self.series[0] if v >= 0 else self.series[1]) for v in values]
        ys = np.arange(len(values), dtype=float)
        bars = pg.BarGraphItem(
            x0=np.zeros(len(values)),
            y=ys,
            height=0.6,
            width=np.asarray(values, dtype=float),
            brushes=brushes,
            pen=None,
        )
        pi.addItem(bars)
        span = max(abs(v) for v in values) or 1
        for i, v in enumerate(values):
            text = pg.TextItem(
                texts[i] if texts is not None else fmt.number(v),
                color=self.palette_["foreground"],
                anchor=(0, 0.5) if v >= 0 else (1, 0.5),
            )
            text.setPos(v + (span * 0.01 if v >= 0 else -span * 0.01), i)
            pi.addItem(text)
            self.value_items.append(text)
        # room for the value labels beside the bars, on the side(s) that have bars
        lo = min(0.0, min(values)) - (span * 0.45 if min(values) < 0 else 0.0)
        hi = max(0.0, max(values)) + (span * 0.45 if max(values) > 0 else 0.0)
        pi.setXRange(lo, hi if hi > lo else lo + 1, padding=0)
        pi.setYRange(-0.8, len(values) - 0.2, padding=0)  # room for the end labels
        self.thin_labels()

    def thin_labels(self, *_args: object) -> None:
        """With more bars than lines of text fit, name every n-th bar only (no label on another);
        names longer than about 40 % of the chart are shortened with "…"."""
        fm = QFontMetrics(self.font())
        longest = int(max(BAR_LABEL_PX, min(2 * BAR_LABEL_PX, self.width() * 0.4)))
        self.labels = [
            fm.elidedText(lbl, Qt.TextElideMode.ElideRight, longest) for lbl in self.full_labels
        ]
        n = len(self.labels)
        height = self.plot.getPlotItem().vb.height()
        if not n or height <= 0:
            return
        line = QFontMetrics(self.font()).height() + 2
        self.label_step = max(1, ceil(line / (height / n)))
        step = self.label_step
        self.plot.getPlotItem().getAxis("left").setTicks(
            [[(i, lbl) for i, lbl in enumerate(self.labels) if i % step == 0]]
        )
        for i, item in enumerate(self.value_items):
            item.setVisible(i % step == 0)
        self._fit_value_labels()

    def _fit_value_labels(self) -> None:
        """Widen the value axis until every bar's value label fits beside its bar, in pixels."""
        vb = self.plot.getPlotItem().vb
        width = vb.width()
        if not self.values or width <= 40:
            return
        fm = QFontMetrics(self.font())
        texts = [item.textItem.toPlainText() for item in self.value_items]
        lo, hi = min(0.0, min(self.values)), max(0.0, max(self.values))
        if hi <= lo:
            hi = lo + 1
        for _ in range(3):  # each widening shrinks the scale a little: settle in a few steps
            span = hi - lo
            for v, text in zip(self.values, texts, strict=True):
                room = width - fm.horizontalAdvance(text) - 12
                if room <= 0:
                    continue
                if v >= 0:
                    hi = max(hi, lo + (v - lo) * width / room)
                else:
                    lo = min(lo, hi - (hi - v) * width / room)
            if hi - lo == span:
                break
        vb.setXRange(lo, hi, padding=0)


class TrendChart(_Chart):
    """One KPI across shows (x = show order, ticks = dates)."""

    def set_series(self, labels: Sequence[str], values: Sequence[float | None], name: str) -> None:
        pi = self.plot.getPlotItem()
        pi.clear()
        self.repalette()
        self.set_caption(name)
        xs = [i for i, v in enumerate(values) if v is not None]
        ys = [v for v in values if v is not None]
        if xs:
            pi.plot(
                xs,
                ys,
                pen=pg.mkPen(self.series[0], width=2),
                symbol="o",
                symbolSize=7,
                symbolBrush=self.series[0],
            )
        step = max(1, len(labels) // 8)
        pi.getAxis("bottom").setTicks([[(i, lbl) for i, lbl in enumerate(labels) if i % step == 0]])
        pi.setXRange(-0.5, max(len(labels) - 0.5, 0.5), padding=0)  # room for the end dates
