"""pyqtgraph charts of the Review workspace. Imported only when the Review tab is built (start-up speed).

The timeline stays smooth with a 4-hour per-second series: peak downsampling and clip-to-view.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from livestudio.core.durations import format_duration
from livestudio.core.money import format_money
from livestudio.core.review.data import ReviewData
from livestudio.ui.theme import chart_palette

pg.setConfigOptions(antialias=False, useOpenGL=False)


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
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)


class TimelineChart(_Chart):
    """Online viewers over the segment bands; promotions shaded; incidents, sales and comments marked;
    cumulative GMV and orders on the right axis. `hovered` says what is under the mouse."""

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
        self._proxy = pg.SignalProxy(
            self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved
        )
        self.data: ReviewData | None = None
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.band_items: list[Any] = []
        self._minute_lookup: dict[int, str] = {}

    def _sync_right(self) -> None:
        self.right.setGeometry(self.plot.getPlotItem().vb.sceneBoundingRect())
        self.right.linkedViewChanged(self.plot.getPlotItem().vb, self.right.XAxis)

    def clear(self) -> None:
        self.plot.getPlotItem().clear()
        self.right.clear()
        self.legend.clear()
        self.curves.clear()
        self.band_items.clear()

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

    def set_data(self, d: ReviewData) -> None:
        self.clear()
        self.data = d
        pal = self.palette_
        alpha = int(pal["band_alpha"])  # type: ignore[call-overload]
        cur = d.currency
        bands = d.bands()
        pts = d.online_points()
        # segment bands, labelled
        for i, b in enumerate(bands):
            colour = _colour(self.series[i % len(self.series)], alpha)
            region = pg.LinearRegionItem(
                (b.start_ms / 60_000, b.end_ms / 60_000),
                movable=False,
                brush=QBrush(colour),
                pen=pg.mkPen(None),
            )
            region.setZValue(-20)
            self.plot.addItem(region)
            label = pg.TextItem(
                b.title if b.actual else b.title + " " + self.tr("(planned)"),
                color=pal["foreground"],
                anchor=(0, 0),
            )
            label.setZValue(5)
            self.plot.addItem(label)
            self.band_items.append((region, label, b))
        for w in d.promo_windows():
            region = pg.LinearRegionItem(
                (w.start_ms / 60_000, w.end_ms / 60_000),
                movable=False,
                brush=QBrush(_colour("#ff7f0e", 70), Qt.BrushStyle.BDiagPattern),
                pen=pg.mkPen(_colour("#ff7f0e", 160)),
            )
            region.setZValue(-10)
            self.plot.addItem(region)
            self.band_items.append((region, None, w))
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
            ymax = float(arr[:, 1].max())
        else:
            ymax = 1.0
        tp = [p for p in d.trend]
        if tp:
            x = np.fromiter((p.offset_ms for p in tp), dtype=float, count=len(tp)) / 60_000
            for key, name, colour in (
                ("entries", self.tr("Entries"), self.series[4]),
                ("comments", self.tr("Comments"), self.series[5]),
                ("likes", self.tr("Likes"), self.series[6 % len(self.series)]),
            ):
                if d.trend_has(key):
                    y = np.fromiter((getattr(p, key) or 0 for p in tp), dtype=float, count=len(tp))
                    item = self._curve(key, x, y, _colour(colour, 150), 1, name)
                    item.setVisible(key == "entries")
            if d.trend_has("gmv"):
                y = (
                    np.cumsum(np.fromiter((p.gmv or 0 for p in tp), dtype=float, count=len(tp)))
                    / 100
                )
                self._curve(
                    "gmv",
                    x,
                    y,
                    _colour(self.series[2]),
                    2,
                    self.tr("Cumulative GMV"),
                    right=True,
                    style=Qt.PenStyle.DashLine,
                )
            if d.trend_has("orders"):
                y = np.cumsum(np.fromiter((p.orders or 0 for p in tp), dtype=float, count=len(tp)))
                if not d.trend_has("gmv"):
                    self._curve(
                        "orders",
                        x,
                        y,
                        _colour(self.series[3]),
                        2,
                        self.tr("Cumulative orders"),
                        right=True,
                        style=Qt.PenStyle.DotLine,
                    )
        run = d.run
        if run is not None:
            if run.sales:
                xs = [s.offset_ms / 60_000 for s in run.sales]
                sc = pg.ScatterPlotItem(
                    xs,
                    [ymax * 0.03] * len(xs),
                    symbol="t1",
                    size=9,
                    brush=_colour(self.series[2]),
                    pen=None,
                    name=self.tr("Logged sale"),
                )
                self.plot.addItem(sc)
            for e in run.entries:
                if e.kind == "incident":
                    line = pg.InfiniteLine(
                        e.offset_ms / 60_000,
                        angle=90,
                        pen=pg.mkPen(_colour(self.series[1]), width=2),
                        label="⚠ " + e.text[:30],
                        labelOpts={"position": 0.85, "color": self.series[1]},
                    )
                    self.plot.addItem(line)
        if d.comments:
            cx = [c.offset_ms / 60_000 for c in d.comments if c.offset_ms is not None]
            colours = {"negative": self.series[1], "positive": self.series[2], "neutral": "#888888"}
            brushes = [
                _colour(colours.get(c.sentiment, "#888888"))
                for c in d.comments
                if c.offset_ms is not None
            ]
            if cx:
                sc = pg.ScatterPlotItem(
                    cx, [ymax * 1.02] * len(cx), symbol="o", size=7, brush=brushes, pen=None
                )
                self.plot.addItem(sc)
        self.plot.setYRange(0, ymax * 1.12, padding=0)
        self.plot.getPlotItem().vb.setLimits(yMin=-ymax * 0.5)
        labelled = [(label, b) for _region, label, b in self.band_items if label is not None]
        for i, (label, b) in enumerate(labelled):
            # alternate heights so the labels of short neighbouring segments do not overlap
            label.setPos(b.start_ms / 60_000, ymax * (1.11 if i % 2 == 0 else 1.065))
        total = max([b.end_ms for b in bands] + [p[0] for p in pts[-1:]] + [60_000]) / 60_000
        self.plot.setXRange(0, total, padding=0.01)
        self.right.enableAutoRange(axis=pg.ViewBox.YAxis)
        ms = d.minute_series()
        self._minute_lookup = {}
        for i, m in enumerate(ms.minutes):
            band = d.band_at(m * 60_000 + 30_000)
            parts = [self.tr("Minute {m}").format(m=m)]
            if band is not None:
                parts.append(band.title)
            online = ms.values["online"][i]
            if online is not None:
                parts.append(self.tr("online {n:,}").format(n=online))
            for key, label_text in (
                ("entries", self.tr("entries {n:,}")),
                ("comments", self.tr("comments {n:,}")),
                ("orders", self.tr("orders {n:,}")),
            ):
                v = ms.values[key][i]
                if v is not None:
                    parts.append(label_text.format(n=v))
            g = ms.values["gmv"][i]
            if g is not None:
                parts.append(self.tr("GMV {v}").format(v=format_money(g, cur)))
            self._minute_lookup[m] = " · ".join(parts)
        self._sync_right()

    def describe_minute(self, minute: int) -> str:
        if minute in self._minute_lookup:
            return self._minute_lookup[minute]
        if self.data is None:
            return ""
        band = self.data.band_at(minute * 60_000)
        return self.tr("Minute {m}").format(m=minute) + (" · " + band.title if band else "")

    def _on_mouse_moved(self, evt: tuple[QPointF]) -> None:
        pos = evt[0]
        vb = self.plot.getPlotItem().vb
        if not self.plot.sceneBoundingRect().contains(pos):
            return
        x = vb.mapSceneToView(pos).x()
        if x < 0:
            return
        self.hovered.emit(self.describe_minute(int(x)))


class BarsChart(_Chart):
    """Horizontal bars with category labels (products, segments, funnel steps)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot.getPlotItem().invertY(True)
        self.plot.setMouseEnabled(x=False, y=False)

    def set_bars(
        self, labels: list[str], values: list[float], fmt: Any = None, title: str = ""
    ) -> None:
        pi = self.plot.getPlotItem()
        pi.clear()
        pi.setTitle(title, color=self.palette_["foreground"])
        if not values:
            return
        pos = [_colour(self.series[0])] * len(values)
        brushes = [pos[i] if v >= 0 else _colour(self.series[1]) for i, v in enumerate(values)]
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
        pi.getAxis("left").setTicks([[(i, lbl[:28]) for i, lbl in enumerate(labels)]])
        span = max(abs(v) for v in values) or 1
        for i, v in enumerate(values):
            text = pg.TextItem(
                fmt(v) if fmt else f"{v:,.0f}",
                color=self.palette_["foreground"],
                anchor=(0, 0.5) if v >= 0 else (1, 0.5),
            )
            text.setPos(v + (span * 0.01 if v >= 0 else -span * 0.01), i)
            pi.addItem(text)
        lo = min(0.0, min(values)) * 1.45  # room for the value labels beside the bars
        hi = max(0.0, max(values)) * 1.45
        pi.setXRange(lo, hi if hi > lo else lo + 1, padding=0)
        pi.setYRange(-0.6, len(values) - 0.4, padding=0)


class TrendChart(_Chart):
    """One KPI across shows (x = show order, ticks = dates)."""

    def set_series(self, labels: list[str], values: list[float | None], name: str) -> None:
        pi = self.plot.getPlotItem()
        pi.clear()
        pi.setTitle(name, color=self.palette_["foreground"])
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
        step = max(1, len(labels) // 10)
        pi.getAxis("bottom").setTicks([[(i, lbl) for i, lbl in enumerate(labels) if i % step == 0]])


def format_minutes(ms: int) -> str:
    return format_duration(ms)
