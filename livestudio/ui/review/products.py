"""Review ▸ Products & funnel: per-product bars (GMV in the currency's units, units, click-through,
click-to-order), the conversion funnel and the product results table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from livestudio.core import fmt
from livestudio.core.money import to_decimal
from livestudio.core.review.service import ProductRow, ReviewSnapshot
from livestudio.ui.review.charts import BarsChart
from livestudio.ui.review.common import ReviewTable
from livestudio.ui.widgets.columns import FIT, STRETCH

# Bars drawn at most (the table lists every product).
MAX_BARS = 25


class ProductsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ReviewSnapshot | None = None
        self.metric_combo = QComboBox()
        for key, label in (
            ("gmv", self.tr("GMV")),
            ("units", self.tr("Units")),
            ("ctr", self.tr("Click-through")),
            ("c2o", self.tr("Click-to-order")),
        ):
            self.metric_combo.addItem(label, key)
        self.metric_combo.setAccessibleName(self.tr("Sort and show by:"))
        self.metric_combo.currentIndexChanged.connect(self._on_metric_changed)
        self.bars = BarsChart()
        self.funnel = BarsChart()
        self.table = ReviewTable(
            [
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Impressions"),
                self.tr("Clicks"),
                self.tr("Click-through"),
                self.tr("Orders"),
                self.tr("Click-to-order"),
                self.tr("Units"),
                self.tr("GMV"),
                self.tr("Refunds"),
                self.tr("In lineup"),
            ],
            {1: STRETCH, **{c: FIT for c in (0, *range(2, 11))}},
            right_from=2,
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sort and show by:")))
        row.addWidget(self.metric_combo)
        row.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter()
        top.addWidget(self.bars)
        top.addWidget(self.funnel)
        split.addWidget(top)
        split.addWidget(self.table)
        split.setSizes([380, 270])  # the table shows about six products without scrolling
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(split)

    def set_snapshot(self, snap: ReviewSnapshot) -> None:
        self.snapshot = snap
        self._draw_bars()
        rows = []
        for p in sorted(snap.products, key=lambda p: -(p.gmv or 0)):
            rows.append(
                [
                    p.sku,
                    p.name,
                    fmt.number(p.impressions),
                    fmt.number(p.clicks),
                    fmt.percent(p.ctr),
                    fmt.number(p.orders),
                    fmt.percent(p.click_to_order),
                    fmt.number(p.units),
                    fmt.money(p.gmv, snap.currency),
                    fmt.money(p.refunds, snap.currency),
                    self.tr("yes") if p.in_lineup else self.tr("no"),
                ]
            )
        self.table.fill(rows)
        known = [(s.label, float(s.value)) for s in snap.funnel if s.value is not None]
        labels = []
        for i, (label, v) in enumerate(known):
            if i and known[i - 1][1]:
                labels.append(
                    self.tr("{step} ({share})").format(
                        step=label, share=fmt.percent(v / known[i - 1][1])
                    )
                )
            else:
                labels.append(label)
        self.funnel.set_bars(
            labels,
            [v for _, v in known],
            [fmt.number(int(v)) for _, v in known],
            self.tr("Conversion funnel"),
        )

    @Slot(int)
    def _on_metric_changed(self, _index: int) -> None:
        if self.snapshot is not None:
            self._draw_bars()

    def _draw_bars(self) -> None:
        snap = self.snapshot
        assert snap is not None
        cur = snap.currency
        metric = self.metric_combo.currentData()
        getters: dict[str, tuple[Callable[[ProductRow], float | int | None], str]] = {
            "gmv": (lambda p: p.gmv, self.tr("GMV ({currency})").format(currency=cur)),
            "units": (lambda p: p.units, self.tr("Units")),
            "ctr": (lambda p: p.ctr, self.tr("Click-through (%)")),
            "c2o": (lambda p: p.click_to_order, self.tr("Click-to-order (%)")),
        }
        get, axis = getters[metric]
        prods = sorted(
            [p for p in snap.products if get(p) is not None], key=lambda p: -(get(p) or 0)
        )[:MAX_BARS]
        raw = [get(p) or 0 for p in prods]
        if metric == "gmv":  # the axis reads in yuan / dollars, the labels in full money
            values = [float(to_decimal(int(v), cur)) for v in raw]
            texts = [fmt.money(int(v), cur) for v in raw]
        elif metric == "units":
            values = [float(v) for v in raw]
            texts = [fmt.number(int(v)) for v in raw]
        else:
            values = [float(v) * 100 for v in raw]
            texts = [fmt.percent(float(v)) for v in raw]
        self.bars.set_bars(
            [p.label for p in prods], values, texts, self.metric_combo.currentText(), axis
        )
