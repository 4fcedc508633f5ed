"""The banner that tells the host the store is not taking live actions right now.

Fed from `ShowClock.store_status()` (a `WriterStatus`): hidden while every action is saved;
"Not saved yet — retrying (3 actions waiting)" while the store is busy; "Free space on /media/usb;
the show goes on, 3 actions waiting" on a full disk; read-only; a run ended elsewhere. The
show goes on in every case: nothing here blocks the clock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from livestudio.core.live.journal import WriterStatus


class StoreStatusBanner(QWidget):
    """A one-line banner above the Live screen; call `update_status` on every display tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeStatusBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self._last: WriterStatus | None = None
        self.setVisible(False)

    def text(self) -> str:
        return self.label.text()

    def update_status(self, status: WriterStatus | None) -> None:
        """Show (or hide) the banner for this status; cheap when nothing changed."""
        if status == self._last:
            return
        self._last = status
        text, level = self.describe(status)
        self.label.setText(text)
        self.label.setToolTip(status.detail if status is not None and status.detail else "")
        colour = {"error": "#b3261e", "warning": "#8a5a00"}.get(level, "#8a5a00")
        self.setStyleSheet(
            f"#storeStatusBanner {{ background: {colour}; }} QLabel {{ color: white; "
            "font-weight: bold; }"
        )
        self.setVisible(bool(text))

    def describe(self, status: WriterStatus | None) -> tuple[str, str]:
        """(text, level) for a status; ("", "") when there is nothing to say."""
        if status is None:
            return "", ""
        if status.ended_elsewhere:
            return (
                self.tr(
                    "This live run was ended elsewhere (the command line or another window); "
                    "nothing more is logged to it."
                ),
                "error",
            )
        n = status.pending
        if n == 0:
            return "", ""
        if status.problem == "disk_full":
            text = self.tr("Free space on {drive}; the show goes on, {n} actions waiting.").format(
                drive=status.drive, n=n
            )
        elif status.problem == "read_only":
            text = self.tr(
                "The store's disk is read-only; the show goes on, {n} actions waiting. Make it "
                "writable to save them."
            ).format(n=n)
        elif status.problem is None:
            text = self.tr("Saving {n} actions…").format(n=n)
        else:
            text = self.tr("Not saved yet — retrying ({n} actions waiting).").format(n=n)
        if status.journal is None:
            text += " " + self.tr("Kept in memory only: do not close LiveStudio.")
        return text, "error" if status.journal is None else "warning"
