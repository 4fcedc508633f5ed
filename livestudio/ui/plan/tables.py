"""Shared pieces of the Plan tables: a drag-to-reorder table view, move buttons, the message line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from livestudio.ui.theme import is_dark

# problem / attention / fine: dark enough to read on a light window, light enough on a dark one
_TONES = {
    "bad": ("#c62828", "#ff6b6b"),
    "warn": ("#ef6c00", "#ffb454"),
    "good": ("#2e7d32", "#6ee07a"),
}


def tone(name: str) -> QColor:
    """The text colour for 'bad', 'warn' or 'good' that reads on the current theme."""
    light, dark = _TONES[name]
    return QColor(dark if is_dark() else light)


def plan_table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDragDropOverwriteMode(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return view


def move_buttons(parent: QWidget, move: Callable[[int], None]) -> tuple[QPushButton, QPushButton]:
    up = QPushButton(QCoreApplication.translate("PlanPages", "Move up"), parent)
    up.setShortcut(QKeySequence("Alt+Up"))
    up.setToolTip(
        QCoreApplication.translate(
            "PlanPages", "Move the selected row up (Alt+Up); you can also drag rows"
        )
    )
    up.clicked.connect(lambda: move(-1))
    down = QPushButton(QCoreApplication.translate("PlanPages", "Move down"), parent)
    down.setShortcut(QKeySequence("Alt+Down"))
    down.setToolTip(
        QCoreApplication.translate("PlanPages", "Move the selected row down (Alt+Down)")
    )
    down.clicked.connect(lambda: move(1))
    return up, down


def message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(f"color: {tone('bad').name()};")
    label.setWordWrap(True)
    label.hide()
    return label


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """The item at (row, col) of a table the page filled itself (never empty there)."""
    item = table.item(row, col)
    if item is None:
        raise LookupError(f"no item at row {row}, column {col}")
    return item
