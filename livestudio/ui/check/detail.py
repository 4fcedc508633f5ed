"""The selected checklist row in full: the whole measured value, threshold and note, when it was
measured — what a narrow column can only elide — and what can be done with it: run that probe
again, or answer whether the test tone was heard."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from livestudio.core import fmt
from livestudio.core.checks.results import ProbeResult, Status, status_label


class DetailPanel(QGroupBox):
    run_requested = Signal(list)  # [probe name]
    heard = Signal(bool)  # the host's answer to the test tone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selected item"))
        self._probe = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.run_button = QPushButton(self.tr("Run this probe"), self)
        self.run_button.clicked.connect(lambda: self.run_requested.emit([self._probe]))
        self.question = QLabel(self.tr("Did you hear the test tone?"), self)
        self.question.setWordWrap(True)
        self.heard_button = QPushButton(self.tr("I heard it"), self)
        self.heard_button.clicked.connect(lambda: self.heard.emit(True))
        self.not_heard_button = QPushButton(self.tr("No sound"), self)
        self.not_heard_button.clicked.connect(lambda: self.heard.emit(False))
        answers = QHBoxLayout()
        answers.addWidget(self.heard_button)
        answers.addWidget(self.not_heard_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.run_button)
        lay.addWidget(self.question)
        lay.addLayout(answers)
        self.show_item("", "", None)
        self.ask_heard(False)

    def show_item(
        self,
        key: str,
        title: str,
        result: ProbeResult | None,
        probe: bool = False,
        status_text: str = "",
    ) -> None:
        """The row `key` (titled `title`) and its result (None: none yet). `probe`: a probe the
        host can run again from here. `status_text`: the status as the row reads it (a manual
        item not done before any run reads "not yet"); the time shows once there is one."""
        self._probe = key if probe else ""
        self.run_button.setVisible(probe)
        if not key:
            self.label.setText(escape(self.tr("Select a row to see its full result.")))
            return
        if result is None:
            self.label.setText(f"<b>{escape(title)}</b><br>{escape(self.tr('No result yet.'))}")
            return
        rows = [
            (self.tr("Status"), status_text or status_label(result.status)),
            (self.tr("Measured"), result.value_text),
            (self.tr("Threshold"), result.threshold),
            (self.tr("Note"), result.note),
        ]
        if probe or result.status == Status.PASS:  # a manual item has a time once ticked
            rows.append((self.tr("Time"), fmt.clock_time(result.measured_at, seconds=True)))
        body = "<br>".join(
            self.tr("{name}: {value}").format(name=escape(name), value=escape(value))
            for name, value in rows
            if value
        )
        self.label.setText(f"<b>{escape(result.title)}</b><br>{body}")

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)

    def ask_heard(self, on: bool) -> None:
        """Show (or hide) the question the speaker test waits on."""
        for w in (self.question, self.heard_button, self.not_heard_button):
            w.setVisible(on)
        self.heard_button.setEnabled(on)
        self.not_heard_button.setEnabled(on)

    def text(self) -> str:
        return self.label.text()
