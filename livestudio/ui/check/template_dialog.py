"""Edit the checklist template: titles, required/optional, order; saved in one transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.checks.service import CheckRunService, ItemSpec
from livestudio.ui.check.status import VisibleCheckDelegate
from livestudio.ui.widgets.columns import FIT, STRETCH, apply_columns


class TemplateEditorDialog(QDialog):
    def __init__(
        self, service: CheckRunService, template_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.template_id = service, template_id
        self.setWindowTitle(self.tr("Edit checklist"))
        self.resize(620, 480)
        data = service.template(template_id)
        specs, name = list(data.items), data.name
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Required")])
        self.table.setItemDelegate(VisibleCheckDelegate(self.table))
        apply_columns(self.table, {0: STRETCH, 1: FIT})
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for spec in specs:
            self._append(spec)
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        row = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(b)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "<b>{name}</b> — a required item that is not ticked blocks the show (NO-GO)."
                ).format(name=name),
                self,
            )
        )
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(buttons)

    def _append(self, spec: ItemSpec, at: int | None = None) -> int:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        title = QTableWidgetItem(spec.title)
        title.setData(Qt.ItemDataRole.UserRole, (spec.id, spec.key))
        req = QTableWidgetItem()
        req.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        req.setCheckState(Qt.CheckState.Checked if spec.required else Qt.CheckState.Unchecked)
        self.table.setItem(row, 0, title)
        self.table.setItem(row, 1, req)
        return row

    def specs(self) -> list[ItemSpec]:
        out = []
        for row in range(self.table.rowCount()):
            t, req = self.table.item(row, 0), self.table.item(row, 1)
            assert t is not None and req is not None
            item_id, key = t.data(Qt.ItemDataRole.UserRole) or (None, "")
            required = req.checkState() == Qt.CheckState.Checked
            out.append(ItemSpec(t.text(), required, key, item_id))
        return out

    @Slot()
    def _on_add_clicked(self) -> None:
        row = self._append(ItemSpec(self.tr("New item"), True))
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def _move(self, delta: int) -> None:
        row = self.table.currentRow()
        dest = row + delta
        if row < 0 or not 0 <= dest < self.table.rowCount():
            return
        spec = self.specs()[row]
        self.table.removeRow(row)
        self._append(spec, dest)
        self.table.setCurrentCell(dest, 0)

    def accept(self) -> None:
        specs = [s for s in self.specs() if s.title.strip()]
        if not specs:
            QMessageBox.warning(
                self, self.tr("Empty checklist"), self.tr("Keep at least one item.")
            )
            return
        self.service.save_checklist(self.template_id, specs)
        super().accept()
