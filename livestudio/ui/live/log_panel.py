"""The live log, newest first; entries taken back by undo are struck through."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from livestudio.core.live.present import LogLine


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


class LogPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_t("<b>Live log</b>")))
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.list)
        self.empty_label = QLabel(
            _t("Every action is logged here and saved the moment it happens."), self.list
        )
        self.empty_label.setEnabled(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.move(8, 6)
        self.empty_label.resize(360, 40)
        self._shown: list[LogLine] = []

    def show_lines(self, lines: list[LogLine]) -> None:
        if lines == self._shown:
            return
        self._shown = list(lines)
        self.empty_label.setVisible(not lines)
        self.list.clear()
        for line in lines:
            item = QListWidgetItem(line.text)
            if line.undone:
                f = item.font()
                f.setStrikeOut(True)
                item.setFont(f)
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)

    def lines(self) -> list[str]:
        """The rows on screen, newest first."""
        return [line.text for line in self._shown]

    def struck_out(self) -> list[bool]:
        return [line.undone for line in self._shown]
