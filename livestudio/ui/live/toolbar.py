"""The Live toolbar: the show picker, start / pause, the advance mode, tighten, host view, mini
clock and end show. Its buttons carry no Alt mnemonics (Alt+T / Alt+H / Alt+E open the menus);
each names its Live key instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


class LiveToolbar(QWidget):
    host_screen_chosen = Signal(object)  # QScreen for the host view
    host_close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host_open = False
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        show_label = QLabel(_t("&Show:"))
        self.show_combo = QComboBox()
        self.show_combo.setMinimumWidth(220)
        show_label.setBuddy(self.show_combo)
        self.start_button = QPushButton(_t("Start show (Space)"))
        mode_label = QLabel(_t("&Advance:"))
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(_t("Manual (N / →)"), "manual")
        self.mode_combo.addItem(_t("Automatic at zero"), "auto")
        mode_label.setBuddy(self.mode_combo)
        self.tighten_button = QPushButton(_t("Tighten… (T)"))
        self.tighten_button.setToolTip(
            _t(
                "Shorten (or stretch) the segments still to come so the show ends at its planned time. "
                "You see the new durations before anything changes."
            )
        )
        self.host_button = QToolButton()
        self.host_button.setText(_t("Host view (H)"))
        self.host_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.host_menu = QMenu(self.host_button)
        self.host_button.setMenu(self.host_menu)
        self.host_menu.aboutToShow.connect(self._on_host_menu_about_to_show)
        self.mini_button = QPushButton(_t("Mini clock (K)"))
        self.mini_button.setToolTip(
            _t("A small clock that stays on top of every window; drag it where you can see it.")
        )
        self.end_button = QPushButton(_t("End show (Ctrl+End)"))
        buttons = (
            self.start_button,
            self.tighten_button,
            self.host_button,
            self.mini_button,
            self.end_button,
        )
        for w in buttons:
            w.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard with Live
        top.addWidget(show_label)
        top.addWidget(self.show_combo, 1)
        top.addWidget(self.start_button)
        top.addSpacing(8)
        top.addWidget(mode_label)
        top.addWidget(self.mode_combo)
        for w in buttons[1:]:
            top.addWidget(w)

    def _on_host_menu_about_to_show(self) -> None:
        menu = self.host_menu
        menu.clear()
        for screen in QGuiApplication.screens():
            g = screen.geometry()
            act = menu.addAction(
                _t("Full screen on {name} ({w}×{h})").format(
                    name=screen.name(), w=g.width(), h=g.height()
                )
            )
            act.triggered.connect(lambda _c=False, sc=screen: self.host_screen_chosen.emit(sc))
        menu.addSeparator()
        close = menu.addAction(_t("Close host view"))
        close.setEnabled(self.host_open)
        close.triggered.connect(self.host_close_requested)

    def selected_show_id(self) -> int:
        data = self.show_combo.currentData()
        return int(data) if data else 0

    def mode(self) -> str:
        return str(self.mode_combo.currentData())

    def update_state(self, live: bool, ended: bool, running: bool, mode: str | None) -> None:
        if ended:
            text = _t("Start a new run")
        elif not live:
            text = _t("Start show (Space)")
        elif running:
            text = _t("Pause (Space)")
        else:
            text = _t("Resume (Space)")
        if self.start_button.text() != text:
            self.start_button.setText(text)
        self.start_button.setEnabled(live or bool(self.selected_show_id()))
        self.show_combo.setEnabled(not live)
        if self.tighten_button.isEnabled() != live:
            self.tighten_button.setEnabled(live)
        end_text = _t("Show summary… (Ctrl+End)") if ended else _t("End show (Ctrl+End)")
        if self.end_button.text() != end_text:
            self.end_button.setText(end_text)
        self.end_button.setEnabled(live or ended)
        if mode is not None:
            idx = self.mode_combo.findData(mode)
            if idx >= 0 and idx != self.mode_combo.currentIndex():
                self.mode_combo.setCurrentIndex(idx)
