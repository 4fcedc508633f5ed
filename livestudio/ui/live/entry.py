"""The Live screen's two text lines: the entry bar (V / C / I / ad-hoc promotion: Enter logs,
Esc cancels) and the message to the host (applied as typed; Enter or Esc go back to the clock).
Both give the keyboard back to the Live screen when they are left, so N, S, Space work at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


class _Leave(QObject):
    """Enter / Esc in a line edit call `on_key(key)`; the key goes no further."""

    def __init__(self, edit: QLineEdit, on_key: object) -> None:
        super().__init__(edit)
        self._on_key = on_key
        edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                self._on_key(event.key())  # type: ignore[operator]
                return True
        return False


class EntryBar(QFrame):
    """One line for a viewer count, a comment, an incident or an ad-hoc promotion."""

    submitted = Signal(str, str)  # kind, text
    left = Signal()  # closed, by Enter or Esc

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel()
        self.edit = QLineEdit()
        self.label.setBuddy(self.edit)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        hint = QLabel(QCoreApplication.translate("_EntryBar", "Enter to log · Esc to cancel"))
        hint.setEnabled(False)
        row.addWidget(hint)
        self.kind = ""
        self._leave = _Leave(self.edit, self._on_edit_key)
        self.hide()

    def ask_for(self, kind: str) -> None:
        """Open the line for a viewer count, a comment, an incident or an ad-hoc promotion.
        (No Alt mnemonics here: the line has the focus already, and Alt+V / Alt+A belong to
        the View menu and the Advance box.)"""
        labels = {
            "viewers": (_t("Viewers now:"), _t("e.g. 1250")),
            "comment": (_t("Comment or question:"), _t("e.g. 有没有小样? Any samples?")),
            "incident": (_t("Incident:"), _t("e.g. stream froze 20 s")),
            "promo": (_t("Ad-hoc promotion:"), _t("title, duration, units — e.g. 秒杀 2:00 50")),
        }
        label, hint = labels[kind]
        self.ask(kind, label, hint)

    def ask(self, kind: str, label: str, placeholder: str = "") -> None:
        self.kind = kind
        self.label.setText(label)
        self.edit.clear()
        self.edit.setPlaceholderText(placeholder)
        self.show()
        self.edit.setFocus()

    def close_bar(self) -> None:
        self.hide()
        self.kind = ""
        self.left.emit()

    def _on_edit_key(self, key: int) -> None:
        kind, text = self.kind, self.edit.text().strip()
        self.close_bar()
        if key != Qt.Key.Key_Escape and text:
            self.submitted.emit(kind, text)


class MessageLine(QWidget):
    """The operator's message to the host: shown on the host view and the mini clock as typed."""

    changed = Signal(str, bool)  # text, blink
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(_t("Message to host (M):"))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(_t("Shown on the host view, e.g. 'Stock of lip tint low'"))
        label.setBuddy(self.edit)
        self.blink_check = QCheckBox(_t("B&link"))
        self.blink_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.blink_check)
        self.edit.textChanged.connect(self._on_changed)
        self.blink_check.toggled.connect(self._on_changed)
        self._leave = _Leave(self.edit, self._on_edit_key)

    def begin(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def text(self) -> str:
        return self.edit.text()

    @Slot()
    def _on_changed(self) -> None:
        self.changed.emit(self.edit.text(), self.blink_check.isChecked())

    def _on_edit_key(self, _key: int) -> None:
        self.left.emit()
