"""The host view: a frameless full-screen window for a second monitor or a tablet mirror.

Huge remaining time, the current segment and its cue, what comes next, running promotions and the
operator's message line. Font sizes follow the window height so it reads from three metres. Every
Live key works here too (see keys.py); Esc closes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from livestudio.core.live.engine import LiveView
from livestudio.core.live.present import countdown_text, promo_line, whats_next

LEVEL_COLOURS = {
    "idle": "#9aa0a6",
    "normal": "#ffffff",
    "warning": "#ffc83d",
    "danger": "#ff8a3d",
    "overtime": "#ff4d4d",
}


class HostView(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("HostView")
        self.setWindowTitle(self.tr("LiveStudio — host view"))
        self.setStyleSheet("#HostView { background: #000; } QLabel { color: #fff; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        self.segment = QLabel()
        self.remaining = QLabel("--:--")
        self.cue = QLabel()
        self.next = QLabel()
        self.promos = QLabel()
        self.message = QLabel()
        for w in (self.segment, self.remaining, self.cue, self.next, self.promos, self.message):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            w.setWordWrap(w is not self.remaining)
        self.promos.setStyleSheet("color: #ffd84d;")
        self.message.setStyleSheet("color: #7fd4ff;")
        layout.addWidget(self.segment)
        layout.addWidget(self.remaining, 3)
        layout.addWidget(self.cue, 1)
        layout.addWidget(self.next)
        layout.addWidget(self.promos)
        layout.addWidget(self.message)
        self._message = ""
        self._blink = False
        self._level = ""
        self._hours = False
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        h = max(300, self.height())
        sizes = {
            self.segment: h * 0.065,
            self.remaining: h * 0.30,
            self.cue: h * 0.05,
            self.next: h * 0.045,
            self.promos: h * 0.05,
            self.message: h * 0.06,
        }
        for w, px in sizes.items():
            f = QFont(w.font())
            f.setPixelSize(max(14, int(px)))
            f.setBold(w in (self.remaining, self.segment, self.message))
            if w is self.remaining:
                f.setStyleHint(QFont.StyleHint.Monospace)
                f.setPixelSize(self._fitting_px(f, max(14, int(px))))
            w.setFont(f)

    def _fitting_px(self, font: QFont, px: int) -> int:
        """As tall as the height allows, but never wider than the window ('1:05:00' included)."""
        room = max(100, self.width() - 100)
        probe = QFont(font)
        probe.setPixelSize(px)
        wide = QFontMetrics(probe).horizontalAdvance("+8:88:88" if self._hours else "+88:88")
        return px if wide <= room else max(14, int(px * room / wide))

    def _set_remaining(self, text: str) -> None:
        hours = text.count(":") > 1
        if hours != self._hours:
            self._hours = hours
            self._scale_fonts()
        if self.remaining.text() != text:
            self.remaining.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def set_message(self, text: str, blink: bool) -> None:
        self._message, self._blink = text, blink

    def update_view(self, view: LiveView | None, show_title: str, flash_on: bool) -> None:
        if view is None or not view.started:
            self.segment.setText(show_title)
            self._set_remaining("--:--")
            self.cue.setText(self.tr("Waiting for the show to start"))
            self.next.setText("")
            self.promos.setText("")
        else:
            self.segment.setText(
                self.tr("{n}/{total}  {title}").format(
                    n=view.index + 1, total=len(view.rows), title=view.title
                )
            )
            self._set_remaining(countdown_text(view))
            self.cue.setText(view.script)
            self.next.setText(whats_next(view).text)
            self.promos.setText("   ".join(promo_line(p) for p in view.promos))
        level = view.level if view else "idle"
        colour = LEVEL_COLOURS.get(level, "#fff")
        if level == "overtime" and not flash_on:
            style = "color: #000; background: #ff4d4d;"
        else:
            style = f"color: {colour}; background: transparent;"
        if style != self._level:
            self._level = style
            self.remaining.setStyleSheet(style)
        shown = self._message if (not self._blink or flash_on) else ""
        self.message.setText(shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
