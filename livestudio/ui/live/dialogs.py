"""Live dialogs: the tighten-remaining preview, the end-of-show summary, the shortcut help overlay."""

from __future__ import annotations

from collections.abc import Callable
from html import escape as esc

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.live.engine import TightenPreview, format_clock, format_over
from livestudio.core.live.summary import RunSummary
from livestudio.ui.widgets.columns import STRETCH, apply_columns


def _table(headers: list[str], rows: list[list[str]], parent: QWidget) -> QTableWidget:
    t = QTableWidget(len(rows), len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, c, item)
    apply_columns(t, {0: STRETCH})  # the name stretches, the figures fit their content
    return t


class TightenDialog(QDialog):
    """Shows what "tighten remaining" would change before anything is applied."""

    def __init__(
        self, preview_for: Callable[[str], TightenPreview], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tighten remaining segments"))
        self._preview_for = preview_for
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Scale every remaining segment"), "scale")
        self.mode.addItem(self.tr("Trim from the last segments"), "trim")
        form.addRow(self.tr("&How:"), self.mode)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = _table([self.tr("Segment"), self.tr("Now"), self.tr("New")], [], self)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.mode.currentIndexChanged.connect(self._refresh)
        self.preview: TightenPreview | None = None
        self.resize(520, 420)
        self._refresh()

    def _refresh(self) -> None:
        self.preview = self._preview_for(str(self.mode.currentData()))
        p = self.preview
        self.summary.setText(
            self.tr("Projected end now: {before}. After: {after}.").format(
                before=format_over(p.over_before_ms), after=format_over(p.over_after_ms)
            )
        )
        self.table.setRowCount(len(p.changes))
        for r, (_i, title, old, new) in enumerate(p.changes):
            for c, text in enumerate((title, format_clock(old), format_clock(new))):
                item = QTableWidgetItem(text)
                self.table.setItem(r, c, item)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(p.changes))
        if not p.changes:
            self.summary.setText(self.summary.text() + " " + self.tr("Nothing to change."))


class SummaryDialog(QDialog):
    """Planned vs actual per segment, sales per product, promotions with sell-through."""

    review_requested = Signal()

    def __init__(
        self,
        summary: RunSummary,
        title: str,
        products: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Show summary — {title}").format(title=title))
        layout = QVBoxLayout(self)
        planned = sum(s.planned_ms for s in summary.segments)
        head = QLabel(
            self.tr("<b>{title}</b><br>Ran {actual} against a plan of {planned} ({over}).").format(
                title=title,
                actual=format_clock(summary.total_ms, ceil=False),
                planned=format_clock(planned),
                over=format_over(summary.total_ms - planned),
            )
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        tabs = QTabWidget(self)
        seg_rows = []
        for s in summary.segments:
            actual = (
                (s.end_ms - s.start_ms)
                if (s.start_ms is not None and s.end_ms is not None)
                else None
            )
            seg_rows.append(
                [
                    s.title,
                    format_clock(s.planned_ms),
                    format_clock(actual, ceil=False) if actual is not None else self.tr("—"),
                    format_over(actual - s.planned_ms)
                    if actual is not None
                    else self.tr("not run"),
                ]
            )
        tabs.addTab(
            _table(
                [self.tr("Segment"), self.tr("Planned"), self.tr("Actual"), self.tr("Difference")],
                seg_rows,
                self,
            ),
            self.tr("Segments"),
        )
        per: dict[int | None, int] = {}
        for sale in summary.sales:
            per[sale.lineup_item_id] = per.get(sale.lineup_item_id, 0) + sale.units
        sale_rows = [
            [products.get(k or -1, self.tr("(no product)")), str(v)] for k, v in per.items()
        ]
        tabs.addTab(
            _table([self.tr("Product"), self.tr("Units logged")], sale_rows, self), self.tr("Sales")
        )
        promo_rows = []
        for p in summary.promotions:
            through = fmt.percent(p.units_sold / p.quantity_limit, 0) if p.quantity_limit else "—"
            promo_rows.append(
                [
                    p.title,
                    str(p.units_sold),
                    str(p.quantity_limit) if p.quantity_limit is not None else self.tr("—"),
                    through,
                ]
            )
        tabs.addTab(
            _table(
                [self.tr("Promotion"), self.tr("Sold"), self.tr("Limit"), self.tr("Sell-through")],
                promo_rows,
                self,
            ),
            self.tr("Promotions"),
        )
        layout.addWidget(tabs)
        self.tabs = tabs
        row = QHBoxLayout()
        row.addStretch(1)
        self.review_button = QPushButton(self.tr("Open in &Review"))
        self.review_button.clicked.connect(self._on_review_clicked)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.review_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(640, 480)

    def _on_review_clicked(self) -> None:
        self.review_requested.emit()
        self.accept()


class HelpOverlay(QWidget):
    """A translucent panel over the workspace listing every shortcut; any key closes it and gives
    the keyboard back to the Live screen (`closed`)."""

    closed = Signal()

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.rows = list(rows)
        half = (len(rows) + 1) // 2  # two columns: the whole table fits at 1280x800
        cells = []
        for i in range(half):
            pairs = [rows[i]] + ([rows[i + half]] if i + half < len(rows) else [])
            cells.append(
                "<tr>"
                + "<td width='24'></td>".join(
                    f"<td align='right'><b>{esc(k)}</b></td><td>{esc(v)}</td>" for k, v in pairs
                )
                + "</tr>"
            )
        html = (
            "<table align='center' cellpadding='5' style='font-size:16px'>"
            + "".join(cells)
            + "</table>"
        )
        title = QLabel("<h2>" + self.tr("Keyboard shortcuts") + "</h2>")
        body = QLabel(html)
        hint = QLabel(self.tr("Press any key to close"))
        for w in (title, body, hint):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            w.setStyleSheet("color: white; background: transparent;")
            layout.addWidget(w)
        layout.addStretch(1)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(10, 10, 14, 238))
        p.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.dismiss()
        event.accept()

    def mousePressEvent(self, event: object) -> None:
        self.dismiss()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def popup(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus()
