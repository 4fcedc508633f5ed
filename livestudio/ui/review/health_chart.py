"""Review ▸ Timeline, under the viewer curve: the stream as OBS saw it during the live run —
bitrate sent, dropped frames, and the stretches of trouble (reconnecting, OBS gone, heavy
drops) shaded red — on the same minute axis as the viewers, so a viewer drop during a stream
problem shows at a glance. Hidden when the show ran without OBS."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from livestudio.core.review.service import HealthSample, ReviewSnapshot
from livestudio.ui.review.charts import _Chart

TROUBLE = "#d32f2f"


def trouble_spans(points: list[HealthSample]) -> list[tuple[int, int]]:
    """(start, end) ms of consecutive samples in trouble."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for p in points:
        if p.trouble and start is None:
            start = p.offset_ms
        elif not p.trouble and start is not None:
            spans.append((start, p.offset_ms))
            start = None
    if start is not None and points:
        spans.append((start, points[-1].offset_ms))
    return spans


class StreamHealthChart(_Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pi = self.plot.getPlotItem()
        pi.setLabel("left", self.tr("Bitrate (kbps)"))
        pi.setLabel("bottom", self.tr("Minutes from the start"))
        pi.showAxis("right")
        pi.setLabel("right", self.tr("Dropped frames (%)"))
        self.right = pg.ViewBox()
        pi.scene().addItem(self.right)
        pi.getAxis("right").linkToView(self.right)
        self.right.setXLink(pi)
        pi.vb.sigResized.connect(self._sync_right)
        self.setMinimumHeight(120)
        self.spans: list[tuple[int, int]] = []
        self.setVisible(False)

    def _sync_right(self) -> None:
        self.right.setGeometry(self.plot.getPlotItem().vb.sceneBoundingRect())
        self.right.linkedViewChanged(self.plot.getPlotItem().vb, self.right.XAxis)

    def link_x(self, other: pg.PlotWidget) -> None:
        self.plot.setXLink(other)

    def set_data(self, snap: ReviewSnapshot) -> None:
        pi = self.plot.getPlotItem()
        pi.clear()
        self.right.clear()
        self.repalette()
        points = snap.health
        self.setVisible(bool(points))
        self.spans = trouble_spans(points)
        if not points:
            return
        for start, end in self.spans:
            region = pg.LinearRegionItem(
                (start / 60_000, end / 60_000),
                movable=False,
                brush=QBrush(QColor(211, 47, 47, 90)),
                pen=pg.mkPen(QColor(TROUBLE)),
            )
            region.setZValue(-10)
            pi.addItem(region)
        x = np.asarray([p.offset_ms for p in points], dtype=float) / 60_000
        rate = np.asarray(
            [p.bitrate_kbps if p.bitrate_kbps is not None else np.nan for p in points], dtype=float
        )
        dropped = np.asarray(
            [p.dropped_pct if p.dropped_pct is not None else np.nan for p in points], dtype=float
        )
        pi.addItem(
            pg.PlotDataItem(
                x,
                rate,
                pen=pg.mkPen(self.series[0], width=2),
                name=self.tr("Bitrate"),
                connect="finite",
            )
        )
        self.right.addItem(
            pg.PlotDataItem(
                x,
                dropped,
                pen=pg.mkPen(TROUBLE, width=1),
                connect="finite",
            )
        )
        finite = dropped[np.isfinite(dropped)]
        self.right.setYRange(0, max(10.0, float(finite.max()) if finite.size else 10.0))
