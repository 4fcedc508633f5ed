"""Review ▸ Overview: a card per KPI (value, goal met / missed, vs previous show and the median of
the last 10; formula in the tooltip) and "What to change next time" — the findings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.review import findings, kpis
from livestudio.core.review.service import ReviewSnapshot
from livestudio.reports.pdf import esc
from livestudio.ui.review.common import good_bad

CARD_KEYS = (
    "gmv",
    "net_gmv",
    "orders",
    "buyers",
    "aov",
    "units",
    "unique_viewers",
    "views",
    "peak_viewers",
    "avg_viewers",
    "avg_watch",
    "conversion",
    "uv_value",
    "gpm",
    "interaction",
    "follow_rate",
    "ctr",
    "click_to_order",
    "refund_rate",
    "sell_through",
    "uplift",
)
CARD_COLUMNS = 4


class KpiCard(QFrame):
    """One KPI: value, goal met/missed, vs previous show, vs median of the last 10; formula in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(190)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.value = QLabel()
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.7)
        f.setBold(True)
        self.value.setFont(f)
        self.goal = QLabel()
        self.compare = QLabel()
        for lbl in (self.goal, self.compare, self.title):
            lbl.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.goal)
        lay.addWidget(self.compare)
        self.kpi: kpis.Kpi | None = None

    def set_kpi(self, k: kpis.Kpi, currency: str) -> None:
        self.kpi = k
        self.title.setText(k.label)
        self.value.setText(kpis.format_kpi(k, currency))
        good, bad = good_bad()
        if k.goal is not None:
            goal_text = kpis.format_value(k.unit, k.goal, currency)
            if k.goal_met is None:
                self.goal.setText(self.tr("Goal {goal}").format(goal=goal_text))
                self.goal.setStyleSheet("")
            else:
                by = kpis.format_value(k.unit, abs(k.goal_delta or 0), currency)
                if k.unit == "pct":  # a difference of two percentages is in points
                    by = self.tr("{n} pp").format(n=fmt.number(abs(k.goal_delta or 0) * 100, 2))
                if k.goal_met:
                    self.goal.setText(
                        self.tr("✔ Goal {goal} met (+{by})").format(goal=goal_text, by=by)
                    )
                    self.goal.setStyleSheet(f"color: {good};")
                else:
                    self.goal.setText(
                        self.tr("✘ Goal {goal} missed by {by}").format(goal=goal_text, by=by)
                    )
                    self.goal.setStyleSheet(f"color: {bad};")
        elif k.value is None:
            self.goal.setText(k.reason or "")
            self.goal.setStyleSheet("font-style: italic;")
        else:
            self.goal.setText("")
            self.goal.setStyleSheet("")
        parts = []
        if k.vs_previous is not None:
            parts.append(
                self.tr("{d} vs previous").format(
                    d=kpis.format_value(k.unit, k.vs_previous, currency, signed=True)
                )
            )
        if k.vs_median is not None:
            d = kpis.format_value(k.unit, k.vs_median, currency, signed=True)
            parts.append(  # "vs median of the last 4 CNY shows" (or "…, converted to CNY: 1 USD = …")
                self.tr("{d} vs {note}").format(d=d, note=k.history_note)
                if k.history_note
                else self.tr("{d} vs median of last {n}").format(d=d, n=k.median_n)
            )
        self.compare.setText("\n".join(parts))
        tip = [f"<b>{esc(k.formula)}</b>"]
        tip += [f"{esc(name)}: {esc(value)}" for name, value in k.inputs]
        if k.value is None and k.reason:
            tip.append(
                "<i>"
                + esc(self.tr("Shown as — because: {reason}").format(reason=k.reason))
                + "</i>"
            )
        if k.previous is not None:
            tip.append(
                esc(
                    self.tr("Previous show “{title}”: {v}").format(
                        title=k.previous_title, v=kpis.format_value(k.unit, k.previous, currency)
                    )
                )
            )
        self.setToolTip("<br>".join(tip))


class OverviewPanel(QSplitter):
    """`convert_changed(bool)`: compare with shows in other currencies (at the user's rates) or not."""

    convert_changed = Signal(bool)
    rates_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, KpiCard] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for i, key in enumerate(CARD_KEYS):
            card = KpiCard()
            card.setObjectName(f"kpi_{key}")
            self.cards[key] = card
            grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
        grid.setRowStretch(len(CARD_KEYS) // CARD_COLUMNS + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.convert_check = QCheckBox(
            self.tr("Compare with shows in other currencies too, at my exchange rates")
        )
        self.convert_check.toggled.connect(self.convert_changed.emit)
        self.rates_button = QPushButton(self.tr("Exchange rates…"))
        self.rates_button.clicked.connect(self.rates_requested.emit)
        compare_row = QHBoxLayout()
        compare_row.setContentsMargins(0, 0, 0, 0)
        compare_row.addWidget(self.convert_check)
        compare_row.addStretch(1)
        compare_row.addWidget(self.rates_button)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(compare_row)
        left_lay.addWidget(scroll, 1)
        self.findings_view = QTextBrowser()
        self.findings_view.setOpenLinks(False)
        rules_button = QPushButton(self.tr("How findings are made…"))
        rules_button.clicked.connect(self.show_rules)
        box = QGroupBox(self.tr("What to change next time"))
        fl = QVBoxLayout(box)
        fl.addWidget(self.findings_view)
        fl.addWidget(rules_button, 0, Qt.AlignmentFlag.AlignRight)
        self.addWidget(left)
        self.addWidget(box)
        self.setSizes([900, 420])

    def set_snapshot(self, snap: ReviewSnapshot) -> None:
        by_key = {k.key: k for k in snap.kpis}
        for key, card in self.cards.items():
            if key in by_key:
                card.set_kpi(by_key[key], snap.currency)
        self._show_findings(snap.findings)

    def findings_text(self) -> str:
        return self.findings_view.toPlainText()

    def _show_findings(self, found: list[findings.Finding]) -> None:
        if not found:
            self.findings_view.setHtml(
                "<p><i>"
                + esc(
                    self.tr(
                        "No findings yet. Import the per-minute trend, product results and comments, or run the show "
                        "in Live, and the rules will point at what to change."
                    )
                )
                + "</i></p>"
            )
            return
        parts = []
        for i, f in enumerate(found, start=1):
            when = (
                " <span style='color:gray'>(" + esc(fmt.duration(f.at_ms)) + ")</span>"
                if f.at_ms is not None
                else ""
            )
            parts.append(
                f"<p><b>{i}. {esc(f.title)}</b>{when}<br>{esc(f.evidence)}<br>"
                f"<i>→ {esc(f.action)}</i></p>"
            )
        self.findings_view.setHtml("".join(parts))

    @Slot()
    def show_rules(self) -> None:
        text = "<ol>" + "".join(f"<li>{esc(desc)}</li>" for _, desc in findings.rules()) + "</ol>"
        QMessageBox.information(
            self,
            self.tr("How findings are made"),
            self.tr(
                "Each rule looks at this show's data only and always gives the same "
                "result for the same data:"
            )
            + text,
        )
