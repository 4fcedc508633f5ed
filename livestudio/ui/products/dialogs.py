"""The import dialogs: choose a sheet, map columns when a required one is not recognised, and the
preview (to add / to update with changed cells highlighted / unchanged / rejected with reasons)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.excel.mapping import REQUIRED_FIELDS
from livestudio.core.excel.product_import import ImportPreview, Rejection, RowChange
from livestudio.core.intake import CellProblem
from livestudio.core.money import format_money
from livestudio.core.products import FIELDS, MONEY_FIELDS, field_label
from livestudio.ui.theme import LEFT_EMPTY_BG

Index = QModelIndex | QPersistentModelIndex
CHANGED_BG = QColor("#FFE8A3")


class SheetChooserDialog(QDialog):
    def __init__(self, file_name: str, sheets: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a sheet"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("{file} has several sheets. Which one holds the products?").format(
                file=file_name
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox(self)
        self.combo.addItems(sheets)
        self.combo.setAccessibleName(self.tr("Sheet"))
        layout.addWidget(self.combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def sheet(self) -> str:
        return self.combo.currentText()


class MappingDialog(QDialog):
    """Which column holds which field, when the headers did not say it clearly enough."""

    def __init__(
        self, where: str, headers: list[str], mapping: dict[str, int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the columns"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "LiveStudio could not tell which column of {where} holds some product fields. "
                "Choose the column for each field; fields marked * are required."
            ).format(where=where)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        from openpyxl.utils import get_column_letter  # openpyxl loads when a file is mapped

        self.combos: dict[str, QComboBox] = {}
        for f in FIELDS:
            combo = QComboBox(self)
            combo.addItem(self.tr("(not in this file)"), -1)
            for i, h in enumerate(headers):
                combo.addItem(
                    self.tr("Column {letter}: {header}").format(
                        letter=get_column_letter(i + 1), header=h or self.tr("(no title)")
                    ),
                    i,
                )
            if f in mapping:
                combo.setCurrentIndex(combo.findData(mapping[f]))
            label = field_label(f) + (" *" if f in REQUIRED_FIELDS else "")
            combo.setAccessibleName(field_label(f))
            combo.currentIndexChanged.connect(self._on_combo_changed)
            form.addRow(label, combo)
            self.combos[f] = combo
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("Remember this for files with the same columns"), self)
        self.remember.setChecked(True)
        layout.addWidget(self.remember)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_combo_changed()

    def mapping(self) -> dict[str, int]:
        return {
            f: int(c.currentData()) for f, c in self.combos.items() if int(c.currentData()) >= 0
        }

    @Slot()
    def _on_combo_changed(self) -> None:
        mapping = self.mapping()
        missing = [field_label(f) for f in REQUIRED_FIELDS if f not in mapping]
        used: dict[int, list[str]] = {}
        for f, i in mapping.items():
            used.setdefault(i, []).append(field_label(f))
        clash = next((names for names in used.values() if len(names) > 1), None)
        if missing:
            text = self.tr("Choose a column for {fields}.").format(fields=", ".join(missing))
        elif clash:
            text = self.tr("One column is chosen for both {a} and {b}.").format(
                a=clash[0], b=clash[1]
            )
        else:
            text = ""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)


class _ChangesModel(QAbstractTableModel):
    def __init__(
        self,
        items: list[RowChange],
        fields: list[str],
        currency: str,
        highlight: bool,
        parent: Any = None,
        warnings: dict[tuple[int, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.items, self.fields, self.currency, self.highlight = items, fields, currency, highlight
        self.warnings = warnings or {}  # (file row, field) -> why the cell was left empty

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("Row") if section == 0 else field_label(self.fields[section - 1])

    def _fmt(self, field: str, value: Any) -> str:
        if value is None:
            return ""
        if field in MONEY_FIELDS:
            return format_money(value, self.currency)
        return str(value).replace("\n", " ⏎ ")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        ch = self.items[index.row()]
        if index.column() == 0:
            return ch.row if role == Qt.ItemDataRole.DisplayRole else None
        field = self.fields[index.column() - 1]
        value = ch.sku if field == "sku" else ch.values.get(field)
        changed = self.highlight and field in ch.before
        warning = self.warnings.get((ch.row, field))
        if warning is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(LEFT_EMPTY_BG)
            if role == Qt.ItemDataRole.ToolTipRole:
                return warning
        if role == Qt.ItemDataRole.DisplayRole:
            return self._fmt(field, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("list_price", "cost", "stock"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and changed:
            return QBrush(CHANGED_BG)
        if role == Qt.ItemDataRole.ToolTipRole and changed:
            old = ch.before[field]
            return self.tr("Was: {old}").format(old=self._fmt(field, old) or self.tr("(empty)"))
        return None


class _RejectedModel(QAbstractTableModel):
    def __init__(self, items: list[Rejection], parent: Any = None) -> None:
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Row"), self.tr("SKU"), self.tr("Why it was rejected"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        r = self.items[index.row()]
        return (r.row, r.sku, r.message())[index.column()]


class _WarningsModel(QAbstractTableModel):
    """One line per cell that was left empty: where, what it held, and why."""

    def __init__(self, items: list[CellProblem], parent: Any = None) -> None:
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("The cell holds"), self.tr("Why"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        w = self.items[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return w.describe()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = "" if w.value is None else str(w.value)
        return (w.row, w.column, value[:80], w.reason)[index.column()]


class PreviewDialog(QDialog):
    """What the import would do. Accept = "Import N valid rows"; nothing is written before."""

    REMAP = 2  # result code: the user wants to change which column holds which field
    remap_requested = Signal()

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "Read {where} (header in row {row}): {add} to add, {update} to update, {same} unchanged, "
                "{rejected} rejected. Nothing is saved until you click Import."
            ).format(
                where=preview.where,
                row=preview.header_row,
                add=len(preview.to_add),
                update=len(preview.to_update),
                same=len(preview.unchanged),
                rejected=len(preview.rejected),
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        notes = []
        if preview.warnings:
            notes.append(
                self.tr(
                    "{n} cells could not be read and are left empty (their rows still import); "
                    "they are orange below, and listed under Cells left empty."
                ).format(n=len(preview.warnings))
            )
        if preview.control_chars_removed:
            notes.append(
                self.tr(
                    "{n} control characters (invisible bytes such as NUL) were removed from the text."
                ).format(n=preview.control_chars_removed)
            )
        self.notes_label = QLabel(" ".join(notes), self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(notes))
        layout.addWidget(self.notes_label)
        self.remembered_label = QLabel(self)
        if preview.remembered_on is not None:
            self.remembered_label.setText(
                self.tr(
                    'Columns remembered on {date} for these columns — <a href="change">change</a>'
                ).format(date=fmt.date_text(preview.remembered_on))
            )
            self.remembered_label.setTextFormat(Qt.TextFormat.RichText)
            self.remembered_label.linkActivated.connect(self._on_remembered_label_link_activated)
        self.remembered_label.setVisible(preview.remembered_on is not None)
        layout.addWidget(self.remembered_label)
        fields = [f for f in FIELDS if f in preview.mapping]
        by_header = {
            preview.headers[i]: f for f, i in preview.mapping.items() if i < len(preview.headers)
        }
        cell_warnings = {
            (w.row, by_header[w.column]): w.reason
            for w in preview.warnings
            if w.column in by_header
        }
        self.tabs = QTabWidget(self)
        self.views: dict[str, QTableView] = {}
        specs: list[tuple[str, str, QAbstractTableModel]] = [
            (
                "add",
                self.tr("To add ({n})").format(n=len(preview.to_add)),
                _ChangesModel(preview.to_add, fields, preview.currency, False, self, cell_warnings),
            ),
            (
                "update",
                self.tr("To update ({n})").format(n=len(preview.to_update)),
                _ChangesModel(
                    preview.to_update, fields, preview.currency, True, self, cell_warnings
                ),
            ),
            (
                "unchanged",
                self.tr("Unchanged ({n})").format(n=len(preview.unchanged)),
                _ChangesModel(preview.unchanged, fields, preview.currency, False, self),
            ),
            (
                "rejected",
                self.tr("Rejected ({n})").format(n=len(preview.rejected)),
                _RejectedModel(preview.rejected, self),
            ),
        ]
        if preview.warnings:  # a tab only when some cell was left empty
            specs.append(
                (
                    "warnings",
                    self.tr("Cells left empty ({n})").format(n=len(preview.warnings)),
                    _WarningsModel(preview.warnings, self),
                )
            )
        for key, title, model in specs:
            view = QTableView(self)
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            if model.rowCount() <= 500:
                view.resizeColumnsToContents()
            for c in range(model.columnCount()):
                view.setColumnWidth(c, min(max(view.columnWidth(c), 60), 320))
            self.views[key] = view
            self.tabs.addTab(view, title)
        layout.addWidget(self.tabs)
        if preview.to_update:
            hint = QLabel(
                self.tr(
                    "Highlighted cells change; hover one to see the value it replaces. "
                    "Empty cells in the file keep what is stored."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        # open on the most useful tab: problems first, then what changes
        for key in ("rejected", "warnings", "update", "add", "unchanged"):
            if key in self.views and self.views[key].model().rowCount():
                self.tabs.setCurrentWidget(self.views[key])
                break
        self.buttons = QDialogButtonBox(self)
        n = preview.valid_count
        self.import_button = QPushButton(self.tr("Import {n} valid rows").format(n=n), self)
        self.import_button.setEnabled(n > 0)
        self.import_button.setDefault(n > 0)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.remap_button = QPushButton(self.tr("Change columns…"), self)
        self.remap_button.setToolTip(self.tr("Choose which column holds which field"))
        self.remap_button.clicked.connect(self._on_remap_button_clicked)
        self.buttons.addButton(self.remap_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @Slot(str)
    def _on_remembered_label_link_activated(self, _link: str) -> None:
        self._on_remap_button_clicked()

    @Slot()
    def _on_remap_button_clicked(self) -> None:
        self.done(self.REMAP)
        self.remap_requested.emit()
