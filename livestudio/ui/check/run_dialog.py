"""An earlier check run, read-only, with its verdict and export buttons."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.checks.history import RunRecord
from livestudio.core.checks.results import decide, status_label


class RunDialog(QDialog):
    def __init__(self, run: RunRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        when = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.setWindowTitle(self.tr("Check run of {when}").format(when=when))
        self.resize(980, 520)
        summary = decide(run.results)
        self.verdict_label = QLabel(
            self.tr("<b>{verdict}</b><br>{show} · preset {preset}").format(
                verdict=summary.text(),
                show=run.show_title or self.tr("(no show)"),
                preset=run.preset,
            ),
            self,
        )
        self.verdict_label.setWordWrap(True)
        self.table = QTableWidget(len(run.results), 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Status"),
                self.tr("Measured"),
                self.tr("Threshold"),
                self.tr("Note"),
                self.tr("Time"),
            ]
        )
        for row, r in enumerate(run.results):
            cells = [
                r.title,
                status_label(r.status),
                r.value_text,
                r.threshold,
                r.note,
                r.measured_at.astimezone().strftime("%H:%M:%S"),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        for col in (2, 3, 4):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        self.table.horizontalHeader().setStretchLastSection(True)
        colors = {"pass": "#2e7d32", "warn": "#b26a00", "fail": "#c62828", "skipped": "#757575"}
        for row, r in enumerate(run.results):
            self.table.item(row, 1).setForeground(QColor(colors.get(r.status, "#000000")))
            for col in (2, 3, 4):
                self.table.item(row, col).setToolTip(self.table.item(row, col).text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.xlsx_button = buttons.addButton(
            self.tr("Export .xlsx…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button = buttons.addButton(
            self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.verdict_label)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)

    def _export(self, kind: str) -> None:
        from livestudio.ui.check.workspace import export_run

        export_run(self, self.run, kind)
