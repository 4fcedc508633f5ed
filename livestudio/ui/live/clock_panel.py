"""The big clock of the Live screen: segment, countdown, cue text, what's next and the show totals.
It only draws the `LiveView` it is given."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from livestudio.core import fmt
from livestudio.core.live.engine import LiveView, format_clock, format_over
from livestudio.core.live.present import countdown_text, segment_heading, state_line, whats_next

LEVEL_TEXT = {
    "idle": "palette(text)",
    "normal": "palette(text)",
    "warning": "#c98a00",
    "danger": "#e06000",
    "overtime": "#d32f2f",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


def _font(label: QLabel, px: int, bold: bool = False) -> None:
    f = QFont(label.font())
    f.setPixelSize(px)
    f.setBold(bold)
    label.setFont(f)


class ClockPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lv = QVBoxLayout(self)
        lv.setContentsMargins(0, 0, 8, 0)
        self.position_label = QLabel()
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        _font(self.title_label, 30, True)
        self.countdown_label = QLabel("--:--")
        self.countdown_label.setObjectName("Countdown")
        _font(self.countdown_label, 140, True)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label.setMinimumHeight(170)
        self.countdown_label.setToolTip(
            _t(
                "Time left in this segment. Amber from the warning lead (default 2:00), orange from "
                "1:00, red and counting up in overtime."
            )
        )
        self.cue_label = QLabel()
        self.cue_label.setWordWrap(True)
        _font(self.cue_label, 20)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        _font(self.next_label, 18)
        for w in (self.position_label, self.title_label, self.countdown_label):
            lv.addWidget(w, 1 if w is self.countdown_label else 0)
        lv.addWidget(self.cue_label)
        lv.addWidget(self.next_label)
        stats = QGridLayout()
        self.elapsed_value = QLabel()
        self.remaining_value = QLabel()
        self.over_value = QLabel()
        self.end_value = QLabel()
        self.over_value.setToolTip(
            _t("Projected end minus planned end: '+' means behind the plan, '-' ahead.")
        )
        for col, (caption, value) in enumerate(
            (
                (_t("Show elapsed"), self.elapsed_value),
                (_t("Show remaining"), self.remaining_value),
                (_t("Against plan"), self.over_value),
                (_t("Projected end"), self.end_value),
            )
        ):
            cap = QLabel(caption)
            cap.setEnabled(False)
            _font(value, 22, True)
            stats.addWidget(cap, 0, col)
            stats.addWidget(value, 1, col)
        lv.addLayout(stats)
        self._texts: dict[QLabel, str] = {}
        self._level = "idle"

    def _set(self, label: QLabel, text: str) -> None:
        if self._texts.get(label) != text:
            self._texts[label] = text
            label.setText(text)

    def show_view(self, v: LiveView | None, flash_on: bool) -> None:
        if v is None:
            self._set(self.title_label, _t("No show chosen"))
            self._set(self.countdown_label, "--:--")
            self._set(self.cue_label, _t("Pick a show above, then press Space to start."))
            self._set(self.next_label, "")
            self._set(self.position_label, "")
            for w in (self.elapsed_value, self.remaining_value, self.over_value, self.end_value):
                self._set(w, "—")
            self._colour("idle", flash_on)
            return
        self._set(self.position_label, state_line(v))
        self._set(self.title_label, segment_heading(v))
        self._set(self.countdown_label, countdown_text(v))
        self._set(self.cue_label, v.script)
        self._set(self.next_label, whats_next(v).text)
        self._set(self.elapsed_value, format_clock(v.now_ms, ceil=False))
        rem = v.show_remaining_ms
        if v.ended:
            remaining = "—"  # nothing remains of an ended show
        elif rem >= 0:
            remaining = format_clock(rem)
        else:
            remaining = "+" + format_clock(-rem, ceil=False)
        self._set(self.remaining_value, remaining)
        self._set(self.over_value, format_over(v.over_ms) if v.started else "—")
        self._set(
            self.end_value,
            fmt.clock_time(v.projected_end_wall, seconds=True)
            if v.projected_end_wall and v.started
            else "—",
        )
        self._colour(v.level, flash_on)

    def _colour(self, level: str, flash_on: bool) -> None:
        self._level = level
        if level == "overtime" and not flash_on:
            style = "#Countdown { color: white; background: #d32f2f; border-radius: 12px; }"
        else:
            style = "#Countdown {{ color: {c}; }}".format(c=LEVEL_TEXT.get(level, "palette(text)"))
        if self.countdown_label.styleSheet() != style:
            self.countdown_label.setStyleSheet(style)

    def countdown_colour(self) -> QColor:
        """The colour the countdown text is drawn in now."""
        colour = LEVEL_TEXT.get(self._level, "palette(text)")
        if colour.startswith("palette"):
            return self.palette().text().color()
        return QColor(colour)
