"""Review ▸ Timeline: viewers per minute over the segments actually run, the readout of the minute
under the mouse, viewers gained / lost per segment and the per-segment table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from livestudio.core import fmt
from livestudio.core.review.service import ReviewSnapshot
from livestudio.ui.review.charts import BarsChart, TimelineChart
from livestudio.ui.review.common import ReviewTable
from livestudio.ui.review.health_chart import StreamHealthChart
from livestudio.ui.widgets.columns import FIT, Col


class TimelinePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = TimelineChart()
        self.hover_label = QLabel()
        self.hover_label.setMinimumHeight(22)
        self.chart.hovered.connect(self._on_chart_hovered)
        self._on_chart_hovered("")
        self.segment_bars = BarsChart()
        self.segment_table = ReviewTable(
            [
                self.tr("Segment"),
                self.tr("Start"),
                self.tr("Length"),
                self.tr("Viewers at start"),
                self.tr("Viewers at end"),
                self.tr("Gained / lost"),
                self.tr("Orders during"),
                self.tr("GMV during"),
                self.tr("Units logged"),
            ],
            {0: Col.stretch_elide(120), **{c: FIT for c in range(1, 9)}},
        )
        self.health = StreamHealthChart()
        self.health.link_x(self.chart.plot)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.health)
        lower = QSplitter()
        lower.addWidget(self.segment_bars)
        lower.addWidget(self.segment_table)
        lower.setSizes([330, 950])
        split.addWidget(lower)
        split.setSizes([400, 130, 240])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        lay.addWidget(self.hover_label)

    @Slot(str)
    def _on_chart_hovered(self, text: str) -> None:
        self.hover_label.setText(text or self.tr("Point at the chart to see that minute."))

    def readout(self) -> str:
        return self.hover_label.text()

    def set_snapshot(self, snap: ReviewSnapshot) -> None:
        self.chart.set_data(snap)
        self.health.set_data(snap)
        cur = snap.currency
        rows = []
        for st in snap.band_stats:
            b = st.band
            change = st.viewers_change
            rows.append(
                [
                    b.title,
                    fmt.duration(b.start_ms),
                    fmt.duration(b.duration_ms),
                    fmt.number(st.viewers_start),
                    fmt.number(st.viewers_end),
                    None if change is None else ("+" if change > 0 else "") + fmt.number(change),
                    fmt.number(st.orders),
                    fmt.money(st.gmv, cur),
                    fmt.number(st.units_logged),
                ]
            )
        self.segment_table.fill(rows)
        known = [
            (st.band.title, float(st.viewers_change))
            for st in snap.band_stats
            if st.viewers_change is not None
        ]
        self.segment_bars.set_bars(
            [k for k, _ in known],
            [v for _, v in known],
            [("+" if v > 0 else "") + fmt.number(int(v)) for _, v in known],
            self.tr("Viewers gained / lost per segment"),
        )
