"""A quick picker for the keyboard: go to segment N, choose the product S logs, stop one of the
running promotions. Type to narrow the list (a number picks that row), ↑/↓ to move, Enter to
choose, Esc to cancel; the Live screen gets the keyboard back either way."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.live.engine import LiveView, PromoView, format_clock
from livestudio.core.live.service import LineupChoice


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


@dataclass(frozen=True)
class Choice:
    number: int  # 1-based, what typing a number picks
    text: str
    data: Any


class QuickPicker(QDialog):
    picked = Signal(object)  # the chosen Choice.data
    toggled = Signal(object)  # Delete on a row (skip / unskip a segment), when offered

    def __init__(
        self,
        title: str,
        hint: str,
        choices: list[Choice],
        parent: QWidget | None = None,
        typed: str = "",
        current: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        info = QLabel(hint)
        info.setWordWrap(True)
        layout.addWidget(info)
        self.filter = QLineEdit(self)
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.list, 1)
        self.choices = choices
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.resize(460, 420)
        self._fill("")
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)
        if typed:
            self.filter.setText(typed)
        self.filter.setFocus()

    def _fill(self, text: str) -> None:
        self.list.clear()
        needle = text.strip().casefold()
        exact = -1
        for c in self.choices:
            if needle.isdigit():
                show = str(c.number).startswith(needle)
            else:
                show = needle in c.text.casefold()
            if not show:
                continue
            item = QListWidgetItem(c.text)
            item.setData(Qt.ItemDataRole.UserRole, c)
            self.list.addItem(item)
            if needle.isdigit() and str(c.number) == needle:
                exact = self.list.count() - 1
        if self.list.count():
            self.list.setCurrentRow(max(0, exact))

    def _on_filter_text_changed(self, text: str) -> None:
        self._fill(text)

    def visible_texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            row = self.list.currentRow()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentItem())
                return True
            if key == Qt.Key.Key_Delete and self.list.currentItem() is not None:
                choice = self.list.currentItem().data(Qt.ItemDataRole.UserRole)
                self.toggled.emit(choice.data)
                self.accept()
                return True
        return super().eventFilter(obj, event)

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        choice = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self.picked.emit(choice.data)


def jump_picker(view: LiveView, parent: QWidget, typed: str = "") -> QuickPicker:
    """Go to segment N: every segment with its planned length; the current one is marked."""
    choices = []
    for r in view.rows:
        state = ""
        if r.state == "skipped":
            state = "   · " + _t("skipped")
        elif r.state == "current":
            state = "   · " + _t("now")
        text = f"{r.index + 1}.  {r.title}   {format_clock(r.planned_ms)}{state}"
        choices.append(Choice(r.index + 1, text, r.index))
    return QuickPicker(
        _t("Go to segment"),
        _t(
            "Type the segment's number or part of its title; Enter goes there, Delete skips it "
            "(or brings it back), Esc cancels."
        ),
        choices,
        parent,
        typed=typed,
        current=view.index,
    )


def product_picker(lineup: list[LineupChoice], chosen: int | None, parent: QWidget) -> QuickPicker:
    """The product S logs: the segment's own (the default) or any lineup product."""
    choices = [Choice(1, "1.  " + _t("The current segment's product"), None)]
    choices += [
        Choice(i + 2, f"{i + 2}.  {p.name}  {p.sku}".rstrip(), p.id) for i, p in enumerate(lineup)
    ]
    current = next((i for i, c in enumerate(choices) if c.data == chosen), 0)
    return QuickPicker(
        _t("Product for S"),
        _t("Which product does S log? Enter chooses, Esc keeps the current choice."),
        choices,
        parent,
        current=current,
    )


def promotion_picker(promos: list[PromoView], parent: QWidget) -> QuickPicker:
    """Which running promotion to stop."""
    choices = [
        Choice(i + 1, f"{i + 1}.  {p.title}  {format_clock(p.remaining_ms)}", p.key)
        for i, p in enumerate(promos)
    ]
    return QuickPicker(
        _t("Stop a promotion"),
        _t("Which promotion stops now? Enter stops it, Esc cancels."),
        choices,
        parent,
    )
