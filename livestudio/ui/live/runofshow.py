"""The run-of-show as the show runs: a table model over the view's rows and the panel around it.

`RunOfShowModel.set_rows()` compares the new rows with the ones shown and emits `dataChanged`
for the rows that differ only (the current one, once a second); a new plan is one model reset.
Going live on a 1,000-segment show therefore costs one reset, not 5,000 item writes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.live.engine import RowView, format_clock
from livestudio.ui.widgets.columns import FIT, Col, apply_columns

CURRENT_BG = QColor("#fff3c4")
CURRENT_FG = QColor("#1a1a1a")
COLUMNS = 5
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


class RunOfShowModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowView] = []
        self._headers = [_t("#"), _t("Segment"), _t("Planned"), _t("Actual"), _t("+/−")]
        self._bold = QFont()
        self._bold.setBold(True)
        self.done_colour = QColor("#888888")
        self._number_width = 0
        self.number_metrics: QFontMetrics | None = None

    # ---- the data ---------------------------------------------------------------------------
    def set_rows(self, rows: list[RowView]) -> list[int]:
        """Show `rows`; returns the indexes whose cells changed (all of them after a reset)."""
        old = self._rows
        if len(old) != len(rows) or any(
            a.title != b.title for a, b in zip(old, rows, strict=False)
        ):
            self.beginResetModel()
            self._rows = list(rows)
            if self.number_metrics is not None:
                widest = self.number_metrics.horizontalAdvance(str(len(rows)))
                self._number_width = widest + 2 * self.number_metrics.averageCharWidth()
            self.endResetModel()
            return list(range(len(rows)))
        changed = [i for i, (a, b) in enumerate(zip(old, rows, strict=True)) if a != b]
        self._rows = list(rows)
        # contiguous runs share one signal
        start = prev = None
        for i in changed:
            if start is None:
                start = prev = i
            elif i == prev + 1:  # type: ignore[operator]
                prev = i
            else:
                self._emit_changed(start, prev)  # type: ignore[arg-type]
                start = prev = i
        if start is not None:
            self._emit_changed(start, prev)  # type: ignore[arg-type]
        return changed

    def _emit_changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMNS - 1))

    def row(self, index: int) -> RowView:
        return self._rows[index]

    def current_row(self) -> int:
        for r in self._rows:
            if r.state == "current":
                return r.index
        return -1

    # ---- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 1:
            return _RIGHT
        if role == Qt.ItemDataRole.SizeHintRole and col == 0:
            # as wide as the last number, also while only the first rows are on screen
            width = self._number_width or 0
            return QSize(width, 0) if width else None
        current = row.state == "current"
        if role == Qt.ItemDataRole.FontRole and current:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return CURRENT_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            if current:
                return CURRENT_FG
            if row.state in ("done", "skipped"):
                return self.done_colour
        return None

    @staticmethod
    def _text(row: RowView, col: int) -> str:
        if col == 0:
            return str(row.index + 1)
        if col == 1:
            return row.title
        if col == 2:
            text = format_clock(row.planned_ms)
            if row.planned_ms != row.original_ms:
                text = _t("{now} (was {was})").format(now=text, was=format_clock(row.original_ms))
            return text
        if col == 3:
            if row.state == "skipped":
                return _t("skipped")
            return "" if row.actual_ms is None else format_clock(row.actual_ms, ceil=False)
        if row.actual_ms is not None and row.state == "done":
            d = row.actual_ms - row.original_ms
            return ("+" if d > 0 else "−" if d < 0 else "") + format_clock(abs(d), ceil=False)
        return ""


class RunOfShowPanel(QWidget):
    """The table, with double-click to go to a segment and a menu to skip one."""

    jump_requested = Signal(int)
    skip_requested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_t("<b>Run-of-show</b>")))
        self.model = RunOfShowModel(self)
        self.model.done_colour = self.palette().placeholderText().color()
        bold = QFont(self.font())
        bold.setBold(True)
        self.model.number_metrics = QFontMetrics(bold)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setToolTip(_t("Double-click a segment to go to it; right-click to skip it."))
        apply_columns(self.table, {0: FIT, 1: Col.stretch(120), 2: FIT, 3: FIT, 4: FIT})
        # Fitting columns measure the rows on screen only: measuring 1,000 rows on every
        # change of the current row would cost a third of a second each second.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        layout.addWidget(self.table)
        self._live = False
        self._current = -1

    def show_rows(self, rows: list[RowView], live: bool) -> None:
        self._live = live
        self.model.set_rows(rows)
        current = self.model.current_row()
        if live and current >= 0 and current != self._current:
            self.table.scrollTo(
                self.model.index(current, 0), QAbstractItemView.ScrollHint.EnsureVisible
            )
        self._current = current

    def cell_text(self, row: int, col: int) -> str:
        return str(self.model.data(self.model.index(row, col)) or "")

    def row_count(self) -> int:
        return self.model.rowCount()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if self._live:
            self.jump_requested.emit(index.row())

    def _on_table_context_menu(self, pos: QPoint) -> None:
        row = self.table.rowAt(pos.y())
        if not self._live or row < 0:
            return
        current = self.model.current_row()
        data = self.model.row(row)
        menu = QMenu(self)
        go = menu.addAction(_t("Go to this segment now"))
        go.setEnabled(row != current)
        go.triggered.connect(lambda: self.jump_requested.emit(row))
        skipped = data.state == "skipped"
        skip = menu.addAction(_t("Do not skip") if skipped else _t("Skip this segment"))
        skip.setEnabled(row > current)
        skip.triggered.connect(lambda: self.skip_requested.emit(row, not skipped))
        menu.popup(self.table.viewport().mapToGlobal(pos))
