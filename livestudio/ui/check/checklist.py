"""The checklist panel: one row per automatic probe (status, measured value, threshold, note,
a Run button) and one per manual item of the template (tick when done, double-click to note).

Rows are keyed like results: a probe by its name, a manual item by "manual:<key>".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from livestudio.core.checks.probes import PROBES
from livestudio.core.checks.results import ProbeResult, Status, status_label
from livestudio.core.checks.service import ItemSpec
from livestudio.ui import theme
from livestudio.ui.check import status as look
from livestudio.ui.widgets.columns import FIT, Col, apply_columns

COL_ITEM, COL_STATUS, COL_VALUE, COL_THRESHOLD, COL_NOTE = range(5)
MANUAL = "manual:"
KEY_ROLE = Qt.ItemDataRole.UserRole
SPEC_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the status the row is drawn in


def manual_key(key: str) -> str:
    return key if key.startswith(MANUAL) else MANUAL + key


class ChecklistPanel(QTreeWidget):
    run_requested = Signal(list)  # probe names
    manual_changed = Signal(str)  # "manual:<key>": ticked, unticked or its note edited
    current_changed = Signal(str)  # key of the selected row ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(5)
        self.setHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Status"),
                self.tr("Measured"),
                self.tr("Threshold"),
                self.tr("Note"),
            ]
        )
        self.setAccessibleName(self.tr("Checklist"))
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)  # cheap repaints while results stream in
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setItemDelegate(look.VisibleCheckDelegate(self, self._row_height()))
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._manual: list[str] = []
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        self._probe_root = self._group(self.tr("Automatic probes"))
        self._manual_root = self._group(self.tr("Checklist"))
        self._manual_root.setToolTip(
            COL_ITEM, self.tr("Tick an item when it is done; double-click it to add a note")
        )
        for name, spec in PROBES.items():
            item = QTreeWidgetItem(self._probe_root, [spec.title(), "", "", "", ""])
            item.setData(COL_ITEM, KEY_ROLE, name)
            self._rows[name] = item
            item.setToolTip(COL_ITEM, self.tr("Double-click to run this probe again"))
            self.show_probe_state(name, "")
        self.expandAll()
        apply_columns(
            self,
            {
                COL_ITEM: FIT,
                COL_STATUS: FIT,
                COL_VALUE: Col.stretch(200),
                COL_THRESHOLD: Col.elide(120),
                COL_NOTE: Col.elide(90),
            },
        )
        # Measured and Threshold share what Item and Status leave: Measured first (it is the
        # point of the table), Threshold the rest it needs, Note whatever remains.
        header = self.header()
        for col in (COL_VALUE, COL_THRESHOLD):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        theme.notifier().theme_changed.connect(self._on_theme_changed)
        self.itemChanged.connect(self._on_item_changed)
        self.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.currentItemChanged.connect(self._on_current_item_changed)

    MEASURED_MIN, THRESHOLD_MIN, NOTE_MIN = 200, 120, 90
    NOTE_FLOOR = 48  # Note (elided, whole in the Selected item panel) gives way to Measured

    def fit_columns(self) -> None:
        """Give Measured what its values need, then Threshold, within the view's width."""
        header = self.header()
        avail = (
            self.viewport().width()
            - header.sectionSize(COL_ITEM)
            - header.sectionSize(COL_STATUS)
            - self.NOTE_MIN
        )
        need_m = max(self.MEASURED_MIN, self.column_need(COL_VALUE))
        need_t = max(self.THRESHOLD_MIN, self.column_need(COL_THRESHOLD))
        if need_m + need_t <= avail:
            measured, threshold = need_m, need_t
        else:
            room = avail + self.NOTE_MIN - self.NOTE_FLOOR - self.THRESHOLD_MIN
            measured = max(self.MEASURED_MIN, min(need_m, room))
            threshold = max(self.THRESHOLD_MIN, avail - measured)
        header.resizeSection(COL_VALUE, measured)
        header.resizeSection(COL_THRESHOLD, threshold)

    def column_need(self, col: int) -> int:
        """The width `col` needs for its header and every row (probes and checklist items)."""
        option = QStyleOptionViewItem()
        option.initFrom(self)
        delegate = self.itemDelegate()
        need = self.header().sectionSizeHint(col)
        for item in self._rows.values():
            index = self.indexFromItem(item, col)
            need = max(need, delegate.sizeHint(option, index).width())
        return need

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _row_height(self) -> int:
        return max(26, self.fontMetrics().height() + 10)

    def _group(self, title: str) -> QTreeWidgetItem:
        root = QTreeWidgetItem(self, [title])
        root.setFirstColumnSpanned(True)
        f = root.font(COL_ITEM)
        f.setBold(True)
        root.setFont(COL_ITEM, f)
        root.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return root

    # ---- reading --------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return list(self._rows)

    def manual_keys(self) -> list[str]:
        return list(self._manual)

    def row_text(self, key: str, column: int) -> str:
        """What the row of `key` shows in `column` (COL_STATUS, COL_VALUE …)."""
        return self._rows[key].text(column)

    def current_key(self) -> str:
        item = self.currentItem()
        return str(item.data(COL_ITEM, KEY_ROLE) or "") if item is not None else ""

    def row(self, key: str) -> QTreeWidgetItem:
        return self._rows[key]

    def is_ticked(self, key: str) -> bool:
        return self._rows[manual_key(key)].checkState(COL_ITEM) == Qt.CheckState.Checked

    def note(self, key: str) -> str:
        return self._rows[manual_key(key)].text(COL_NOTE)

    def spec(self, key: str) -> tuple[str, bool]:
        """A manual item's (title, required)."""
        title, required = self._rows[manual_key(key)].data(COL_ITEM, SPEC_ROLE)
        return str(title), bool(required)

    def titles(self) -> list[str]:
        """The manual items as listed (optional ones marked)."""
        return [self._rows[k].text(COL_ITEM) for k in self._manual]

    # ---- manual items ---------------------------------------------------------------------
    def set_checklist(
        self, items: Sequence[ItemSpec], ticked: dict[str, tuple[bool, str]] | None = None
    ) -> None:
        """(Re)build the manual rows; `ticked` gives each key's (done, note) to keep."""
        ticked = ticked or {}
        self.blockSignals(True)
        for key in self._manual:
            self._manual_root.removeChild(self._rows.pop(key))
        self._manual = []
        for spec in items:
            key = manual_key(spec.key)
            label = (
                spec.title
                if spec.required
                else self.tr("{title} (optional)").format(title=spec.title)
            )
            item = QTreeWidgetItem(self._manual_root, [label, "", "", "", ""])
            item.setData(COL_ITEM, KEY_ROLE, key)
            item.setData(COL_ITEM, SPEC_ROLE, (spec.title, spec.required))
            item.setToolTip(COL_ITEM, label)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
            )
            done, note = ticked.get(key, (False, ""))
            item.setCheckState(COL_ITEM, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            item.setText(COL_NOTE, note)
            item.setText(
                COL_THRESHOLD, self.tr("required") if spec.required else self.tr("optional")
            )
            self._rows[key] = item
            self._manual.append(key)
        self.blockSignals(False)
        self.expandAll()

    def tick(self, key: str, done: bool = True, note: str | None = None) -> None:
        """Tick (or untick) a manual item, optionally with a note: what a click on its box does."""
        item = self._rows[manual_key(key)]
        if note is not None:
            self.blockSignals(True)
            item.setText(COL_NOTE, note)
            self.blockSignals(False)
        state = Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if item.checkState(COL_ITEM) != state:
            item.setCheckState(COL_ITEM, state)  # -> itemChanged -> manual_changed
        elif note is not None:
            self.manual_changed.emit(manual_key(key))

    def untick_all(self) -> None:
        self.blockSignals(True)
        for key in self._manual:
            self._rows[key].setCheckState(COL_ITEM, Qt.CheckState.Unchecked)
            self._rows[key].setText(COL_NOTE, "")
        self.blockSignals(False)

    def show_manual(self, result: ProbeResult, before_run: bool) -> None:
        """A manual item's state. Not done before any probe has run reads a neutral "not yet";
        after a run, a required item not done is the failure the verdict names."""
        item = self._rows.get(result.key)
        if item is None:
            return
        self.blockSignals(True)
        if result.status != Status.PASS and before_run:
            self._paint(item, "", self.tr("not yet"), "")
        else:
            self._paint(item, result.status.value, status_label(result.status), result.value_text)
        self.blockSignals(False)

    # ---- probes ---------------------------------------------------------------------------
    def show_probe_state(self, name: str, state: str) -> None:
        """'' (not run), 'waiting' or 'running'."""
        item = self._rows[name]
        text = {
            "": self.tr("not run"),
            "waiting": self.tr("waiting…"),
            "running": self.tr("running…"),
        }[state]
        self._paint(item, look.WAITING if state else "", text, "")
        if not state:
            item.setText(COL_THRESHOLD, "")
            item.setText(COL_NOTE, "")

    def show_result(self, result: ProbeResult) -> None:
        item = self._rows.get(result.key)
        if item is None:
            return
        self._paint(item, result.status.value, status_label(result.status), result.value_text)
        item.setText(COL_THRESHOLD, result.threshold)
        item.setText(COL_NOTE, result.note)
        self._fit_timer.start()
        for col, text in ((COL_THRESHOLD, result.threshold), (COL_NOTE, result.note)):
            item.setToolTip(col, text)

    def select(self, key: str) -> None:
        """Make `key` the current row (the detail panel follows)."""
        self.setCurrentItem(self._rows[key])
        self.scrollToItem(self._rows[key])

    def _paint(self, item: QTreeWidgetItem, status: str, label: str, value: str) -> None:
        item.setData(COL_STATUS, STATUS_ROLE, status)
        self._colour(item)
        item.setText(COL_STATUS, label)
        item.setText(COL_VALUE, value)
        item.setToolTip(COL_VALUE, value)
        self._fit_timer.start()

    @staticmethod
    def _colour(item: QTreeWidgetItem) -> None:
        status = str(item.data(COL_STATUS, STATUS_ROLE) or "")
        item.setIcon(COL_STATUS, look.icon(status))
        item.setForeground(COL_STATUS, QBrush(look.colour(status)) if status else QBrush())

    @Slot(str)
    def _on_theme_changed(self, _theme: str) -> None:
        """Status colours and icons have a light and a dark version."""
        self.blockSignals(True)
        for item in self._rows.values():
            self._colour(item)
        self.blockSignals(False)

    # ---- slots ----------------------------------------------------------------------------
    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(COL_ITEM, KEY_ROLE)
        if key in self._manual and column in (COL_ITEM, COL_NOTE):
            self.manual_changed.emit(key)

    @Slot(QTreeWidgetItem, int)
    def _on_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(COL_ITEM, KEY_ROLE)
        if key in self._manual:
            self.editItem(item, COL_NOTE)
        elif key in PROBES:
            self.run_requested.emit([key])

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        key = current.data(COL_ITEM, KEY_ROLE) if current is not None else None
        self.current_changed.emit(str(key or ""))
