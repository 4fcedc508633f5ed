"""An earlier check run, read-only, with its verdict and export buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.checks.results import decide, status_label
from livestudio.core.checks.service import RunRecord
from livestudio.ui.check import status as look
from livestudio.ui.check.export import export_run
from livestudio.ui.widgets.columns import FIT, STRETCH, Col, apply_columns

COL_ITEM, COL_STATUS, COL_VALUE, COL_THRESHOLD, COL_NOTE, COL_TIME = range(6)


class RunDialog(QDialog):
    def __init__(self, run: RunRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.setWindowTitle(
            self.tr("Check run of {when}").format(when=fmt.datetime_text(run.started_at))
        )
        self.resize(1100, 560)
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
                fmt.clock_time(r.measured_at, seconds=True),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == COL_STATUS:
                    item.setForeground(look.colour(r.status))
                    item.setIcon(look.icon(r.status))
                self.table.setItem(row, col, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        apply_columns(
            self.table,
            {
                COL_ITEM: FIT,
                COL_STATUS: FIT,
                COL_VALUE: STRETCH,
                COL_THRESHOLD: Col.elide(220),
                COL_NOTE: Col.elide(160),
                COL_TIME: FIT,
            },
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.xlsx_button = buttons.addButton(
            self.tr("Export .xlsx…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button = buttons.addButton(
            self.tr("Export PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.xlsx_button.clicked.connect(lambda: export_run(self, self.run, "xlsx"))
        self.pdf_button.clicked.connect(lambda: export_run(self, self.run, "pdf"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.verdict_label)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
