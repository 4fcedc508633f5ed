"""The question asked at start-up for a run left live: resume it (counting the gap, which the host
can correct), end it, or decide later. Works for any gap — a crash a minute ago, a night's pause,
a 48-hour marathon."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.durations import DurationError, format_duration, parse_duration
from livestudio.core.live.clock import OpenRun
from livestudio.core.live.engine import format_clock


class ResumeDialog(QDialog):
    """Resume / End / Not now for one open run. `choice` is "resume", "end" or "later";
    `downtime_ms` the gap to count as show time (None: the clock was paused)."""

    def __init__(self, run: OpenRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.choice = "later"
        self.downtime_ms: int | None = run.gap_ms if run.running else None
        self.setWindowTitle(self.tr("Resume the live show?"))
        self.setMinimumWidth(520)  # wrapped text needs a width to compute its height
        layout = QVBoxLayout(self)
        self.text_label = QLabel(self.summary_text(), self)
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label)
        self.gap_edit: QLineEdit | None = None
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b3261e;")
        if run.running:
            layout.addWidget(QLabel(self.tr("Time to count for the gap:"), self))
            self.gap_edit = QLineEdit(format_duration(run.gap_ms), self)
            self.gap_edit.setToolTip(self.tr("For example 1:30:00, 90m or 0 (do not count it)"))
            layout.addWidget(self.gap_edit)
            layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(self)
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.end_button = QPushButton(self.tr("End the show"), self)
        self.later_button = QPushButton(self.tr("Not now"), self)
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.end_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.end_button.clicked.connect(self._on_end_clicked)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def summary_text(self) -> str:
        run = self.run
        head = self.tr(
            "\u201c{title}\u201d is still live. The last action was logged {ago} ago, at show time "
            "{offset}."
        ).format(
            title=run.title,
            ago=fmt.duration(run.gap_ms),
            offset=format_clock(run.last_offset_ms, ceil=False),
        )
        if not run.running:
            return (
                head
                + "\n\n"
                + self.tr("The clock was paused; it stays at {offset}.").format(
                    offset=format_clock(run.last_offset_ms, ceil=False)
                )
            )
        if run.gap_assumed:
            note = self.tr(
                "The computer was restarted since, so the gap is taken from the wall clock and "
                "may be wrong (for example after a time change). Correct it below if needed."
            )
        else:
            note = self.tr("The gap was measured on this computer's clock.")
        return (
            head
            + "\n\n"
            + self.tr("The clock was running: resuming counts the gap, at show time {now}.").format(
                now=format_clock(run.running_ms, ceil=False)
            )
            + "\n"
            + note
        )

    def _on_resume_clicked(self) -> None:
        if self.gap_edit is not None:
            try:
                self.downtime_ms = parse_duration(self.gap_edit.text())
            except DurationError as exc:
                self.error_label.setText(str(exc))
                return
        self.choice = "resume"
        self.accept()

    def _on_end_clicked(self) -> None:
        self.choice = "end"
        self.accept()


def choose(parent: QWidget | None, run: OpenRun) -> tuple[str, int | None]:
    """Ask about one run; returns (choice, downtime_ms)."""
    dlg = ResumeDialog(run, parent)
    dlg.exec()
    return dlg.choice, dlg.downtime_ms
