"""The mini clock: a small frameless window that stays on top of every other app, for a host with
one screen (or reading comments in the platform's app): the current segment, the time left, what
comes next and the operator's message.

Drag it anywhere to move it; the corner grip resizes it. Where it sat is remembered per screen
(by the screen's name and size), so a laptop on its own and the same laptop at a desk each get
their own place. Every Live key works while it has the focus (see keys.py); Esc closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizeGrip, QVBoxLayout, QWidget

from livestudio.core.live.engine import LiveView
from livestudio.core.live.present import countdown_text, whats_next
from livestudio.ui.live.hostview import LEVEL_COLOURS

STATE_PREFIX = "state/live_mini_clock/"  # window state, not a preference: one key per screen
DEFAULT_SIZE = (340, 170)


def screen_key(screen: QScreen | None) -> str:
    if screen is None:
        return STATE_PREFIX + "none"
    g = screen.geometry()
    name = (screen.name() or "screen").replace("/", "_").replace("\\", "_")
    return f"{STATE_PREFIX}{name}_{g.width()}x{g.height()}"


class MiniClock(QWidget):
    closed = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        flags = (
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool
        )
        super().__init__(parent, flags)
        self.settings = settings
        self.setObjectName("MiniClock")
        self.setWindowTitle(self.tr("LiveStudio — mini clock"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#MiniClock { background: #101014; border: 1px solid #444; border-radius: 8px; }"
            " QLabel { color: #fff; background: transparent; }"
        )
        self.setMinimumSize(200, 100)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 4, 4)
        layout.setSpacing(0)
        self.segment = QLabel()
        self.remaining = QLabel("--:--")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet("color: #7fd4ff;")
        for w in (self.segment, self.next, self.message):
            w.setWordWrap(False)
            w.setTextFormat(Qt.TextFormat.PlainText)
            w.setMinimumWidth(1)  # long text is elided, it never widens the window
        layout.addWidget(self.segment)
        layout.addWidget(self.remaining, 1)
        layout.addWidget(self.next)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.message, 1)
        self.grip = QSizeGrip(self)
        self.grip.setToolTip(self.tr("Drag to resize"))
        bottom.addWidget(self.grip, 0, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bottom)
        self.setToolTip(self.tr("Drag to move · corner to resize · Esc closes"))
        self._drag_from: QPoint | None = None
        self._message = ""
        self._blink = False
        self._style = ""
        self._full: dict[QLabel, str] = {}
        self._scale_fonts()

    # ---- place on screen ------------------------------------------------------------------
    def open_on(self, screen: QScreen | None) -> None:
        """Show it where it last was on this screen (top right of it the first time)."""
        screen = screen or QGuiApplication.primaryScreen()
        saved = self.settings.value(screen_key(screen))
        restored = False
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            restored = self.restoreGeometry(saved)
        if (
            not restored
            or screen is None
            or not screen.availableGeometry().intersects(self.frameGeometry())
        ):
            area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
            w, h = DEFAULT_SIZE
            self.setGeometry(area.right() - w - 24, area.top() + 24, w, h)
        self.show()
        self.raise_()

    def remember(self) -> None:
        self.settings.setValue(screen_key(self.screen()), self.saveGeometry())

    # ---- drawing ------------------------------------------------------------------------------
    def set_message(self, text: str, blink: bool) -> None:
        self._message, self._blink = text, blink

    def update_view(self, view: LiveView | None, show_title: str, flash_on: bool) -> None:
        if view is None or not view.started:
            self._set(self.segment, show_title)
            self._set(self.remaining, "--:--" if view is None else countdown_text(view))
            self._set(self.next, whats_next(view).short)
        else:
            self._set(
                self.segment,
                self.tr("{n}/{total}  {title}").format(
                    n=view.index + 1, total=len(view.rows), title=view.title
                ),
            )
            self._set(self.remaining, countdown_text(view))
            self._set(self.next, whats_next(view).short)
        level = view.level if view is not None else "idle"
        if level == "overtime" and not flash_on:
            style = "color: #000; background: #ff4d4d; border-radius: 6px;"
        else:
            style = "color: {c};".format(c=LEVEL_COLOURS.get(level, "#fff"))
        if style != self._style:
            self._style = style
            self.remaining.setStyleSheet(style)
        self._set(self.message, self._message if (not self._blink or flash_on) else "")

    def _set(self, label: QLabel, text: str) -> None:
        """Lines that do not fit end in "…"; the whole text is the tooltip."""
        if label is self.remaining:
            if label.text() != text:
                label.setText(text)
            return
        self._full[label] = text
        room = max(20, self.width() - (44 if label is self.message else 24))
        shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        if label.text() != shown:
            label.setText(shown)
            label.setToolTip(text if shown != text else "")

    def texts(self) -> dict[str, str]:
        """The whole lines (what is on screen may end in "…")."""
        return {
            "segment": self._full.get(self.segment, ""),
            "remaining": self.remaining.text(),
            "next": self._full.get(self.next, ""),
            "message": self._full.get(self.message, ""),
        }

    def _scale_fonts(self) -> None:
        h = max(100, self.height())
        for w, share, bold in (
            (self.segment, 0.11, True),
            (self.remaining, 0.38, True),
            (self.next, 0.10, False),
            (self.message, 0.11, True),
        ):
            f = QFont(w.font())
            f.setPixelSize(max(11, int(h * share)))
            f.setBold(bold)
            w.setFont(f)

    # ---- Qt -------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()
        for label, text in list(self._full.items()):
            self._set(label, text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            handle = self.windowHandle()
            if handle is not None and handle.startSystemMove():
                self._drag_from = None  # the window manager moves it
            else:
                self._drag_from = event.globalPosition().toPoint() - self.pos()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag_from)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self.remember()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.remember()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember()
        self.closed.emit()
        super().closeEvent(event)
