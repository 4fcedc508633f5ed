"""Review ▸ Across shows: one KPI over every reviewed show, and an A/B comparison of two shows."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.money import to_decimal
from livestudio.core.review import kpis
from livestudio.core.review.service import ReviewService, ShowInfo
from livestudio.ui.review.charts import TrendChart
from livestudio.ui.review.common import ReviewTable, show_label
from livestudio.ui.widgets.columns import FIT, STRETCH


class AcrossShowsPanel(QWidget):
    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.currency = "CNY"
        self.metric_combo = QComboBox()
        for key, label in (
            ("gmv", self.tr("GMV")),
            ("conversion", self.tr("Conversion")),
            ("aov", self.tr("AOV")),
            ("avg_watch", self.tr("Average watch time")),
        ):
            self.metric_combo.addItem(label, key)
        self.metric_combo.setAccessibleName(self.tr("Trend of:"))
        self.metric_combo.currentIndexChanged.connect(self.refresh_trend)
        self.chart = TrendChart()
        self.ab_a = QComboBox()
        self.ab_b = QComboBox()
        self.ab_a.setAccessibleName(self.tr("Show A"))
        self.ab_b.setAccessibleName(self.tr("Show B"))
        self.ab_a.currentIndexChanged.connect(self.refresh_ab)
        self.ab_b.currentIndexChanged.connect(self.refresh_ab)
        self.ab_table = ReviewTable(
            [self.tr("KPI"), self.tr("A"), self.tr("B"), self.tr("B − A")],
            {0: STRETCH, 1: FIT, 2: FIT, 3: FIT},
        )
        r1 = QHBoxLayout()
        r1.addWidget(QLabel(self.tr("Trend of:")))
        r1.addWidget(self.metric_combo)
        r1.addStretch(1)
        pickers = QFormLayout()
        pickers.addRow(self.tr("Compare A:"), self.ab_a)
        pickers.addRow(self.tr("with B:"), self.ab_b)
        ab = QWidget()
        abl = QVBoxLayout(ab)
        abl.setContentsMargins(0, 0, 0, 0)
        abl.addLayout(pickers)
        abl.addWidget(self.ab_table)
        split = QSplitter()
        split.addWidget(self.chart)
        split.addWidget(ab)
        split.setSizes([560, 700])
        lay = QVBoxLayout(self)
        lay.addLayout(r1)
        lay.addWidget(split, 1)

    def set_shows(self, shows: list[ShowInfo], current: int = 0) -> None:
        """Shows with review data go in the A/B pickers: B the current show, A the one before."""
        with_data = [s for s in shows if s.has_data]
        for combo in (self.ab_a, self.ab_b):
            combo.blockSignals(True)
            combo.clear()
            for s in with_data:
                combo.addItem(show_label(s), s.id)
        b = max(0, self.ab_b.findData(current))
        self.ab_b.setCurrentIndex(b)
        self.ab_a.setCurrentIndex(min(b + 1, self.ab_a.count() - 1))
        for combo in (self.ab_a, self.ab_b):
            combo.blockSignals(False)
        self.refresh_ab()

    def set_currency(self, currency: str) -> None:
        """The trend shows the shows sold in this currency (the current show's)."""
        self.currency = currency
        self.refresh_trend()

    def current_b(self) -> int:
        return int(self.ab_b.currentData() or 0)

    @Slot()
    def refresh_trend(self) -> None:
        key = self.metric_combo.currentData()
        points = self.service.history((key,), currency=self.currency)
        labels = [
            fmt.date_text(p.show.scheduled_start) if p.show.scheduled_start else str(p.show.id)
            for p in points
        ]
        values: list[float | None] = []
        for p in points:
            v = p.values.get(key)
            if v is None:
                values.append(None)
            elif key in ("gmv", "aov"):  # in the show's currency units, not cents
                values.append(float(to_decimal(int(round(v)), p.show.currency)))
            elif key == "conversion":
                values.append(v * 100)
            else:
                values.append(v / 1000)
        names = {
            "gmv": self.tr("GMV ({currency})"),
            "aov": self.tr("AOV ({currency})"),
            "conversion": self.tr("Conversion (%)"),
            "avg_watch": self.tr("Average watch time (s)"),
        }
        title = names[key].format(currency=self.currency)
        only = self.tr("{n} shows sold in {currency}").format(n=len(points), currency=self.currency)
        self.chart.set_series(
            labels, values, self.tr("{title} — {only}").format(title=title, only=only)
        )

    @Slot()
    def refresh_ab(self) -> None:
        a, b = self.ab_a.currentData(), self.ab_b.currentData()
        if not a or not b:
            self.ab_table.setRowCount(0)
            return
        comparison = self.service.compare(a, b)
        cur = comparison.b.currency
        self.ab_table.fill(
            [
                [
                    ka.label,
                    kpis.format_kpi(ka, comparison.a.currency),
                    kpis.format_kpi(kb, cur),
                    kpis.format_value(ka.unit, delta, cur, signed=True)
                    if delta is not None
                    else None,
                ]
                for ka, kb, delta in comparison.rows
            ]
        )
