"""The bar above the catalog: text filter, category filter, and Add / Duplicate / Delete /
Import / Export."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget


class ProductsToolbar(QWidget):
    add_clicked = Signal()
    duplicate_clicked = Signal()
    delete_clicked = Signal()
    import_clicked = Signal()
    export_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by SKU, name, category, selling points or notes…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter products"))
        self.filter_edit.setMinimumWidth(280)
        bar.addWidget(self.filter_edit, 2)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Category filter"))
        self.category_combo.setMinimumWidth(150)
        self.category_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.category_combo)
        bar.addStretch(1)

        def button(text: str, tip: str, signal: SignalInstance) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.clicked.connect(signal)
            bar.addWidget(b)
            return b

        self.add_button = button(
            self.tr("&Add"), self.tr("Add a product (Ctrl+N)"), self.add_clicked
        )
        self.duplicate_button = button(
            self.tr("D&uplicate"),
            self.tr("Copy the selected product with a new SKU (Ctrl+D)"),
            self.duplicate_clicked,
        )
        self.delete_button = button(
            self.tr("&Delete"),
            self.tr("Delete the selected products (Del); Ctrl+Z undoes"),
            self.delete_clicked,
        )
        self.import_button = button(
            self.tr("&Import…"),
            self.tr("Import products from an .xlsx or .csv file"),
            self.import_clicked,
        )
        self.export_button = button(
            self.tr("E&xport…"),
            self.tr("Export all products to .xlsx or .csv"),
            self.export_clicked,
        )

    def set_categories(self, categories: list[str], all_text: str) -> None:
        """Refill the category filter, keeping the chosen category when it still exists."""
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(all_text, None)
        for c in categories:
            self.category_combo.addItem(c, c)
        idx = self.category_combo.findData(current) if current else 0
        self.category_combo.setCurrentIndex(max(idx, 0))
        self.category_combo.blockSignals(False)

    def category(self) -> str | None:
        data = self.category_combo.currentData()
        return str(data) if data else None

    def set_enabled_for(self, has_selection: bool, busy: bool) -> None:
        self.duplicate_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
