"""The detail of the selected checklist row: the whole measured value, threshold and note,
and when it was measured — what a narrow column can only elide."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from livestudio.core import fmt
from livestudio.core.checks.results import ProbeResult, status_label


class DetailPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selected item"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        self.show_result(None)

    def show_result(self, result: ProbeResult | None, title: str = "") -> None:
        """`result` None: the row has no result yet (`title` names it, or nothing is selected)."""
        if result is None:
            self.label.setText(
                f"<b>{escape(title)}</b><br>{escape(self.tr('No result yet.'))}"
                if title
                else escape(self.tr("Select a row to see its full result."))
            )
            return
        rows = [
            (self.tr("Status"), status_label(result.status)),
            (self.tr("Measured"), result.value_text),
            (self.tr("Threshold"), result.threshold),
            (self.tr("Note"), result.note),
            (self.tr("Time"), fmt.time_text(result.measured_at, seconds=True)),
        ]
        body = "<br>".join(f"{escape(name)}: {escape(value)}" for name, value in rows if value)
        self.label.setText(f"<b>{escape(result.title)}</b><br>{body}")

    def text(self) -> str:
        return self.label.text()
