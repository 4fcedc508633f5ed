"""The Plan workspace's show list: date, title and status of every show, in the one picker order
(`ShowService.picker`); the platform and the full title are in each row's tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from livestudio.core import fmt, labels
from livestudio.core.plan.shows import ShowSummary
from livestudio.ui.plan.tables import cell
from livestudio.ui.widgets.columns import FIT, Col, apply_columns

ID_ROLE = Qt.ItemDataRole.UserRole
COL_DATE, COL_TITLE, COL_STATUS = range(3)


class ShowTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Title"), self.tr("Status")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        # date and status are key columns; a long title is elided (the heading and the tooltip
        # show it whole) so the plan keeps the width
        apply_columns(self, {COL_DATE: FIT, COL_TITLE: Col.elide(120), COL_STATUS: FIT})
        self.horizontalHeader().setStretchLastSection(False)

    def _fit_title(self) -> None:
        """The title takes the width the date and status leave."""
        header = self.horizontalHeader()
        left = self.viewport().width() - header.sectionSize(COL_DATE)
        header.resizeSection(COL_TITLE, max(60, left - header.sectionSize(COL_STATUS)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _cells(
        self, start: datetime | None, title: str, platform: str, status: str
    ) -> tuple[list[str], str]:
        date = fmt.date_text(start) if start is not None else "—"
        when = fmt.datetime_text(start) if start is not None else self.tr("no date")
        tip = "\n".join(p for p in (title, when, platform) if p)
        return [date, title, labels.show_status(status)], tip

    def fill(self, rows: Sequence[ShowSummary], selected_id: int | None) -> None:
        self.blockSignals(True)
        self.setRowCount(len(rows))
        selected_row = -1
        for r, row in enumerate(rows):
            texts, tip = self._cells(row.scheduled_start, row.title, row.platform, row.status)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, row.id)
                item.setToolTip(tip)
                self.setItem(r, c, item)
            if row.id == selected_id:
                selected_row = r
        if selected_row >= 0:
            self.selectRow(selected_row)
        self.blockSignals(False)
        self._fit_title()

    def update_row(
        self, show_id: int, start: datetime | None, title: str, platform: str, status: str
    ) -> None:
        texts, tip = self._cells(start, title, platform, status)
        for r in range(self.rowCount()):
            if self.row_id(r) == show_id:
                for c, text in enumerate(texts):
                    cell(self, r, c).setText(text)
                    cell(self, r, c).setToolTip(tip)
        self._fit_title()

    def row_id(self, row: int) -> int:
        return int(cell(self, row, COL_DATE).data(ID_ROLE))

    def select_id(self, show_id: int) -> bool:
        for r in range(self.rowCount()):
            if self.row_id(r) == show_id:
                self.selectRow(r)
                return True
        return False

    def selected_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return self.row_id(rows[0].row()) if rows else None
