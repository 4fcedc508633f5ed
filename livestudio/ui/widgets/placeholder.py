"""The page a workspace shows until its version lands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingLaterPage(QWidget):
    def __init__(self, title: str, blurb: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(blurb + "<br><br><i>" + self.tr("Coming in a later version.") + "</i>")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(2)
