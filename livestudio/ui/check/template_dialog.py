"""Edit the checklist template: titles, required/optional, order; saved in one transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.checks import templates
from livestudio.core.db import Store
from livestudio.core.models.check import ChecklistTemplate


class TemplateEditorDialog(QDialog):
    def __init__(self, store: Store, template_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.template_id = store, template_id
        self.setWindowTitle(self.tr("Edit checklist"))
        self.resize(620, 480)
        with store.session() as s:
            tpl = s.get(ChecklistTemplate, template_id)
            assert tpl is not None
            specs = templates.item_specs(tpl)
            name = tpl.name
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Required")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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

    def _append(self, spec: templates.ItemSpec, at: int | None = None) -> int:
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

    def specs(self) -> list[templates.ItemSpec]:
        out = []
        for row in range(self.table.rowCount()):
            t = self.table.item(row, 0)
            item_id, key = t.data(Qt.ItemDataRole.UserRole) or (None, "")
            required = self.table.item(row, 1).checkState() == Qt.CheckState.Checked
            out.append(templates.ItemSpec(t.text(), required, key, item_id))
        return out

    @Slot()
    def _on_add_clicked(self) -> None:
        row = self._append(templates.ItemSpec(self.tr("New item"), True))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

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
        with self.store.transaction() as s:
            templates.save_items(s, self.template_id, specs)
        super().accept()
